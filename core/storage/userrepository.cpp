#include "userrepository.h"

#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace dp::store {
namespace {

const QLatin1String kUserColumns("id, name, email, phone, role, active, demo");
const QLatin1String kCredentialColumns("id, name, role, password_hash, active, failed_logins, locked_until");

UserRecord readUser(const QSqlRecord& r)
{
    UserRecord u;
    u.id = r.value(QStringLiteral("id")).toLongLong();
    u.name = r.value(QStringLiteral("name")).toString();
    u.email = r.value(QStringLiteral("email")).toString();
    u.phone = r.value(QStringLiteral("phone")).toString();
    u.role = r.value(QStringLiteral("role")).toString();
    u.active = r.value(QStringLiteral("active")).toBool();
    u.demo = r.value(QStringLiteral("demo")).toBool();
    return u;
}

UserCredentials readCredentials(const QSqlRecord& r)
{
    UserCredentials c;
    c.id = r.value(QStringLiteral("id")).toLongLong();
    c.name = r.value(QStringLiteral("name")).toString();
    c.role = r.value(QStringLiteral("role")).toString();
    c.passwordHash = r.value(QStringLiteral("password_hash")).toString();
    c.active = r.value(QStringLiteral("active")).toBool();
    c.failedLogins = r.value(QStringLiteral("failed_logins")).toInt();
    c.lockedUntil = r.value(QStringLiteral("locked_until")).toLongLong();
    return c;
}

} // namespace

UserRepository::UserRepository(QSqlDatabase db) : m_db(std::move(db))
{
}

Result<bool> UserRepository::hasOrganization()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT COUNT(*) AS n FROM organization"), {}, QCoreApplication::translate("UserRepository", "read the organization")); !s)
        return s.error();
    return q.next() && q.record().value(QStringLiteral("n")).toInt() > 0;
}

Result<QString> UserRepository::organizationName()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT name FROM organization ORDER BY id LIMIT 1"), {},
                              QCoreApplication::translate("UserRepository", "read the organization"));
        !s)
        return s.error();
    return q.next() ? q.record().value(QStringLiteral("name")).toString() : QString();
}

Status UserRepository::insertOrganization(const QString& name, qint64 createdAt)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("INSERT INTO organization (name, created_at) VALUES (?, ?)"),
                        {name, createdAt}, QCoreApplication::translate("UserRepository", "save the organization"));
}

Result<qint64> UserRepository::insertUser(const NewUser& user)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("INSERT INTO users (name, email, phone, role, password_hash, demo, created_at)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {user.name, user.email, user.phone, user.role, user.passwordHash, user.demo ? 1 : 0,
                               user.createdAt},
                              QCoreApplication::translate("UserRepository", "save the user"));
        !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<QList<UserRecord>> UserRepository::all()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM users ORDER BY name, id").arg(kUserColumns), {},
                              QCoreApplication::translate("UserRepository", "read the users"));
        !s)
        return s.error();
    QList<UserRecord> out;
    while (q.next())
        out.append(readUser(q.record()));
    return out;
}

Result<QList<UserRecord>> UserRepository::activeDemoUsers()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM users WHERE demo = 1 AND active = 1 ORDER BY id").arg(kUserColumns),
                              {}, QCoreApplication::translate("UserRepository", "read the users"));
        !s)
        return s.error();
    QList<UserRecord> out;
    while (q.next())
        out.append(readUser(q.record()));
    return out;
}

Result<std::optional<UserRecord>> UserRepository::find(qint64 id)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {id},
                              QCoreApplication::translate("UserRepository", "read the user"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(q.record()));
}

Result<std::optional<UserCredentials>> UserRepository::credentials(qint64 id)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kCredentialColumns), {id},
                              QCoreApplication::translate("UserRepository", "read the user"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<UserCredentials>();
    return std::optional<UserCredentials>(readCredentials(q.record()));
}

Result<std::optional<UserCredentials>> UserRepository::credentialsByEmail(const QString& normalizedEmail)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM users WHERE email = ?").arg(kCredentialColumns),
                              {normalizedEmail}, QCoreApplication::translate("UserRepository", "read the user"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<UserCredentials>();
    return std::optional<UserCredentials>(readCredentials(q.record()));
}

Result<std::optional<UserAccess>> UserRepository::access(qint64 id)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("SELECT u.role AS role, u.active AS active, EXISTS (SELECT 1 FROM team_members m"
                                             " JOIN teams t ON t.id = m.team_id WHERE m.user_id = u.id"
                                             " AND t.takes_payments = 1) AS in_payment_team FROM users u WHERE u.id = ?"),
                              {id}, QCoreApplication::translate("UserRepository", "read the user"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<UserAccess>();
    const QSqlRecord r = q.record();
    return std::optional<UserAccess>(UserAccess{r.value(QStringLiteral("role")).toString(),
                                                r.value(QStringLiteral("active")).toBool(),
                                                r.value(QStringLiteral("in_payment_team")).toBool()});
}

Result<bool> UserRepository::emailTaken(const QString& normalizedEmail)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT 1 FROM users WHERE email = ?"), {normalizedEmail},
                              QCoreApplication::translate("UserRepository", "read the users"));
        !s)
        return s.error();
    return q.next();
}

Result<int> UserRepository::activeCount(const QString& role)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT COUNT(*) AS n FROM users WHERE role = ? AND active = 1"), {role},
                              QCoreApplication::translate("UserRepository", "read the users"));
        !s)
        return s.error();
    return q.next() ? q.record().value(QStringLiteral("n")).toInt() : 0;
}

Status UserRepository::setRole(qint64 id, const QString& role)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {role, id}, QCoreApplication::translate("UserRepository", "change the role"));
}

Status UserRepository::setActive(qint64 id, bool active)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, id},
                        QCoreApplication::translate("UserRepository", "change the user"));
}

Status UserRepository::setFailedLogins(qint64 id, int failedLogins, qint64 lockedUntil)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                        {failedLogins, lockedUntil, id}, QCoreApplication::translate("UserRepository", "save the failed log-ins"));
}

Status UserRepository::setPasswordHash(qint64 id, const QString& passwordHash)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {passwordHash, id},
                        QCoreApplication::translate("UserRepository", "save the password"));
}

Status UserRepository::changePassword(qint64 id, const QString& passwordHash)
{
    QSqlQuery q(m_db);
    return runStatement(q,
                        QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE id = ?"),
                        {passwordHash, id}, QCoreApplication::translate("UserRepository", "change the password"));
}

} // namespace dp::store
