#include "authorizer.h"

#include "storage/database.h"
#include "storage/userrepository.h"

#include <QCoreApplication>

namespace dp {

Authorizer::Authorizer(store::Database& db) : m_db(db)
{
}

bool Authorizer::refresh(Session& session)
{
    // A store failure refuses like a deactivated user: nothing restricted happens on an unreadable role.
    const auto access = store::UserRepository(m_db.connection()).access(session.userId);
    if (!access) {
        qWarning("Could not read the role of user %lld: %s", session.userId, qPrintable(access.error().message));
        return false;
    }
    if (!access.value() || !access.value()->active)
        return false;
    session.role = roleFromKey(access.value()->role);
    session.inPaymentTeam = access.value()->inPaymentTeam;
    return true;
}

std::optional<Error> Authorizer::check(const Session& who, Permission permission, Session* current)
{
    Session now = who;
    if (who.isSystem()) { // a scheduled job: its role is fixed in core (systemactor.cpp), there is no user to re-read
        if (current)
            *current = now;
        return requirePermission(now, permission);
    }
    if (!who.isValid() || !refresh(now))
        return Error{Error::Code::Auth,
                     QCoreApplication::translate("Roles", "Your session has ended. Please sign in again."), {}};
    if (current)
        *current = now;
    return requirePermission(now, permission);
}

} // namespace dp
