#pragma once

#include "foundation/result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace dp {

// pending_ops states of a refund that was sent and whose answer was lost: its outcome is asked of the server before
// anything else (PAY-5). The one definition, for the refund queries and the payments table's flag.
inline constexpr char kUnresolvedRefundStates[] = "'sending', 'verify'";

// One refund as the server made it (PAY-5).
struct RefundRecord
{
    QString id, chargeId, currency, reason, status, requestedBy;
    qint64 amount = 0, created = 0;
};

namespace store {
class Database;

// A refund the app sends, kept in pending_ops under its Idempotency-Key before anything leaves.
// States: 'prepared' (stored, never sent), 'sending' (sent, outcome unknown), 'verify' (outcome unknown, resolved
// only by asking the server), then 'succeeded', 'failed' (refused by the server), 'not_sent' (the server proved it
// never got it and its key is too old to send again), 'discarded' (replaced before it was ever sent).
// 'prepared' and 'sending' are "in flight": at most one per charge (unique index, schema v4).
struct PendingRefund
{
    QString key, chargeId, state, result;
    QJsonObject payload; // charge, account, amount, reason, currency, user; "metadata_key": true when the key is
                         // sent in the refund's metadata (every refund since schema v4)
    qint64 createdAt = 0, updatedAt = 0;
    bool unresolved() const { return state == QLatin1String("sending") || state == QLatin1String("verify"); }
    bool inFlight() const { return state == QLatin1String("prepared") || state == QLatin1String("sending"); }
};

class RefundRepository
{
public:
    explicit RefundRepository(Database& db);

    // Inserts a 'prepared' refund. Error::Code::Conflict when another refund of the charge is in flight.
    Status insertPrepared(const QString& key, const QString& chargeId, const QJsonObject& payload, qint64 now);
    Result<std::optional<PendingRefund>> byKey(const QString& key);
    // The refund of this charge that is prepared, being sent or of unknown outcome (newest first), if any.
    Result<std::optional<PendingRefund>> openFor(const QString& chargeId);
    Result<QList<PendingRefund>> unresolved();      // 'sending' and 'verify', oldest first
    Result<QSet<QString>> chargesWithUnresolved();   // for the payments table's "Refund outcome unknown"
    // Moves the refund from one of `from` to `to`; returns whether this call made the change.
    Result<bool> transition(const QString& key, const QStringList& from, const QString& to, const QString& result,
                            qint64 now);
    // Stores the refund the server made and marks the pending refund succeeded, in one transaction.
    // Returns true when this call marked it (false: it was already recorded).
    Result<bool> recordSucceeded(const QString& key, const RefundRecord& refund, const QString& accountId, qint64 now);
    // Refund ids that some pending refund other than `key` already resolved to.
    Result<QSet<QString>> claimedRefundIds(const QString& exceptKey);
    Result<QList<RefundRecord>> forCharge(const QString& chargeId);
    Result<std::optional<RefundRecord>> refundById(const QString& id);

private:
    Database& m_db;
};

} // namespace store
} // namespace dp
