#include "paymentstate.h"

#include <QCoreApplication>

namespace dp {

QList<PaymentState> allPaymentStates()
{
    return {PaymentState::Succeeded, PaymentState::PartiallyRefunded, PaymentState::Refunded, PaymentState::Failed,
            PaymentState::Pending};
}

QString paymentStateKey(PaymentState state)
{
    switch (state) {
    case PaymentState::Pending: return QStringLiteral("pending");
    case PaymentState::Succeeded: return QStringLiteral("succeeded");
    case PaymentState::PartiallyRefunded: return QStringLiteral("partially_refunded");
    case PaymentState::Refunded: return QStringLiteral("refunded");
    case PaymentState::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

PaymentState paymentStateFromKey(const QString& key)
{
    for (PaymentState s : allPaymentStates()) {
        if (paymentStateKey(s) == key)
            return s;
    }
    return PaymentState::Pending;
}

QString paymentStateText(PaymentState state)
{
    switch (state) {
    case PaymentState::Succeeded: return QCoreApplication::translate("PaymentState", "Paid");
    case PaymentState::PartiallyRefunded: return QCoreApplication::translate("PaymentState", "Partially refunded");
    case PaymentState::Refunded: return QCoreApplication::translate("PaymentState", "Refunded");
    case PaymentState::Failed: return QCoreApplication::translate("PaymentState", "Failed");
    case PaymentState::Pending: break;
    }
    return QCoreApplication::translate("PaymentState", "Pending");
}

PaymentState paymentStateFor(const QString& chargeStatus, qint64 amount, qint64 refunded)
{
    if (chargeStatus != QLatin1String("succeeded"))
        return chargeStatus == QLatin1String("failed") ? PaymentState::Failed : PaymentState::Pending;
    if (refunded >= amount && amount > 0)
        return PaymentState::Refunded;
    if (refunded > 0)
        return PaymentState::PartiallyRefunded;
    return PaymentState::Succeeded;
}

bool isSettled(PaymentState state)
{
    return state == PaymentState::Succeeded || state == PaymentState::PartiallyRefunded
           || state == PaymentState::Refunded;
}

bool isRefundableState(PaymentState state)
{
    return state == PaymentState::Succeeded || state == PaymentState::PartiallyRefunded;
}

bool hasRefunds(PaymentState state)
{
    return state == PaymentState::PartiallyRefunded || state == PaymentState::Refunded;
}

qint64 keptAmount(PaymentState state, qint64 amount, qint64 fee, qint64 refunded)
{
    return isSettled(state) ? amount - fee - refunded : 0;
}

QString moneyFieldTitle(MoneyField field)
{
    switch (field) {
    case MoneyField::Amount: return QCoreApplication::translate("PaymentState", "Amount");
    case MoneyField::Fee: return QCoreApplication::translate("PaymentState", "Fee");
    case MoneyField::Refunded: return QCoreApplication::translate("PaymentState", "Refunded");
    case MoneyField::Kept: return QCoreApplication::translate("PaymentState", "You keep");
    }
    return {};
}

QString moneyFieldDescription(MoneyField field)
{
    switch (field) {
    case MoneyField::Amount:
        return QCoreApplication::translate("PaymentState", "What the customer paid.");
    case MoneyField::Fee:
        return QCoreApplication::translate("PaymentState", "The processing fee of the payment. It is not returned when the payment is refunded.");
    case MoneyField::Refunded:
        return QCoreApplication::translate("PaymentState", "What has been given back to the customer so far.");
    case MoneyField::Kept:
        return QCoreApplication::translate("PaymentState", "What the dealership keeps: the amount, less the fee, less what was refunded.");
    }
    return {};
}

} // namespace dp
