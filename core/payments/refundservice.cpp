#include "refundservice.h"

#include "api/apiclient.h"
#include "api/paymentobjects.h"
#include "auth/authorizer.h"
#include "chargerefresh.h"
#include "paymentqueries.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/paymentstore.h"
#include "foundation/clock.h"
#include "foundation/money.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dp {
QString refundReasonText(const QString& reason)
{
    if (reason == QLatin1String("duplicate"))
        return QCoreApplication::translate("RefundService", "Duplicate payment");
    if (reason == QLatin1String("fraudulent"))
        return QCoreApplication::translate("RefundService", "Fraudulent payment");
    return QCoreApplication::translate("RefundService", "Requested by the customer");
}

QString refundStatusText(const QString& status)
{
    if (status == QLatin1String("succeeded"))
        return QCoreApplication::translate("RefundService", "Succeeded");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("RefundService", "Failed");
    if (status == QLatin1String("canceled"))
        return QCoreApplication::translate("RefundService", "Canceled");
    if (status == QLatin1String("requires_action"))
        return QCoreApplication::translate("RefundService", "Needs action");
    return QCoreApplication::translate("RefundService", "Pending");
}

RefundService::RefundService(api::ApiClient& api, store::Database& db, store::AuditLog& audit, Authorizer& auth,
                             Clock& clock)
    : m_api(api), m_db(db), m_audit(audit), m_auth(auth), m_clock(clock)
{
}

QStringList RefundService::reasons()
{
    return {QStringLiteral("requested_by_customer"), QStringLiteral("duplicate"), QStringLiteral("fraudulent")};
}

Result<RefundDraft> RefundService::prepare(const Session& who, const QString& chargeId, qint64 amount,
                                           const QString& reason)
{
    Session current;
    if (auto denied = m_auth.check(who, Permission::Refund, &current))
        return *denied;
    if (!reasons().contains(reason))
        return Error::validation(QStringLiteral("reason"), QCoreApplication::translate("RefundService", "Choose why the payment is refunded."));
    // Read within the refunder's scope (SEC-1): another team's payment answers NotFound, as a missing one does.
    const auto payment = store::PaymentStore(m_db).byId(paymentScopeFor(current), chargeId);
    if (!payment)
        return payment.error();
    const RefundEligibility eligibility = canRefund(current, payment.value());
    if (!eligibility)
        return Error::validation(QStringLiteral("amount"), eligibility.reason);
    const qint64 refundable = eligibility.refundable;
    if (amount <= 0)
        return Error::validation(QStringLiteral("amount"), QCoreApplication::translate("RefundService", "Enter an amount greater than zero."));
    if (amount > refundable)
        return Error::validation(QStringLiteral("amount"), QCoreApplication::translate("RefundService", "At most %1 can still be refunded on this payment.")
                                                               .arg(formatMoney(refundable, payment->currency)));
    RefundDraft d;
    d.key = api::ApiClient::newIdempotencyKey();
    d.chargeId = chargeId;
    d.accountId = payment->accountId;
    d.currency = payment->currency;
    d.reason = reason;
    d.customer = payment->customer;
    d.cardBrand = payment->cardBrand;
    d.cardLast4 = payment->cardLast4;
    d.roNumber = payment->roNumber;
    d.amount = amount;
    d.paid = payment->amount;
    d.alreadyRefunded = payment->refunded;
    const QJsonObject payload{{QStringLiteral("charge"), chargeId}, {QStringLiteral("account"), d.accountId},
                              {QStringLiteral("amount"), amount}, {QStringLiteral("reason"), reason},
                              {QStringLiteral("currency"), d.currency}, {QStringLiteral("user"), who.name}};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO pending_ops (idem_key, kind, subject, payload, state, created_at, updated_at)"
                             " VALUES (?, 'refund', ?, ?, 'prepared', ?, ?)"));
    const qint64 now = m_clock.nowSecs();
    store::bindAll(q, QVariantList{d.key, chargeId, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), now, now});
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("RefundService", "save the refund"), q.lastError().text());
    return d;
}

