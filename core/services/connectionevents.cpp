// ConnectionService: status refresh from the events of each connected account (ONB-2).
#include "connectionservice.h"

#include "api/apiclient.h"
#include "store/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace dp {

Result<QList<qint64>> ConnectionService::pollEvents(const std::atomic_bool* cancel)
{
    QList<qint64> changed;
    for (const Rooftop& r : rooftops()) {
        if (r.accountId.isEmpty())
            continue;
        if (cancel && cancel->load())
            return Error{Error::Code::Cancelled, QCoreApplication::translate("ConnectionService", "Cancelled."), {}};
        // Events since the cursor; created[gte] because several events can share a second, deduplicated by id.
        QList<api::Event> events;
        const QVariantMap query{
            {QStringLiteral("types"), QVariantList{QStringLiteral("account.updated"), QStringLiteral("capability.updated")}},
            {QStringLiteral("created"), QVariantMap{{QStringLiteral("gte"), r.eventCursor}}},
        };
        const api::ApiResult listed = m_api.forEachPage(QStringLiteral("/v1/events"), query, r.accountId,
                                                        [&](const QJsonArray& data) {
                                                            for (const QJsonValue& v : data)
                                                                events.append(api::Event::fromJson(v.toObject()));
                                                            return true;
                                                        });
        if (!listed.ok())
            return apiFailure(listed);
        std::sort(events.begin(), events.end(),
                  [](const api::Event& a, const api::Event& b) { return a.created < b.created; });

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
