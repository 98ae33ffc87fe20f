#pragma once

#include <QString>

namespace dp {

enum class Role
{
    Consultant = 1,
    Manager = 2,
    Admin = 3,
};

QString roleKey(Role role);                 // "consultant", "manager", "admin" (stored form)
Role roleFromKey(const QString& key, bool* ok = nullptr);
QString roleDisplayName(Role role);         // translated

// Every restricted action of core. A service call checks its permission before anything else (SEC-1).
enum class Permission
{
    ConnectPayments,       // create/continue a rooftop's payments account (authorized signer: Admin)
    EditPayoutSettings,    // payout schedule, statement descriptor
    ViewSensitiveDetails,  // bank and tax numbers (masked) after re-authentication
    EditAllowedCountries,
    OpenExpressDashboard,
    ManageStaff,           // invitations, roles, teams, deactivate
    RequestPayment,        // text-to-pay
    ViewAllPayments,       // every payment of one's teams (Manager in a payment team, Admin)
    Refund,
    ViewAudit,
};

struct Session; // auth/session.h

// Role table of the spec: does this role (and team membership) allow the permission?
bool roleAllows(Role role, Permission permission, bool inPaymentTeam);

struct TabVisibility
{
    bool admin = false;
    bool manage = false;
    bool payments = false;
    bool paymentsOwnRequestsOnly = false; // Consultant: Requests only, their own
};
TabVisibility tabsFor(Role role, bool inPaymentTeam);

} // namespace dp
