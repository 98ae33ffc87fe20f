#include "userservice.h"

#include "authorizer.h"
#include "demo/demoteams.h"
#include "passwordhash.h"
#include "foundation/validators.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dp {
namespace {

UserInfo readUser(const QSqlQuery& q)
{
    UserInfo u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.email = q.value(2).toString();
    u.phone = q.value(3).toString();
    u.role = roleFromKey(q.value(4).toString());
    u.active = q.value(5).toBool();
    u.demo = q.value(6).toBool();
    return u;
}

const char* kUserColumns = "id, name, email, phone, role, active, demo";

} // namespace

const QString UserService::kDemoPassword = QStringLiteral("demo-password-1");

UserService::UserService(store::Database& db, store::AuditLog& audit, Clock& clock)
    : m_db(db), m_audit(audit), m_clock(clock)
{
}

bool UserService::hasOrganization()
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM organization")) && q.next() && q.value(0).toInt() > 0;
}

QString UserService::organizationName()
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT name FROM organization ORDER BY id LIMIT 1")) && q.next())
        return q.value(0).toString();
    return {};
}

Result<Session> UserService::createOrganization(const QString& orgName, const QString& adminName,
                                                const QString& email, const QString& password)
{
    if (auto c = validate::requiredText(orgName, QCoreApplication::translate("UserService", "Organization name")); !c.ok)
        return Error::validation(QStringLiteral("organization"), c.message);
    if (auto c = validate::requiredText(adminName, QCoreApplication::translate("UserService", "Your name")); !c.ok)
        return Error::validation(QStringLiteral("name"), c.message);
    if (auto c = validate::email(email); !c.ok)
        return Error::validation(QStringLiteral("email"), c.message);
    if (auto c = validate::password(password); !c.ok)
        return Error::validation(QStringLiteral("password"), c.message);
    if (hasOrganization())
        return Error{Error::Code::Conflict, QCoreApplication::translate("UserService", "This DealerPay already belongs to an organization. Sign in instead."), {}};

    const QString hashed = password::hash(password);
    const qint64 now = m_clock.nowSecs();
    qint64 userId = 0;
    QString failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO organization (name, created_at) VALUES (?, ?)"));
        q.addBindValue(orgName.trimmed());
        q.addBindValue(now);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        q.prepare(QStringLiteral("INSERT INTO users (name, email, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(adminName.trimmed());
        q.addBindValue(email.trimmed().toLower());
        q.addBindValue(roleKey(Role::Admin));
        q.addBindValue(hashed);
        q.addBindValue(now);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        userId = q.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return store::storeError(QCoreApplication::translate("UserService", "save the organization"), failure);
    Session session{userId, adminName.trimmed(), email.trimmed().toLower(), Role::Admin, false, now};
    m_audit.record(session, QStringLiteral("organization.created"), {{QStringLiteral("name"), orgName.trimmed()}}, now);
    return session;
}

Status UserService::seedDemo(const QString& orgName)
{
    if (hasOrganization())
        return Done{};
    struct Demo { const char* name; const char* email; Role role; };
    const Demo demos[] = {
        {"Dana Whitfield", "dana.admin@demo.dealerpay.test", Role::Admin},
        {"Marco Alvarez", "marco.manager@demo.dealerpay.test", Role::Manager},
        {"Chloe Tremblay", "chloe.consultant@demo.dealerpay.test", Role::Consultant},
    };
    const QString hashed = password::hash(kDemoPassword);
    const qint64 now = m_clock.nowSecs();
    QString failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO organization (name, created_at) VALUES (?, ?)"));
        q.addBindValue(orgName);
        q.addBindValue(now);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        q.prepare(QStringLiteral("INSERT INTO teams (name, takes_payments, created_at) VALUES (?, 1, ?)"));
        q.addBindValue(demo::teamName(demo::kServiceTeam)); // the demo payments' team name: data, not translated
        q.addBindValue(now);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        const qint64 teamId = q.lastInsertId().toLongLong();
        for (const Demo& d : demos) {
            q.prepare(QStringLiteral("INSERT INTO users (name, email, role, password_hash, demo, created_at)"
                                     " VALUES (?, ?, ?, ?, 1, ?)"));
            q.addBindValue(QString::fromUtf8(d.name));
            q.addBindValue(QString::fromUtf8(d.email));
            q.addBindValue(roleKey(d.role));
            q.addBindValue(hashed);
            q.addBindValue(now);
            if (!q.exec())
                return failure = q.lastError().text(), false;
            const qint64 userId = q.lastInsertId().toLongLong();
            if (d.role != Role::Admin) {
                QSqlQuery m(db);
                m.prepare(QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)"));
                m.addBindValue(teamId);
                m.addBindValue(userId);
                if (!m.exec())
                    return failure = m.lastError().text(), false;
            }
        }
        return true;
    });
    if (!ok)
        return store::storeError(QCoreApplication::translate("UserService", "create the demo data"), failure);
    return Done{};
}

