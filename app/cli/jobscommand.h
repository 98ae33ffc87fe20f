#pragma once

#include <QStringList>

namespace dp::app::cli {

// dealerpay-cli jobs run [--once] [--db STORE] [--api-base URL]: the scheduled jobs without the desktop app.
int runJobsCommand(const QStringList& args);
QString jobsUsage();

} // namespace dp::app::cli
