// PaymentRequestService: sending, resending, canceling and following a request (PAY-1).
#include "paymentrequests.h"

#include "api/apiclient.h"
#include "api/objects.h"
#include "api/paymentobjects.h"
#include "auth/authorizer.h"
#include "notify/messenger.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/paymentrequestrepository.h"
#include "foundation/phone.h"
#include "foundation/clock.h"
#include "foundation/money.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dp {
namespace {

constexpr qint64 kLinkLifetimeSecs = 24 * 3600;
constexpr qint64 kDuplicateWindowSecs = 120;
// A Send of unknown outcome is finished by a Send of the same request within this time (the link keeps most of its
// day of life); after it, a Send makes a new request.
constexpr qint64 kRetryWindowSecs = 3600;

int rank(RequestState s)
{
    switch (s) {
    case RequestState::Sending: return 0;
    case RequestState::Sent: return 1;
    case RequestState::Delivered: return 2;
    case RequestState::Viewed: return 3;
    case RequestState::Challenged: return 4;
    case RequestState::Failed: return 5;
    case RequestState::Paid:
    case RequestState::Expired:
    case RequestState::Canceled: return 10;
    }
    return 0;
}

QString firstPaymentTeam(QSqlDatabase db, qint64 userId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT t.name FROM team_members m JOIN teams t ON t.id = m.team_id"
                             " WHERE m.user_id = ? ORDER BY t.takes_payments DESC, t.name LIMIT 1"));
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

bool PaymentRequestService::setState(qint64 id, RequestState state, const QString& failure)
{
    const auto current = get(id);
    if (!current)
        return false;
    const RequestState from = current->state;
    const bool terminal = rank(from) >= 10;
    const bool paidAfterTrouble = state == RequestState::Paid && !terminal;
    if (from == state || (!paidAfterTrouble && (terminal || rank(state) < rank(from))))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE payment_requests SET state = ?, failure = ?, updated_at = ? WHERE id = ?"));
    store::bindAll(q, {requestStateKey(state), failure, m_clock.nowSecs(), id});
    return q.exec() && q.numRowsAffected() == 1;
}

