#pragma once

#include "auth/session.h"
#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dp {
class Authorizer;
class Clock;
namespace api {
class ApiClient;
struct Event;
}
namespace notify {
class Messenger;
}
namespace store {
class Database;
class AuditLog;
}

// PAY-1: where a text-to-pay request stands.
enum class RequestState
{
    Sending, Sent, Delivered, Viewed, Challenged, Failed, Paid, Expired, Canceled,
};
QString requestStateKey(RequestState state);
RequestState requestStateFromKey(const QString& key);
QString requestStateText(RequestState state); // translated

struct PaymentRequestInput
{
    qint64 rooftopId = 0;
    QString customerName, mobile, email;
    qint64 amount = 0; // cents
    QString currency = QStringLiteral("usd");
    QString roNumber, description;
    QString paymentMethod = QStringLiteral("card"); // only cards are accepted
    bool sendSms = true;
    bool sendEmail = false;
};

struct PaymentRequest
{
    qint64 id = 0, rooftopId = 0, consultantId = 0;
    QString accountId, consultantName, rooftopName;
    QString customerName, mobile, email, currency, roNumber, description;
    qint64 amount = 0;
    RequestState state = RequestState::Sending;
    QString url, sessionId, paymentIntent, chargeId, smsSid, failure;
    qint64 createdAt = 0, updatedAt = 0, expiresAt = 0;
};

// Creates hosted checkout links, texts (and/or e-mails) them, and follows their state from events.
class PaymentRequestService
{
public:
    PaymentRequestService(api::ApiClient& api, store::Database& db, store::AuditLog& audit, Authorizer& auth,
                          notify::Messenger& messenger, Clock& clock);

    // Every field at fault at once (Error::fieldErrors). The mobile is read in the national format of the
    // rooftop's country ("(514) 555-0142") or as E.164; create() stores it as E.164.
    std::optional<Error> validate(const PaymentRequestInput& input) const;
    static QString countryOf(const PaymentRequestInput& input); // "US" or "CA", from the currency
    Result<PaymentRequest> create(const Session& who, const PaymentRequestInput& input);
    Result<PaymentRequest> resend(const Session& who, qint64 id);
    Result<PaymentRequest> cancel(const Session& who, qint64 id);
    // Within the reader's scope (payments/paymentqueries.h): a Consultant their own requests, a Manager in a
    // payment-taking team theirs and those of their teams' members, an Admin all.
    Result<QList<PaymentRequest>> list(const Session& who, int limit = 1000);
    Result<PaymentRequest> get(const Session& who, qint64 id); // within the reader's scope (SEC-1)
    Result<PaymentRequest> get(qint64 id);                     // core only (sync, events): no scope

    // Sync: moves requests along from checkout / payment-intent events and SMS delivery reports.
    bool applyEvent(const api::Event& event);
    int refreshDeliveries();

private:
    Result<PaymentRequest> ownRequest(const Session& who, qint64 id); // the caller's own, or any for managers
    Status deliver(const PaymentRequest& request, const QString& orgName);
    bool setState(qint64 id, RequestState state, const QString& failure = {});

    api::ApiClient& m_api;
    store::Database& m_db;
    store::AuditLog& m_audit;
    Authorizer& m_auth;
    notify::Messenger& m_messenger;
    Clock& m_clock;
};

} // namespace dp
