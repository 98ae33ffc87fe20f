#pragma once

#include "recontypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dp::recon {

// What the first look at a DMS export tells: how it is written, its header and a few lines, and the columns the
// header names (recognized) or a best guess for the mapping dialog to start from.
struct DmsFilePreview
{
    QString encoding;               // "UTF-8 (BOM)", "UTF-8", "Windows-1252"
    QChar separator;
    QString contentHash;            // sha256 hex of the bytes
    QStringList header;             // the first record
    QList<QStringList> sampleRows;  // up to 20 records after it
    int recordCount = 0;            // records after the header
    bool recognized = false;        // the header names at least the date and the amount
    DmsColumnMapping mapping;       // the recognized columns, or a guess
};

// How to read the lines of an export.
struct DmsParseOptions
{
    std::optional<DmsColumnMapping> mapping; // nullopt: recognize the header
    QString timeZone;                        // IANA id for the date + time of a line; empty = UTC
    QString currency = QStringLiteral("usd"); // when the export has no currency column
    qint64 rooftopId = 0;
    QString accountId;
};

struct DmsParseResult
{
    QList<DmsLine> lines;       // every good line
    QList<BadLine> badLines;    // every line that could not be read (all of them, not only the first)
    DmsColumnMapping mapping;   // the mapping used
    QString encoding;
    QChar separator;
    QString contentHash;
    QString error;              // the file as a whole cannot be read (empty, no header recognized, …)
    bool ok() const { return error.isEmpty() && badLines.isEmpty(); }
};

// Reads DMS cashier exports (CSV): encodings, separators and quoting (foundation/csvreader.h), header words in
// English, French and Italian, dates, times and amounts. Pure: no store, no session.
class DmsParser
{
public:
    static DmsFilePreview preview(const QByteArray& content);
    static DmsParseResult parse(const QByteArray& content, const DmsParseOptions& options);
    // The column of each role the header names, when it names date and amount; nullopt otherwise.
    static std::optional<DmsColumnMapping> recognizeHeader(const QStringList& header);
    // A line's identity for re-imports: the same fields (and the n-th time they repeat in the file) give the
    // same key, so importing the same lines again adds nothing.
    static QString lineKey(const DmsLine& line, int occurrence);
};

} // namespace dp::recon
