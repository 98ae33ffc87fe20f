#pragma once

// Internal to the reconciliation service: the rules of a day's state shared by its files.

#include "recontypes.h"

#include "foundation/result.h"

#include <optional>

namespace dp::store {
class ReconciliationRepository;
}

namespace dp::recon {

// "The day … is closed: …" (a closed day is read-only).
Error closedDayError(const QDate& date);
// Records a change of the day inside the caller's transaction: creates its row, then raises its version — only
// when it still is `expected` (a person's change), or whatever it is (an import, an automatic run). A closed
// day or a stale version answers an Error (Conflict with the stale-day message).
Status touchDay(store::ReconciliationRepository& repo, const DayKey& key, std::optional<qint64> expected, qint64 now);
// The day as stored (version 0 when never touched), closed when it or the day of all rooftops is.
Result<DayState> readDayState(store::ReconciliationRepository&& repo, const DayKey& key);
Result<DayState> readDayState(store::ReconciliationRepository& repo, const DayKey& key);
// [start, end) of the business day in its zone, UTC seconds.
QPair<qint64, qint64> dayWindow(const DayKey& key);

} // namespace dp::recon
