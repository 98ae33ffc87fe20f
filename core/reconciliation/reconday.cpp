#include "reconday.h"

#include "reconciliationservice.h"

#include "storage/reconciliationrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace dp::recon {

Error closedDayError(const QDate& date)
{
    return Error::validation(QStringLiteral("day"),
                             QCoreApplication::translate("Reconciliation",
                                                         "The day %1 is closed: it can no longer be changed. An Admin "
                                                         "can reopen it, with a reason.")
                                 .arg(QLocale().toString(date, QLocale::LongFormat)));
}

Status touchDay(store::ReconciliationRepository& repo, const DayKey& key, std::optional<qint64> expected, qint64 now)
{
    const auto closed = repo.isClosed(key.date, key.rooftopId);
    if (!closed)
        return closed.error();
    if (closed.value())
        return closedDayError(key.date);
    const auto state = repo.ensureDay(key, now);
    if (!state)
        return state.error();
    const qint64 version = expected ? *expected : state.value().rowVersion;
    const auto bumped = repo.bumpVersion(key.date, key.rooftopId, version, now);
    if (!bumped)
        return bumped.error();
    if (!bumped.value())
        return Error{Error::Code::Conflict, ReconciliationService::staleDayMessage(), {}};
    return Done{};
}

Result<DayState> readDayState(store::ReconciliationRepository& repo, const DayKey& key)
{
    const auto row = repo.day(key.date, key.rooftopId);
    if (!row)
        return row.error();
    DayState state;
    if (row.value()) {
        state = *row.value();
        state.key.timeZone = key.timeZone.isEmpty() ? state.key.timeZone : key.timeZone;
    } else {
        state.key = key;
    }
    const auto closed = repo.isClosed(key.date, key.rooftopId);
    if (!closed)
        return closed.error();
    state.closed = closed.value();
    return state;
}

Result<DayState> readDayState(store::ReconciliationRepository&& repo, const DayKey& key)
{
    return readDayState(repo, key);
}

QPair<qint64, qint64> dayWindow(const DayKey& key)
{
    const QTimeZone zone = key.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(key.timeZone.toUtf8());
    return {QDateTime(key.date, QTime(0, 0), zone).toSecsSinceEpoch(),
            QDateTime(key.date.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch()};
}

} // namespace dp::recon
