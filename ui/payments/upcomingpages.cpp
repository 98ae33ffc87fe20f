#include "upcomingpages.h"

namespace dp::ui {

ReconciliationPage::ReconciliationPage(QWidget* parent)
    : ComingSoonPage(QStyle::SP_DialogYesButton, tr("Reconciliation"),
                     tr("Each day's payments, refunds and fees matched against the payouts and your repair orders, "
                        "with the differences to look at first."),
                     parent)
{
    setObjectName(QStringLiteral("reconciliationPage"));
}

} // namespace dp::ui
