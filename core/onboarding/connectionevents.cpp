// ConnectionService: status refresh from the events of each connected account (ONB-2).
#include "connectionservice.h"

#include "api/apiclient.h"
#include "api/eventfeed.h"
#include "storage/database.h"
#include "storage/rooftoprepository.h"
#include "foundation/clock.h"

#include <QCoreApplication>


namespace dp {

Result<QList<qint64>> ConnectionService::pollEvents(const std::atomic_bool* cancel)
{
    QList<qint64> changed;
    for (const Rooftop& r : rooftops()) {
        if (r.accountId.isEmpty())
            continue;
        if (cancel && cancel->load())
            return Error{Error::Code::Cancelled, QCoreApplication::translate("ConnectionService", "Cancelled."), {}};
        QList<api::Event> events;
        const api::ApiResult listed = api::eventsSince(
            m_api, r.accountId, {QStringLiteral("account.updated"), QStringLiteral("capability.updated")},
            r.eventCursor, &events, cancel);
        if (cancel && cancel->load()) // a partial list holds only the newest events: never move the cursor past it
            return Error{Error::Code::Cancelled, QCoreApplication::translate("ConnectionService", "Cancelled."), {}};
        if (!listed.ok())
            return apiFailure(listed);

        QSqlDatabase db = m_db.connection();
        qint64 cursor = r.eventCursor;
        bool accountChanged = false;
        for (const api::Event& e : events) {
            cursor = qMax(cursor, e.created);
            const auto marked = store::SeenEventRepository(db).markSeen(e.id, e.type, r.accountId, e.created);
            if (!marked)
                return marked.error();
            if (marked.value()) // false: already handled
                accountChanged = true;
        }
        if (accountChanged) {
            // The newest state comes from the account itself rather than from an event snapshot,
            // which may be older than another event of the same second.
            auto refreshed = refresh(r.id);
            if (!refreshed)
                return refreshed.error();
            changed.append(r.id); // status, what is due or settings such as the payout schedule changed
        }
        if (cursor != r.eventCursor) {
            if (auto saved = store::RooftopRepository(db).setEventCursor(r.id, cursor); !saved)
                return saved.error();
        }
    }
    return changed;
}

} // namespace dp
