#include "testcards.h"

#include <QCryptographicHash>
#include <QHash>

namespace dp::sandbox {

namespace {

struct Special
{
    const char* brand;
    const char* funding;
    const char* country;
    TestCard::Outcome outcome;
    const char* failureCode;
    const char* declineCode;
};

using O = TestCard::Outcome;

const QHash<QString, Special>& specials()
{
    static const QHash<QString, Special> table{
        {QStringLiteral("4242424242424242"), {"visa", "credit", "US", O::Succeed, "", ""}},
        {QStringLiteral("4000056655665556"), {"visa", "debit", "US", O::Succeed, "", ""}},
        {QStringLiteral("4000001240000000"), {"visa", "credit", "CA", O::Succeed, "", ""}},
        {QStringLiteral("5555555555554444"), {"mastercard", "credit", "US", O::Succeed, "", ""}},
        {QStringLiteral("2223003122003222"), {"mastercard", "credit", "US", O::Succeed, "", ""}},
        {QStringLiteral("5200828282828210"), {"mastercard", "debit", "US", O::Succeed, "", ""}},
        {QStringLiteral("378282246310005"), {"amex", "credit", "US", O::Succeed, "", ""}},
        {QStringLiteral("6011111111111117"), {"discover", "credit", "US", O::Succeed, "", ""}},
        {QStringLiteral("4000000000000002"), {"visa", "credit", "US", O::Decline, "card_declined", "generic_decline"}},
        {QStringLiteral("4000000000009995"),
         {"visa", "credit", "US", O::Decline, "card_declined", "insufficient_funds"}},
        {QStringLiteral("4000000000009987"), {"visa", "credit", "US", O::Decline, "card_declined", "lost_card"}},
        {QStringLiteral("4000000000009979"), {"visa", "credit", "US", O::Decline, "card_declined", "stolen_card"}},
        {QStringLiteral("4000000000000069"), {"visa", "credit", "US", O::Decline, "expired_card", "expired_card"}},
        {QStringLiteral("4000000000000127"), {"visa", "credit", "US", O::Decline, "incorrect_cvc", "incorrect_cvc"}},
        {QStringLiteral("4000000000000119"),
         {"visa", "credit", "US", O::Decline, "processing_error", "processing_error"}},
        {QStringLiteral("4000002760003184"), {"visa", "credit", "US", O::Authenticate, "", ""}},
        {QStringLiteral("4000002500003155"), {"visa", "credit", "US", O::Authenticate, "", ""}},
        {QStringLiteral("4000000000003220"), {"visa", "credit", "US", O::Authenticate, "", ""}},
    };
    return table;
}

// Test tokens and payment method ids name a card.
QString numberForToken(const QString& token)
{
    static const QHash<QString, QString> tokens{
        {QStringLiteral("visa"), QStringLiteral("4242424242424242")},
        {QStringLiteral("visa_debit"), QStringLiteral("4000056655665556")},
        {QStringLiteral("mastercard"), QStringLiteral("5555555555554444")},
        {QStringLiteral("amex"), QStringLiteral("378282246310005")},
        {QStringLiteral("discover"), QStringLiteral("6011111111111117")},
        {QStringLiteral("chargeDeclined"), QStringLiteral("4000000000000002")},
        {QStringLiteral("chargeDeclinedInsufficientFunds"), QStringLiteral("4000000000009995")},
        {QStringLiteral("chargeDeclinedLostCard"), QStringLiteral("4000000000009987")},
        {QStringLiteral("chargeDeclinedExpiredCard"), QStringLiteral("4000000000000069")},
        {QStringLiteral("chargeDeclinedIncorrectCvc"), QStringLiteral("4000000000000127")},
        {QStringLiteral("chargeDeclinedProcessingError"), QStringLiteral("4000000000000119")},
        {QStringLiteral("authenticationRequired"), QStringLiteral("4000002760003184")},
        {QStringLiteral("threeDSecure2Required"), QStringLiteral("4000000000003220")},
    };
    for (const char* prefix : {"tok_", "pm_card_"}) {
        if (token.startsWith(QLatin1String(prefix)))
            return tokens.value(token.mid(int(qstrlen(prefix))));
    }
    return token;
}

QString brandFor(const QString& digits)
{
    if (digits.startsWith(QLatin1Char('4')))
        return QStringLiteral("visa");
    if (digits.startsWith(QLatin1String("34")) || digits.startsWith(QLatin1String("37")))
        return QStringLiteral("amex");
    const int two = digits.left(2).toInt();
    const int four = digits.left(4).toInt();
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("mastercard");
    if (digits.startsWith(QLatin1String("6011")) || digits.startsWith(QLatin1String("65")))
        return QStringLiteral("discover");
    return QStringLiteral("unknown");
}

QString messageFor(const QString& failureCode, const QString& declineCode)
{
    if (failureCode == QLatin1String("expired_card"))
        return QStringLiteral("Your card has expired.");
    if (failureCode == QLatin1String("incorrect_cvc"))
        return QStringLiteral("Your card's security code is incorrect.");
    if (failureCode == QLatin1String("processing_error"))
        return QStringLiteral("An error occurred while processing your card. Try again in a little bit.");
    if (failureCode == QLatin1String("incorrect_number"))
        return QStringLiteral("Your card number is incorrect.");
    if (declineCode == QLatin1String("insufficient_funds"))
        return QStringLiteral("Your card has insufficient funds.");
    return QStringLiteral("Your card was declined.");
}

} // namespace

bool luhnValid(const QString& digits)
{
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!digits.at(i).isDigit())
            return false;
        int d = digits.at(i).digitValue();
        if (doubled && (d *= 2) > 9)
            d -= 9;
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

TestCard testCard(const QString& numberOrToken)
{
    QString digits = numberForToken(numberOrToken.trimmed());
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    TestCard card;
    card.last4 = digits.right(4);
    card.fingerprint = QString::fromLatin1(QCryptographicHash::hash(digits.toLatin1(), QCryptographicHash::Sha256)
                                               .toBase64(QByteArray::Base64UrlEncoding)
                                               .left(16));
    const auto it = specials().constFind(digits);
    if (it != specials().cend()) {
        card.brand = QString::fromLatin1(it->brand);
        card.funding = QString::fromLatin1(it->funding);
        card.country = QString::fromLatin1(it->country);
        card.outcome = it->outcome;
        card.failureCode = QString::fromLatin1(it->failureCode);
        card.declineCode = QString::fromLatin1(it->declineCode);
    } else if (!luhnValid(digits)) {
        card.outcome = O::InvalidNumber;
        card.failureCode = QStringLiteral("incorrect_number");
    } else {
        card.brand = brandFor(digits);
    }
    if (card.outcome != O::Succeed && card.outcome != O::Authenticate)
        card.message = messageFor(card.failureCode, card.declineCode);
    return card;
}

} // namespace dp::sandbox
