#include "authorizer.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace dp {

Authorizer::Authorizer(store::Database& db) : m_db(db)
{
}

bool Authorizer::refresh(Session& session)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT u.role, u.active, EXISTS (SELECT 1 FROM team_members m JOIN teams t ON t.id = m.team_id"
                             " WHERE m.user_id = u.id AND t.takes_payments = 1) FROM users u WHERE u.id = ?"));
    q.addBindValue(session.userId);
    if (!q.exec() || !q.next() || !q.value(1).toBool())
        return false;
    session.role = roleFromKey(q.value(0).toString());
    session.inPaymentTeam = q.value(2).toBool();
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
