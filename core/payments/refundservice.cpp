#include "refundservice.h"

#include "api/apiclient.h"
#include "api/paymentobjects.h"
#include "auth/authorizer.h"
#include "chargerefresh.h"
#include "paymentqueries.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/paymentstore.h"
#include "storage/refundrepository.h"
#include "foundation/clock.h"
#include "foundation/money.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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
    : m_api(api), m_db(db), m_audit(audit), m_auth(auth), m_clock(clock), m_repo(db)
{
}

namespace {
const QString kMetadataKey = QStringLiteral("dealerpay_key");
// A refund sent before schema v4 carries no key in its metadata; it is recognised by its amount and a creation time
// no earlier than this before it was prepared (clocks of the app and the server differ a little).
constexpr qint64 kClockSkewSecs = 300;
} // namespace

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

    // One refund in flight per charge. A prepared one was never sent (submit marks it 'sending' first), so it is
    // replaced; one of unknown outcome must be resolved with the server before another can be made.
    auto open = m_repo.openFor(chargeId);
    if (!open)
        return open.error();
    if (open.value()) {
        const store::PendingRefund& inFlight = *open.value();
        if (inFlight.state == QLatin1String("prepared")) {
            auto replaced = m_repo.transition(inFlight.key, {QStringLiteral("prepared")}, QStringLiteral("discarded"),
                                              QString(), m_clock.nowSecs());
            if (!replaced)
                return replaced.error();
        }
        auto again = m_repo.openFor(chargeId);
        if (!again)
            return again.error();
        if (again.value() && again.value()->unresolved()) {
            const qint64 pendingAmount = again.value()->payload.value(QLatin1String("amount")).toInteger();
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate("RefundService", "Refund outcome unknown — checking. The refund of %1 on this payment is checked with the "
                            "payments server before another refund can be made.")
                             .arg(formatMoney(pendingAmount, payment->currency)),
                         QStringLiteral("amount")};
        }
    }

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
                              {QStringLiteral("currency"), d.currency}, {QStringLiteral("user"), who.name},
                              {QStringLiteral("metadata_key"), true}};
    if (auto stored = m_repo.insertPrepared(d.key, chargeId, payload, m_clock.nowSecs()); !stored)
        return stored.error();
    return d;
}

std::optional<RefundDraft> RefundService::draftFor(const store::PendingRefund& pending)
{
    // The callers checked the actor already (a refunder, or the recovery job): the draft describes a refund already
    // in flight, so its payment is read whatever the scope.
    const auto payment = store::PaymentStore(m_db).byId(store::PaymentScope{store::PaymentScope::Kind::Everything, 0},
                                                        pending.chargeId);
    RefundDraft d;
    d.key = pending.key;
    d.chargeId = pending.chargeId;
    d.accountId = pending.payload.value(QLatin1String("account")).toString();
    d.currency = pending.payload.value(QLatin1String("currency")).toString();
    d.reason = pending.payload.value(QLatin1String("reason")).toString();
    d.amount = pending.payload.value(QLatin1String("amount")).toInteger();
    if (payment) {
        d.customer = payment->customer;
        d.cardBrand = payment->cardBrand;
        d.cardLast4 = payment->cardLast4;
        d.roNumber = payment->roNumber;
        d.paid = payment->amount;
        d.alreadyRefunded = payment->refunded;
    }
    return d;
}

std::optional<RefundDraft> RefundService::unresolvedFor(const QString& chargeId)
{
    auto open = m_repo.openFor(chargeId);
    if (!open || !open.value() || !open.value()->unresolved())
        return std::nullopt;
    return draftFor(*open.value());
}

QSet<QString> RefundService::chargesWithUnresolvedRefund()
{
    auto charges = m_repo.chargesWithUnresolved();
    return charges ? charges.value() : QSet<QString>();
}

