#pragma once

#include "auth/session.h"
#include "foundation/result.h"
#include "storage/refundrepository.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

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

// What the server check of a refund of unknown outcome found (REL-2).
struct RefundCheck
{
    enum class Outcome
    {
        Refunded,    // the server made it: recorded, `refund` holds it
        NotAtServer, // the server has no such refund and its key is still young: Refund sends it again, same key
        NotSent,     // the server has no such refund and its key is too old to send again: marked not sent
    };
    Outcome outcome = Outcome::NotAtServer;
    std::optional<RefundRecord> refund;
    RefundDraft draft; // the refund that was checked
};

QString refundReasonText(const QString& reason); // translated: "Requested by the customer", ...
QString refundStatusText(const QString& status); // translated: "Pending", "Succeeded", "Failed", ...

class RefundService
{
public:
    RefundService(api::ApiClient& api, store::Database& db, store::AuditLog& audit, Authorizer& auth, Clock& clock);

    // Idempotency keys live 24 h at the server; past this age a refund of unknown outcome is never sent again.
    static constexpr qint64 kResendWindowSecs = 23 * 3600;

    static QStringList reasons(); // requested_by_customer, duplicate, fraudulent
    // Checks role (Managers in a payment-taking team and Admins), amount and reason; stores the pending refund.
    // At most one refund per charge is in flight: a prepared one that was never sent is replaced; while one has an
    // unknown outcome this refuses (Error::Code::Conflict) until check() or submit() resolved it.
    Result<RefundDraft> prepare(const Session& who, const QString& chargeId, qint64 amount, const QString& reason);
    // Sends the prepared refund with its stored key. When its outcome is unknown (an earlier send timed out, was
    // reset or its reply cut), first asks the server (check()); sends again, with the same key, only when the
    // server has no such refund and the key is younger than kResendWindowSecs.
    Result<RefundRecord> submit(const Session& who, const QString& key);
    // Asks the server whether the refund of unknown outcome was made (its key is in the refund's metadata; refunds
    // sent before that are matched on amount and time). Never sends a refund.
    Result<RefundCheck> check(const Session& who, const QString& key);
    // The refund of this charge whose outcome is unknown, if any ("Refund outcome unknown — checking").
    std::optional<RefundDraft> unresolvedFor(const QString& chargeId);
    QSet<QString> chargesWithUnresolvedRefund();
    // On start-up and from the recovery job: resolves every refund of unknown outcome (submit(): the server is
    // asked first). Returns how many ended with a refund made.
    int resumePending(const Session& who);
    QList<RefundRecord> refundsFor(const Session& who, const QString& chargeId); // empty outside the reader's scope

private:
    // The refund prepared under `key`, once the actor may refund (re-read by the Authorizer); NotFound if none.
    Result<store::PendingRefund> pendingRefund(const Session& who, const QString& key);
    std::optional<RefundDraft> draftFor(const store::PendingRefund& pending);
    Result<std::optional<RefundRecord>> findAtServer(const store::PendingRefund& pending);
    Result<RefundRecord> recordFound(const Session& who, const store::PendingRefund& pending,
                                     const RefundRecord& refund);

    api::ApiClient& m_api;
    store::Database& m_db;
    store::AuditLog& m_audit;
    Authorizer& m_auth;
    Clock& m_clock;
    store::RefundRepository m_repo;
};

} // namespace dp
