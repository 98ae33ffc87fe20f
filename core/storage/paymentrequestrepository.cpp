#include "paymentrequestrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace dp::store {

PaymentRequestRepository::PaymentRequestRepository(Database& db) : m_db(db)
{
}

Result<std::optional<qint64>> PaymentRequestRepository::latestMatching(const Match& m, qint64 since,
                                                                       const QStringList& states)
{
    QStringList marks;
    for (qsizetype i = 0; i < states.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM payment_requests WHERE consultant_id = ? AND mobile = ? AND amount = ?"
                             " AND ro_number = ? AND created_at >= ? AND state IN (%1) ORDER BY id DESC LIMIT 1")
                  .arg(marks.join(QLatin1Char(','))));
    QVariantList binds{m.consultantId, m.mobile, m.amount, m.roNumber, since};
    for (const QString& s : states)
        binds.append(s);
    bindAll(q, binds);
    if (!q.exec())
        return storeError(QCoreApplication::translate("PaymentRequests", "read the payment requests"),
                          q.lastError().text());
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(QStringLiteral("id")).toLongLong());
}

Result<QString> PaymentRequestRepository::idempotencyKey(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT idem_key FROM payment_requests WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return storeError(QCoreApplication::translate("PaymentRequests", "read the payment request"),
                          q.lastError().text());
    return q.value(QStringLiteral("idem_key")).toString();
}

Status PaymentRequestRepository::markOutcome(qint64 id, const QString& state, const QString& failure, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE payment_requests SET state = ?, failure = ?, updated_at = ? WHERE id = ?"));
    bindAll(q, QVariantList{state, failure, now, id});
    if (!q.exec())
        return storeError(QCoreApplication::translate("PaymentRequests", "save the payment request"),
                          q.lastError().text());
    return Done{};
}

} // namespace dp::store
