#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace dp {

// SEC-4: a cell that a spreadsheet could take for a formula — one that starts with = + - @, a tab or a carriage
// return — gets a leading apostrophe, so that it is shown as text and never evaluated. Every exported cell goes
// through this (exports write debit and credit columns, never negative amounts, so numbers stay numbers).
QString neutralizeCsvCell(const QString& cell);
// RFC 4180: a cell holding the separator, a quote, CR or LF is put in quotes, its quotes doubled.
QString quoteCsvCell(const QString& cell, QChar separator = QLatin1Char(','));

// Writes CSV rows (UTF-8, CRLF line ends as RFC 4180 says) to a device, every cell neutralized (SEC-4) and quoted.
// Buffered: rows are collected and written in large blocks, so that a million rows stream out quickly.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& out, QChar separator = QLatin1Char(','));
    ~CsvWriter(); // flushes
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void writeRow(const QStringList& cells);
    // Streaming form: cells one by one, then endRow().
    void addCell(const QString& cell);
    void addCell(QByteArrayView utf8Cell); // UTF-8 text, neutralized and quoted like the QString form
    void endRow();
    bool flush();     // false when the device refused a write
    bool ok() const { return m_ok; }
    qint64 rows() const { return m_rows; }

private:
    QIODevice& m_out;
    char m_separator;
    QByteArray m_buffer;
    bool m_firstCell = true;
    bool m_ok = true;
    qint64 m_rows = 0;
};

} // namespace dp
