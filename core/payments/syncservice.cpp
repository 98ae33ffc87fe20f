#include "syncservice.h"

#include "api/apiclient.h"
#include "api/eventfeed.h"
#include "api/objects.h"
#include "api/paymentobjects.h"
#include "chargerefresh.h"
#include "paymentrequests.h"
#include "storage/database.h"
#include "storage/paymentstore.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace dp {
namespace {

Error cancelled()
{
    return {Error::Code::Cancelled, QCoreApplication::translate("SyncService", "Sync was stopped."), {}};
}

Error apiError(const api::ApiResult& r)
{
    return {Error::Code::Api, api::userMessage(r.error), {}};
}

const QStringList& eventTypes()
{
    static const QStringList types{
        QStringLiteral("charge.succeeded"), QStringLiteral("charge.failed"), QStringLiteral("charge.refunded"),
        QStringLiteral("charge.updated"), QStringLiteral("refund.created"), QStringLiteral("refund.updated"),
        QStringLiteral("payout.created"), QStringLiteral("payout.updated"), QStringLiteral("payout.paid"),
        QStringLiteral("payout.failed"), QStringLiteral("checkout.session.completed"),
        QStringLiteral("checkout.session.expired"), QStringLiteral("checkout.session.viewed"),
        QStringLiteral("payment_intent.requires_action"), QStringLiteral("payment_intent.payment_failed"),
    };
    return types;
}

bool upsertRefunds(QSqlDatabase& db, const QString& account, const QJsonArray& data, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO refunds (id, charge_id, account_id, amount, currency, reason, status, created)"
                             " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET status = excluded.status"));
    for (const QJsonValue& v : data) {
        const api::Refund r = api::Refund::fromJson(v.toObject());
        store::bindAll(q, QVariantList{r.id, r.charge, account, r.amount, r.currency, r.reason, r.status, r.created});
        if (!q.exec())
            return *error = q.lastError().text(), false;
    }
    return true;
}

bool upsertPayouts(QSqlDatabase& db, const QString& account, const QJsonArray& data, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO payouts (id, account_id, amount, currency, status, arrival_date, created)"
                             " VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET status = excluded.status,"
                             " arrival_date = excluded.arrival_date"));
    for (const QJsonValue& v : data) {
        const api::Payout p = api::Payout::fromJson(v.toObject());
        store::bindAll(q, QVariantList{p.id, account, p.amount, p.currency, p.status, p.arrivalDate, p.created});
        if (!q.exec())
            return *error = q.lastError().text(), false;
    }
    return true;
}

} // namespace

SyncService::SyncService(api::ApiClient& api, store::Database& db, PaymentRequestService& requests, Clock& clock)
    : m_api(api), m_db(db), m_requests(requests), m_clock(clock)
{
}

Result<SyncStats> SyncService::run(const std::function<void(const SyncProgress&)>& progress, const std::atomic_bool* cancel)
{
    SyncStats stats;
    QList<QPair<QString, QString>> accounts; // account id, rooftop name
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT account_id, name FROM rooftops WHERE account_id IS NOT NULL AND account_id <> ''"
                                   " AND charges_enabled = 1 ORDER BY name")))
            return store::storeError(QCoreApplication::translate("SyncService", "read the rooftops"), q.lastError().text());
        while (q.next())
            accounts.append({q.value(0).toString(), q.value(1).toString()});
    }
    qint64 items = 0;
    for (const auto& [account, name] : accounts) {
        const std::pair<const char*, const char*> phases[] = {
            {"charges", QT_TRANSLATE_NOOP("SyncService", "Payments")},
            {"refunds", QT_TRANSLATE_NOOP("SyncService", "Refunds")},
            {"payouts", QT_TRANSLATE_NOOP("SyncService", "Payouts")},
        };
        for (const auto& [resource, label] : phases) {
            const QString phase = QCoreApplication::translate("SyncService", label);
            auto onItems = [&, phase, name = name](qint64 n) {
                items += n;
                if (progress)
                    progress({name, phase, items});
            };
            if (auto done = backfill(account, QLatin1String(resource), stats, onItems, cancel); !done)
                return done.error();
        }
        if (progress)
            progress({name, QCoreApplication::translate("SyncService", "Recent changes"), items});
        if (auto done = applyEvents(account, stats, cancel); !done)
            return done.error();
    }
    m_requests.refreshDeliveries();
    return stats;
}