Result<std::optional<RefundRecord>> RefundService::findAtServer(const store::PendingRefund& pending)
{
    const QString account = pending.payload.value(QLatin1String("account")).toString();
    const qint64 amount = pending.payload.value(QLatin1String("amount")).toInteger();
    const bool keyInMetadata = pending.payload.value(QLatin1String("metadata_key")).toBool();
    auto claimed = m_repo.claimedRefundIds(pending.key);
    if (!claimed)
        return claimed.error();
    std::optional<RefundRecord> found;
    const api::ApiResult listed = m_api.forEachPage(
        QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), pending.chargeId}}, account,
        [&](const QJsonArray& data) {
            for (const QJsonValue& value : data) {
                const QJsonObject o = value.toObject();
                const QString key = o.value(QLatin1String("metadata")).toObject().value(kMetadataKey).toString();
                const api::Refund r = api::Refund::fromJson(o);
                const bool byKey = key == pending.key;
                const bool byAmountAndTime = !keyInMetadata && key.isEmpty() && r.amount == amount
                                             && r.created >= pending.createdAt - kClockSkewSecs
                                             && !claimed.value().contains(r.id);
                if (byKey || byAmountAndTime) {
                    found = RefundRecord{r.id, pending.chargeId, r.currency, r.reason, r.status,
                                         pending.payload.value(QLatin1String("user")).toString(), r.amount, r.created};
                    return false;
                }
            }
            return true;
        });
    if (!listed.ok())
        return Error{Error::Code::Api,
                     QCoreApplication::translate("RefundService", "Refund outcome unknown: the payments server could not be asked (%1). Nothing was sent again; "
                        "try again in a moment.")
                         .arg(api::userMessage(listed.error)),
                     {}};
    return found;
}

Result<RefundRecord> RefundService::recordFound(const Session& who, const store::PendingRefund& pending,
                                                const RefundRecord& record)
{
    const QString account = pending.payload.value(QLatin1String("account")).toString();
    auto firstTime = m_repo.recordSucceeded(pending.key, record, account, m_clock.nowSecs());
    if (!firstTime)
        return firstTime.error();
    if (firstTime.value())
        m_audit.record(who, QStringLiteral("refund.created"),
                       {{QStringLiteral("refund"), record.id}, {QStringLiteral("charge"), pending.chargeId},
                        {QStringLiteral("account"), account}, {QStringLiteral("amount"), record.amount},
                        {QStringLiteral("currency"), record.currency}, {QStringLiteral("reason"), record.reason}},
                       m_clock.nowSecs());
    fetchAndStoreCharge(m_api, m_db, account, pending.chargeId); // the payment now shows what was refunded
    return record;
}

Result<store::PendingRefund> RefundService::pendingRefund(const Session& who, const QString& key)
{
    if (auto denied = m_auth.check(who, Permission::Refund))
        return *denied;
    auto pending = m_repo.byKey(key);
    if (!pending)
        return pending.error();
    if (!pending.value())
        return Error{Error::Code::NotFound, QCoreApplication::translate("RefundService", "This refund was not prepared. Start it again."), {}};
    return *pending.value();
}

Result<RefundCheck> RefundService::check(const Session& who, const QString& key)
{
    auto pending = pendingRefund(who, key);
    if (!pending)
        return pending.error();
    const store::PendingRefund p = pending.value();
    RefundCheck result;
    result.draft = *draftFor(p);
    if (p.state == QLatin1String("succeeded")) {
        auto stored = m_repo.refundById(p.result);
        if (stored && stored.value()) {
            result.outcome = RefundCheck::Outcome::Refunded;
            result.refund = stored.value();
            return result;
        }
    } else if (p.state == QLatin1String("not_sent") || p.state == QLatin1String("failed")
               || p.state == QLatin1String("discarded")) {
        result.outcome = RefundCheck::Outcome::NotSent;
        return result;
    } else if (p.state == QLatin1String("prepared")) {
        result.outcome = RefundCheck::Outcome::NotAtServer; // never sent
        return result;
    }
    auto found = findAtServer(p);
    if (!found)
        return found.error();
    if (found.value()) {
        auto recorded = recordFound(who, p, *found.value());
        if (!recorded)
            return recorded.error();
        result.outcome = RefundCheck::Outcome::Refunded;
        result.refund = recorded.value();
        return result;
    }
    const bool young = m_clock.nowSecs() - p.createdAt < kResendWindowSecs;
    if (young && p.state == QLatin1String("sending")) {
        result.outcome = RefundCheck::Outcome::NotAtServer;
        return result;
    }
    // Too old to send again safely (or a duplicate found by the schema v4 migration): the server says it was never
    // made, so it is closed as not sent and a new refund may be started.
    auto closed = m_repo.transition(p.key, {QStringLiteral("sending"), QStringLiteral("verify")},
                                    QStringLiteral("not_sent"), QCoreApplication::translate("RefundService", "The payments server never received this refund."),
                                    m_clock.nowSecs());
    if (!closed)
        return closed.error();
    m_audit.record(who, QStringLiteral("refund.not_sent"),
                   {{QStringLiteral("charge"), p.chargeId}, {QStringLiteral("amount"), result.draft.amount},
                    {QStringLiteral("currency"), result.draft.currency}},
                   m_clock.nowSecs());
    result.outcome = RefundCheck::Outcome::NotSent;
    return result;
}

