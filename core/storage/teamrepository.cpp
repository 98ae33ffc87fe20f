#include "teamrepository.h"

#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace dp::store {
namespace {

TeamRecord readTeam(const QSqlRecord& r)
{
    return TeamRecord{r.value(QStringLiteral("id")).toLongLong(), r.value(QStringLiteral("name")).toString(),
                      r.value(QStringLiteral("takes_payments")).toBool(), {}};
}

} // namespace

TeamRepository::TeamRepository(QSqlDatabase db) : m_db(std::move(db))
{
}

Result<QList<TeamRecord>> TeamRepository::all()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT id, name, takes_payments FROM teams ORDER BY name, id"), {},
                              QCoreApplication::translate("TeamRepository", "read the teams"));
        !s)
        return s.error();
    QList<TeamRecord> out;
    while (q.next())
        out.append(readTeam(q.record()));
    return out;
}

Result<std::optional<TeamRecord>> TeamRepository::find(qint64 id)
{
    QSqlQuery q(m_db);
    const QString what = QCoreApplication::translate("TeamRepository", "read the team");
    if (auto s = runStatement(q, QStringLiteral("SELECT id, name, takes_payments FROM teams WHERE id = ?"), {id}, what); !s)
        return s.error();
    if (!q.next())
        return std::optional<TeamRecord>();
    TeamRecord team = readTeam(q.record());
    if (auto s = runStatement(q, QStringLiteral("SELECT user_id FROM team_members WHERE team_id = ? ORDER BY user_id"),
                              {id}, what);
        !s)
        return s.error();
    while (q.next())
        team.memberIds.append(q.record().value(QStringLiteral("user_id")).toLongLong());
    return std::optional<TeamRecord>(team);
}

Result<QList<Membership>> TeamRepository::memberships()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT team_id, user_id FROM team_members ORDER BY team_id, user_id"), {},
                              QCoreApplication::translate("TeamRepository", "read the team members"));
        !s)
        return s.error();
    QList<Membership> out;
    while (q.next()) {
        const QSqlRecord r = q.record();
        out.append({r.value(QStringLiteral("team_id")).toLongLong(), r.value(QStringLiteral("user_id")).toLongLong()});
    }
    return out;
}

Result<bool> TeamRepository::exists(qint64 id)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT 1 FROM teams WHERE id = ?"), {id},
                              QCoreApplication::translate("TeamRepository", "read the team"));
        !s)
        return s.error();
    return q.next();
}

Result<bool> TeamRepository::nameTaken(const QString& name, qint64 exceptTeamId)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT id FROM teams WHERE LOWER(name) = LOWER(?) AND id <> ?"),
                              {name, exceptTeamId}, QCoreApplication::translate("TeamRepository", "read the teams"));
        !s)
        return s.error();
    return q.next();
}

Result<qint64> TeamRepository::insert(const QString& name, bool takesPayments, qint64 createdAt)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("INSERT INTO teams (name, takes_payments, created_at) VALUES (?, ?, ?)"),
                              {name, takesPayments ? 1 : 0, createdAt},
                              QCoreApplication::translate("TeamRepository", "create the team"));
        !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status TeamRepository::rename(qint64 id, const QString& name)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE teams SET name = ? WHERE id = ?"), {name, id},
                        QCoreApplication::translate("TeamRepository", "rename the team"));
}

Status TeamRepository::setTakesPayments(qint64 id, bool takesPayments)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE teams SET takes_payments = ? WHERE id = ?"), {takesPayments ? 1 : 0, id},
                        QCoreApplication::translate("TeamRepository", "change the team"));
}

Status TeamRepository::addMember(qint64 teamId, qint64 userId)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)"), {teamId, userId},
                        QCoreApplication::translate("TeamRepository", "add the team member"));
}

Status TeamRepository::removeMember(qint64 teamId, qint64 userId)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("DELETE FROM team_members WHERE team_id = ? AND user_id = ?"), {teamId, userId},
                        QCoreApplication::translate("TeamRepository", "remove the team member"));
}

} // namespace dp::store
