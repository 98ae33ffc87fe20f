#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dp {

// The text of a CSV file as the reconciliation imports read it: the encoding told apart (UTF-8 with or without a
// byte-order mark, else Windows-1252), the separator detected (`,` `;` or tab), RFC 4180 quoting.
struct CsvTable
{
    QString encoding;           // "UTF-8 (BOM)", "UTF-8" or "Windows-1252"
    QChar separator;            // ',', ';' or '\t'
    QList<QStringList> records; // every record, the header included, as read
    QList<int> lineNumbers;     // the file line each record starts on (1-based), parallel to records
    QString error;              // a quote left open at the end of the file, for instance; empty when fine
};

// Decodes bytes: UTF-8 when they carry a UTF-8 BOM or are valid UTF-8, else Windows-1252 (decoded by hand:
// 0x80–0x9F are the Windows characters € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
QString decodeText(const QByteArray& bytes, QString* encodingName = nullptr);
// The separator used in the first lines: the one of `,` `;` tab that splits them most consistently (outside quotes).
QChar detectCsvSeparator(const QString& text);
// Splits text into records (RFC 4180: quoted cells may hold separators, doubled quotes and line breaks).
CsvTable parseCsvText(const QString& text, QChar separator);
// decodeText + detectCsvSeparator + parseCsvText. Blank lines are skipped.
CsvTable readCsv(const QByteArray& bytes);

} // namespace dp
