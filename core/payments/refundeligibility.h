#pragma once

#include "auth/session.h"
#include "storage/paymentstore.h"

#include <QString>

namespace dp {

// Whether a payment can be refunded now, and why not (PAY-5). The one place that decides it: RefundService
// checks it before anything is stored or sent, the Payments table and the receipt enable their Refund buttons
// with it and show `reason` as the button's tooltip.
struct RefundEligibility
{
    enum class Refusal
    {
        None,
        Role,          // the role (re-read by the Authorizer) does not allow refunds
        NotSettled,    // pending or failed: no money to give back
        FullyRefunded, // nothing left to refund
    };
    Refusal refusal = Refusal::None;
    QString reason;        // translated, whole sentence; empty when allowed
    qint64 refundable = 0; // what can still be refunded, in minor units of the payment's currency

    bool allowed() const { return refusal == Refusal::None; }
    explicit operator bool() const { return allowed(); }
};

RefundEligibility canRefund(const Session& session, const store::PaymentRow& payment);

} // namespace dp
