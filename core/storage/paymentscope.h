#pragma once

#include <QString>
#include <QVariantList>

namespace dp::store {

// Which payments (and requests, refunds, receipts) one signed-in person may read (SEC-1), in the store's terms.
// Built from a Session re-read by the Authorizer (payments/paymentqueries.h: paymentScopeFor); every read of the
// payment tables takes one and filters in SQL.
struct PaymentScope
{
    enum class Kind
    {
        Nothing,      // no payments at all
        Everything,   // Admin
        PaymentTeams, // Manager: the payments of the payment-taking teams they belong to (a payment carries its
                      // team's name); the requests of those teams' members and their own
        OwnRequests,  // Consultant (and a Manager outside payment teams): the payments of their own requests
    };
    Kind kind = Kind::Nothing;
    qint64 userId = 0;

    // The condition on table `payments` (alias `p`, may be empty) and on `payment_requests` (alias `r`) that
    // keeps the rows of this scope; appends its bind values. Never empty: "1 = 1" for Everything.
    QString paymentsCondition(const QString& alias, QVariantList& binds) const;
    QString requestsCondition(const QString& alias, QVariantList& binds) const;
};

} // namespace dp::store
