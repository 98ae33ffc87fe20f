#include "refundrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dp::store {
namespace {

const char* kPendingColumns = "idem_key, subject, state, result, payload, created_at, updated_at";
const char* kRefundColumns = "id, charge_id, currency, reason, status, requested_by, amount, created";

PendingRefund readPending(const QSqlQuery& q)
{
    PendingRefund p;
    p.key = q.value(QStringLiteral("idem_key")).toString();
    p.chargeId = q.value(QStringLiteral("subject")).toString();
    p.state = q.value(QStringLiteral("state")).toString();
    p.result = q.value(QStringLiteral("result")).toString();
    p.payload = QJsonDocument::fromJson(q.value(QStringLiteral("payload")).toString().toUtf8()).object();
    p.createdAt = q.value(QStringLiteral("created_at")).toLongLong();
    p.updatedAt = q.value(QStringLiteral("updated_at")).toLongLong();
    return p;
}

RefundRecord readRefund(const QSqlQuery& q)
{
    RefundRecord r;
    r.id = q.value(QStringLiteral("id")).toString();
    r.chargeId = q.value(QStringLiteral("charge_id")).toString();
    r.currency = q.value(QStringLiteral("currency")).toString();
    r.reason = q.value(QStringLiteral("reason")).toString();
    r.status = q.value(QStringLiteral("status")).toString();
    r.requestedBy = q.value(QStringLiteral("requested_by")).toString();
    r.amount = q.value(QStringLiteral("amount")).toLongLong();
    r.created = q.value(QStringLiteral("created")).toLongLong();
    return r;
}

Error readError(const QSqlQuery& q)
{
    return storeError(QCoreApplication::translate("RefundRepository", "read the refunds"), q.lastError().text());
}

Error saveError(const QString& detail)
{
    return storeError(QCoreApplication::translate("RefundRepository", "save the refund"), detail);
}

} // namespace

RefundRepository::RefundRepository(Database& db) : m_db(db)
{
}

Status RefundRepository::insertPrepared(const QString& key, const QString& chargeId, const QJsonObject& payload,
                                        qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO pending_ops (idem_key, kind, subject, payload, state, created_at, updated_at)"
                             " VALUES (?, 'refund', ?, ?, 'prepared', ?, ?)"));
    bindAll(q, QVariantList{key, chargeId, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                            now, now});
    if (q.exec())
        return Done{};
    const QString detail = q.lastError().text();
    // The unique index pending_ops_one_refund_in_flight refused it: another refund of this charge is in flight.
    auto open = openFor(chargeId);
    if (open.ok() && open.value() && open.value()->inFlight())
        return Error{Error::Code::Conflict,
                     QCoreApplication::translate("RefundRepository",
                                                 "Another refund of this payment is being made. Wait for it to finish, "
                                                 "then look at the payment again."),
                     QStringLiteral("amount")};
    return saveError(detail);
}

Result<std::optional<PendingRefund>> RefundRepository::byKey(const QString& key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM pending_ops WHERE idem_key = ? AND kind = 'refund'")
                  .arg(QLatin1String(kPendingColumns)));
    q.addBindValue(key);
    if (!q.exec())
        return readError(q);
    if (!q.next())
        return std::optional<PendingRefund>();
    return std::optional<PendingRefund>(readPending(q));
}

Result<std::optional<PendingRefund>> RefundRepository::openFor(const QString& chargeId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM pending_ops WHERE kind = 'refund' AND subject = ?"
                             " AND state IN ('prepared', 'sending', 'verify')"
                             " ORDER BY CASE state WHEN 'prepared' THEN 1 ELSE 0 END, created_at, idem_key")
                  .arg(QLatin1String(kPendingColumns)));
    q.addBindValue(chargeId);
    if (!q.exec())
        return readError(q);
    if (!q.next())
        return std::optional<PendingRefund>();
    return std::optional<PendingRefund>(readPending(q));
}

Result<QList<PendingRefund>> RefundRepository::unresolved()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM pending_ops WHERE kind = 'refund' AND state IN (%2)"
                               " ORDER BY created_at, idem_key")
                    .arg(QLatin1String(kPendingColumns), QLatin1String(kUnresolvedRefundStates))))
        return readError(q);
    QList<PendingRefund> out;
    while (q.next())
        out.append(readPending(q));
    return out;
}

Result<QSet<QString>> RefundRepository::chargesWithUnresolved()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT subject FROM pending_ops WHERE kind = 'refund' AND state IN (%1)")
                    .arg(QLatin1String(kUnresolvedRefundStates))))
        return readError(q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(QStringLiteral("subject")).toString());
    return out;
}

Result<bool> RefundRepository::transition(const QString& key, const QStringList& from, const QString& to,
                                          const QString& result, qint64 now)
{
    QStringList marks;
    for (qsizetype i = 0; i < from.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE pending_ops SET state = ?, result = ?, updated_at = ? WHERE idem_key = ?"
                             " AND kind = 'refund' AND state IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    QVariantList binds{to, result, now, key};
    for (const QString& state : from)
        binds.append(state);
    bindAll(q, binds);
    if (!q.exec())
        return saveError(q.lastError().text());
    return q.numRowsAffected() == 1;
}

Result<bool> RefundRepository::recordSucceeded(const QString& key, const RefundRecord& r, const QString& accountId,
                                               qint64 now)
{
    bool firstTime = false;
    QString failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& tx) {
        QSqlQuery ins(tx);
        ins.prepare(QStringLiteral("INSERT INTO refunds (id, charge_id, account_id, amount, currency, reason, status,"
                                   " created, requested_by) VALUES (?,?,?,?,?,?,?,?,?)"
                                   " ON CONFLICT (id) DO UPDATE SET status = excluded.status,"
                                   " requested_by = excluded.requested_by"));
        bindAll(ins, QVariantList{r.id, r.chargeId, accountId, r.amount, r.currency, r.reason, r.status, r.created,
                                  r.requestedBy});
        if (!ins.exec())
            return failure = ins.lastError().text(), false;
        QSqlQuery done(tx);
        done.prepare(QStringLiteral("UPDATE pending_ops SET state = 'succeeded', result = ?, updated_at = ?"
                                    " WHERE idem_key = ? AND kind = 'refund' AND state <> 'succeeded'"));
        bindAll(done, QVariantList{r.id, now, key});
        if (!done.exec())
            return failure = done.lastError().text(), false;
        firstTime = done.numRowsAffected() == 1;
        return true;
    });
    if (!ok)
        return saveError(failure);
    return firstTime;
}

Result<QSet<QString>> RefundRepository::claimedRefundIds(const QString& exceptKey)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT result FROM pending_ops WHERE kind = 'refund' AND state = 'succeeded'"
                             " AND idem_key <> ?"));
    q.addBindValue(exceptKey);
    if (!q.exec())
        return readError(q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(QStringLiteral("result")).toString());
    return out;
}

Result<QList<RefundRecord>> RefundRepository::forCharge(const QString& chargeId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM refunds WHERE charge_id = ? ORDER BY created, id")
                  .arg(QLatin1String(kRefundColumns)));
    q.addBindValue(chargeId);
    if (!q.exec())
        return readError(q);
    QList<RefundRecord> out;
    while (q.next())
        out.append(readRefund(q));
    return out;
}

Result<std::optional<RefundRecord>> RefundRepository::refundById(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM refunds WHERE id = ?").arg(QLatin1String(kRefundColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return readError(q);
    if (!q.next())
        return std::optional<RefundRecord>();
    return std::optional<RefundRecord>(readRefund(q));
}

} // namespace dp::store
