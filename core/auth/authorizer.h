#pragma once

#include "session.h"

#include <optional>

namespace dp {
namespace store {
class Database;
}

// The one permission check every service call goes through (SEC-1). It re-reads the user's current role, team
// membership and active flag from the store, so a demoted or deactivated user loses access at their next action
// (MNG-4), whatever their open session says.
class Authorizer
{
public:
    explicit Authorizer(store::Database& db);
    // nullopt when allowed; otherwise the Error to return (Auth when the user is gone or deactivated).
    // `current`, when given, receives the session with the role and teams the store holds now.
    std::optional<Error> check(const Session& who, Permission permission, Session* current = nullptr);
    // Refreshes role and team membership of a session from the store; false when the user is deactivated.
    bool refresh(Session& session);

private:
    store::Database& m_db;
};

} // namespace dp
