#include "payoutnotifier.h"

#include "api/apiclient.h"
#include "api/eventfeed.h"
#include "api/objects.h"
#include "auth/session.h"
#include "notify/messenger.h"
#include "staff/staffmail.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace dp {
namespace {

Error apiFailure(const api::ApiResult& result)
{
    return {Error::Code::Api, api::userMessage(result.error), {}};
}

Error cancelled()
{
    return {Error::Code::Cancelled, QCoreApplication::translate("PayoutNotifier", "Cancelled."), {}};
}

// The audit rows of the notifier are written in the name of the application itself.
Session notifierSession()
{
    return Session{0, QStringLiteral("DealerPay payout notifier"), {}, Role::Admin, false, 0};
}

} // namespace

PayoutNotifier::PayoutNotifier(api::ApiClient& api, store::Database& db, store::AuditLog& audit,
                               notify::Messenger& messenger, Clock& clock)
    : m_api(api), m_db(db), m_audit(audit), m_messenger(messenger), m_clock(clock)
{
}

Result<PayoutNotifier::Summary> PayoutNotifier::run(const std::atomic_bool* cancel)
{
    Summary summary;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MIN(added_at) FROM payout_recipients")))
        return store::storeError(QCoreApplication::translate("PayoutNotifier", "read the payout e-mail recipients"), q.lastError().text());
    if (!q.next() || q.value(0).isNull())
        return summary; // nobody chose to receive them: nothing to announce
    const qint64 since = q.value(0).toLongLong() - kClockSlackSecs;

    QStringList accounts;
    if (!q.exec(QStringLiteral("SELECT account_id FROM rooftops WHERE account_id IS NOT NULL AND account_id <> ''"
                               " ORDER BY id")))
        return store::storeError(QCoreApplication::translate("PayoutNotifier", "read the rooftops"), q.lastError().text());
    while (q.next())
        accounts.append(q.value(0).toString());
    for (const QString& account : accounts) {
        if (cancel && cancel->load())
            return cancelled();
        if (auto collected = collect(account, since, summary, cancel); !collected)
            return collected.error();
    }
    sendPending(summary);
    return summary;
}

Status PayoutNotifier::collect(const QString& accountId, qint64 since, Summary& summary, const std::atomic_bool* cancel)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cursor FROM payout_notify_cursor WHERE account_id = ?"));
    q.addBindValue(accountId);
    const bool hasCursor = q.exec() && q.next();
    const qint64 stored = hasCursor ? q.value(0).toLongLong() : 0;
    const qint64 from = qMax(stored, since);

    // The outbox's key removes the repeats that created[gte] brings.
    QList<api::Event> events;
    const api::ApiResult listed =
        api::eventsSince(m_api, accountId, {QStringLiteral("payout.paid")}, from, &events, cancel);
    if (cancel && cancel->load())
        return cancelled();
    if (!listed.ok())
        return apiFailure(listed);

    qint64 cursor = from;
    for (const api::Event& e : events) {
        const QString payoutId = e.object.value(QLatin1String("id")).toString();
        if (payoutId.isEmpty())
            continue;
        q.prepare(QStringLiteral("SELECT 1 FROM payout_notifications WHERE payout_id = ?"));
        q.addBindValue(payoutId);
        if (!q.exec())
            return store::storeError(QCoreApplication::translate("PayoutNotifier", "read the payout e-mails"), q.lastError().text());
        if (!q.next()) {
            auto payments = countPayments(accountId, payoutId);
            if (!payments)
                return payments.error();
            q.prepare(QStringLiteral("INSERT INTO payout_notifications (payout_id, account_id, amount, currency,"
                                     " arrival_date, payment_count, state, created_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)"));
            q.addBindValue(payoutId);
            q.addBindValue(accountId);
            q.addBindValue(qint64(e.object.value(QLatin1String("amount")).toDouble()));
            q.addBindValue(e.object.value(QLatin1String("currency")).toString(QStringLiteral("usd")));
            q.addBindValue(qint64(e.object.value(QLatin1String("arrival_date")).toDouble()));
            q.addBindValue(payments.value());
            q.addBindValue(m_clock.nowSecs());
            if (q.exec()) // a concurrent run of another workstation may have queued it first (primary key)
                ++summary.queued;
        }
        cursor = qMax(cursor, e.created);
    }
    if (cursor != stored || !hasCursor) {
        q.prepare(hasCursor ? QStringLiteral("UPDATE payout_notify_cursor SET cursor = ? WHERE account_id = ?")
                            : QStringLiteral("INSERT INTO payout_notify_cursor (cursor, account_id) VALUES (?, ?)"));
        q.addBindValue(cursor);
        q.addBindValue(accountId);
        if (!q.exec())
            return store::storeError(QCoreApplication::translate("PayoutNotifier", "save the sync position"), q.lastError().text());
    }
    return Done{};
}

