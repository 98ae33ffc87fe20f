#pragma once

#include <QStringList>

namespace dp::app::cli {

// dealerpay-cli reconcile --db STORE --date YYYY-MM-DD --tz ZONE --dms FILE [--bank FILE] [--rooftop ID] [--json]
// (PAY-8, X-2): imports the DMS export (and the bank statement), matches the day and prints a summary.
// Exit 0 when the import and matching succeeded (unmatched lines are no error), 2 for bad input (nothing
// imported), 1 for any other failure.
int runReconcileCommand(const QStringList& args);
QString reconcileUsage();

} // namespace dp::app::cli
