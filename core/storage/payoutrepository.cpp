#include "payoutrepository.h"

#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace dp::store {
namespace {

QString readRecipients()
{
    return QCoreApplication::translate("PayoutRepository", "read the payout e-mail recipients");
}

QString readOutbox()
{
    return QCoreApplication::translate("PayoutRepository", "read the payout e-mails");
}

QString saveOutbox()
{
    return QCoreApplication::translate("PayoutRepository", "save the payout e-mails");
}

} // namespace

PayoutRepository::PayoutRepository(QSqlDatabase db) : m_db(std::move(db))
{
}

Result<QList<qint64>> PayoutRepository::recipientIds()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT user_id FROM payout_recipients ORDER BY user_id"), {}, readRecipients()); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.record().value(QStringLiteral("user_id")).toLongLong());
    return out;
}

Result<std::optional<qint64>> PayoutRepository::firstRecipientAddedAt()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT MIN(added_at) AS first_added FROM payout_recipients"), {},
                              readRecipients());
        !s)
        return s.error();
    if (!q.next() || q.record().value(QStringLiteral("first_added")).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.record().value(QStringLiteral("first_added")).toLongLong());
}

Result<QStringList> PayoutRepository::activeRecipientEmails()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("SELECT u.email AS email FROM payout_recipients r JOIN users u ON u.id = r.user_id"
                                             " WHERE u.active = 1 ORDER BY u.id"),
                              {}, readRecipients());
        !s)
        return s.error();
    QStringList out;
    while (q.next())
        out.append(q.record().value(QStringLiteral("email")).toString());
    return out;
}

Status PayoutRepository::replaceRecipients(const QList<qint64>& userIds, qint64 now)
{
    auto existing = recipientIds();
    if (!existing)
        return existing.error();
    const QString what = QCoreApplication::translate("PayoutRepository", "save the payout e-mail recipients");
    QSqlQuery q(m_db);
    for (qint64 id : existing.value()) {
        if (userIds.contains(id))
            continue;
        if (auto s = runStatement(q, QStringLiteral("DELETE FROM payout_recipients WHERE user_id = ?"), {id}, what); !s)
            return s;
    }
    QList<qint64> kept = existing.value();
    for (qint64 id : userIds) {
        if (kept.contains(id))
            continue;
        if (auto s = runStatement(q, QStringLiteral("INSERT INTO payout_recipients (user_id, added_at) VALUES (?, ?)"),
                                  {id, now}, what);
            !s)
            return s;
        kept.append(id); // the same id twice in userIds
    }
    return Done{};
}

Result<std::optional<qint64>> PayoutRepository::cursor(const QString& accountId)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT cursor FROM payout_notify_cursor WHERE account_id = ?"), {accountId},
                              QCoreApplication::translate("PayoutRepository", "read the sync position"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.record().value(QStringLiteral("cursor")).toLongLong());
}

Status PayoutRepository::saveCursor(const QString& accountId, qint64 cursor, bool exists)
{
    QSqlQuery q(m_db);
    return runStatement(q,
                        exists ? QStringLiteral("UPDATE payout_notify_cursor SET cursor = ? WHERE account_id = ?")
                               : QStringLiteral("INSERT INTO payout_notify_cursor (cursor, account_id) VALUES (?, ?)"),
                        {cursor, accountId}, QCoreApplication::translate("PayoutRepository", "save the sync position"));
}

Result<bool> PayoutRepository::isQueued(const QString& payoutId)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT 1 FROM payout_notifications WHERE payout_id = ?"), {payoutId},
                              readOutbox());
        !s)
        return s.error();
    return q.next();
}

Result<bool> PayoutRepository::queue(const PayoutNotice& n)
{
    // ON CONFLICT DO NOTHING (SQLite 3.24, PostgreSQL 9.5): a concurrent run that queued it first is not a failure,
    // any other failure is.
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("INSERT INTO payout_notifications (payout_id, account_id, amount, currency,"
                                             " arrival_date, payment_count, state, created_at)"
                                             " VALUES (?, ?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT (payout_id) DO NOTHING"),
                              {n.payoutId, n.accountId, n.amount, n.currency, n.arrivalDate, n.paymentCount, n.createdAt},
                              saveOutbox());
        !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Result<QList<DuePayoutNotice>> PayoutRepository::due(int maxAttempts, qint64 now)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("SELECT payout_id, attempts FROM payout_notifications WHERE state = 'pending'"
                                             " AND attempts < ? AND next_attempt_at <= ? ORDER BY created_at, payout_id"),
                              {maxAttempts, now}, readOutbox());
        !s)
        return s.error();
    QList<DuePayoutNotice> out;
    while (q.next()) {
        const QSqlRecord r = q.record();
        out.append({r.value(QStringLiteral("payout_id")).toString(), r.value(QStringLiteral("attempts")).toInt()});
    }
    return out;
}

Result<bool> PayoutRepository::claim(const QString& payoutId, int attempts, const QString& state, qint64 nextAttemptAt)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("UPDATE payout_notifications SET state = ?, attempts = ?, next_attempt_at = ?"
                                             " WHERE payout_id = ? AND state = 'pending' AND attempts = ?"),
                              {state, attempts + 1, nextAttemptAt, payoutId, attempts}, saveOutbox());
        !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Status PayoutRepository::markSent(const QString& payoutId, qint64 sentAt, const QString& recipients)
{
    QSqlQuery q(m_db);
    return runStatement(q,
                        QStringLiteral("UPDATE payout_notifications SET state = 'sent', sent_at = ?, recipients = ?,"
                                       " last_error = '' WHERE payout_id = ?"),
                        {sentAt, recipients, payoutId}, saveOutbox());
}

Status PayoutRepository::markRetry(const QString& payoutId, const QString& error)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE payout_notifications SET state = 'pending', last_error = ? WHERE payout_id = ?"),
                        {error, payoutId}, saveOutbox());
}

Result<std::optional<PayoutMail>> PayoutRepository::mail(const QString& payoutId)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("SELECT n.account_id AS account_id, n.amount AS amount, n.currency AS currency,"
                                             " n.arrival_date AS arrival_date, n.payment_count AS payment_count,"
                                             " (SELECT name FROM rooftops r WHERE r.account_id = n.account_id) AS rooftop_name,"
                                             " (SELECT name FROM organization ORDER BY id LIMIT 1) AS organization_name"
                                             " FROM payout_notifications n WHERE n.payout_id = ?"),
                              {payoutId}, readOutbox());
        !s)
        return s.error();
    if (!q.next())
        return std::optional<PayoutMail>();
    const QSqlRecord r = q.record();
    PayoutMail m;
    m.accountId = r.value(QStringLiteral("account_id")).toString();
    m.rooftopName = r.value(QStringLiteral("rooftop_name")).toString();
    m.organizationName = r.value(QStringLiteral("organization_name")).toString();
    m.currency = r.value(QStringLiteral("currency")).toString();
    m.amount = r.value(QStringLiteral("amount")).toLongLong();
    m.arrivalDate = r.value(QStringLiteral("arrival_date")).toLongLong();
    m.paymentCount = r.value(QStringLiteral("payment_count")).toInt();
    return std::optional<PayoutMail>(m);
}

} // namespace dp::store
