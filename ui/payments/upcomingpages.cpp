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

ReportsPage::ReportsPage(QWidget* parent)
    : ComingSoonPage(QStyle::SP_FileDialogContentsView, tr("Reports"),
                     tr("Totals by day, rooftop, team and consultant, and exports for your accounting office."),
                     parent)
{
    setObjectName(QStringLiteral("reportsPage"));
}

} // namespace dp::ui