QList<UserInfo> UserService::demoUsers()
{
    QList<UserInfo> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 FROM users WHERE demo = 1 AND active = 1 ORDER BY id")
                   .arg(QLatin1String(kUserColumns)))) {
        while (q.next())
            out.append(readUser(q));
    }
    return out;
}

QList<UserInfo> UserService::users()
{
    QList<UserInfo> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(QLatin1String(kUserColumns)))) {
        while (q.next())
            out.append(readUser(q));
    }
    return out;
}

Result<Session> UserService::login(const QString& email, const QString& password)
{
    const QString normalized = email.trimmed().toLower();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, role, password_hash, active, failed_logins, locked_until FROM users"
                             " WHERE email = ?"));
    q.addBindValue(normalized);
    const Error wrong{Error::Code::Auth, QCoreApplication::translate("UserService", "The e-mail or password is not right."), QStringLiteral("password")};
    if (!q.exec() || !q.next()) {
        password::verify(password, password::hash(QStringLiteral("timing"), 1000)); // similar work either way
        return wrong;
    }
    const qint64 id = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    const Role role = roleFromKey(q.value(2).toString());
    const QString stored = q.value(3).toString();
    const bool active = q.value(4).toBool();
    const int failed = q.value(5).toInt();
    const qint64 lockedUntil = q.value(6).toLongLong();
    const qint64 now = m_clock.nowSecs();

    if (lockedUntil > now) {
        const qint64 minutes = (lockedUntil - now + 59) / 60;
        return Error{Error::Code::Locked,
                     QCoreApplication::translate("UserService",
                                                "Too many failed attempts. This account is locked for %n more minute(s).",
                                                nullptr, int(minutes)),
                     {}};
    }
    if (!password::verify(password, stored)) {
        const int attempts = failed + 1;
        const bool lock = attempts >= kMaxFailedLogins;
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"));
        u.addBindValue(lock ? 0 : attempts);
        u.addBindValue(lock ? now + kLockoutSecs : 0);
        u.addBindValue(id);
        u.exec();
        if (lock) {
            const int lockMinutes = int(kLockoutSecs) / 60;
            m_audit.record(Session{id, name, normalized, role}, QStringLiteral("user.locked"),
                           {{QStringLiteral("failed_logins"), attempts}}, now);
            return Error{Error::Code::Locked,
                         QCoreApplication::translate("UserService", "Too many failed attempts. This account is locked for %n minute(s).",
                                                     nullptr, lockMinutes),
                         {}};
        }
        return wrong;
    }
    if (!active)
        return Error{Error::Code::Auth, QCoreApplication::translate("UserService", "This user has been deactivated. Ask an Admin of your organization."), {}};
    if (failed > 0) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?"));
        u.addBindValue(id);
        u.exec();
    }
    if (password::needsRehash(stored)) { // a hash made with fewer iterations than today's is upgraded now
        const QString rehashed = password::hash(password);
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
        u.addBindValue(rehashed);
        u.addBindValue(id);
        if (!rehashed.isEmpty() && !u.exec())
            qWarning("Could not upgrade a stored password hash: %s", qPrintable(u.lastError().text()));
    }
    Session session{id, name, normalized, role, false, 0};
    Authorizer(m_db).refresh(session); // team membership, read the one way the Authorizer reads it
    return session;
}

Status UserService::reauthenticate(Session& session, const QString& password)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT password_hash, active FROM users WHERE id = ?"));
    q.addBindValue(session.userId);
    if (!q.exec() || !q.next() || !q.value(1).toBool())
        return Error{Error::Code::Auth, QCoreApplication::translate("UserService", "Please sign in again."), {}};
    if (!password::verify(password, q.value(0).toString()))
        return Error{Error::Code::Auth, QCoreApplication::translate("UserService", "The password is not right."), QStringLiteral("password")};
    session.reauthenticatedAt = m_clock.nowSecs();
    return Done{};
}

bool UserService::reauthFresh(const Session& session) const
{
    return session.reauthFreshAt(m_clock.nowSecs());
}

bool UserService::stillActive(const Session& session)
{
    Session current = session;
    return Authorizer(m_db).refresh(current);
}

} // namespace dp
