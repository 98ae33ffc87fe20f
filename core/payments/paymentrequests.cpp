#include "paymentrequests.h"

#include "api/apiclient.h"
#include "api/objects.h"
#include "api/paymentobjects.h"
#include "auth/authorizer.h"
#include "fees.h"
#include "paymentqueries.h"
#include "foundation/phone.h"
#include "foundation/validators.h"
#include "notify/messenger.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "foundation/clock.h"
#include "foundation/money.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dp {
namespace {

const char* kRequestColumns =
    "r.id, r.rooftop_id, r.consultant_id, r.account_id, u.name, rt.name, r.customer_name, r.mobile, r.email,"
    " r.currency, r.ro_number, r.description, r.amount, r.state, r.url, r.session_id, r.payment_intent, r.charge_id,"
    " r.sms_sid, r.failure, r.created_at, r.updated_at, r.expires_at";
const char* kRequestFrom = " FROM payment_requests r LEFT JOIN users u ON u.id = r.consultant_id"
                           " LEFT JOIN rooftops rt ON rt.id = r.rooftop_id";

PaymentRequest readRequest(const QSqlQuery& q)
{
    PaymentRequest r;
    r.id = q.value(0).toLongLong();
    r.rooftopId = q.value(1).toLongLong();
    r.consultantId = q.value(2).toLongLong();
    int i = 3;
    for (QString* s : {&r.accountId, &r.consultantName, &r.rooftopName, &r.customerName, &r.mobile, &r.email, &r.currency,
                       &r.roNumber, &r.description})
        *s = q.value(i++).toString();
    r.amount = q.value(i++).toLongLong();
    r.state = requestStateFromKey(q.value(i++).toString());
    for (QString* s : {&r.url, &r.sessionId, &r.paymentIntent, &r.chargeId, &r.smsSid, &r.failure})
        *s = q.value(i++).toString();
    r.createdAt = q.value(i++).toLongLong();
    r.updatedAt = q.value(i++).toLongLong();
    r.expiresAt = q.value(i++).toLongLong();
    return r;
}

} // namespace

QString requestStateKey(RequestState s)
{
    switch (s) {
    case RequestState::Sending: return QStringLiteral("sending");
    case RequestState::Sent: return QStringLiteral("sent");
    case RequestState::Delivered: return QStringLiteral("delivered");
    case RequestState::Viewed: return QStringLiteral("viewed");
    case RequestState::Challenged: return QStringLiteral("challenged");
    case RequestState::Failed: return QStringLiteral("failed");
    case RequestState::Paid: return QStringLiteral("paid");
    case RequestState::Expired: return QStringLiteral("expired");
    case RequestState::Canceled: return QStringLiteral("canceled");
    }
    return {};
}

RequestState requestStateFromKey(const QString& key)
{
    for (int i = int(RequestState::Sending); i <= int(RequestState::Canceled); ++i) {
        if (requestStateKey(RequestState(i)) == key)
            return RequestState(i);
    }
    return RequestState::Sending;
}

QString requestStateText(RequestState s)
{
    switch (s) {
    case RequestState::Sending: return QCoreApplication::translate("PaymentRequests", "Sending");
    case RequestState::Sent: return QCoreApplication::translate("PaymentRequests", "Sent");
    case RequestState::Delivered: return QCoreApplication::translate("PaymentRequests", "Delivered");
    case RequestState::Viewed: return QCoreApplication::translate("PaymentRequests", "Viewed");
    case RequestState::Challenged: return QCoreApplication::translate("PaymentRequests", "Challenged");
    case RequestState::Failed: return QCoreApplication::translate("PaymentRequests", "Failed");
    case RequestState::Paid: return QCoreApplication::translate("PaymentRequests", "Paid");
    case RequestState::Expired: return QCoreApplication::translate("PaymentRequests", "Expired");
    case RequestState::Canceled: return QCoreApplication::translate("PaymentRequests", "Canceled");
    }
    return {};
}

PaymentRequestService::PaymentRequestService(api::ApiClient& api, store::Database& db, store::AuditLog& audit,
                                             Authorizer& auth, notify::Messenger& messenger, Clock& clock)
    : m_api(api), m_db(db), m_audit(audit), m_auth(auth), m_messenger(messenger), m_clock(clock)
{
}

