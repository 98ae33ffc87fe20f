#include "amounttext.h"

#include <QList>
#include <QPair>

namespace dp::recon {

std::optional<qint64> parseAmountText(const QString& input, int decimals)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    // Currency symbols and codes around the number.
    static const QString symbols = QStringLiteral("$€£¥");
    while (!text.isEmpty() && (symbols.contains(text.front()) || text.front().isSpace()))
        text.remove(0, 1);
    while (!text.isEmpty() && (symbols.contains(text.back()) || text.back().isSpace()))
        text.chop(1);
    for (const QLatin1String code : {QLatin1String("USD"), QLatin1String("CAD"), QLatin1String("EUR")}) {
        if (text.endsWith(code, Qt::CaseInsensitive))
            text = text.chopped(3).trimmed();
        if (text.startsWith(code, Qt::CaseInsensitive))
            text = text.mid(3).trimmed();
    }
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        if (negative)
            return std::nullopt;
        negative = true;
        text = text.mid(1).trimmed();
    } else if (text.startsWith(QLatin1Char('+'))) {
        text = text.mid(1).trimmed();
    } else if (text.endsWith(QLatin1Char('-'))) {
        if (negative)
            return std::nullopt;
        negative = true;
        text.chop(1);
        text = text.trimmed();
    }
    // Again after the sign: "-$45.00".
    while (!text.isEmpty() && symbols.contains(text.front()))
        text.remove(0, 1);
    if (text.isEmpty())
        return std::nullopt;

    // Digits and separators only; spaces, no-break spaces and apostrophes group thousands.
    QString digits;
    QList<QPair<qsizetype, QChar>> marks; // position in `digits` where a '.' or ',' stood
    for (const QChar c : std::as_const(text)) {
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            marks.append({digits.size(), c});
        } else if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\'')
                   || c == QChar(0x2019)) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (digits.isEmpty())
        return std::nullopt;
    // Which mark is the decimal point: the last one, when at most `decimals` digits follow it and it is not a
    // thousands group (exactly three digits after it while another mark of the same kind came before, or a mark of
    // the other kind came before).
    qsizetype decimalAt = -1;
    if (!marks.isEmpty()) {
        const auto [pos, mark] = marks.last();
        const qsizetype after = digits.size() - pos;
        bool sameKindBefore = false;
        for (qsizetype i = 0; i + 1 < marks.size(); ++i)
            sameKindBefore = sameKindBefore || marks.at(i).second == mark;
        if (sameKindBefore) {
            decimalAt = -1; // "1,234,567" or "1.234.567": all grouping
        } else if (after == 3 && decimals != 3) {
            decimalAt = -1; // "1,234" / "1.234": a thousands group
        } else {
            decimalAt = pos;
        }
    }
    // Every other mark groups thousands: all of one kind (not the decimal point's), 1–3 digits before the first,
    // exactly three after each.
    QList<qsizetype> groups;
    QChar groupMark;
    const qsizetype groupCount = decimalAt >= 0 ? marks.size() - 1 : marks.size();
    for (qsizetype i = 0; i < groupCount; ++i) {
        const QChar mark = marks.at(i).second;
        if ((!groupMark.isNull() && mark != groupMark) || (decimalAt >= 0 && mark == marks.last().second))
            return std::nullopt;
        groupMark = mark;
        groups.append(marks.at(i).first);
    }
    if (!groups.isEmpty()) {
        if (groups.first() == 0 || groups.first() > 3 || digits.front() == QLatin1Char('0'))
            return std::nullopt;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype next = i + 1 < groups.size() ? groups.at(i + 1)
                                                         : (decimalAt >= 0 ? decimalAt : digits.size());
            if (next - groups.at(i) != 3)
                return std::nullopt;
        }
    }
    QString whole = decimalAt >= 0 ? digits.left(decimalAt) : digits;
    QString fraction = decimalAt >= 0 ? digits.mid(decimalAt) : QString();
    if (fraction.size() > decimals)
        return std::nullopt;
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    fraction = fraction.leftJustified(decimals, QLatin1Char('0'));
    if (whole.size() + decimals > 17)
        return std::nullopt; // beyond any plausible amount, and safely inside qint64
    bool ok = false;
    const qint64 value = QString(whole + fraction).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return negative ? -value : value;
}

QString formatAmountPlain(qint64 minor, int decimals)
{
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    if (decimals <= 0)
        return (negative ? QStringLiteral("-") : QString()) + QString::number(abs);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(abs / scale) + QLatin1Char('.')
        + QString::number(abs % scale).rightJustified(decimals, QLatin1Char('0'));
}

QString normalizeRoNumber(const QString& ro)
{
    QString key;
    key.reserve(ro.size());
    for (const QChar c : ro) {
        if (c.isLetterOrNumber())
            key.append(c.toUpper());
    }
    if (key.size() > 2 && (key.startsWith(QLatin1String("RO")) || key.startsWith(QLatin1String("OR")))
        && key.at(2).isDigit())
        key.remove(0, 2);
    qsizetype zeros = 0;
    while (zeros + 1 < key.size() && key.at(zeros) == QLatin1Char('0'))
        ++zeros;
    key.remove(0, zeros);
    return key;
}

} // namespace dp::recon