Status SyncService::backfill(const QString& account, const QString& resource, SyncStats& stats,
                             const std::function<void(qint64)>& onItems, const std::atomic_bool* cancel)
{
    QString cursor;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT cursor, done FROM sync_state WHERE account_id = ? AND resource = ?"));
        q.addBindValue(account);
        q.addBindValue(resource);
        if (q.exec() && q.next()) {
            if (q.value(1).toBool())
                return Done{};
            cursor = q.value(0).toString();
        } else {
            // First run for this account: events from now on are replayed after the backfill.
            QSqlQuery ins(m_db.connection());
            ins.prepare(QStringLiteral("INSERT INTO sync_state (account_id, resource, events_since, updated_at) VALUES (?, ?, ?, ?)"));
            store::bindAll(ins, QVariantList{account, resource, m_clock.nowSecs() - 60, m_clock.nowSecs()});
            if (!ins.exec())
                return store::storeError(QCoreApplication::translate("SyncService", "save the sync position"), ins.lastError().text());
        }
    }
    QVariantMap query{{QStringLiteral("limit"), 100}};
    if (resource == QLatin1String("charges"))
        query.insert(QStringLiteral("expand"), QVariantList{QStringLiteral("data.balance_transaction")});
    for (;;) {
        if (cancel && cancel->load())
            return cancelled();
        if (!cursor.isEmpty())
            query.insert(QStringLiteral("starting_after"), cursor);
        const api::ApiResult page = m_api.get(QStringLiteral("/v1/") + resource, query, account);
        if (!page.ok())
            return apiError(page);
        const QJsonArray data = page.json.value(QLatin1String("data")).toArray();
        const bool more = page.json.value(QLatin1String("has_more")).toBool() && !data.isEmpty();
        const QString next = data.isEmpty() ? cursor : data.last().toObject().value(QLatin1String("id")).toString();
        QString error;
        QStringList paidPayouts;
        // The page and the cursor that follows it are stored together: a crash repeats at most this page.
        const bool ok = m_db.transaction([&](QSqlDatabase& db) {
            bool stored = true;
            if (resource == QLatin1String("charges")) {
                QList<api::Charge> charges;
                charges.reserve(data.size());
                for (const QJsonValue& v : data)
                    charges.append(api::Charge::fromJson(v.toObject()));
                stored = store::PaymentStore::upsertCharges(db, account, charges, &error);
                stats.charges += charges.size();
            } else if (resource == QLatin1String("refunds")) {
                stored = upsertRefunds(db, account, data, &error);
                stats.refunds += data.size();
            } else {
                stored = upsertPayouts(db, account, data, &error);
                stats.payouts += data.size();
                for (const QJsonValue& v : data) {
                    if (v.toObject().value(QLatin1String("status")).toString() == QLatin1String("paid"))
                        paidPayouts.append(v.toObject().value(QLatin1String("id")).toString());
                }
            }
            if (!stored)
                return false;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE sync_state SET cursor = ?, done = ?, updated_at = ? WHERE account_id = ? AND resource = ?"));
            store::bindAll(q, QVariantList{next, int(!more), m_clock.nowSecs(), account, resource});
            return q.exec() || (error = q.lastError().text(), false);
        });
        if (!ok)
            return store::storeError(QCoreApplication::translate("SyncService", "save the synced data"), error);
        for (const QString& payout : paidPayouts) {
            if (auto linked = linkPayout(account, payout); !linked)
                return linked;
        }
        onItems(data.size());
        if (!more)
            return Done{};
        cursor = next;
    }
}