Result<int> PayoutNotifier::countPayments(const QString& accountId, const QString& payoutId)
{
    int count = 0;
    const api::ApiResult listed = m_api.forEachPage(QStringLiteral("/v1/balance_transactions"),
                                                    {{QStringLiteral("payout"), payoutId}}, accountId,
                                                    [&](const QJsonArray& data) {
                                                        for (const QJsonValue& v : data) {
                                                            const QString type = v.toObject().value(
                                                                QLatin1String("type")).toString();
                                                            if (type == QLatin1String("charge")
                                                                || type == QLatin1String("payment"))
                                                                ++count;
                                                        }
                                                        return true;
                                                    });
    if (!listed.ok())
        return apiFailure(listed);
    return count;
}

void PayoutNotifier::sendPending(Summary& summary)
{
    if (!m_messenger.mailConfigured()) {
        summary.lastError = QCoreApplication::translate("PayoutNotifier", "E-mail is not set up yet: the payout e-mails wait until an Admin enters the mail "
                              "server.");
        return;
    }
    const qint64 now = m_clock.nowSecs();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    QStringList recipients;
    if (q.exec(QStringLiteral("SELECT u.email FROM payout_recipients r JOIN users u ON u.id = r.user_id"
                              " WHERE u.active = 1 ORDER BY u.id"))) {
        while (q.next())
            recipients.append(q.value(0).toString());
    }
    q.prepare(QStringLiteral("SELECT payout_id, attempts FROM payout_notifications WHERE state = 'pending'"
                             " AND attempts < ? AND next_attempt_at <= ? ORDER BY created_at, payout_id"));
    q.addBindValue(kMaxAttempts);
    q.addBindValue(now);
    QList<QPair<QString, int>> pending;
    if (q.exec()) {
        while (q.next())
            pending.append({q.value(0).toString(), q.value(1).toInt()});
    }
    for (const auto& [payoutId, attempts] : pending) {
        // Claim: only one run (of any workstation) moves the row out of pending.
        QSqlQuery claim(db);
        claim.prepare(QStringLiteral("UPDATE payout_notifications SET state = ?, attempts = ?, next_attempt_at = ?"
                                     " WHERE payout_id = ? AND state = 'pending' AND attempts = ?"));
        claim.addBindValue(recipients.isEmpty() ? QStringLiteral("skipped") : QStringLiteral("sending"));
        claim.addBindValue(attempts + 1);
        claim.addBindValue(now + kRetrySecs * (attempts + 1));
        claim.addBindValue(payoutId);
        claim.addBindValue(attempts);
        if (!claim.exec() || claim.numRowsAffected() != 1 || recipients.isEmpty())
            continue;
        QString error;
        const bool sent = sendOne(payoutId, recipients, &error);
        QSqlQuery done(db);
        done.prepare(sent
                         ? QStringLiteral("UPDATE payout_notifications SET state = 'sent', sent_at = ?, recipients = ?,"
                                          " last_error = '' WHERE payout_id = ?")
                         : QStringLiteral("UPDATE payout_notifications SET state = 'pending', last_error = ?"
                                          " WHERE payout_id = ?"));
        if (sent) {
            done.addBindValue(m_clock.nowSecs());
            done.addBindValue(recipients.join(QStringLiteral(", ")));
        } else {
            done.addBindValue(error.isEmpty() ? QStringLiteral("unknown") : error);
        }
        done.addBindValue(payoutId);
        if (!done.exec())
            qWarning("PayoutNotifier: could not update %s: %s", qPrintable(payoutId),
                     qPrintable(done.lastError().text()));
        if (sent) {
            ++summary.sent;
            m_audit.record(notifierSession(), QStringLiteral("payout.mail_sent"),
                           {{QStringLiteral("payout"), payoutId},
                            {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)}},
                           m_clock.nowSecs());
        } else {
            ++summary.failed;
            summary.lastError = error;
        }
    }
}

bool PayoutNotifier::sendOne(const QString& payoutId, const QStringList& recipients, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT n.account_id, n.amount, n.currency, n.arrival_date, n.payment_count,"
                             " (SELECT name FROM rooftops r WHERE r.account_id = n.account_id),"
                             " (SELECT name FROM organization ORDER BY id LIMIT 1)"
                             " FROM payout_notifications n WHERE n.payout_id = ?"));
    q.addBindValue(payoutId);
    if (!q.exec() || !q.next())
        return *error = q.lastError().text(), false;
    staffmail::PayoutContent c;
    c.payoutId = payoutId;
    c.amount = q.value(1).toLongLong();
    c.currency = q.value(2).toString();
    c.arrivalDate = q.value(3).toLongLong();
    c.paymentCount = q.value(4).toInt();
    c.rooftop = q.value(5).toString().isEmpty() ? q.value(0).toString() : q.value(5).toString();
    c.organization = q.value(6).toString();
    const Status mailed = m_messenger.mail(staffmail::payoutMail(c, recipients));
    if (!mailed)
        *error = mailed.error().message;
    return mailed.ok();
}

} // namespace dp
