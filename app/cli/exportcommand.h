#pragma once

#include <QStringList>

namespace dp::app::cli {

// dealerpay-cli export payments --db STORE --from D --to D --tz ZONE [--columns a,b,…] --out FILE (X-2, PERF-5):
// the payments created in those days, as CSV (SEC-4), streamed. Exit 0 done, 2 bad input, 1 other failure.
int runExportCommand(const QStringList& args);
QString exportUsage();

} // namespace dp::app::cli
