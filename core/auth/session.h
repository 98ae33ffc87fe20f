#pragma once

#include "roles.h"
#include "foundation/result.h"

#include <QString>

namespace dp {

// Who is signed in. Passed to every service call that needs a permission.
struct Session
{
    qint64 userId = 0;
    QString name;
    QString email;
    Role role = Role::Consultant;
    bool inPaymentTeam = false;
    qint64 reauthenticatedAt = 0; // UTC secs of the last password re-entry (ONB-4), 0 = never

    // The actor of the scheduled jobs (core/auth/systemactor.h): no row in users, audited under its own name.
    static constexpr qint64 kSystemUserId = -1;
    bool isSystem() const { return userId == kSystemUserId; }
    bool isValid() const { return userId > 0 || isSystem(); }
    bool can(Permission p) const { return isValid() && roleAllows(role, p, inPaymentTeam); }
    // Was the password entered again within the last kReauthValidSecs (ONB-4)?
    bool reauthFreshAt(qint64 now) const { return reauthenticatedAt > 0 && now - reauthenticatedAt <= kReauthValidSecs; }
    static constexpr qint64 kReauthValidSecs = 5 * 60;
};

// Standard refusal for a permission check; returns an Error when not allowed.
std::optional<Error> requirePermission(const Session& session, Permission permission);

} // namespace dp
