#pragma once

#include "common/comingsoonpage.h"

namespace dp::ui {

// Admin pages whose features arrive in a later release; each says what it will hold.

// Services billing: the DealerPay subscription, its invoices and the card or account it is charged to.
class BillingPage : public ComingSoonPage
{
    Q_OBJECT
public:
    explicit BillingPage(QWidget* parent = nullptr);
};

// The financing program: offers of capital to each rooftop, repaid from a share of its card payments.
class FinancingPage : public ComingSoonPage
{
    Q_OBJECT
public:
    explicit FinancingPage(QWidget* parent = nullptr);
};

} // namespace dp::ui
