#pragma once

#include "api/objects.h"
#include "api/paymentobjects.h"
#include "foundation/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dp::store {
class Database;

// An account the sync brings up to date.
struct SyncAccount
{
    QString id;
    QString name; // the rooftop's name, or the account's business name
};

// Where the backfill of one resource ("charges", "refunds", "payouts") of one account stopped.
struct SyncPosition
{
    bool known = false; // false: never started for this account and resource
    bool done = false;
    QString cursor;     // id of the last object stored
};

// The charges of one paid payout (from its balance transactions), stored with the payouts page that lists it.
struct PayoutLink
{
    QString payoutId;
    QStringList chargeIds;
};

// What the store already knows of a charge: enough to take a later snapshot of it from an event without asking
// the API again (fee and net belong to the balance transaction, which never changes).
struct KnownCharge
{
    QString balanceTxn;
    qint64 fee = 0, net = 0;
};

// The sync's SQL: sync positions, refunds, payouts, payout links and the events already applied. Every
// failure is returned: a write that fails is an error, never skipped. The static writers run inside the
// caller's transaction (a page and its cursor are stored together).
class SyncRepository
{
public:
    explicit SyncRepository(Database& db);

    Result<QList<SyncAccount>> connectedRooftops(); // rooftops with an account that takes payments, by name
    Result<SyncPosition> position(const QString& account, const QString& resource);
    // First run for this account and resource: events from `eventsSince` on are replayed after the backfill.
    Status startBackfill(const QString& account, const QString& resource, qint64 eventsSince, qint64 now);
    Result<qint64> eventsSince(const QString& account); // the oldest events cursor of the account
    Status saveEventsSince(const QString& account, qint64 since);
    Result<bool> eventSeen(const QString& eventId);
    Status markEventSeen(const api::Event& event, const QString& account);
    Status linkPayout(const QString& payoutId, const QStringList& chargeIds);
    // Which of these events were applied already: one query for a page of events.
    Result<QSet<QString>> seenEvents(const QStringList& eventIds);
    // The charges of these ids that the store holds, by id: one query for a page of events.
    Result<QHash<QString, KnownCharge>> knownCharges(const QStringList& chargeIds);
    Status storeRefunds(const QString& account, const QList<api::Refund>& refunds);
    Status storePayouts(const QString& account, const QList<api::Payout>& payouts);

    static bool upsertRefunds(QSqlDatabase& db, const QString& account, const QList<api::Refund>& refunds,
                              QString* error);
    static bool upsertPayouts(QSqlDatabase& db, const QString& account, const QList<api::Payout>& payouts,
                              QString* error);
    static bool linkPayouts(QSqlDatabase& db, const QList<PayoutLink>& links, QString* error);
    static bool markEventsSeen(QSqlDatabase& db, const QList<api::Event>& events, const QString& account,
                               QString* error);
    static bool saveCursor(QSqlDatabase& db, const QString& account, const QString& resource, const QString& cursor,
                           bool done, qint64 now, QString* error);

private:
    Database& m_db;
};

} // namespace dp::store
