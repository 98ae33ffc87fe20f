// StaffService: teams and their members (MNG-3) and who receives the payout e-mail (MNG-5).
#include "staffservice.h"

#include "auth/authorizer.h"
#include "foundation/validators.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace dp {
namespace {

constexpr int kMaxTeamName = 60;

} // namespace

Result<QList<Team>> StaffService::teams(const Session& who)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, takes_payments FROM teams ORDER BY name, id")))
        return store::storeError(QCoreApplication::translate("StaffService", "read the teams"), q.lastError().text());
    QList<Team> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(Team{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(), {}});
    }
    if (!q.exec(QStringLiteral("SELECT team_id, user_id FROM team_members ORDER BY user_id")))
        return store::storeError(QCoreApplication::translate("StaffService", "read the teams"), q.lastError().text());
    while (q.next()) {
        if (auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            out[*it].memberIds.append(q.value(1).toLongLong());
    }
    return out;
}

Result<Team> StaffService::team(qint64 teamId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, takes_payments FROM teams WHERE id = ?"));
    q.addBindValue(teamId);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "read the team"), q.lastError().text());
    if (!q.next())
        return Error{Error::Code::NotFound, QCoreApplication::translate("StaffService", "This team no longer exists."), {}};
    Team found{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(), {}};
    q.prepare(QStringLiteral("SELECT user_id FROM team_members WHERE team_id = ? ORDER BY user_id"));
    q.addBindValue(teamId);
    if (q.exec()) {
        while (q.next())
            found.memberIds.append(q.value(0).toLongLong());
    }
    return found;
}

std::optional<Error> StaffService::validateTeamName(const QString& name, qint64 exceptTeamId)
{
    const QString trimmed = name.trimmed();
    if (auto c = validate::requiredText(trimmed, QCoreApplication::translate("StaffService", "The team name")); !c.ok)
        return Error::validation(QStringLiteral("team_name"), c.message);
    if (trimmed.size() > kMaxTeamName)
        return Error::validation(QStringLiteral("team_name"),
                                 QCoreApplication::translate("StaffService", "A team name has at most %1 characters.").arg(kMaxTeamName));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM teams WHERE LOWER(name) = LOWER(?) AND id <> ?"));
    q.addBindValue(trimmed);
    q.addBindValue(exceptTeamId);
    if (q.exec() && q.next())
        return Error::validation(QStringLiteral("team_name"), QCoreApplication::translate("StaffService", "There is already a team with this name."));
    return std::nullopt;
}

Result<Team> StaffService::createTeam(const Session& who, const QString& name, bool takesPayments)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    if (auto invalid = validateTeamName(name, 0))
        return *invalid;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO teams (name, takes_payments, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(takesPayments ? 1 : 0);
    q.addBindValue(m_clock.nowSecs());
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "create the team"), q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();
    audit(who, QStringLiteral("team.created"),
          {{QStringLiteral("team_id"), id}, {QStringLiteral("name"), name.trimmed()},
           {QStringLiteral("takes_payments"), takesPayments}});
    return team(id);
}

Status StaffService::renameTeam(const Session& who, qint64 teamId, const QString& name)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    auto found = team(teamId);
    if (!found)
        return found.error();
    if (found->name == name.trimmed())
        return Done{};
    if (auto invalid = validateTeamName(name, teamId))
        return *invalid;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE teams SET name = ? WHERE id = ?"));
    q.addBindValue(name.trimmed());
    q.addBindValue(teamId);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "rename the team"), q.lastError().text());
    audit(who, QStringLiteral("team.renamed"),
          {{QStringLiteral("team_id"), teamId}, {QStringLiteral("from"), found->name},
           {QStringLiteral("to"), name.trimmed()}});
    return Done{};
}

Status StaffService::setTakesPayments(const Session& who, qint64 teamId, bool takesPayments)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    auto found = team(teamId);
    if (!found)
        return found.error();
    if (found->takesPayments == takesPayments)
        return Done{};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE teams SET takes_payments = ? WHERE id = ?"));
    q.addBindValue(takesPayments ? 1 : 0);
    q.addBindValue(teamId);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "change the team"), q.lastError().text());
    audit(who, QStringLiteral("team.takes_payments_changed"),
          {{QStringLiteral("team_id"), teamId}, {QStringLiteral("name"), found->name},
           {QStringLiteral("takes_payments"), takesPayments}});
    return Done{};
}

Status StaffService::addMember(const Session& who, qint64 teamId, qint64 userId)
{
    return changeMembership(who, teamId, userId, true);
}

Status StaffService::removeMember(const Session& who, qint64 teamId, qint64 userId)
{
    return changeMembership(who, teamId, userId, false);
}

Status StaffService::changeMembership(const Session& who, qint64 teamId, qint64 userId, bool add)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    auto found = team(teamId);
    if (!found)
        return found.error();
    auto user = member(userId);
    if (!user)
        return user.error();
    if (found->memberIds.contains(userId) == add)
        return Done{};
    QSqlQuery q(m_db.connection());
    q.prepare(add ? QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)")
                  : QStringLiteral("DELETE FROM team_members WHERE team_id = ? AND user_id = ?"));
    q.addBindValue(teamId);
    q.addBindValue(userId);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "change the team"), q.lastError().text());
    audit(who, add ? QStringLiteral("team.member_added") : QStringLiteral("team.member_removed"),
          {{QStringLiteral("team_id"), teamId}, {QStringLiteral("team"), found->name},
           {QStringLiteral("user_id"), userId}, {QStringLiteral("user"), user->email}});
    return Done{};
}

Result<QList<qint64>> StaffService::payoutRecipients(const Session& who)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT user_id FROM payout_recipients ORDER BY user_id")))
        return store::storeError(QCoreApplication::translate("StaffService", "read the payout e-mail recipients"), q.lastError().text());
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Status StaffService::setPayoutRecipients(const Session& who, const QList<qint64>& userIds)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    QStringList emails;
    for (qint64 id : userIds) {
        auto user = member(id);
        if (!user)
            return user.error();
        if (!user->active)
            return Error::validation(QStringLiteral("recipients"),
                                     QCoreApplication::translate("StaffService", "%1 is deactivated and cannot receive payout e-mails.").arg(user->name));
        emails.append(user->email);
    }
    const qint64 now = m_clock.nowSecs();
    QString failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        // Those who stay keep the date they were added: it is from then on that they get the e-mails.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT user_id FROM payout_recipients")))
            return failure = q.lastError().text(), false;
        QList<qint64> existing;
        while (q.next())
            existing.append(q.value(0).toLongLong());
        for (qint64 id : existing) {
            if (userIds.contains(id))
                continue;
            q.prepare(QStringLiteral("DELETE FROM payout_recipients WHERE user_id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                return failure = q.lastError().text(), false;
        }
        for (qint64 id : userIds) {
            if (existing.contains(id))
                continue;
            q.prepare(QStringLiteral("INSERT INTO payout_recipients (user_id, added_at) VALUES (?, ?)"));
            q.addBindValue(id);
            q.addBindValue(now);
            if (!q.exec())
                return failure = q.lastError().text(), false;
            existing.append(id); // the same id twice in userIds
        }
        return true;
    });
    if (!ok)
        return store::storeError(QCoreApplication::translate("StaffService", "save the payout e-mail recipients"), failure);
    QJsonArray list;
    for (const QString& e : emails)
        list.append(e);
    audit(who, QStringLiteral("payout_recipients.changed"), {{QStringLiteral("recipients"), list}});
    return Done{};
}

} // namespace dp
