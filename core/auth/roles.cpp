#include "roles.h"
#include "session.h"

#include <QCoreApplication>

namespace dp {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Consultant: return QStringLiteral("consultant");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

Role roleFromKey(const QString& key, bool* ok)
{
    if (ok)
        *ok = true;
    if (key == QLatin1String("admin"))
        return Role::Admin;
    if (key == QLatin1String("manager"))
        return Role::Manager;
    if (ok)
        *ok = key == QLatin1String("consultant");
    return Role::Consultant;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Consultant: return QCoreApplication::translate("Roles", "Consultant");
    case Role::Manager: return QCoreApplication::translate("Roles", "Manager");
    case Role::Admin: return QCoreApplication::translate("Roles", "Admin");
    }
    return {};
}

bool roleAllows(Role role, Permission permission, bool inPaymentTeam)
{
    switch (permission) {
    case Permission::ConnectPayments:
    case Permission::EditPayoutSettings:
    case Permission::ViewSensitiveDetails:
    case Permission::EditAllowedCountries:
    case Permission::OpenExpressDashboard:
    case Permission::ManageStaff:
    case Permission::ViewAudit:
    case Permission::ReopenDay:
        return role == Role::Admin;
    case Permission::RequestPayment:
        return true;
    case Permission::ViewAllPayments:
    case Permission::Refund:
    case Permission::Reconcile:
        return role == Role::Admin || (role == Role::Manager && inPaymentTeam);
    }
    return false;
}

TabVisibility tabsFor(Role role, bool inPaymentTeam)
{
    TabVisibility tabs;
    switch (role) {
    case Role::Admin:
        tabs.admin = tabs.manage = tabs.payments = true;
        break;
    case Role::Manager:
        tabs.payments = inPaymentTeam;
        break;
    case Role::Consultant:
        tabs.payments = true;
        tabs.paymentsOwnRequestsOnly = true;
        break;
    }
    return tabs;
}

QString pageKey(Page page)
{
    switch (page) {
    case Page::Connections: return QStringLiteral("connections");
    case Page::Billing: return QStringLiteral("billing");
    case Page::Financing: return QStringLiteral("financing");
    case Page::Staff: return QStringLiteral("staff");
    case Page::Teams: return QStringLiteral("teams");
    case Page::Invitations: return QStringLiteral("invitations");
    case Page::Requests: return QStringLiteral("requests");
    case Page::AllPayments: return QStringLiteral("allPayments");
    case Page::Payouts: return QStringLiteral("payouts");
    case Page::Reconciliation: return QStringLiteral("reconciliation");
    case Page::Reports: return QStringLiteral("reports");
    }
    return {};
}

std::optional<Page> pageFromKey(const QString& key)
{
    for (int i = int(Page::Connections); i <= int(Page::Reports); ++i) {
        if (pageKey(Page(i)) == key)
            return Page(i);
    }
    return std::nullopt;
}

QList<Page> pagesFor(Role role, bool inPaymentTeam)
{
    const TabVisibility tabs = tabsFor(role, inPaymentTeam);
    QList<Page> pages;
    if (tabs.admin)
        pages << Page::Connections << Page::Billing << Page::Financing;
    if (tabs.manage)
        pages << Page::Staff << Page::Teams << Page::Invitations;
    if (tabs.payments) {
        pages << Page::Requests;
        if (!tabs.paymentsOwnRequestsOnly && roleAllows(role, Permission::ViewAllPayments, inPaymentTeam))
            pages << Page::AllPayments << Page::Payouts << Page::Reconciliation << Page::Reports;
    }
    return pages;
}

std::optional<Page> landingPage(Role role, bool inPaymentTeam)
{
    const QList<Page> pages = pagesFor(role, inPaymentTeam);
    const Page wanted = role == Role::Admin     ? Page::Connections
                        : role == Role::Manager ? Page::AllPayments
                                                : Page::Requests;
    if (pages.contains(wanted))
        return wanted;
    if (pages.isEmpty())
        return std::nullopt;
    return pages.first();
}

std::optional<Error> requirePermission(const Session& session, Permission permission)
{
    if (!session.isValid())
        return Error{Error::Code::Auth, QCoreApplication::translate("Roles", "Please sign in again."), {}};
    if (!session.can(permission))
        return Error::permission(QCoreApplication::translate(
            "Roles", "Your role (%1) does not allow this. Ask an Admin of your organization.")
                                     .arg(roleDisplayName(session.role)));
    return std::nullopt;
}

} // namespace dp
