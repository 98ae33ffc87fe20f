#pragma once

#include "auth/session.h"
#include "foundation/result.h"

#include <QList>
#include <QString>

namespace dp {
class Authorizer;
class Clock;
namespace api {
class ApiClient;
}
namespace store {
class Database;
class AuditLog;
}

// What the confirmation dialog shows before a refund leaves (PAY-5). The key is the refund's Idempotency-Key,
// stored in pending_ops before anything is sent: a double click, a timeout or a crash followed by a retry
// submits the same key, so the customer is refunded exactly once.
struct RefundDraft
{
    QString key;
    QString chargeId, accountId, currency, reason, customer, cardBrand, cardLast4, roNumber;
    qint64 amount = 0;       // this refund
    qint64 paid = 0;         // the payment
    qint64 alreadyRefunded = 0;
    bool full() const { return amount + alreadyRefunded >= paid; }
};

struct RefundRecord
{
    QString id, chargeId, currency, reason, status, requestedBy;
    qint64 amount = 0, created = 0;
};

QString refundReasonText(const QString& reason); // translated: "Requested by the customer", ...
QString refundStatusText(const QString& status); // translated: "Pending", "Succeeded", "Failed", ...

class RefundService
{
public:
    RefundService(api::ApiClient& api, store::Database& db, store::AuditLog& audit, Authorizer& auth, Clock& clock);

    static QStringList reasons(); // requested_by_customer, duplicate, fraudulent
    // Checks role (Managers in a payment-taking team and Admins), amount and reason; stores the pending refund.
    Result<RefundDraft> prepare(const Session& who, const QString& chargeId, qint64 amount, const QString& reason);
    // Sends the prepared refund with its stored key. Safe to call again with the same key.
    Result<RefundRecord> submit(const Session& who, const QString& key);
    // On start-up and after a failure: submits again every refund whose outcome is unknown.
    int resumePending(const Session& who);
    QList<RefundRecord> refundsFor(const QString& chargeId);

private:
    api::ApiClient& m_api;
    store::Database& m_db;
    store::AuditLog& m_audit;
    Authorizer& m_auth;
    Clock& m_clock;
};

} // namespace dp
