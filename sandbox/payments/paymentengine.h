#pragma once

#include "testcards.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dp::sandbox {

class SandboxState;

struct Payer
{
    QString name;
    QString email;
    QString phone;
    QString postalCode;
};

struct PaymentSpec
{
    qint64 amount = 0;
    QString currency = QStringLiteral("usd");
    QString description;
    QJsonObject metadata;
    QString customer;
    QString receiptEmail;
    QString statementDescriptorSuffix;
};

// PaymentIntents, charges, refunds and their balance transactions and events, on one account's books
// ("" = the platform, otherwise the connected account of a direct charge).
namespace payments {

enum class Challenge
{
    None,
    Pass,
    Fail
}; // the 3-D Secure step for cards that ask for it

// Checks amount (50 .. 99,999,999 minor units) and currency (usd, cad); throws the Stripe 400 errors.
void validateAmount(qint64 amount, const QString& currency, const QString& amountParam = QStringLiteral("amount"));

// A new PaymentIntent in requires_payment_method (payment_intent.created).
QJsonObject createIntent(SandboxState& state, const QString& account, const PaymentSpec& spec);
// Pays the intent with `card`: succeeded (charge + balance transaction), requires_action (3-D Secure asked and not
// yet answered) or back to requires_payment_method with last_payment_error (declined; the failed charge is kept).
QJsonObject confirm(SandboxState& state, const QString& account, const QString& intentId, const QString& cardNumber,
                    const Payer& payer, Challenge challenge);
QJsonObject cancelIntent(SandboxState& state, const QString& account, const QString& intentId, const QString& reason);

// Refunds `amount` (default: what is left) of a succeeded charge. Over-refunds fail with param "amount".
QJsonObject refund(SandboxState& state, const QString& account, const QString& chargeId, std::optional<qint64> amount,
                   const QString& reason, const QJsonObject& metadata);

// The card number a PaymentIntent waits to authenticate with (3-D Secure), empty when none.
QString pendingCard(SandboxState& state, const QString& intentId);

} // namespace payments
} // namespace dp::sandbox
