#include "paymentqueries.h"

#include "auth/authorizer.h"

namespace dp {

store::PaymentScope paymentScopeFor(const Session& current)
{
    store::PaymentScope scope;
    scope.userId = current.userId;
    if (!current.isValid())
        scope.kind = store::PaymentScope::Kind::Nothing;
    else if (current.role == Role::Admin)
        scope.kind = store::PaymentScope::Kind::Everything;
    else if (current.role == Role::Manager && current.inPaymentTeam)
        scope.kind = store::PaymentScope::Kind::PaymentTeams;
    else
        scope.kind = store::PaymentScope::Kind::OwnRequests;
    return scope;
}

PaymentQueries::PaymentQueries(store::Database& db, Authorizer& auth) : m_store(db), m_auth(auth)
{
}

Result<store::PaymentScope> PaymentQueries::scope(const Session& who)
{
    Session current;
    // Everyone signed in may read the payments of their own requests; the scope narrows what they see.
    if (auto denied = m_auth.check(who, Permission::RequestPayment, &current))
        return *denied;
    return paymentScopeFor(current);
}

Result<qint64> PaymentQueries::count(const Session& who, const store::PaymentFilter& filter)
{
    const auto s = scope(who);
    if (!s)
        return s.error();
    return m_store.count(s.value(), filter);
}

Result<QList<store::PaymentRow>> PaymentQueries::page(const Session& who, const store::PaymentFilter& filter,
                                                      qint64 offset, int limit)
{
    const auto s = scope(who);
    if (!s)
        return s.error();
    return m_store.page(s.value(), filter, offset, limit);
}

Result<QList<store::PaymentRow>> PaymentQueries::keysetPage(const Session& who, const store::PaymentFilter& filter,
                                                            const store::PageKey& key, bool backward, qint64 skip,
                                                            int limit)
{
    const auto s = scope(who);
    if (!s)
        return s.error();
    return m_store.keysetPage(s.value(), filter, key, backward, skip, limit);
}

Result<store::PaymentRow> PaymentQueries::byId(const Session& who, const QString& chargeId)
{
    const auto s = scope(who);
    if (!s)
        return s.error();
    return m_store.byId(s.value(), chargeId);
}

Result<QHash<QString, store::PaymentRow>> PaymentQueries::byIds(const Session& who, const QStringList& chargeIds)
{
    const auto s = scope(who);
    if (!s)
        return s.error();
    auto rows = m_store.byIds(s.value(), chargeIds);
    if (!rows)
        return rows.error();
    QHash<QString, store::PaymentRow> out;
    for (const store::PaymentRow& r : rows.value())
        out.insert(r.id, r);
    return out;
}

Result<QStringList> PaymentQueries::distinctValues(const Session& who, const QString& column)
{
    const auto s = scope(who);
    if (!s)
        return s.error();
    return m_store.distinctValues(s.value(), column);
}

Result<QList<store::RefundRow>> PaymentQueries::refundsOf(const Session& who, const QString& chargeId)
{
    const auto s = scope(who);
    if (!s)
        return s.error();
    return m_store.refundsOf(s.value(), chargeId);
}

Result<RefundEligibility> PaymentQueries::refundEligibility(const Session& who, const QString& chargeId)
{
    Session current;
    if (auto denied = m_auth.check(who, Permission::RequestPayment, &current))
        return *denied;
    auto payment = m_store.byId(paymentScopeFor(current), chargeId);
    if (!payment)
        return payment.error();
    return canRefund(current, payment.value());
}

} // namespace dp
