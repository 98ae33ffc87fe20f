#pragma once

#include "auth/session.h"
#include "foundation/result.h"
#include "refundeligibility.h"
#include "storage/paymentstore.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace dp {
class Authorizer;

// The scope of a session whose role and teams the Authorizer has just re-read (SEC-1): an Admin reads every
// payment, a Manager in a payment-taking team those of their payment-taking teams, anyone else (a Consultant,
// a Manager outside payment teams) only the payments of their own requests.
store::PaymentScope paymentScopeFor(const Session& current);

// Every read of payments, their refunds and receipts for a signed-in person (PAY-2/3/5, SEC-1). Each call
// re-reads the user through the Authorizer (a demoted or deactivated user loses access at once) and filters in
// SQL through PaymentStore. Safe to call from worker threads (one store connection per thread).
class PaymentQueries
{
public:
    PaymentQueries(store::Database& db, Authorizer& auth);

    Result<store::PaymentScope> scope(const Session& who);
    Result<qint64> count(const Session& who, const store::PaymentFilter& filter);
    Result<QList<store::PaymentRow>> page(const Session& who, const store::PaymentFilter& filter, qint64 offset,
                                          int limit);
    // Keyset paging (PERF-2): store::PaymentStore::keysetPage within the reader's scope.
    Result<QList<store::PaymentRow>> keysetPage(const Session& who, const store::PaymentFilter& filter,
                                                const store::PageKey& key, bool backward, qint64 skip, int limit);
    // NotFound for a payment outside the reader's scope, exactly as for one that does not exist.
    Result<store::PaymentRow> byId(const Session& who, const QString& chargeId);
    Result<QHash<QString, store::PaymentRow>> byIds(const Session& who, const QStringList& chargeIds);
    Result<QStringList> distinctValues(const Session& who, const QString& column); // team, consultant, account_id
    Result<QList<store::RefundRow>> refundsOf(const Session& who, const QString& chargeId);
    // canRefund() for the payment as the store holds it now, with the role the store holds now.
    Result<RefundEligibility> refundEligibility(const Session& who, const QString& chargeId);

private:
    store::PaymentStore m_store;
    Authorizer& m_auth;
};

} // namespace dp
