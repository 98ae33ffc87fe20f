#include "phone.h"

#include <QRegularExpression>

namespace dp::phone {

namespace {

// Digits of `text` when it holds only digits and the separators people type; nullopt otherwise.
std::optional<QString> digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('(')
                 && c != QLatin1Char(')') && c != QChar(0x00A0))
            return std::nullopt;
    }
    return digits;
}

// A North American number without its country code: NXX NXX XXXX.
bool isNanpNational(const QString& digits)
{
    return digits.size() == 10 && digits.at(0) >= QLatin1Char('2') && digits.at(3) >= QLatin1Char('2');
}

} // namespace

bool isNanpCountry(const QString& country)
{
    return country.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0
           || country.compare(QLatin1String("CA"), Qt::CaseInsensitive) == 0;
}

std::optional<QString> parse(const QString& text, const QString& country)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('+'))) {
        const auto digits = digitsOf(trimmed.mid(1));
        static const QRegularExpression e164(QStringLiteral("^[1-9][0-9]{7,14}$"));
        if (!digits || !e164.match(*digits).hasMatch())
            return std::nullopt;
        if (digits->startsWith(QLatin1Char('1')) && !isNanpNational(digits->mid(1)))
            return std::nullopt; // +1 is North America: 10 digits follow
        return QLatin1Char('+') + *digits;
    }
    if (!isNanpCountry(country))
        return std::nullopt; // no national format known: the number must start with + and the country code
    const auto digits = digitsOf(trimmed);
    if (!digits)
        return std::nullopt;
    const QString national = digits->size() == 11 && digits->startsWith(QLatin1Char('1')) ? digits->mid(1) : *digits;
    if (!isNanpNational(national))
        return std::nullopt;
    return QStringLiteral("+1") + national;
}

QString format(const QString& e164)
{
    static const QRegularExpression nanp(QStringLiteral("^\\+1([2-9][0-9]{2})([2-9][0-9]{2})([0-9]{4})$"));
    const auto match = nanp.match(e164);
    if (!match.hasMatch())
        return e164;
    return QStringLiteral("(%1) %2-%3").arg(match.captured(1), match.captured(2), match.captured(3));
}

} // namespace dp::phone
