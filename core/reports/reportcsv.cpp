#include "reportcsv.h"

#include <QRegularExpression>

namespace dp::reports {

QList<QStringList> parseCsv(const QByteArray& csv)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

QByteArray writeCsv(const QList<QStringList>& rows)
{
    QByteArray out;
    for (const QStringList& row : rows) {
        QByteArrayList cells;
        for (const QString& cell : row) {
            QByteArray bytes = cell.toUtf8();
            if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
                bytes.replace("\"", "\"\"");
                bytes = '"' + bytes + '"';
            }
            cells.append(bytes);
        }
        out += cells.join(',') + "\r\n";
    }
    return out;
}

QString neutralizeCell(const QString& cell)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?$"));
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                       first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky || number.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

QByteArray neutralizeCsv(const QByteArray& csv)
{
    QList<QStringList> rows = parseCsv(csv);
    for (QStringList& row : rows) {
        for (QString& cell : row)
            cell = neutralizeCell(cell);
    }
    return writeCsv(rows);
}

} // namespace dp::reports
