#pragma once

#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace dp::store {

// One row of `rooftops`, as stored.
struct RooftopRecord
{
    qint64 id = 0;
    QString name, accountId, country, status; // status: its key ("connected", ...)
    QString currentlyDue;                      // comma-separated requirement names
    QString disabledReason;
    bool chargesEnabled = false, payoutsEnabled = false, detailsSubmitted = false;
    QString payoutInterval;
    int payoutDelayDays = 0;
    QString payoutWeeklyAnchor;
    int payoutMonthlyAnchor = 0;
    QString statementDescriptor, bankName, bankLast4;
    bool taxIdProvided = false;
    QString taxIdLast4;
    qint64 eventCursor = 0;
    qint64 updatedAt = 0;
};

// What the payments API says of a connected account, as stored on its rooftop.
struct RooftopAccountState
{
    QString status, currentlyDue, disabledReason;
    bool chargesEnabled = false, payoutsEnabled = false, detailsSubmitted = false;
    QString payoutInterval;
    int payoutDelayDays = 0;
    QString payoutWeeklyAnchor;
    int payoutMonthlyAnchor = 0;
    QString statementDescriptor, bankName, bankLast4;
    bool taxIdProvided = false;
    qint64 updatedAt = 0;
};

// `rooftops` (one per dealership, each with its connected account): every SQL statement about them, in one place.
class RooftopRepository
{
public:
    explicit RooftopRepository(QSqlDatabase db);

    Result<QList<RooftopRecord>> all(); // by name, then id
    Result<std::optional<RooftopRecord>> find(qint64 id);
    Result<QStringList> connectedAccountIds(); // by rooftop id

    // accountId empty: not connected yet (stored as NULL, the column is UNIQUE).
    Result<qint64> insert(const QString& name, const QString& accountId, qint64 updatedAt);
    Result<QString> createKey(qint64 id); // the idempotency key of the account creation; empty before the first try
    Status setCreateKey(qint64 id, const QString& key);
    // Also renames the rooftop: a rooftop keeps the name its customers see (asked in the Connect wizard).
    Status setAccount(qint64 id, const QString& accountId, const QString& name, const QString& country,
                      const QString& taxIdLast4);
    Status saveAccountState(qint64 id, const RooftopAccountState& state);
    Status setEventCursor(qint64 id, qint64 cursor);

private:
    QSqlDatabase m_db;
};

// `org_settings`: one text value per name.
class OrgSettingsRepository
{
public:
    explicit OrgSettingsRepository(QSqlDatabase db);
    Result<std::optional<QString>> value(const QString& name);
    Status setValue(const QString& name, const QString& value); // run it inside a transaction

private:
    QSqlDatabase m_db;
};

// `events_seen`: the API events already handled, by id.
class SeenEventRepository
{
public:
    explicit SeenEventRepository(QSqlDatabase db);
    // False when the event was already marked (seen before); any other failure is an error.
    Result<bool> markSeen(const QString& eventId, const QString& type, const QString& account, qint64 created);

private:
    QSqlDatabase m_db;
};

} // namespace dp::store
