#pragma once

#include <QList>
#include <QString>

namespace dp {

// Where a payment (a charge) stands for the dealership (PAY-2/3). The one list of payment states: the store keeps
// paymentStateKey(), the UI shows paymentStateText(), rules ask the predicates below.
enum class PaymentState
{
    Pending,           // not settled yet (processing, requires action)
    Succeeded,         // paid, nothing refunded
    PartiallyRefunded, // paid, part of it refunded
    Refunded,          // paid, all of it refunded
    Failed,            // declined or failed: no money moved
};

QList<PaymentState> allPaymentStates();
QString paymentStateKey(PaymentState state);              // stored form: "succeeded", "partially_refunded", ...
PaymentState paymentStateFromKey(const QString& key);     // unknown keys are Pending
QString paymentStateText(PaymentState state);             // translated: "Paid", "Partially refunded", ...
// The state of a charge as the API reports it (status "succeeded" / "failed" / "pending") with what was refunded.
PaymentState paymentStateFor(const QString& chargeStatus, qint64 amount, qint64 refunded);

// The customer paid (money moved to the merchant, whatever was refunded since): fee, "you keep" and receipt apply.
bool isSettled(PaymentState state);
// Something of the payment may still be refunded (state-wise; canRefund() has the whole rule).
bool isRefundableState(PaymentState state);
bool hasRefunds(PaymentState state);

// What the merchant keeps of a payment: the fee is not returned on a refund, so amount − fee − refunded.
// 0 for a payment that did not settle (no money moved). Can be negative (a full refund still costs the fee).
qint64 keptAmount(PaymentState state, qint64 amount, qint64 fee, qint64 refunded);

// The money of a payment, named for exactly what each holds, wherever it is shown: tables, receipt, totals, exports.
enum class MoneyField
{
    Amount,   // what the customer paid
    Fee,      // what the payments provider kept (not returned on a refund)
    Refunded, // given back to the customer so far
    Kept,     // what the merchant keeps: amount − fee − refunded
};
QString moneyFieldTitle(MoneyField field);       // translated column title: "Amount", "Fee", "Refunded", "You keep"
QString moneyFieldDescription(MoneyField field); // translated tooltip: one whole sentence saying what it holds

} // namespace dp