Result<PaymentRequest> PaymentRequestService::create(const Session& who, const PaymentRequestInput& typed)
{
    if (auto denied = m_auth.check(who, Permission::RequestPayment))
        return *denied;
    if (auto invalid = validate(typed))
        return *invalid;
    PaymentRequestInput in = typed; // the mobile as typed ("(514) 555-0142") is stored and texted as E.164
    if (!in.mobile.trimmed().isEmpty())
        in.mobile = phone::parse(in.mobile, countryOf(in)).value_or(in.mobile);
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT account_id, name, status FROM rooftops WHERE id = ?"));
    q.addBindValue(in.rooftopId);
    if (!q.exec() || !q.next())
        return Error::validation(QStringLiteral("rooftop"), QCoreApplication::translate("PaymentRequests", "Choose the rooftop that takes this payment."));
    const QString account = q.value(0).toString();
    const QString rooftopName = q.value(1).toString();
    if (account.isEmpty() || q.value(2).toString() != QLatin1String("connected"))
        return Error::validation(QStringLiteral("rooftop"),
                                 QCoreApplication::translate("PaymentRequests", "%1 cannot take payments yet: an Admin must finish connecting it.").arg(rooftopName));
    const qint64 now = m_clock.nowSecs();

    // A double click or a second press of Send within two minutes returns the request already sent.
    store::PaymentRequestRepository repo(m_db);
    const store::PaymentRequestRepository::Match match{who.userId, in.mobile.trimmed(), in.roNumber.trimmed(),
                                                       in.amount};
    auto alreadySent = repo.latestMatching(match, now - kDuplicateWindowSecs,
                                           {QStringLiteral("sent"), QStringLiteral("delivered")});
    if (!alreadySent)
        return alreadySent.error();
    if (alreadySent.value())
        return get(*alreadySent.value());

    // A Send whose outcome was unknown (timeout, reset, reply cut) is finished with the key it was first sent with,
    // never with a new one: the server replays the checkout session it made, or makes it now, and the customer
    // gets one link.
    auto unresolved = repo.latestMatching(match, now - kRetryWindowSecs, {QStringLiteral("sending")});
    if (!unresolved)
        return unresolved.error();
    qint64 id = 0;
    QString key;
    if (unresolved.value()) {
        id = *unresolved.value();
        auto stored = repo.idempotencyKey(id);
        if (!stored)
            return stored.error();
        key = stored.value();
    } else {
        key = api::ApiClient::newIdempotencyKey();
        q.prepare(QStringLiteral("INSERT INTO payment_requests (rooftop_id, account_id, consultant_id, customer_name, mobile,"
                                 " email, amount, currency, ro_number, description, state, idem_key, created_at, updated_at)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,'sending',?,?,?)"));
        store::bindAll(q, QVariantList{in.rooftopId, account, who.userId, in.customerName.trimmed(), in.mobile.trimmed(),
                                              in.email.trimmed(), in.amount, in.currency, in.roNumber.trimmed(),
                                              in.description.trimmed(), key, now, now});
        if (!q.exec())
            return store::storeError(QCoreApplication::translate("PaymentRequests", "save the payment request"), q.lastError().text());
        id = q.lastInsertId().toLongLong();
    }
    // The parameters come from the stored request, so that a retry sends exactly what the first attempt sent.
    auto stored = get(id);
    if (!stored)
        return stored;
    const PaymentRequest& r = stored.value();

    const QString team = firstPaymentTeam(db, who.userId);
    const QString product = r.description.isEmpty()
                                ? QCoreApplication::translate("PaymentRequests", "Repair order %1").arg(r.roNumber)
                                : QCoreApplication::translate("PaymentRequests", "%1 — %2").arg(r.roNumber, r.description);
    const QVariantMap metadata{{QStringLiteral("ro_number"), r.roNumber},
                               {QStringLiteral("consultant"), who.name},
                               {QStringLiteral("team"), team},
                               {QStringLiteral("customer_name"), r.customerName},
                               {QStringLiteral("dealerpay_request"), QString::number(id)}};
    QVariantMap params{
        {QStringLiteral("mode"), QStringLiteral("payment")},
        {QStringLiteral("payment_method_types"), QVariantList{QStringLiteral("card")}},
        {QStringLiteral("line_items"),
         QVariantList{QVariantMap{{QStringLiteral("quantity"), 1},
                                  {QStringLiteral("price_data"),
                                   QVariantMap{{QStringLiteral("currency"), r.currency},
                                               {QStringLiteral("unit_amount"), r.amount},
                                               {QStringLiteral("product_data"), QVariantMap{{QStringLiteral("name"), product}}}}}}}},
        {QStringLiteral("client_reference_id"), QString::number(id)},
        {QStringLiteral("expires_at"), r.createdAt + kLinkLifetimeSecs},
        {QStringLiteral("success_url"), QStringLiteral("https://dealerpay.app/paid")},
        {QStringLiteral("cancel_url"), QStringLiteral("https://dealerpay.app/canceled")},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("payment_intent_data"),
         QVariantMap{{QStringLiteral("description"), product}, {QStringLiteral("metadata"), metadata}}},
    };
    if (!r.email.isEmpty())
        params.insert(QStringLiteral("customer_email"), r.email);
    const api::ApiResult created = m_api.post(QStringLiteral("/v1/checkout/sessions"), params, key, r.accountId);
    if (!created.ok()) {
        const QString message = api::userMessage(created.error);
        // A refusal (4xx) is final. A network or server failure leaves the outcome unknown: the request stays
        // 'sending' with its key, and the next Send of the same request finishes it with that key.
        const bool definitive = created.status >= 400 && created.status < 500 && created.status != 409
                                && created.status != 429;
        if (definitive) {
            setState(id, RequestState::Failed, message);
            return Error{Error::Code::Api, message, {}};
        }
        if (auto kept = repo.markOutcome(id, QStringLiteral("sending"), message, m_clock.nowSecs()); !kept)
            return kept.error();
        return Error{Error::Code::Api,
                     QCoreApplication::translate("PaymentRequests", "The payment link may not have been created: %1 Press Send again: "
                                                 "the same request is finished and the customer gets one link.")
                         .arg(message),
                     {}};
    }
    const api::CheckoutSession session = api::CheckoutSession::fromJson(created.json);
    q.prepare(QStringLiteral("UPDATE payment_requests SET session_id = ?, url = ?, expires_at = ?, state = 'sent',"
                             " updated_at = ? WHERE id = ?"));
    store::bindAll(q, QVariantList{session.id, session.url, session.expiresAt, m_clock.nowSecs(), id});
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("PaymentRequests", "save the payment request"), q.lastError().text());
    m_audit.record(who, QStringLiteral("payment_request.created"),
                   {{QStringLiteral("request"), id}, {QStringLiteral("account"), account},
                    {QStringLiteral("amount"), in.amount}, {QStringLiteral("currency"), in.currency},
                    {QStringLiteral("ro_number"), in.roNumber.trimmed()}, {QStringLiteral("session"), session.id}},
                   m_clock.nowSecs());
    auto request = get(id);
    if (!request)
        return request;
    if (auto sent = deliver(request.value(), rooftopName); !sent)
        return sent.error();
    return get(id);
}