Result<RefundRecord> RefundService::submit(const Session& who, const QString& key)
{
    if (auto denied = m_auth.check(who, Permission::Refund))
        return *denied;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT payload, state, result FROM pending_ops WHERE idem_key = ? AND kind = 'refund'"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return Error{Error::Code::NotFound, QCoreApplication::translate("RefundService", "This refund was not prepared. Start it again."), {}};
    const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const QString state = q.value(1).toString();
    if (state == QLatin1String("failed"))
        return Error{Error::Code::Api, q.value(2).toString(), {}};
    const QString chargeId = payload.value(QLatin1String("charge")).toString();
    const QString account = payload.value(QLatin1String("account")).toString();
    {
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE pending_ops SET state = 'sending', updated_at = ? WHERE idem_key = ? AND state = 'prepared'"));
        mark.addBindValue(m_clock.nowSecs());
        mark.addBindValue(key);
        mark.exec();
    }
    const QVariantMap params{{QStringLiteral("charge"), chargeId},
                             {QStringLiteral("amount"), payload.value(QLatin1String("amount")).toInteger()},
                             {QStringLiteral("reason"), payload.value(QLatin1String("reason")).toString()},
                             {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("requested_by"), payload.value(QLatin1String("user")).toString()}}}};
    const api::ApiResult sent = m_api.post(QStringLiteral("/v1/refunds"), params, key, account);
    if (!sent.ok()) {
        const QString message = api::userMessage(sent.error);
        // A refusal (4xx) is final; a network or server failure leaves the outcome unknown: keep 'sending' so that
        // the next attempt reuses the key.
        const bool definitive = sent.status >= 400 && sent.status < 500 && sent.status != 409 && sent.status != 429;
        if (definitive) {
            QSqlQuery fail(db);
            fail.prepare(QStringLiteral("UPDATE pending_ops SET state = 'failed', result = ?, updated_at = ? WHERE idem_key = ?"));
            fail.addBindValue(message);
            fail.addBindValue(m_clock.nowSecs());
            fail.addBindValue(key);
            fail.exec();
        }
        return Error{Error::Code::Api, message, sent.error.param == QLatin1String("amount") ? QStringLiteral("amount") : QString()};
    }
    const api::Refund refund = api::Refund::fromJson(sent.json);
    RefundRecord record{refund.id, chargeId, refund.currency, refund.reason, refund.status,
                        payload.value(QLatin1String("user")).toString(), refund.amount, refund.created};
    bool firstTime = false;
    m_db.transaction([&](QSqlDatabase& tx) {
        QSqlQuery ins(tx);
        ins.prepare(QStringLiteral("INSERT INTO refunds (id, charge_id, account_id, amount, currency, reason, status, created,"
                                   " requested_by) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET status = excluded.status"));
        store::bindAll(ins, QVariantList{record.id, chargeId, account, record.amount, record.currency, record.reason,
                                              record.status, record.created, record.requestedBy});
        if (!ins.exec())
            return false;
        QSqlQuery done(tx);
        done.prepare(QStringLiteral("UPDATE pending_ops SET state = 'succeeded', result = ?, updated_at = ?"
                                    " WHERE idem_key = ? AND state <> 'succeeded'"));
        done.addBindValue(record.id);
        done.addBindValue(m_clock.nowSecs());
        done.addBindValue(key);
        if (!done.exec())
            return false;
        firstTime = done.numRowsAffected() == 1;
        return true;
    });
    if (firstTime)
        m_audit.record(who, QStringLiteral("refund.created"),
                       {{QStringLiteral("refund"), record.id}, {QStringLiteral("charge"), chargeId},
                        {QStringLiteral("account"), account}, {QStringLiteral("amount"), record.amount},
                        {QStringLiteral("currency"), record.currency}, {QStringLiteral("reason"), record.reason}},
                       m_clock.nowSecs());
    fetchAndStoreCharge(m_api, m_db, account, chargeId); // the payment now shows what was refunded
    return record;
}

int RefundService::resumePending(const Session& who)
{
    QStringList keys;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT idem_key FROM pending_ops WHERE kind = 'refund' AND state = 'sending'"))) {
        while (q.next())
            keys.append(q.value(0).toString());
    }
    int done = 0;
    for (const QString& key : keys)
        done += submit(who, key).ok() ? 1 : 0;
    return done;
}

QList<RefundRecord> RefundService::refundsFor(const QString& chargeId)
{
    QList<RefundRecord> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, charge_id, currency, reason, status, requested_by, amount, created FROM refunds"
                             " WHERE charge_id = ? ORDER BY created, id"));
    q.addBindValue(chargeId);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toLongLong()});
    }
    return out;
}

} // namespace dp
