#include "money.h"

#include <QtNumeric>

#include <array>
#include <limits>

namespace dp {

namespace {

// The "C" locale has no currency format; format and parse as en_US there (the product is US-first).
QLocale effectiveLocale(const QLocale& locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

// The locale's own symbol when the amount is in the locale's currency ("$" for usd in en_US, "€" for eur in
// it_IT); otherwise a symbol that cannot be mistaken for the local one ("US$" in en_CA, "CA$" in en_US).
QString currencySymbol(const QString& currency, const QLocale& locale)
{
    const QString iso = currency.toUpper();
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == iso)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    struct Known
    {
        const char* iso;
        const char* symbol;
    };
    static constexpr std::array<Known, 7> known{{{"USD", "US$"}, {"CAD", "CA$"}, {"EUR", "€"}, {"GBP", "£"},
                                                 {"JPY", "¥"}, {"AUD", "A$"}, {"MXN", "MX$"}}};
    for (const Known& k : known) {
        if (iso == QLatin1String(k.iso))
            return QString::fromUtf8(k.symbol);
    }
    return iso;
}

qint64 powerOfTen(int exponent)
{
    qint64 p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// Removes one currency marker (the symbol formatMoney shows, the ISO code, "$" for dollars) from the start or the
// end of `text`.
QString stripCurrency(QString text, const QString& currency, const QLocale& locale)
{
    QStringList markers{currencySymbol(currency, locale), currency.toUpper()};
    if (markers.first().endsWith(QLatin1Char('$')))
        markers.append(QStringLiteral("$")); // "$12" for US$ or CA$

    for (const QString& marker : markers) {
        if (marker.isEmpty())
            continue;
        if (text.startsWith(marker, Qt::CaseInsensitive))
            return text.mid(marker.size());
        if (text.endsWith(marker, Qt::CaseInsensitive))
            return text.left(text.size() - marker.size());
    }
    return text;
}

// Integer part with optional group separators: every group after the first has exactly 3 digits, so that
// "12,50" is never read as 1250.
std::optional<qint64> parseGrouped(const QString& text, const QString& group)
{
    if (text.isEmpty())
        return qint64(0);
    const QStringList groups = group.isEmpty() ? QStringList{text} : text.split(group);
    qint64 value = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString& digits = groups.at(g);
        if (digits.isEmpty() || (g > 0 && digits.size() != 3))
            return std::nullopt;
        for (const QChar c : digits) {
            if (!c.isDigit() || qMulOverflow(value, qint64(10), &value)
                || qAddOverflow(value, qint64(c.digitValue()), &value))
                return std::nullopt;
        }
    }
    return value;
}

} // namespace

int currencyExponent(const QString& currency)
{
    // Stripe's zero-decimal and three-decimal currencies; every other currency has 2 decimals.
    static const QStringList zero{"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga",
                                  "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"};
    static const QStringList three{"bhd", "jod", "kwd", "omr", "tnd"};
    const QString code = currency.toLower();
    if (zero.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

QString formatMoney(qint64 minor, const QString& currency, const QLocale& requested)
{
    const QLocale locale = effectiveLocale(requested);
    const int exponent = currencyExponent(currency);
    const auto scale = static_cast<quint64>(powerOfTen(exponent));
    const quint64 magnitude = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);

    QString number = locale.toString(magnitude / scale);
    if (exponent > 0) {
        QString fraction = locale.toString(magnitude % scale);
        while (fraction.size() < exponent)
            fraction.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + fraction;
    }
    // Let the locale place the symbol (before or after, with or without a space) around a stand-in digit.
    const QString standIn = locale.toString(7);
    QString text = locale.toCurrencyString(qlonglong(7), currencySymbol(currency, locale));
    const qsizetype at = text.lastIndexOf(standIn);
    if (at < 0)
        text = number + QLatin1Char(' ') + currencySymbol(currency, locale);
    else
        text.replace(at, standIn.size(), number);
    return minor < 0 ? locale.negativeSign() + text : text;
}

std::optional<qint64> parseMoney(const QString& input, const QString& currency, const QLocale& requested)
{
    const QLocale locale = effectiveLocale(requested);
    const int exponent = currencyExponent(currency);
    QString text = stripCurrency(input.trimmed(), currency, locale);
    text.removeIf(isSpace);
    if (text.isEmpty())
        return std::nullopt;

    const QString decimal = locale.decimalPoint();
    QString group = locale.groupSeparator();
    if (!group.isEmpty() && isSpace(group.at(0)))
        group.clear(); // spaces are already gone
    // "12.50" typed in a locale whose decimal is ',' (or the reverse) is still a decimal amount when it cannot be a
    // group separator: used once and followed by fewer than 3 digits.
    const QString other = decimal == QLatin1String(",") ? QStringLiteral(".") : QStringLiteral(",");
    QString separator = decimal;
    if (!text.contains(decimal) && text.count(other) == 1) {
        const qsizetype after = text.size() - text.indexOf(other) - 1;
        if (after >= 1 && after <= exponent && after != 3)
            separator = other;
    }

    const qsizetype point = text.indexOf(separator);
    const QString integerText = point < 0 ? text : text.left(point);
    const QString fractionText = point < 0 ? QString() : text.mid(point + 1);
    if (fractionText.size() > exponent || (integerText.isEmpty() && fractionText.isEmpty()))
        return std::nullopt;
    const std::optional<qint64> units = parseGrouped(integerText, separator == group ? QString() : group);
    if (!units)
        return std::nullopt;

    qint64 fraction = 0;
    for (const QChar c : fractionText) {
        if (!c.isDigit())
            return std::nullopt;
        fraction = fraction * 10 + c.digitValue();
    }
    fraction *= powerOfTen(exponent - int(fractionText.size()));

    qint64 minor = 0;
    if (qMulOverflow(*units, powerOfTen(exponent), &minor) || qAddOverflow(minor, fraction, &minor))
        return std::nullopt;
    return minor;
}

} // namespace dp
