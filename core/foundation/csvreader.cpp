#include "csvreader.h"

#include <QStringDecoder>

namespace dp {
namespace {

// Windows-1252 0x80–0x9F; 0 where the code page leaves a hole (decoded as U+FFFD).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b <= 0x9F) {
            const char16_t c = kCp1252High[b - 0x80];
            out.append(c ? QChar(c) : QChar(QChar::ReplacementCharacter));
        } else {
            out.append(QChar(char16_t(b)));
        }
    }
    return out;
}

// Counts the separator outside quotes in one line of text.
int countOutsideQuotes(QStringView line, QChar separator)
{
    int n = 0;
    bool inQuotes = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && c == separator)
            ++n;
    }
    return n;
}

} // namespace

QString decodeText(const QByteArray& bytes, QString* encodingName)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (encodingName)
            *encodingName = QStringLiteral("UTF-8 (BOM)");
        return QString::fromUtf8(bytes.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encodingName)
            *encodingName = QStringLiteral("UTF-8");
        return text;
    }
    if (encodingName)
        *encodingName = QStringLiteral("Windows-1252");
    return decodeWindows1252(bytes);
}

QChar detectCsvSeparator(const QString& text)
{
    // The first (up to) 20 non-blank lines; a multi-line quoted cell may blur one of them, which is why the
    // choice rests on the most common count rather than on every line agreeing.
    QList<QStringView> lines;
    const QStringView all(text);
    qsizetype start = 0;
    while (start < all.size() && lines.size() < 20) {
        qsizetype end = all.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = all.size();
        QStringView line = all.mid(start, end - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            lines.append(line);
        start = end + 1;
    }
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    QChar best = QLatin1Char(',');
    int bestScore = -1;
    for (const QChar sep : candidates) {
        if (lines.isEmpty())
            break;
        const int header = countOutsideQuotes(lines.first(), sep);
        if (header == 0)
            continue;
        int consistent = 0;
        for (const QStringView line : lines) {
            if (countOutsideQuotes(line, sep) == header)
                ++consistent;
        }
        // Lines split the same way as the header, then more columns, win.
        const int score = consistent * 1000 + header;
        if (score > bestScore) {
            bestScore = score;
            best = sep;
        }
    }
    return best;
}

CsvTable parseCsvText(const QString& text, QChar separator)
{
    CsvTable table;
    table.separator = separator;
    QStringList record;
    QString cell;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    bool recordHasContent = false;
    int line = 1;
    int recordLine = 1;
    const qsizetype n = text.size();
    auto endCell = [&] {
        record.append(cellWasQuoted ? cell : cell.trimmed());
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRecord = [&] {
        endCell();
        const bool blank = !recordHasContent && record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            table.records.append(record);
            table.lineNumbers.append(recordLine);
        }
        record.clear();
        recordHasContent = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            cell.clear();
            inQuotes = true;
            cellWasQuoted = true;
            recordHasContent = true;
        } else if (c == separator) {
            endCell();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r')) {
            // CR LF or a lone CR ends the record
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            recordLine = ++line;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            recordLine = ++line;
        } else {
            cell.append(c);
            if (!c.isSpace())
                recordHasContent = true;
        }
    }
    if (inQuotes)
        table.error = QStringLiteral("quote");
    if (!cell.isEmpty() || !record.isEmpty() || cellWasQuoted)
        endRecord();
    return table;
}

CsvTable readCsv(const QByteArray& bytes)
{
    QString encoding;
    const QString text = decodeText(bytes, &encoding);
    CsvTable table = parseCsvText(text, detectCsvSeparator(text));
    table.encoding = encoding;
    return table;
}

} // namespace dp