Status SyncService::linkPayout(const QString& account, const QString& payoutId)
{
    QStringList sources;
    const api::ApiResult r = m_api.forEachPage(QStringLiteral("/v1/balance_transactions"),
                                               {{QStringLiteral("payout"), payoutId}}, account, [&](const QJsonArray& data) {
                                                   for (const QJsonValue& v : data) {
                                                       const auto txn = api::BalanceTransaction::fromJson(v.toObject());
                                                       if (txn.type == QLatin1String("charge") || txn.type == QLatin1String("payment"))
                                                           sources.append(txn.source);
                                                   }
                                                   return true;
                                               });
    if (!r.ok())
        return apiError(r);
    QString error;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE payments SET payout_id = ? WHERE id = ?"));
        for (const QString& s : sources) {
            q.addBindValue(payoutId);
            q.addBindValue(s);
            if (!q.exec())
                return error = q.lastError().text(), false;
        }
        return true;
    });
    return ok ? Status(Done{}) : Status(store::storeError(QCoreApplication::translate("SyncService", "save the payouts"), error));
}

Status SyncService::applyEvents(const QString& account, SyncStats& stats, const std::atomic_bool* cancel)
{
    qint64 since = 0;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT MIN(events_since) FROM sync_state WHERE account_id = ?"));
        q.addBindValue(account);
        if (q.exec() && q.next())
            since = q.value(0).toLongLong();
    }
    QList<api::Event> events;
    const api::ApiResult listed = api::eventsSince(m_api, account, eventTypes(), since, &events, cancel);
    if (cancel && cancel->load()) // a partial list holds only the newest events: never move the cursor past it
        return cancelled();
    if (!listed.ok())
        return apiError(listed);
    qint64 cursor = since;
    for (const api::Event& e : events) {
        if (cancel && cancel->load())
            return cancelled();
        QSqlQuery seen(m_db.connection());
        seen.prepare(QStringLiteral("SELECT 1 FROM events_seen WHERE id = ?"));
        seen.addBindValue(e.id);
        if (seen.exec() && seen.next()) {
            cursor = qMax(cursor, e.created);
            continue;
        }
        const QString id = e.object.value(QLatin1String("id")).toString();
        Status applied = Done{};
        if (e.type.startsWith(QLatin1String("charge."))) {
            applied = fetchAndStoreCharge(m_api, m_db, account, id);
        } else if (e.type.startsWith(QLatin1String("refund."))) {
            QString error;
            if (!m_db.transaction([&](QSqlDatabase& db) { return upsertRefunds(db, account, QJsonArray{e.object}, &error); }))
                applied = store::storeError(QCoreApplication::translate("SyncService", "save the synced data"), error);
            else
                applied = fetchAndStoreCharge(m_api, m_db, account, api::Refund::fromJson(e.object).charge);
        } else if (e.type.startsWith(QLatin1String("payout."))) {
            QString error;
            if (!m_db.transaction([&](QSqlDatabase& db) { return upsertPayouts(db, account, QJsonArray{e.object}, &error); }))
                applied = store::storeError(QCoreApplication::translate("SyncService", "save the payouts"), error);
            else if (e.type == QLatin1String("payout.paid"))
                applied = linkPayout(account, id);
        }
        if (!applied)
            return applied; // the cursor stays before this event: it is handled again next time
        m_requests.applyEvent(e);
        QSqlQuery mark(m_db.connection());
        mark.prepare(QStringLiteral("INSERT INTO events_seen (id, type, account, created) VALUES (?, ?, ?, ?)"));
        store::bindAll(mark, QVariantList{e.id, e.type, account, e.created});
        mark.exec();
        ++stats.events;
        cursor = qMax(cursor, e.created);
    }
    // Never ahead of this workstation's clock (less a minute): an event stamped later by a server whose clock runs
    // ahead must not hide the events that follow it. events_seen removes what is read twice.
    cursor = qMin(cursor, m_clock.nowSecs() - 60);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET events_since = ? WHERE account_id = ?"));
    q.addBindValue(cursor);
    q.addBindValue(account);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("SyncService", "save the sync position"), q.lastError().text());
    return Done{};
}

} // namespace dp
