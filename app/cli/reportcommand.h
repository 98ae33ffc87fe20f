#pragma once

#include <QStringList>

namespace dp::app::cli {

// dealerpay-cli report --type TYPE --from D --to D --tz ZONE [--rooftop ID] [--columns a,b] --out FILE:
// runs the report through the payments API's Reporting API and saves its CSV (PAY-6, X-2).
int runReportCommand(const QStringList& args);
QString reportUsage();

} // namespace dp::app::cli
