#include "validators.h"

#include "phone.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dp::validate {

namespace {

Check failWith(const char* text)
{
    return Check::fail(QCoreApplication::translate("Validation", text));
}

bool isAsciiDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

// `text` after digitsOnly() must be between `min` and `max` ASCII digits.
bool hasDigits(const QString& text, int min, int max)
{
    const QString digits = digitsOnly(text);
    return isAsciiDigits(digits) && digits.size() >= min && digits.size() <= max;
}

int digitAt(const QString& digits, int i)
{
    return digits.at(i).unicode() - '0';
}

bool isCountry(const QString& country, const char* code)
{
    return country.compare(QLatin1String(code), Qt::CaseInsensitive) == 0;
}

// Prefixes the IRS assigns to its campuses (and the Internet / SBA ranges); any other prefix was never issued.
bool isIssuedEinPrefix(int prefix)
{
    static constexpr int ranges[][2] = {{1, 6},   {10, 16}, {20, 27}, {30, 39}, {40, 48}, {50, 68},
                                        {71, 77}, {80, 88}, {90, 95}, {98, 99}};
    for (const auto& range : ranges) {
        if (prefix >= range[0] && prefix <= range[1])
            return true;
    }
    return false;
}

// First two digits of an ABA number: Federal Reserve district (01-12), thrift (21-32), electronic (61-72) or
// traveler's cheques (80).
bool isAbaPrefix(int prefix)
{
    return (prefix >= 1 && prefix <= 12) || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72)
        || prefix == 80;
}

} // namespace

QString digitsOnly(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            out.append(c);
    }
    return out;
}

Check abaRoutingNumber(const QString& text)
{
    if (!hasDigits(text, 9, 9))
        return failWith(QT_TRANSLATE_NOOP("Validation", "A routing number has 9 digits."));
    const QString d = digitsOnly(text);
    int sum = 0;
    for (int i = 0; i < 9; i += 3)
        sum += 3 * digitAt(d, i) + 7 * digitAt(d, i + 1) + digitAt(d, i + 2);
    if (sum % 10 != 0 || !isAbaPrefix(digitAt(d, 0) * 10 + digitAt(d, 1)))
        return failWith(QT_TRANSLATE_NOOP("Validation", "This routing number is not valid: check the digits."));
    return Check::pass();
}

Check ein(const QString& text)
{
    if (!hasDigits(text, 9, 9))
        return failWith(QT_TRANSLATE_NOOP("Validation", "An EIN has 9 digits, written like 12-3456789."));
    const QString d = digitsOnly(text);
    if (!isIssuedEinPrefix(digitAt(d, 0) * 10 + digitAt(d, 1)))
        return failWith(QT_TRANSLATE_NOOP("Validation",
                                          "This EIN is not valid: the IRS never issues numbers starting with these "
                                          "two digits. Check the first digits."));
    return Check::pass();
}

Check businessNumberCA(const QString& text)
{
    if (!hasDigits(text, 9, 9))
        return failWith(QT_TRANSLATE_NOOP("Validation", "A business number (BN) has 9 digits."));
    return Check::pass();
}

Check neq(const QString& text)
{
    if (!hasDigits(text, 10, 10))
        return failWith(QT_TRANSLATE_NOOP("Validation", "A Québec enterprise number (NEQ) has 10 digits."));
    return Check::pass();
}

Check caTransitNumber(const QString& text)
{
    if (!hasDigits(text, 5, 5))
        return failWith(QT_TRANSLATE_NOOP("Validation", "A transit number has 5 digits."));
    return Check::pass();
}

Check caInstitutionNumber(const QString& text)
{
    if (!hasDigits(text, 3, 3))
        return failWith(QT_TRANSLATE_NOOP("Validation", "An institution number has 3 digits."));
    return Check::pass();
}

Check bankAccountNumber(const QString& text, const QString& country)
{
    if (isCountry(country, "CA")) {
        if (!hasDigits(text, 7, 12))
            return failWith(QT_TRANSLATE_NOOP("Validation", "A Canadian account number has 7 to 12 digits."));
        return Check::pass();
    }
    if (!hasDigits(text, 4, 17))
        return failWith(QT_TRANSLATE_NOOP("Validation", "An account number has 4 to 17 digits."));
    return Check::pass();
}

