#pragma once

#include <QStringList>

namespace dp::app::cli {

// dealerpay-cli sync --api-base URL --db STORE: every connected account the API lists, into the store.
int runSyncCommand(const QStringList& args);
QString syncUsage();

} // namespace dp::app::cli
