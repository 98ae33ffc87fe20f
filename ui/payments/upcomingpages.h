#pragma once

#include "common/comingsoonpage.h"

namespace dp::ui {

// Payments pages whose features arrive in a later release; each says what it will hold.

// The payouts to the rooftops' bank accounts, with the payments each one contains.
class PayoutsPage : public ComingSoonPage
{
    Q_OBJECT
public:
    explicit PayoutsPage(QWidget* parent = nullptr);
};

// Totals by day, rooftop, team and consultant, with exports for the accounting office.
class ReportsPage : public ComingSoonPage
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget* parent = nullptr);
};

} // namespace dp::ui
