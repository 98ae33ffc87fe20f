// ConnectionService: status refresh from the events of each connected account (ONB-2).
#include "connectionservice.h"

#include "api/apiclient.h"
#include "api/eventfeed.h"
#include "storage/database.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>


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
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO events_seen (id, type, account, created) VALUES (?, ?, ?, ?)"));
            q.addBindValue(e.id);
            q.addBindValue(e.type);
            q.addBindValue(r.accountId);
            q.addBindValue(e.created);
            if (!q.exec())
                continue; // already handled (primary key)
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
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE rooftops SET event_cursor = ? WHERE id = ?"));
            q.addBindValue(cursor);
            q.addBindValue(r.id);
            if (!q.exec())
                return store::storeError(QCoreApplication::translate("ConnectionService", "save the sync position"),
                                         q.lastError().text());
        }
    }
    return changed;
}

} // namespace dp
