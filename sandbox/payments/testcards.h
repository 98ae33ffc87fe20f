#pragma once

#include <QString>

namespace dp::sandbox {

// Stripe's test cards: what a number (or a test token / payment method id) does when charged.
struct TestCard
{
    enum class Outcome
    {
        Succeed,
        Decline,
        Authenticate,
        InvalidNumber
    };
    Outcome outcome = Outcome::Succeed;
    QString brand = QStringLiteral("visa"); // visa, mastercard, amex, discover, unknown
    QString funding = QStringLiteral("credit");
    QString country = QStringLiteral("US");
    QString last4;
    QString fingerprint;
    QString failureCode; // card_declined, expired_card, incorrect_cvc, processing_error, incorrect_number
    QString declineCode; // generic_decline, insufficient_funds, lost_card, ...
    QString message;     // what the customer is told
};

// "4242 4242 4242 4242", "tok_visa", "pm_card_chargeDeclined", ...; any other Luhn-valid number succeeds.
TestCard testCard(const QString& numberOrToken);
bool luhnValid(const QString& digits);

} // namespace dp::sandbox
