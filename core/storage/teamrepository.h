#pragma once

#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dp::store {

struct TeamRecord
{
    qint64 id = 0;
    QString name;
    bool takesPayments = false;
    QList<qint64> memberIds; // filled by find(); all() leaves it empty (see memberships())
};

struct Membership
{
    qint64 teamId = 0;
    qint64 userId = 0;
};

// `teams` and `team_members`: every SQL statement about them, in one place. Works on the connection it is given,
// so that a service can use it inside Database::transaction().
class TeamRepository
{
public:
    explicit TeamRepository(QSqlDatabase db);

    Result<QList<TeamRecord>> all();               // by name, then id
    Result<std::optional<TeamRecord>> find(qint64 id); // with its members by user id
    Result<QList<Membership>> memberships();       // by team id, then user id
    Result<bool> exists(qint64 id);
    Result<bool> nameTaken(const QString& name, qint64 exceptTeamId); // case-insensitive

    Result<qint64> insert(const QString& name, bool takesPayments, qint64 createdAt); // the new id
    Status rename(qint64 id, const QString& name);
    Status setTakesPayments(qint64 id, bool takesPayments);
    Status addMember(qint64 teamId, qint64 userId);
    Status removeMember(qint64 teamId, qint64 userId);

private:
    QSqlDatabase m_db;
};

} // namespace dp::store
