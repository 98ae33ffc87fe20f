#pragma once

#include "recontypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dp::recon {

struct BankParseResult
{
    QString format;                 // "csv", "ofx-sgml", "ofx-xml"
    QList<BankDeposit> deposits;    // every transaction (credits and debits)
    QList<BadLine> badLines;
    QString contentHash;
    QString error;                  // the file as a whole cannot be read
    bool ok() const { return error.isEmpty() && badLines.isEmpty(); }
};

// Reads bank statements as business portals export them: CSV (date, amount or credit/debit, description,
// reference columns, in English, French or Italian) and OFX — SGML OFX 1.x and XML OFX 2.x — of which the
// STMTTRN blocks are read (DTPOSTED, TRNAMT, FITID, NAME, MEMO; CHECKNUM/REFNUM as the reference). Pure.
class BankParser
{
public:
    static BankParseResult parse(const QByteArray& content, const QString& currency = QStringLiteral("usd"));
    static BankParseResult parseCsv(const QByteArray& content, const QString& currency = QStringLiteral("usd"));
    static BankParseResult parseOfx(const QByteArray& content, const QString& currency = QStringLiteral("usd"));
    static bool looksLikeOfx(const QByteArray& content);
    // A deposit's identity for re-imports: its FITID when it has one, else date + amount + reference (+ the n-th
    // repeat in the file).
    static QString dedupeKey(const BankDeposit& deposit, int occurrence);
};

} // namespace dp::recon
