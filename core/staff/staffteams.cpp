// StaffService: teams and their members (MNG-3) and who receives the payout e-mail (MNG-5).
#include "staffservice.h"

#include "auth/authorizer.h"
#include "foundation/validators.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/payoutrepository.h"
#include "storage/teamrepository.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace dp {
namespace {

constexpr int kMaxTeamName = 60;

Team toTeam(const store::TeamRecord& r)
{
    return Team{r.id, r.name, r.takesPayments, r.memberIds};
}

} // namespace

Result<QList<Team>> StaffService::teams(const Session& who)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    store::TeamRepository repository(m_db.connection());
    const auto rows = repository.all();
    if (!rows)
        return rows.error();
    const auto memberships = repository.memberships();
    if (!memberships)
        return memberships.error();
    QList<Team> out;
    QHash<qint64, qsizetype> index;
    for (const store::TeamRecord& r : rows.value()) {
        index.insert(r.id, out.size());
        out.append(toTeam(r));
    }
    for (const store::Membership& m : memberships.value()) {
        if (auto it = index.constFind(m.teamId); it != index.constEnd())
            out[*it].memberIds.append(m.userId);
    }
    return out;
}

Result<Team> StaffService::team(qint64 teamId)
{
    const auto found = store::TeamRepository(m_db.connection()).find(teamId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::NotFound, QCoreApplication::translate("StaffService", "This team no longer exists."), {}};
    return toTeam(*found.value());
}

std::optional<Error> StaffService::validateTeamName(const QString& name, qint64 exceptTeamId)
{
    const QString trimmed = name.trimmed();
    if (auto c = validate::requiredText(trimmed, QCoreApplication::translate("StaffService", "The team name")); !c.ok)
        return Error::validation(QStringLiteral("team_name"), c.message);
    if (trimmed.size() > kMaxTeamName)
        return Error::validation(QStringLiteral("team_name"),
                                 QCoreApplication::translate("StaffService", "A team name has at most %1 characters.").arg(kMaxTeamName));
    const auto taken = store::TeamRepository(m_db.connection()).nameTaken(trimmed, exceptTeamId);
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error::validation(QStringLiteral("team_name"), QCoreApplication::translate("StaffService", "There is already a team with this name."));
    return std::nullopt;
}

Result<Team> StaffService::createTeam(const Session& who, const QString& name, bool takesPayments)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    if (auto invalid = validateTeamName(name, 0))
        return *invalid;
    const auto inserted = store::TeamRepository(m_db.connection()).insert(name.trimmed(), takesPayments, m_clock.nowSecs());
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
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
    if (auto s = store::TeamRepository(m_db.connection()).rename(teamId, name.trimmed()); !s)
        return s;
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
    if (auto s = store::TeamRepository(m_db.connection()).setTakesPayments(teamId, takesPayments); !s)
        return s;
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
    store::TeamRepository repository(m_db.connection());
    if (auto s = add ? repository.addMember(teamId, userId) : repository.removeMember(teamId, userId); !s)
        return s;
    audit(who, add ? QStringLiteral("team.member_added") : QStringLiteral("team.member_removed"),
          {{QStringLiteral("team_id"), teamId}, {QStringLiteral("team"), found->name},
           {QStringLiteral("user_id"), userId}, {QStringLiteral("user"), user->email}});
    return Done{};
}

Result<QList<qint64>> StaffService::payoutRecipients(const Session& who)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    return store::PayoutRepository(m_db.connection()).recipientIds();
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
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        if (auto s = store::PayoutRepository(db).replaceRecipients(userIds, now); !s)
            return failure = s.error(), false;
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("StaffService", "save the payout e-mail recipients"), {});
    QJsonArray list;
    for (const QString& e : emails)
        list.append(e);
    audit(who, QStringLiteral("payout_recipients.changed"), {{QStringLiteral("recipients"), list}});
    return Done{};
}

} // namespace dp
