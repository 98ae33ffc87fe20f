#pragma once

#include "foundation/result.h"
#include "reconciliation/recontypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace dp::store {

// The reconciliation's own state (PAY-8, REL-4): tables reconciliation_days, recon_matches and recon_match_items,
// and the reads of payments, refunds, payouts and rooftops a day needs. On the connection it is given (writes
// inside the caller's transaction).
class ReconciliationRepository
{
public:
    explicit ReconciliationRepository(QSqlDatabase db);

    // --- days ---
    Result<std::optional<recon::DayState>> day(const QDate& date, qint64 rooftopId);
    // Is the day closed, for this rooftop or for all rooftops (row 0)?
    Result<bool> isClosed(const QDate& date, qint64 rooftopId);
    // Creates the day (open, version 0: never changed) when it has no row yet; returns its state.
    Result<recon::DayState> ensureDay(const recon::DayKey& key, qint64 now);
    // Raises the version when it still is `expected`; false when another workstation changed the day meanwhile.
    Result<bool> bumpVersion(const QDate& date, qint64 rooftopId, qint64 expected, qint64 now);
    Result<bool> setClosed(const QDate& date, qint64 rooftopId, qint64 expected, qint64 userId, const QString& userName,
                           qint64 now);
    Result<bool> setReopened(const QDate& date, qint64 rooftopId, qint64 expected, qint64 userId,
                             const QString& userName, const QString& reason, qint64 now);

    // --- matches ---
    Result<qint64> insertMatch(const recon::Match& match);
    // Many matches at once (an automatic run), the statements prepared once; their ids in order.
    Result<QList<qint64>> insertMatches(const QList<recon::Match>& matches);
    // Active matches made for the day, or holding an item of the day: a DMS line of the date, a payment or refund
    // created in [from, to), a deposit posted on the date. With all their items. Oldest first.
    Result<QList<recon::Match>> activeMatchesOfDay(const QDate& date, qint64 rooftopId, qint64 from, qint64 to,
                                                   const QString& accountId);
    Result<std::optional<recon::Match>> matchById(qint64 id);
    // Marks an active match (and its items) undone; false when it was not active (undone meanwhile).
    Result<bool> deactivateMatch(qint64 id, qint64 userId, const QString& userName, const QString& note, qint64 now);
    // Which of these items ("dms", "payment", "refund", "payout", "deposit") are in an active match.
    Result<QSet<QString>> itemsInActiveMatches(const QString& itemType, const QStringList& itemIds);
    // The items of the day's undone automatic matches, as "type:id": never matched automatically again.
    Result<QSet<QString>> undoneAutoItems(const QDate& date, qint64 rooftopId);

    // --- the payments side of a day ---
    // Settled card payments created in [from, to) (UTC seconds); of one account, or all (empty).
    Result<QList<recon::PaymentItem>> paymentsBetween(qint64 from, qint64 to, const QString& accountId);
    Result<QList<recon::RefundItem>> refundsBetween(qint64 from, qint64 to, const QString& accountId);
    // Payouts whose arrival (UTC seconds) is in [from, to); the arrival date is read in `timeZone`.
    Result<QList<recon::PayoutItem>> payoutsArriving(qint64 from, qint64 to, const QString& accountId,
                                                     const QString& timeZone);
    Result<QString> accountOfRooftop(qint64 rooftopId);           // '' when none
    Result<QHash<qint64, QPair<QString, QString>>> rooftops();    // id -> (name, account id)

private:
    QSqlDatabase m_db;
};

} // namespace dp::store
