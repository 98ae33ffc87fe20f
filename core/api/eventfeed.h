#pragma once

#include "apiclient.h"
#include "objects.h"

#include <QList>
#include <QStringList>

#include <atomic>

namespace dp::api {

// The events of one connected account of the given types created at or after `since`, oldest first (the API lists
// newest first). created[gte] because several events can share a second: callers remove repeats by event id.
// The result is the last list call's; `events` holds what was read. Stops early when `cancel` becomes true.
ApiResult eventsSince(ApiClient& api, const QString& account, const QStringList& types, qint64 since,
                      QList<Event>* events, const std::atomic_bool* cancel = nullptr);

} // namespace dp::api