Status PaymentRequestService::deliver(const PaymentRequest& r, const QString& rooftopName)
{
    const QString amount = formatMoney(r.amount, r.currency);
    const QString text = QCoreApplication::translate("PaymentRequests", "%1: Hello %2, here is your secure link to pay %3 for RO %4: %5")
                             .arg(rooftopName, r.customerName, amount, r.roNumber, r.url);
    QStringList problems;
    if (!r.mobile.isEmpty()) {
        auto sms = m_messenger.text(r.mobile, text);
        if (sms) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE payment_requests SET sms_sid = ?, failure = '' WHERE id = ?"));
            q.addBindValue(sms->sid);
            q.addBindValue(r.id);
            q.exec();
        } else {
            problems.append(sms.error().message);
        }
    }
    if (!r.email.isEmpty()) {
        notify::MailMessage mail;
        mail.fromName = rooftopName;
        mail.to = {r.email};
        mail.subject = QCoreApplication::translate("PaymentRequests", "Your payment link from %1").arg(rooftopName);
        mail.text = QCoreApplication::translate("PaymentRequests", "Hello %1,\n\nHere is your secure link to pay %2 for repair order %3:\n%4\n\nThank you,\n%5")
                        .arg(r.customerName, amount, r.roNumber, r.url, rooftopName);
        mail.html = QCoreApplication::translate("PaymentRequests", "<p>Hello %1,</p><p>Here is your secure link to pay <b>%2</b> for repair order %3:</p>"
                      "<p><a href=\"%4\">Pay %2 now</a></p><p>Thank you,<br>%5</p>")
                        .arg(notify::htmlEscape(r.customerName), amount, notify::htmlEscape(r.roNumber), r.url,
                             notify::htmlEscape(rooftopName));
        if (auto sent = m_messenger.mail(mail); !sent)
            problems.append(sent.error().message);
    }
    if (!problems.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE payment_requests SET failure = ? WHERE id = ?"));
        q.addBindValue(problems.join(QLatin1Char(' ')));
        q.addBindValue(r.id);
        q.exec();
        return Error{Error::Code::Api,
                     QCoreApplication::translate("PaymentRequests", "The payment link was created but could not be delivered: %1 Use Resend when it is fixed.")
                         .arg(problems.join(QLatin1Char(' '))),
                     QStringLiteral("mobile")};
    }
    return Done{};
}

Result<PaymentRequest> PaymentRequestService::ownRequest(const Session& who, qint64 id)
{
    Session current;
    if (auto denied = m_auth.check(who, Permission::RequestPayment, &current))
        return *denied;
    auto r = get(current, id); // another team's request answers NotFound (SEC-1)
    if (!r)
        return r;
    if (r->consultantId != who.userId && !current.can(Permission::ViewAllPayments))
        return Error::permission(QCoreApplication::translate("PaymentRequests", "You can only change your own payment requests."));
    return r;
}

Result<PaymentRequest> PaymentRequestService::resend(const Session& who, qint64 id)
{
    auto r = ownRequest(who, id);
    if (!r)
        return r;
    if (rank(r->state) >= 10 || r->url.isEmpty())
        return Error{Error::Code::Conflict, QCoreApplication::translate("PaymentRequests", "This request is %1 and cannot be sent again.").arg(requestStateText(r->state)), {}};
    if (auto sent = deliver(r.value(), r->rooftopName); !sent)
        return sent.error();
    m_audit.record(who, QStringLiteral("payment_request.resent"), {{QStringLiteral("request"), id}}, m_clock.nowSecs());
    return get(id);
}

