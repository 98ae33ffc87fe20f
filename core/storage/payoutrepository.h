#pragma once

#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace dp::store {

// One row of the payout e-mail outbox as it is queued.
struct PayoutNotice
{
    QString payoutId, accountId;
    qint64 amount = 0; // minor units
    QString currency;
    qint64 arrivalDate = 0;
    int paymentCount = 0;
    qint64 createdAt = 0;
};

// What the e-mail of one queued payout says.
struct PayoutMail
{
    QString accountId, rooftopName, organizationName, currency;
    qint64 amount = 0, arrivalDate = 0;
    int paymentCount = 0;
};

struct DuePayoutNotice
{
    QString payoutId;
    int attempts = 0;
};

// The payout e-mail (MNG-5) tables: payout_recipients, the payout_notifications outbox and payout_notify_cursor.
// Every SQL statement about them, in one place, on the connection it is given.
class PayoutRepository
{
public:
    explicit PayoutRepository(QSqlDatabase db);

    Result<QList<qint64>> recipientIds();              // by user id
    Result<std::optional<qint64>> firstRecipientAddedAt(); // none while nobody receives them
    Result<QStringList> activeRecipientEmails();        // by user id
    // Those who stay keep the date they were added; the others are removed, the new ones added at `now`.
    Status replaceRecipients(const QList<qint64>& userIds, qint64 now);

    Result<std::optional<qint64>> cursor(const QString& accountId);
    Status saveCursor(const QString& accountId, qint64 cursor, bool exists);

    Result<bool> isQueued(const QString& payoutId);
    // False when the payout was queued meanwhile (by another workstation): its key is taken.
    Result<bool> queue(const PayoutNotice& notice);
    Result<QList<DuePayoutNotice>> due(int maxAttempts, qint64 now); // oldest first
    // Moves a pending row with exactly `attempts` to `state`; false when another run claimed it first.
    Result<bool> claim(const QString& payoutId, int attempts, const QString& state, qint64 nextAttemptAt);
    Status markSent(const QString& payoutId, qint64 sentAt, const QString& recipients);
    Status markRetry(const QString& payoutId, const QString& error);
    Result<std::optional<PayoutMail>> mail(const QString& payoutId);

private:
    QSqlDatabase m_db;
};

} // namespace dp::store
