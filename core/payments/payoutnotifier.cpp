#include "payoutnotifier.h"

#include "api/apiclient.h"
#include "api/eventfeed.h"
#include "api/objects.h"
#include "auth/session.h"
#include "notify/messenger.h"
#include "staff/staffmail.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/payoutrepository.h"
#include "storage/rooftoprepository.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QJsonArray>

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
    const auto firstAdded = store::PayoutRepository(db).firstRecipientAddedAt();
    if (!firstAdded)
        return firstAdded.error();
    if (!firstAdded.value())
        return summary; // nobody chose to receive them: nothing to announce
    const qint64 since = *firstAdded.value() - kClockSlackSecs;

    const auto accounts = store::RooftopRepository(db).connectedAccountIds();
    if (!accounts)
        return accounts.error();
    for (const QString& account : accounts.value()) {
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
    store::PayoutRepository outbox(m_db.connection());
    const auto storedCursor = outbox.cursor(accountId);
    if (!storedCursor)
        return storedCursor.error();
    const bool hasCursor = storedCursor.value().has_value();
    const qint64 stored = storedCursor.value().value_or(0);
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
        const auto queued = outbox.isQueued(payoutId);
        if (!queued)
            return queued.error();
        if (!queued.value()) {
            auto payments = countPayments(accountId, payoutId);
            if (!payments)
                return payments.error();
            const store::PayoutNotice notice{payoutId,
                                             accountId,
                                             qint64(e.object.value(QLatin1String("amount")).toDouble()),
                                             e.object.value(QLatin1String("currency")).toString(QStringLiteral("usd")),
                                             qint64(e.object.value(QLatin1String("arrival_date")).toDouble()),
                                             payments.value(),
                                             m_clock.nowSecs()};
            const auto added = outbox.queue(notice);
            if (!added)
                return added.error();
            if (added.value()) // false: a concurrent run of another workstation queued it first
                ++summary.queued;
        }
        cursor = qMax(cursor, e.created);
    }
    if (cursor != stored || !hasCursor) {
        if (auto s = outbox.saveCursor(accountId, cursor, hasCursor); !s)
            return s;
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
    store::PayoutRepository outbox(m_db.connection());
    const auto recipientRows = outbox.activeRecipientEmails();
    const auto pending = outbox.due(kMaxAttempts, now);
    if (!recipientRows || !pending) {
        summary.lastError = (!recipientRows ? recipientRows.error() : pending.error()).message;
        return;
    }
    const QStringList& recipients = recipientRows.value();
    for (const store::DuePayoutNotice& due : pending.value()) {
        const QString& payoutId = due.payoutId;
        // Claim: only one run (of any workstation) moves the row out of pending.
        const auto claimed = outbox.claim(payoutId, due.attempts,
                                          recipients.isEmpty() ? QStringLiteral("skipped") : QStringLiteral("sending"),
                                          now + kRetrySecs * (due.attempts + 1));
        if (!claimed) {
            ++summary.failed;
            summary.lastError = claimed.error().message;
            continue;
        }
        if (!claimed.value() || recipients.isEmpty())
            continue;
        QString error;
        const bool sent = sendOne(payoutId, recipients, &error);
        const Status marked = sent ? outbox.markSent(payoutId, m_clock.nowSecs(), recipients.join(QStringLiteral(", ")))
                                   : outbox.markRetry(payoutId, error.isEmpty() ? QStringLiteral("unknown") : error);
        if (!marked) {
            // Left in "sending": never sent twice. The failure is reported with the run.
            qWarning("PayoutNotifier: could not update %s: %s", qPrintable(payoutId), qPrintable(marked.error().message));
            summary.lastError = marked.error().message;
        }
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
    const auto found = store::PayoutRepository(m_db.connection()).mail(payoutId);
    if (!found)
        return *error = found.error().message, false;
    if (!found.value())
        return *error = QCoreApplication::translate("PayoutNotifier", "The payout %1 is no longer in the outbox.").arg(payoutId), false;
    const store::PayoutMail& m = *found.value();
    staffmail::PayoutContent c;
    c.payoutId = payoutId;
    c.amount = m.amount;
    c.currency = m.currency;
    c.arrivalDate = m.arrivalDate;
    c.paymentCount = m.paymentCount;
    c.rooftop = m.rooftopName.isEmpty() ? m.accountId : m.rooftopName;
    c.organization = m.organizationName;
    const Status mailed = m_messenger.mail(staffmail::payoutMail(c, recipients));
    if (!mailed)
        *error = mailed.error().message;
    return mailed.ok();
}

} // namespace dp
