// StaffService: the users of the organization — list, role, deactivation and password change (MNG-4).
// Invitations are in staffinvitations.cpp, teams and payout e-mail recipients in staffteams.cpp.
#include "staffservice.h"

#include "auth/authorizer.h"
#include "auth/passwordhash.h"
#include "foundation/validators.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/teamrepository.h"
#include "storage/userrepository.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QHash>

namespace dp {
StaffService::StaffService(store::Database& db, store::AuditLog& audit, Authorizer& auth, notify::Messenger& messenger,
                           Clock& clock)
    : m_db(db), m_audit(audit), m_auth(auth), m_messenger(messenger), m_clock(clock)
{
}

namespace {

StaffMember toMember(const store::UserRecord& r)
{
    StaffMember m;
    m.id = r.id;
    m.name = r.name;
    m.email = r.email;
    m.phone = r.phone;
    m.role = roleFromKey(r.role);
    m.active = r.active;
    return m;
}

// Counted inside the write transaction, so that two Admins demoting each other cannot both succeed.
Result<bool> isLastActiveAdmin(store::UserRepository& users, const StaffMember& target)
{
    if (target.role != Role::Admin || !target.active)
        return false;
    const auto admins = users.activeCount(roleKey(Role::Admin));
    if (!admins)
        return admins.error();
    return admins.value() <= 1;
}

} // namespace

QString StaffService::organizationName()
{
    const auto name = store::UserRepository(m_db.connection()).organizationName();
    if (!name)
        qWarning("%s", qPrintable(name.error().message));
    return name && !name.value().isEmpty() ? name.value() : QStringLiteral("DealerPay");
}

void StaffService::audit(const Session& who, const QString& action, const QJsonObject& details)
{
    m_audit.record(who, action, details, m_clock.nowSecs());
}

Result<QList<StaffMember>> StaffService::staff(const Session& who)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    QSqlDatabase db = m_db.connection();
    const auto users = store::UserRepository(db).all();
    if (!users)
        return users.error();
    const auto memberships = store::TeamRepository(db).memberships();
    if (!memberships)
        return memberships.error();
    QList<StaffMember> out;
    QHash<qint64, qsizetype> index;
    for (const store::UserRecord& r : users.value()) {
        index.insert(r.id, out.size());
        out.append(toMember(r));
    }
    for (const store::Membership& m : memberships.value()) {
        if (auto it = index.constFind(m.userId); it != index.constEnd())
            out[*it].teamIds.append(m.teamId);
    }
    return out;
}

Result<StaffMember> StaffService::member(qint64 userId)
{
    const auto found = store::UserRepository(m_db.connection()).find(userId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::NotFound, QCoreApplication::translate("StaffService", "This user no longer exists."), {}};
    return toMember(*found.value());
}

Status StaffService::changeRole(const Session& who, qint64 userId, Role role)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    auto target = member(userId);
    if (!target)
        return target.error();
    if (target->role == role)
        return Done{};
    if (userId == who.userId)
        return Error::validation(QStringLiteral("role"), QCoreApplication::translate("StaffService", "You cannot change your own role. Ask another Admin."));
    std::optional<Error> failure;
    bool lastAdmin = false;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::UserRepository users(db);
        const auto last = isLastActiveAdmin(users, target.value());
        if (!last)
            return failure = last.error(), false;
        if (last.value())
            return lastAdmin = true, false;
        if (auto s = users.setRole(userId, roleKey(role)); !s)
            return failure = s.error(), false;
        return true;
    });
    if (lastAdmin)
        return Error::validation(QStringLiteral("role"),
                                 QCoreApplication::translate("StaffService", "%1 is the last Admin: make someone else Admin first.").arg(target->name));
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("StaffService", "change the role"), {});
    audit(who, QStringLiteral("user.role_changed"),
          {{QStringLiteral("user_id"), userId}, {QStringLiteral("user"), target->email},
           {QStringLiteral("from"), roleKey(target->role)}, {QStringLiteral("to"), roleKey(role)}});
    return Done{};
}

Status StaffService::setActive(const Session& who, qint64 userId, bool active)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    auto target = member(userId);
    if (!target)
        return target.error();
    if (target->active == active)
        return Done{};
    if (!active && userId == who.userId)
        return Error::validation(QStringLiteral("active"), QCoreApplication::translate("StaffService", "You cannot deactivate yourself."));
    std::optional<Error> failure;
    bool lastAdmin = false;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::UserRepository users(db);
        if (!active) {
            const auto last = isLastActiveAdmin(users, target.value());
            if (!last)
                return failure = last.error(), false;
            if (last.value())
                return lastAdmin = true, false;
        }
        if (auto s = users.setActive(userId, active); !s)
            return failure = s.error(), false;
        return true;
    });
    if (lastAdmin)
        return Error::validation(QStringLiteral("active"),
                                 QCoreApplication::translate("StaffService", "%1 is the last Admin and cannot be deactivated.").arg(target->name));
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("StaffService", "change the user"), {});
    audit(who, active ? QStringLiteral("user.reactivated") : QStringLiteral("user.deactivated"),
          {{QStringLiteral("user_id"), userId}, {QStringLiteral("user"), target->email}});
    return Done{};
}

Status StaffService::changePassword(const Session& who, const QString& currentPassword, const QString& newPassword)
{
    Session current = who;
    if (!who.isValid() || !m_auth.refresh(current))
        return Error{Error::Code::Auth, QCoreApplication::translate("StaffService", "Your session has ended. Please sign in again."), {}};
    store::UserRepository users(m_db.connection());
    const auto found = users.credentials(who.userId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::Auth, QCoreApplication::translate("StaffService", "Your session has ended. Please sign in again."), {}};
    if (!password::verify(currentPassword, found.value()->passwordHash))
        return Error{Error::Code::Auth, QCoreApplication::translate("StaffService", "The current password is not right."), QStringLiteral("current_password")};
    if (auto c = validate::password(newPassword); !c.ok)
        return Error::validation(QStringLiteral("new_password"), c.message);
    if (newPassword == currentPassword)
        return Error::validation(QStringLiteral("new_password"),
                                 QCoreApplication::translate("StaffService", "Choose a password different from the current one."));
    if (auto s = users.changePassword(who.userId, password::hash(newPassword)); !s)
        return s.error();
    audit(who, QStringLiteral("user.password_changed"), {{QStringLiteral("user_id"), who.userId}});
    return Done{};
}

} // namespace dp