Check statementDescriptor(const QString& input)
{
    const QString text = input.trimmed();
    if (text.size() < 5)
        return failWith(QT_TRANSLATE_NOOP("Validation", "A statement descriptor has at least 5 characters."));
    if (text.size() > 22)
        return failWith(QT_TRANSLATE_NOOP("Validation", "A statement descriptor has at most 22 characters."));
    static const QString forbidden = QStringLiteral("<>\\'\"*");
    bool hasLetter = false;
    for (const QChar c : text) {
        if (forbidden.contains(c))
            return failWith(QT_TRANSLATE_NOOP("Validation",
                                              "A statement descriptor cannot contain any of < > \\ ' \" *."));
        const bool ascii = c.unicode() >= 0x20 && c.unicode() < 0x7f;
        if (!ascii && !(c.isLetter() && c.script() == QChar::Script_Latin))
            return failWith(QT_TRANSLATE_NOOP("Validation",
                                              "A statement descriptor uses Latin letters, digits and common "
                                              "punctuation only."));
        hasLetter = hasLetter || c.isLetter();
    }
    if (!hasLetter)
        return failWith(QT_TRANSLATE_NOOP("Validation", "A statement descriptor needs at least one letter."));
    return Check::pass();
}

Check email(const QString& text)
{
    // One '@', a local part without spaces, a domain of dot-separated labels ending in a 2+ letter top level.
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    const QString address = text.trimmed();
    if (address.size() > 254 || !pattern.match(address).hasMatch() || address.startsWith(QLatin1Char('.'))
        || address.contains(QLatin1String("..")) || address.contains(QLatin1String(".@")))
        return failWith(QT_TRANSLATE_NOOP("Validation", "Enter an e-mail address like name@example.com."));
    return Check::pass();
}

Check phoneE164(const QString& text)
{
    // Spaces and hyphens are tolerated as typed; the caller stores digitsOnly(text).
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    if (!pattern.match(digitsOnly(text)).hasMatch())
        return failWith(QT_TRANSLATE_NOOP("Validation",
                                          "Enter the phone number in international form: + then the country code "
                                          "and number, 8 to 15 digits (like +15145550100)."));
    return Check::pass();
}

Check phoneNumber(const QString& text, const QString& country)
{
    if (phone::parse(text, country))
        return Check::pass();
    if (phone::isNanpCountry(country))
        return failWith(QT_TRANSLATE_NOOP("Validation",
                                          "Enter the phone number with its area code, like (514) 555-0142, or + "
                                          "and the country code for a number abroad."));
    return failWith(QT_TRANSLATE_NOOP("Validation",
                                      "Enter the phone number in international form: + then the country code "
                                      "and number, 8 to 15 digits (like +15145550100)."));
}

Check password(const QString& text)
{
    bool letter = false;
    bool digit = false;
    for (const QChar c : text) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (text.size() < 10 || !letter || !digit)
        return failWith(QT_TRANSLATE_NOOP("Validation",
                                          "A password has at least 10 characters, with at least one letter and "
                                          "one digit."));
    return Check::pass();
}

Check requiredText(const QString& text, const QString& fieldLabel)
{
    if (text.trimmed().isEmpty())
        return Check::fail(QCoreApplication::translate("Validation", "%1 is required.").arg(fieldLabel));
    return Check::pass();
}

Check taxId(const QString& text, const QString& country)
{
    if (isCountry(country, "US"))
        return ein(text);
    if (isCountry(country, "CA")) {
        if (hasDigits(text, 9, 9))
            return businessNumberCA(text);
        if (hasDigits(text, 10, 10))
            return neq(text);
        return failWith(QT_TRANSLATE_NOOP("Validation",
                                          "A Canadian tax id is a 9-digit business number (BN) or a 10-digit "
                                          "Québec enterprise number (NEQ)."));
    }
    return requiredText(text, QCoreApplication::translate("Validation", "The tax id"));
}

} // namespace dp::validate
