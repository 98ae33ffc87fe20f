#include "refundeligibility.h"

#include <QCoreApplication>

namespace dp {

RefundEligibility canRefund(const Session& session, const store::PaymentRow& payment)
{
    RefundEligibility e;
    e.refundable = isRefundableState(payment.state) ? qMax<qint64>(0, payment.amount - payment.refunded) : 0;
    if (!session.can(Permission::Refund)) {
        e.refusal = RefundEligibility::Refusal::Role;
        e.reason = QCoreApplication::translate("RefundEligibility",
                                               "Only an Admin or a Manager of a payment-taking team can refund.");
    } else if (!isSettled(payment.state)) {
        e.refusal = RefundEligibility::Refusal::NotSettled;
        e.reason = payment.state == PaymentState::Failed
                       ? QCoreApplication::translate("RefundEligibility", "This payment failed: no money was taken, so there is nothing to refund.")
                       : QCoreApplication::translate("RefundEligibility", "This payment has not gone through yet. It can be refunded once it has.");
    } else if (e.refundable <= 0) {
        e.refusal = RefundEligibility::Refusal::FullyRefunded;
        e.reason = QCoreApplication::translate("RefundEligibility", "This payment has already been refunded in full.");
    }
    return e;
}

} // namespace dp
