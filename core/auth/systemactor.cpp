#include "systemactor.h"

#include <QCoreApplication>

namespace dp {

Session systemActor(const QString& jobTitle)
{
    Session s;
    s.userId = Session::kSystemUserId;
    s.name = QCoreApplication::translate("SystemActor", "System (%1)").arg(jobTitle);
    s.email = QStringLiteral("system@dealerpay.invalid");
    s.role = Role::Admin;
    s.inPaymentTeam = true;
    return s;
}

} // namespace dp
