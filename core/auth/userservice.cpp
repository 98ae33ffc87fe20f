#include "userservice.h"

#include "authorizer.h"
#include "demo/demoteams.h"
#include "passwordhash.h"
#include "foundation/validators.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/teamrepository.h"
#include "storage/userrepository.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dp {
namespace {

UserInfo toUserInfo(const store::UserRecord& r)
{
    return UserInfo{r.id, r.name, r.email, r.phone, roleFromKey(r.role), r.active, r.demo};
}

QList<UserInfo> toUserInfos(const Result<QList<store::UserRecord>>& rows)
{
    QList<UserInfo> out;
    if (!rows) {
        qWarning("%s", qPrintable(rows.error().message));
        return out;
    }
    for (const store::UserRecord& r : rows.value())
        out.append(toUserInfo(r));
    return out;
}

} // namespace

const QString UserService::kDemoPassword = QStringLiteral("demo-password-1");

UserService::UserService(store::Database& db, store::AuditLog& audit, Clock& clock)
    : m_db(db), m_audit(audit), m_clock(clock)
{
}

bool UserService::hasOrganization()
{
    const auto has = store::UserRepository(m_db.connection()).hasOrganization();
    if (!has)
        qWarning("%s", qPrintable(has.error().message));
    return has && has.value();
}

QString UserService::organizationName()
{
    const auto name = store::UserRepository(m_db.connection()).organizationName();
    if (!name)
        qWarning("%s", qPrintable(name.error().message));
    return name ? name.value() : QString();
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
    const auto exists = store::UserRepository(m_db.connection()).hasOrganization();
    if (!exists)
        return exists.error();
    if (exists.value())
        return Error{Error::Code::Conflict, QCoreApplication::translate("UserService", "This DealerPay already belongs to an organization. Sign in instead."), {}};

    const QString hashed = password::hash(password);
    const qint64 now = m_clock.nowSecs();
    qint64 userId = 0;
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::UserRepository users(db);
        if (auto s = users.insertOrganization(orgName.trimmed(), now); !s)
            return failure = s.error(), false;
        auto id = users.insertUser({adminName.trimmed(), email.trimmed().toLower(), {}, roleKey(Role::Admin), hashed,
                                    false, now});
        if (!id)
            return failure = id.error(), false;
        userId = id.value();
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("UserService", "save the organization"), {});
    Session session{userId, adminName.trimmed(), email.trimmed().toLower(), Role::Admin, false, now};
    m_audit.record(session, QStringLiteral("organization.created"), {{QStringLiteral("name"), orgName.trimmed()}}, now);
    return session;
}

Status UserService::seedDemo(const QString& orgName)
{
    const auto exists = store::UserRepository(m_db.connection()).hasOrganization();
    if (!exists)
        return exists.error();
    if (exists.value())
        return Done{};
    struct Demo { const char* name; const char* email; Role role; };
    const Demo demos[] = {
        {"Dana Whitfield", "dana.admin@demo.dealerpay.test", Role::Admin},
        {"Marco Alvarez", "marco.manager@demo.dealerpay.test", Role::Manager},
        {"Chloe Tremblay", "chloe.consultant@demo.dealerpay.test", Role::Consultant},
    };
    const QString hashed = password::hash(kDemoPassword);
    const qint64 now = m_clock.nowSecs();
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::UserRepository users(db);
        store::TeamRepository teams(db);
        if (auto s = users.insertOrganization(orgName, now); !s)
            return failure = s.error(), false;
        const auto teamId = teams.insert(demo::teamName(demo::kServiceTeam) /* the demo payments' team name: data, not translated */, true, now);
        if (!teamId)
            return failure = teamId.error(), false;
        for (const Demo& d : demos) {
            const auto userId = users.insertUser({QString::fromUtf8(d.name), QString::fromUtf8(d.email), {},
                                                  roleKey(d.role), hashed, true, now});
            if (!userId)
                return failure = userId.error(), false;
            if (d.role != Role::Admin) {
                if (auto s = teams.addMember(teamId.value(), userId.value()); !s)
                    return failure = s.error(), false;
            }
        }
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("UserService", "create the demo data"), {});
    return Done{};
}

QList<UserInfo> UserService::demoUsers()
{
    return toUserInfos(store::UserRepository(m_db.connection()).activeDemoUsers());
}

QList<UserInfo> UserService::users()
{
    return toUserInfos(store::UserRepository(m_db.connection()).all());
}

Result<Session> UserService::login(const QString& email, const QString& password)
{
    const QString normalized = email.trimmed().toLower();
    store::UserRepository users(m_db.connection());
    const auto found = users.credentialsByEmail(normalized);
    if (!found)
        return found.error();
    const Error wrong{Error::Code::Auth, QCoreApplication::translate("UserService", "The e-mail or password is not right."), QStringLiteral("password")};
    if (!found.value()) {
        password::verify(password, password::hash(QStringLiteral("timing"), 1000)); // similar work either way
        return wrong;
    }
    const store::UserCredentials& user = *found.value();
    const qint64 id = user.id;
    const QString& name = user.name;
    const Role role = roleFromKey(user.role);
    const qint64 now = m_clock.nowSecs();

    if (user.lockedUntil > now) {
        const qint64 minutes = (user.lockedUntil - now + 59) / 60;
        return Error{Error::Code::Locked,
                     QCoreApplication::translate("UserService",
                                                "Too many failed attempts. This account is locked for %n more minute(s).",
                                                nullptr, int(minutes)),
                     {}};
    }
    if (!password::verify(password, user.passwordHash)) {
        const int attempts = user.failedLogins + 1;
        const bool lock = attempts >= kMaxFailedLogins;
        if (auto s = users.setFailedLogins(id, lock ? 0 : attempts, lock ? now + kLockoutSecs : 0); !s)
            return s.error(); // an uncounted failure would let a guesser past the lockout
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
    if (!user.active)
        return Error{Error::Code::Auth, QCoreApplication::translate("UserService", "This user has been deactivated. Ask an Admin of your organization."), {}};
    if (user.failedLogins > 0) {
        if (auto s = users.setFailedLogins(id, 0, 0); !s)
            return s.error();
    }
    if (password::needsRehash(user.passwordHash)) { // a hash made with fewer iterations than today's is upgraded now
        const QString rehashed = password::hash(password);
        if (!rehashed.isEmpty()) {
            // The old hash still works: a failed upgrade does not keep the user out, it is tried again next time.
            if (auto s = users.setPasswordHash(id, rehashed); !s)
                qWarning("Could not upgrade a stored password hash: %s", qPrintable(s.error().message));
        }
    }
    Session session{id, name, normalized, role, false, 0};
    Authorizer(m_db).refresh(session); // team membership, read the one way the Authorizer reads it
    return session;
}

Status UserService::reauthenticate(Session& session, const QString& password)
{
    const auto found = store::UserRepository(m_db.connection()).credentials(session.userId);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->active)
        return Error{Error::Code::Auth, QCoreApplication::translate("UserService", "Please sign in again."), {}};
    if (!password::verify(password, found.value()->passwordHash))
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