std::optional<Error> PaymentRequestService::validate(const PaymentRequestInput& in) const
{
    // Every input at fault, in the order of the form, so that the form shows all its errors at once.
    QList<FieldError> errors;
    auto check = [&errors](const char* field, const validate::Check& c) {
        if (!c.ok)
            errors.append({QLatin1String(field), c.message});
    };
    check("customer_name", validate::requiredText(in.customerName, QCoreApplication::translate("PaymentRequests", "Customer name")));
    if (in.sendSms || !in.mobile.trimmed().isEmpty())
        check("mobile", validate::phoneNumber(in.mobile, countryOf(in)));
    if (in.sendEmail || !in.email.trimmed().isEmpty())
        check("email", validate::email(in.email));
    if (!in.sendSms && !in.sendEmail)
        errors.append({QStringLiteral("channel"), QCoreApplication::translate("PaymentRequests", "Send the request by text message, by e-mail, or both.")});
    if (in.amount < fees::kMinPaymentMinor)
        errors.append({QStringLiteral("amount"),
                       QCoreApplication::translate("PaymentRequests", "The amount must be at least %1.").arg(formatMoney(fees::kMinPaymentMinor, in.currency))});
    else if (in.amount > fees::kMaxPaymentMinor)
        errors.append({QStringLiteral("amount"),
                       QCoreApplication::translate("PaymentRequests", "A payment request is limited to %1. Split larger amounts into several requests.")
                           .arg(formatMoney(fees::kMaxPaymentMinor, in.currency))});
    if (in.paymentMethod != QLatin1String("card"))
        errors.append({QStringLiteral("payment_method"), QCoreApplication::translate("PaymentRequests", "Only credit and debit cards are accepted.")});
    check("ro_number", validate::requiredText(in.roNumber, QCoreApplication::translate("PaymentRequests", "Repair order or invoice number")));
    return Error::validation(errors);
}

QString PaymentRequestService::countryOf(const PaymentRequestInput& in)
{
    return in.currency.compare(QLatin1String("cad"), Qt::CaseInsensitive) == 0 ? QStringLiteral("CA") : QStringLiteral("US");
}

Result<PaymentRequest> PaymentRequestService::get(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1%2 WHERE r.id = ?").arg(QLatin1String(kRequestColumns), QLatin1String(kRequestFrom)));
    q.addBindValue(id);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("PaymentRequests", "read the payment request"), q.lastError().text());
    if (!q.next())
        return Error{Error::Code::NotFound, QCoreApplication::translate("PaymentRequests", "This payment request no longer exists."), {}};
    return readRequest(q);
}

Result<PaymentRequest> PaymentRequestService::get(const Session& who, qint64 id)
{
    Session current;
    if (auto denied = m_auth.check(who, Permission::RequestPayment, &current))
        return *denied;
    QVariantList binds{id};
    const QString scoped = paymentScopeFor(current).requestsCondition(QStringLiteral("r"), binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1%2 WHERE r.id = ? AND %3").arg(QLatin1String(kRequestColumns), QLatin1String(kRequestFrom), scoped));
    store::bindAll(q, binds);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("PaymentRequests", "read the payment request"), q.lastError().text());
    if (!q.next()) // outside the reader's scope answers as a missing one does
        return Error{Error::Code::NotFound, QCoreApplication::translate("PaymentRequests", "This payment request no longer exists."), {}};
    return readRequest(q);
}

Result<QList<PaymentRequest>> PaymentRequestService::list(const Session& who, int limit)
{
    Session current;
    if (auto denied = m_auth.check(who, Permission::RequestPayment, &current))
        return *denied;
    QVariantList binds;
    const QString scoped = paymentScopeFor(current).requestsCondition(QStringLiteral("r"), binds); // SEC-1, in SQL
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1%2 WHERE %3 ORDER BY r.created_at DESC, r.id DESC LIMIT %4")
                  .arg(QLatin1String(kRequestColumns), QLatin1String(kRequestFrom), scoped)
                  .arg(limit));
    store::bindAll(q, binds);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("PaymentRequests", "read the payment requests"), q.lastError().text());
    QList<PaymentRequest> out;
    while (q.next())
        out.append(readRequest(q));
    return out;
}

} // namespace dp