Result<RefundRecord> RefundService::submit(const Session& who, const QString& key)
{
    auto pending = pendingRefund(who, key);
    if (!pending)
        return pending.error();
    store::PendingRefund p = pending.value();
    const QString notSent = QCoreApplication::translate("RefundService", "This refund was not sent: the payments server never received it. You can start a new "
                               "refund.");
    if (p.state == QLatin1String("failed"))
        return Error{Error::Code::Api, p.result, {}};
    if (p.state == QLatin1String("discarded"))
        return Error{Error::Code::Conflict, QCoreApplication::translate("RefundService", "This refund was replaced by a newer one and was not sent. Start it "
                                               "again."), {}};
    if (p.state == QLatin1String("not_sent"))
        return Error{Error::Code::Conflict, notSent, {}};
    if (p.state == QLatin1String("succeeded")) {
        auto stored = m_repo.refundById(p.result);
        if (!stored)
            return stored.error();
        if (stored.value())
            return *stored.value();
    }

    // 'prepared' becomes 'sending' before anything leaves; whoever loses that race (a double click) sees 'sending'.
    auto marked = m_repo.transition(key, {QStringLiteral("prepared")}, QStringLiteral("sending"), QString(),
                                    m_clock.nowSecs());
    if (!marked)
        return marked.error();
    if (!marked.value()) {
        // Sent before: its outcome is unknown, so the server is asked first.
        auto checked = check(who, key);
        if (!checked)
            return checked.error();
        if (checked->outcome == RefundCheck::Outcome::Refunded)
            return *checked->refund;
        if (checked->outcome == RefundCheck::Outcome::NotSent)
            return Error{Error::Code::Conflict, notSent, {}};
    }

    const QJsonObject& payload = p.payload;
    const QString chargeId = p.chargeId;
    const QString account = payload.value(QLatin1String("account")).toString();
    QVariantMap metadata{{QStringLiteral("requested_by"), payload.value(QLatin1String("user")).toString()}};
    if (payload.value(QLatin1String("metadata_key")).toBool())
        metadata.insert(kMetadataKey, key);
    const QVariantMap params{{QStringLiteral("charge"), chargeId},
                             {QStringLiteral("amount"), payload.value(QLatin1String("amount")).toInteger()},
                             {QStringLiteral("reason"), payload.value(QLatin1String("reason")).toString()},
                             {QStringLiteral("metadata"), metadata}};
    const api::ApiResult sent = m_api.post(QStringLiteral("/v1/refunds"), params, key, account);
    if (!sent.ok()) {
        const QString message = api::userMessage(sent.error);
        // A refusal (4xx) is final; a network or server failure leaves the outcome unknown: it stays 'sending' and
        // the next attempt asks the server before it sends again with the same key.
        const bool definitive = sent.status >= 400 && sent.status < 500 && sent.status != 409 && sent.status != 429;
        if (definitive) {
            auto failed = m_repo.transition(key, {QStringLiteral("sending")}, QStringLiteral("failed"), message,
                                            m_clock.nowSecs());
            if (!failed)
                return failed.error();
            return Error{Error::Code::Api, message,
                         sent.error.param == QLatin1String("amount") ? QStringLiteral("amount") : QString()};
        }
        return Error{Error::Code::Api,
                     QCoreApplication::translate("RefundService", "Refund outcome unknown — %1 The payments server is asked whether the refund was made before "
                        "anything is sent again.")
                         .arg(message),
                     {}};
    }
    const api::Refund refund = api::Refund::fromJson(sent.json);
    const RefundRecord record{refund.id, chargeId, refund.currency, refund.reason, refund.status,
                              payload.value(QLatin1String("user")).toString(), refund.amount, refund.created};
    return recordFound(who, p, record);
}

int RefundService::resumePending(const Session& who)
{
    auto pending = m_repo.unresolved();
    if (!pending)
        return 0;
    int done = 0;
    for (const store::PendingRefund& p : pending.value())
        done += submit(who, p.key).ok() ? 1 : 0;
    return done;
}

QList<RefundRecord> RefundService::refundsFor(const Session& who, const QString& chargeId)
{
    // Within the reader's scope (SEC-1): the refunds of another team's payment are not read.
    Session current;
    if (m_auth.check(who, Permission::RequestPayment, &current)) // everyone signed in; the scope narrows it
        return {};
    if (!store::PaymentStore(m_db).byId(paymentScopeFor(current), chargeId))
        return {};
    auto refunds = m_repo.forCharge(chargeId);
    return refunds ? refunds.value() : QList<RefundRecord>();
}

} // namespace dp
