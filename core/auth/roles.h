#pragma once

#include <QList>
#include <QString>

#include <optional>

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
    Reconcile,             // PAY-8: import, match, unmatch, close the day, export the journal (Admin, accounting Manager)
    ReopenDay,             // PAY-8: reopen a closed day, with a reason (Admin)
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

// The pages of the window's left navigation, in their order (areas Admin, Manage, Payments).
enum class Page
{
    Connections,
    Billing,
    Financing,
    Staff,
    Teams,
    Invitations,
    Requests,
    AllPayments,
    Payouts,
    Reconciliation,
    Reports,
};
QString pageKey(Page page); // "connections", "allPayments", ... (settings, command line, object names)
std::optional<Page> pageFromKey(const QString& key);
// The pages a role sees, in navigation order; follows tabsFor() (an area's pages are shown with the area) and the
// permissions (All payments needs ViewAllPayments). Empty for a Manager in no payment-taking team.
QList<Page> pagesFor(Role role, bool inPaymentTeam);
// Where a user lands after signing in when they have no last page: Admin on Connections, a Manager on All payments,
// a Consultant on their requests.
std::optional<Page> landingPage(Role role, bool inPaymentTeam);

} // namespace dp
