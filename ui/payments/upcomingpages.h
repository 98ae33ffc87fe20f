#pragma once

#include "common/comingsoonpage.h"

namespace dp::ui {

// Payments pages whose features arrive in a later release; each says what it will hold.

// The daily reconciliation of payments, refunds and fees against the payouts and the dealer management system.
class ReconciliationPage : public ComingSoonPage
{
    Q_OBJECT
public:
    explicit ReconciliationPage(QWidget* parent = nullptr);
};

} // namespace dp::ui
