#include "syncservice.h"

#include "api/apiclient.h"
#include "api/eventfeed.h"
#include "api/objects.h"
#include "api/paymentobjects.h"
#include "chargerefresh.h"
#include "paymentrequests.h"
#include "storage/database.h"
#include "storage/paymentstore.h"
#include "storage/syncrepository.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QJsonArray>

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

template <class T>
QList<T> parseAll(const QJsonArray& data)
{
    QList<T> out;
    out.reserve(data.size());
    for (const QJsonValue& v : data)
        out.append(T::fromJson(v.toObject()));
    return out;
}

} // namespace

SyncService::SyncService(api::ApiClient& api, store::Database& db, PaymentRequestService& requests, Clock& clock)
    : m_api(api), m_db(db), m_requests(requests), m_clock(clock), m_repo(std::make_unique<store::SyncRepository>(db))
{
}

SyncService::~SyncService() = default;

Result<QList<QPair<QString, QString>>> SyncService::accounts(Scope scope)
{
    QList<QPair<QString, QString>> out; // account id, name
    if (scope == Scope::Rooftops) {
        auto rooftops = m_repo->connectedRooftops();
        if (!rooftops)
            return rooftops.error();
        for (const store::SyncAccount& a : rooftops.value())
            out.append({a.id, a.name});
        return out;
    }
    const api::ApiResult listed = m_api.forEachPage(QStringLiteral("/v1/accounts"), {}, {}, [&](const QJsonArray& data) {
        for (const QJsonValue& v : data) {
            const api::Account a = api::Account::fromJson(v.toObject());
            out.append({a.id, a.businessName.isEmpty() ? a.id : a.businessName});
        }
        return true;
    });
    if (!listed.ok())
        return apiError(listed);
    return out;
}

Result<SyncStats> SyncService::run(const std::function<void(const SyncProgress&)>& progress,
                                   const std::atomic_bool* cancel, Scope scope)
{
    SyncStats stats;
    auto listed = accounts(scope);
    if (!listed)
        return listed.error();
    qint64 items = 0;
    for (const auto& [account, name] : listed.value()) {
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
    auto position = m_repo->position(account, resource);
    if (!position)
        return position.error();
    if (position->done)
        return Done{};
    QString cursor = position->cursor;
    if (!position->known) {
        // First run for this account: events from now on are replayed after the backfill.
        if (auto started = m_repo->startBackfill(account, resource, m_clock.nowSecs() - 60, m_clock.nowSecs()); !started)
            return started;
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
                const QList<api::Charge> charges = parseAll<api::Charge>(data);
                stored = store::PaymentStore::upsertCharges(db, account, charges, &error);
                stats.charges += charges.size();
            } else if (resource == QLatin1String("refunds")) {
                stored = store::SyncRepository::upsertRefunds(db, account, parseAll<api::Refund>(data), &error);
                stats.refunds += data.size();
            } else {
                const QList<api::Payout> payouts = parseAll<api::Payout>(data);
                stored = store::SyncRepository::upsertPayouts(db, account, payouts, &error);
                stats.payouts += payouts.size();
                for (const api::Payout& p : payouts) {
                    if (p.status == QLatin1String("paid"))
                        paidPayouts.append(p.id);
                }
            }
            return stored && store::SyncRepository::saveCursor(db, account, resource, next, !more, m_clock.nowSecs(), &error);
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
    return m_repo->linkPayout(payoutId, sources);
}

Status SyncService::applyEvents(const QString& account, SyncStats& stats, const std::atomic_bool* cancel)
{
    auto storedSince = m_repo->eventsSince(account);
    if (!storedSince)
        return storedSince.error();
    const qint64 since = storedSince.value();
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
        auto seen = m_repo->eventSeen(e.id);
        if (!seen)
            return seen.error();
        if (seen.value()) {
            cursor = qMax(cursor, e.created);
            continue;
        }
        const QString id = e.object.value(QLatin1String("id")).toString();
        Status applied = Done{};
        if (e.type.startsWith(QLatin1String("charge."))) {
            applied = fetchAndStoreCharge(m_api, m_db, account, id);
        } else if (e.type.startsWith(QLatin1String("refund."))) {
            const api::Refund refund = api::Refund::fromJson(e.object);
            applied = m_repo->storeRefunds(account, {refund});
            if (applied)
                applied = fetchAndStoreCharge(m_api, m_db, account, refund.charge);
        } else if (e.type.startsWith(QLatin1String("payout."))) {
            applied = m_repo->storePayouts(account, {api::Payout::fromJson(e.object)});
            if (applied && e.type == QLatin1String("payout.paid"))
                applied = linkPayout(account, id);
        }
        if (!applied)
            return applied; // the cursor stays before this event: it is handled again next time
        m_requests.applyEvent(e);
        if (auto marked = m_repo->markEventSeen(e, account); !marked)
            return marked;
        ++stats.events;
        cursor = qMax(cursor, e.created);
    }
    // Never ahead of this workstation's clock (less a minute): an event stamped later by a server whose clock runs
    // ahead must not hide the events that follow it. events_seen removes what is read twice.
    cursor = qMin(cursor, m_clock.nowSecs() - 60);
    return m_repo->saveEventsSince(account, cursor);
}

} // namespace dp
