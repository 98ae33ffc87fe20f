// StaffService: the users of the organization — list, role, deactivation and password change (MNG-4).
// Invitations are in staffinvitations.cpp, teams and payout e-mail recipients in staffteams.cpp.
#include "staffservice.h"

#include "auth/authorizer.h"
#include "auth/passwordhash.h"
#include "foundation/validators.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace dp {
StaffService::StaffService(store::Database& db, store::AuditLog& audit, Authorizer& auth, notify::Messenger& messenger,
                           Clock& clock)
    : m_db(db), m_audit(audit), m_auth(auth), m_messenger(messenger), m_clock(clock)
{
}

QString StaffService::organizationName()
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT name FROM organization ORDER BY id LIMIT 1")) && q.next())
        return q.value(0).toString();
    return QStringLiteral("DealerPay");
}

void StaffService::audit(const Session& who, const QString& action, const QJsonObject& details)
{
    m_audit.record(who, action, details, m_clock.nowSecs());
}

int StaffService::activeAdmins(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND active = 1"));
    q.addBindValue(roleKey(Role::Admin));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<QList<StaffMember>> StaffService::staff(const Session& who)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, email, phone, role, active FROM users ORDER BY name, id")))
        return store::storeError(QCoreApplication::translate("StaffService", "read the staff"), q.lastError().text());
    QList<StaffMember> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        StaffMember m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.email = q.value(2).toString();
        m.phone = q.value(3).toString();
        m.role = roleFromKey(q.value(4).toString());
        m.active = q.value(5).toBool();
        index.insert(m.id, out.size());
        out.append(m);
    }
    if (!q.exec(QStringLiteral("SELECT user_id, team_id FROM team_members ORDER BY team_id")))
        return store::storeError(QCoreApplication::translate("StaffService", "read the staff"), q.lastError().text());
    while (q.next()) {
        if (auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            out[*it].teamIds.append(q.value(1).toLongLong());
    }
    return out;
}

Result<StaffMember> StaffService::member(qint64 userId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, email, phone, role, active FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "read the user"), q.lastError().text());
    if (!q.next())
        return Error{Error::Code::NotFound, QCoreApplication::translate("StaffService", "This user no longer exists."), {}};
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.email = q.value(2).toString();
    m.phone = q.value(3).toString();
    m.role = roleFromKey(q.value(4).toString());
    m.active = q.value(5).toBool();
    return m;
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
    QString failure;
    bool lastAdmin = false;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        // Counted inside the write transaction, so that two Admins demoting each other cannot both succeed.
        if (target->role == Role::Admin && target->active && activeAdmins(db) <= 1)
            return lastAdmin = true, false;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
        q.addBindValue(roleKey(role));
        q.addBindValue(userId);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        return true;
    });
    if (lastAdmin)
        return Error::validation(QStringLiteral("role"),
                                 QCoreApplication::translate("StaffService", "%1 is the last Admin: make someone else Admin first.").arg(target->name));
    if (!ok)
        return store::storeError(QCoreApplication::translate("StaffService", "change the role"), failure);
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
    QString failure;
    bool lastAdmin = false;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        if (!active && target->role == Role::Admin && activeAdmins(db) <= 1)
            return lastAdmin = true, false;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"));
        q.addBindValue(active ? 1 : 0);
        q.addBindValue(userId);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        return true;
    });
    if (lastAdmin)
        return Error::validation(QStringLiteral("active"),
                                 QCoreApplication::translate("StaffService", "%1 is the last Admin and cannot be deactivated.").arg(target->name));
    if (!ok)
        return store::storeError(QCoreApplication::translate("StaffService", "change the user"), failure);
    audit(who, active ? QStringLiteral("user.reactivated") : QStringLiteral("user.deactivated"),
          {{QStringLiteral("user_id"), userId}, {QStringLiteral("user"), target->email}});
    return Done{};
}

Status StaffService::changePassword(const Session& who, const QString& currentPassword, const QString& newPassword)
{
    Session current = who;
    if (!who.isValid() || !m_auth.refresh(current))
        return Error{Error::Code::Auth, QCoreApplication::translate("StaffService", "Your session has ended. Please sign in again."), {}};
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(who.userId);
    if (!q.exec() || !q.next())
        return store::storeError(QCoreApplication::translate("StaffService", "read the user"), q.lastError().text());
    if (!password::verify(currentPassword, q.value(0).toString()))
        return Error{Error::Code::Auth, QCoreApplication::translate("StaffService", "The current password is not right."), QStringLiteral("current_password")};
    if (auto c = validate::password(newPassword); !c.ok)
        return Error::validation(QStringLiteral("new_password"), c.message);
    if (newPassword == currentPassword)
        return Error::validation(QStringLiteral("new_password"),
                                 QCoreApplication::translate("StaffService", "Choose a password different from the current one."));
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE id = ?"));
    q.addBindValue(password::hash(newPassword));
    q.addBindValue(who.userId);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "change the password"), q.lastError().text());
    audit(who, QStringLiteral("user.password_changed"), {{QStringLiteral("user_id"), who.userId}});
    return Done{};
}

} // namespace dp
