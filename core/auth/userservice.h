#pragma once

#include "roles.h"
#include "session.h"
#include "foundation/result.h"

#include <QList>
#include <QString>

namespace dp {
class Clock;
namespace store {
class Database;
class AuditLog;
}

struct UserInfo
{
    qint64 id = 0;
    QString name, email, phone;
    Role role = Role::Consultant;
    bool active = true;
    bool demo = false;
};

// The organization and its users: first run, log-in with lockout, re-authentication (MNG-4, ONB-4).
class UserService
{
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr qint64 kLockoutSecs = 15 * 60;
    static const QString kDemoPassword; // demo users only: shown on the demo log-in screen

    UserService(store::Database& db, store::AuditLog& audit, Clock& clock);

    bool hasOrganization();
    QString organizationName();
    // First run: the organization and its first Admin (validated: name, e-mail, password).
    Result<Session> createOrganization(const QString& orgName, const QString& adminName, const QString& email,
                                       const QString& password);
    // Demo data: an organization with an Admin, a Manager (in a payment team) and a Consultant.
    Status seedDemo(const QString& orgName);
    QList<UserInfo> demoUsers();
    QList<UserInfo> users();

    Result<Session> login(const QString& email, const QString& password);
    // Password re-entry before sensitive details; updates session.reauthenticatedAt.
    Status reauthenticate(Session& session, const QString& password);
    bool reauthFresh(const Session& session) const;
    // Is the session's user still active (deactivated users are signed out at their next action)?
    bool stillActive(const Session& session);

private:
    store::Database& m_db;
    store::AuditLog& m_audit;
    Clock& m_clock;
};

} // namespace dp