Result<PaymentRequest> PaymentRequestService::cancel(const Session& who, qint64 id)
{
    auto r = ownRequest(who, id);
    if (!r)
        return r;
    if (rank(r->state) >= 10)
        return Error{Error::Code::Conflict, QCoreApplication::translate("PaymentRequests", "This request is already %1.").arg(requestStateText(r->state).toLower()), {}};
    if (!r->sessionId.isEmpty()) {
        const api::ApiResult expired = m_api.post(QStringLiteral("/v1/checkout/sessions/%1/expire").arg(r->sessionId), {},
                                                  api::ApiClient::newIdempotencyKey(), r->accountId);
        if (!expired.ok() && expired.status != 400)
            return Error{Error::Code::Api, api::userMessage(expired.error), {}};
        if (!expired.ok()) { // already completed or expired at the server: let the events decide
            const api::ApiResult now = m_api.get(QStringLiteral("/v1/checkout/sessions/") + r->sessionId, {}, r->accountId);
            if (now.ok() && api::CheckoutSession::fromJson(now.json).status == QLatin1String("complete"))
                return Error{Error::Code::Conflict, QCoreApplication::translate("PaymentRequests", "The customer has already paid this request."), {}};
        }
    }
    setState(id, RequestState::Canceled);
    m_audit.record(who, QStringLiteral("payment_request.canceled"), {{QStringLiteral("request"), id}}, m_clock.nowSecs());
    return get(id);
}

bool PaymentRequestService::applyEvent(const api::Event& e)
{
    const QJsonObject o = e.object;
    qint64 id = 0;
    if (e.type.startsWith(QLatin1String("checkout.session.")))
        id = o.value(QLatin1String("client_reference_id")).toString().toLongLong();
    else
        id = o.value(QLatin1String("metadata")).toObject().value(QLatin1String("dealerpay_request")).toString().toLongLong();
    if (id <= 0)
        return false;
    if (e.type == QLatin1String("checkout.session.completed")) {
        const api::CheckoutSession s = api::CheckoutSession::fromJson(o);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE payment_requests SET payment_intent = ? WHERE id = ?"));
        q.addBindValue(s.paymentIntent);
        q.addBindValue(id);
        q.exec();
        return setState(id, RequestState::Paid);
    }
    if (e.type == QLatin1String("checkout.session.expired"))
        return setState(id, RequestState::Expired);
    if (e.type == QLatin1String("checkout.session.viewed")) // sandbox only: the real API has no such event
        return setState(id, RequestState::Viewed);
    if (e.type == QLatin1String("payment_intent.requires_action"))
        return setState(id, RequestState::Challenged);
    if (e.type == QLatin1String("payment_intent.payment_failed")) {
        const QString message = o.value(QLatin1String("last_payment_error")).toObject().value(QLatin1String("message")).toString();
        return setState(id, RequestState::Failed, message);
    }
    if (e.type == QLatin1String("charge.succeeded")) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE payment_requests SET charge_id = ? WHERE id = ?"));
        q.addBindValue(o.value(QLatin1String("id")).toString());
        q.addBindValue(id);
        q.exec();
        QSqlQuery p(m_db.connection());
        p.prepare(QStringLiteral("UPDATE payments SET request_id = ? WHERE id = ?"));
        p.addBindValue(id);
        p.addBindValue(o.value(QLatin1String("id")).toString());
        p.exec();
        return setState(id, RequestState::Paid);
    }
    return false;
}

int PaymentRequestService::refreshDeliveries()
{
    QList<QPair<qint64, QString>> pending;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id, sms_sid FROM payment_requests WHERE state = 'sent' AND sms_sid <> ''"))) {
        while (q.next())
            pending.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    int changed = 0;
    for (const auto& [id, sid] : pending) {
        auto status = m_messenger.textStatus(sid);
        if (!status)
            continue;
        if (status->status == QLatin1String("delivered"))
            changed += setState(id, RequestState::Delivered) ? 1 : 0;
        else if (status->status == QLatin1String("undelivered") || status->status == QLatin1String("failed"))
            changed += setState(id, RequestState::Failed, QCoreApplication::translate("PaymentRequests", "The text message could not be delivered to this number.")) ? 1 : 0;
    }
    return changed;
}

} // namespace dp
