#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace dp::reports {

// RFC 4180 CSV as the Reporting API writes it: comma separated, fields quoted with "" when needed, CRLF or LF.
QList<QStringList> parseCsv(const QByteArray& csv);
QByteArray writeCsv(const QList<QStringList>& rows); // CRLF line ends, quotes only where needed

// SEC-4: a cell that starts with = + - @, a tab or a carriage return and is not a plain number ("-12.50" stays a
// number) gets a leading apostrophe so that a spreadsheet never runs it as a formula.
QString neutralizeCell(const QString& cell);
QByteArray neutralizeCsv(const QByteArray& csv);

} // namespace dp::reports
