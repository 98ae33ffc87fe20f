#pragma once

#include <QStringList>

namespace dp::app::cli {

// dealerpay-cli payouts --db STORE [--from D --to D] [--json]: the synced payouts, per rooftop (PAY-7, X-2).
int runPayoutsCommand(const QStringList& args);
QString payoutsUsage();

} // namespace dp::app::cli
