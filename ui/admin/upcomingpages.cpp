#include "upcomingpages.h"

namespace dp::ui {

BillingPage::BillingPage(QWidget* parent)
    : ComingSoonPage(QStyle::SP_FileDialogDetailedView, tr("Billing"),
                     tr("Your DealerPay subscription in one place: the plan of each rooftop, the monthly invoices "
                        "with their PDF, and the card or bank account they are charged to."),
                     parent)
{
    setObjectName(QStringLiteral("billingPage"));
}

FinancingPage::FinancingPage(QWidget* parent)
    : ComingSoonPage(QStyle::SP_DialogApplyButton, tr("Financing"),
                     tr("Capital for your rooftops: the financing offers each one qualifies for, based on its card "
                        "payments, and the progress of each advance as a share of daily payments repays it."),
                     parent)
{
    setObjectName(QStringLiteral("financingPage"));
}

} // namespace dp::ui
