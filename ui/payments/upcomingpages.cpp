#include "upcomingpages.h"

namespace dp::ui {

PayoutsPage::PayoutsPage(QWidget* parent)
    : ComingSoonPage(QStyle::SP_DriveNetIcon, tr("Payouts"),
                     tr("Every payout to your rooftops' bank accounts, with its arrival date and the payments, "
                        "refunds and fees it contains."),
                     parent)
{
    setObjectName(QStringLiteral("payoutsPage"));
}

ReconciliationPage::ReconciliationPage(QWidget* parent)
    : ComingSoonPage(QStyle::SP_DialogYesButton, tr("Reconciliation"),
                     tr("Each day's payments, refunds and fees matched against the payouts and your repair orders, "
                        "with the differences to look at first."),
                     parent)
{
    setObjectName(QStringLiteral("reconciliationPage"));
}

ReportsPage::ReportsPage(QWidget* parent)
    : ComingSoonPage(QStyle::SP_FileDialogContentsView, tr("Reports"),
                     tr("Totals by day, rooftop, team and consultant, and exports for your accounting office."),
                     parent)
{
    setObjectName(QStringLiteral("reportsPage"));
}

} // namespace dp::ui
