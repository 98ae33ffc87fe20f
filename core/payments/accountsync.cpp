#include "accountsync.h"

#include "api/apiclient.h"
#include "foundation/clock.h"
#include "paymentrequests.h"
#include "storage/database.h"
#include "storage/paymentstore.h"
#include "storage/syncrepository.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dp {
namespace {

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

QString idOf(const QJsonValue& v)
{
    return v.toObject().value(QLatin1String("id")).toString();
}

// The refunds a charge carries in its `refunds` list (expanded on list pages).
void appendRefunds(const QJsonObject& charge, QList<api::Refund>* out, bool* more)
{
    const QJsonObject list = charge.value(QLatin1String("refunds")).toObject();
    const QJsonArray data = list.value(QLatin1String("data")).toArray();
    for (const QJsonValue& v : data)
        out->append(api::Refund::fromJson(v.toObject()));
    *more = list.value(QLatin1String("has_more")).toBool() && !data.isEmpty();
}

} // namespace

void SyncRun::report(const QString& rooftop, const QString& phase, qint64 added)
{
    const qint64 total = items.fetch_add(added) + added;
    if (!progress)
        return;
    QMutexLocker lock(&progressLock);
    progress({rooftop, phase, total});
}

AccountSync::AccountSync(api::ApiClient& api, store::Database& db, store::SyncRepository& repo,
                         PaymentRequestService& requests, Clock& clock, SyncRun& run, QString account, QString name)
    : m_api(api), m_db(db), m_repo(repo), m_requests(requests), m_clock(clock), m_run(run),
      m_account(std::move(account)), m_name(std::move(name))
{
}

Error AccountSync::stoppedError() const
{
    return {Error::Code::Cancelled, QCoreApplication::translate("SyncService", "Sync was stopped."), {}};
}

Status AccountSync::run(SyncStats& stats)
{
    if (auto done = backfillCharges(stats); !done)
        return done;
    if (auto done = backfillRefunds(stats); !done)
        return done;
    if (auto done = backfillPayouts(stats); !done)
        return done;
    m_run.report(m_name, QCoreApplication::translate("SyncService", "Recent changes"), 0);
    return applyEvents(stats);
}

Status AccountSync::writePage(const QString& what, const std::function<bool(QSqlDatabase&, QString*)>& write)
{
    QString error;
    QMutexLocker lock(&m_run.writeLock);
    if (!m_db.transaction([&](QSqlDatabase& db) { return write(db, &error); }))
        return store::storeError(what, error.isEmpty() ? m_db.connection().lastError().text() : error);
    return Done{};
}

Status AccountSync::backfill(const QString& resource, const QString& phase, QVariantMap query, const PageReader& read,
                             const PageWriter& write)
{
    auto position = m_repo.position(m_account, resource);
    if (!position)
        return position.error();
    if (position->done)
        return Done{};
    QString cursor = position->cursor;
    if (!position->known) {
        // First run for this account: events from now on are replayed after the backfill.
        QMutexLocker lock(&m_run.writeLock);
        if (auto started = m_repo.startBackfill(m_account, resource, m_clock.nowSecs() - 60, m_clock.nowSecs()); !started)
            return started;
    }
    query.insert(QStringLiteral("limit"), 100);
    for (;;) {
        if (m_run.stopped())
            return stoppedError();
        if (!cursor.isEmpty())
            query.insert(QStringLiteral("starting_after"), cursor);
        const api::ApiResult page = m_api.get(QStringLiteral("/v1/") + resource, query, m_account);
        if (!page.ok())
            return apiError(page);
        const QJsonArray data = page.json.value(QLatin1String("data")).toArray();
        const bool more = page.json.value(QLatin1String("has_more")).toBool() && !data.isEmpty();
        const QString next = data.isEmpty() ? cursor : idOf(data.last());
        if (auto ready = read(data); !ready)
            return ready;
        // The page and the cursor that follows it are stored together: a crash repeats at most this page.
        auto stored = writePage(QCoreApplication::translate("SyncService", "save the synced data"), [&](QSqlDatabase& db, QString* error) {
            return write(db, data, error)
                && store::SyncRepository::saveCursor(db, m_account, resource, next, !more, m_clock.nowSecs(), error);
        });
        if (!stored)
            return stored;
        m_run.report(m_name, phase, data.size());
        if (!more)
            return Done{};
        cursor = next;
    }
}

Status AccountSync::backfillCharges(SyncStats& stats)
{
    QList<api::Charge> charges;
    QList<api::Refund> refunds;
    const QVariantMap query{{QStringLiteral("expand"),
                             QVariantList{QStringLiteral("data.balance_transaction"), QStringLiteral("data.refunds")}}};
    auto read = [&](const QJsonArray& data) -> Status {
        charges.clear();
        refunds.clear();
        charges.reserve(data.size());
        for (const QJsonValue& v : data) {
            const QJsonObject o = v.toObject();
            charges.append(api::Charge::fromJson(o));
            bool more = false;
            appendRefunds(o, &refunds, &more);
            if (more) { // more refunds than the charge carries: the rest from its own list
                auto rest = moreRefunds(charges.last().id, refunds.last().id);
                if (!rest)
                    return rest.error();
                refunds += rest.value();
            }
        }
        return Done{};
    };
    auto write = [&](QSqlDatabase& db, const QJsonArray&, QString* error) {
        stats.charges += charges.size();
        stats.refunds += refunds.size();
        return store::PaymentStore::upsertCharges(db, m_account, charges, error)
            && store::SyncRepository::upsertRefunds(db, m_account, refunds, error);
    };
    return backfill(QStringLiteral("charges"), QCoreApplication::translate("SyncService", "Payments"), query, read, write);
}

Status AccountSync::backfillRefunds(SyncStats& stats)
{
    auto position = m_repo.position(m_account, QStringLiteral("refunds"));
    if (!position)
        return position.error();
    if (!position->known || position->done)
        return Done{}; // refunds come with their charges; only an older version's half-done walk is finished here
    QList<api::Refund> refunds;
    auto read = [&](const QJsonArray& data) -> Status {
        refunds.clear();
        for (const QJsonValue& v : data)
            refunds.append(api::Refund::fromJson(v.toObject()));
        return Done{};
    };
    auto write = [&](QSqlDatabase& db, const QJsonArray&, QString* error) {
        stats.refunds += refunds.size();
        return store::SyncRepository::upsertRefunds(db, m_account, refunds, error);
    };
    return backfill(QStringLiteral("refunds"), QCoreApplication::translate("SyncService", "Refunds"), {}, read, write);
}

Status AccountSync::backfillPayouts(SyncStats& stats)
{
    QList<api::Payout> payouts;
    QList<store::PayoutLink> links;
    auto read = [&](const QJsonArray& data) -> Status {
        payouts.clear();
        links.clear();
        for (const QJsonValue& v : data) {
            payouts.append(api::Payout::fromJson(v.toObject()));
            if (payouts.last().status != QLatin1String("paid"))
                continue;
            auto link = payoutCharges(payouts.last().id);
            if (!link)
                return link.error();
            links.append(link.value());
        }
        return Done{};
    };
    auto write = [&](QSqlDatabase& db, const QJsonArray&, QString* error) {
        stats.payouts += payouts.size();
        return store::SyncRepository::upsertPayouts(db, m_account, payouts, error)
            && store::SyncRepository::linkPayouts(db, links, error);
    };
    return backfill(QStringLiteral("payouts"), QCoreApplication::translate("SyncService", "Payouts"), {}, read, write);
}

Result<store::PayoutLink> AccountSync::payoutCharges(const QString& payoutId)
{
    store::PayoutLink link{payoutId, {}};
    const api::ApiResult r = m_api.forEachPage(QStringLiteral("/v1/balance_transactions"),
                                               {{QStringLiteral("payout"), payoutId}}, m_account, [&](const QJsonArray& data) {
                                                   for (const QJsonValue& v : data) {
                                                       const QJsonObject txn = v.toObject();
                                                       const QString type = txn.value(QLatin1String("type")).toString();
                                                       if (type == QLatin1String("charge") || type == QLatin1String("payment"))
                                                           link.chargeIds.append(api::BalanceTransaction::fromJson(txn).source);
                                                   }
                                                   return !m_run.stopped();
                                               });
    if (m_run.stopped())
        return stoppedError();
    if (!r.ok())
        return apiError(r);
    return link;
}

Result<QList<api::Refund>> AccountSync::moreRefunds(const QString& chargeId, const QString& after)
{
    QList<api::Refund> out;
    const api::ApiResult r = m_api.forEachPage(QStringLiteral("/v1/charges/%1/refunds").arg(chargeId),
                                               {{QStringLiteral("starting_after"), after}}, m_account,
                                               [&](const QJsonArray& data) {
                                                   for (const QJsonValue& v : data)
                                                       out.append(api::Refund::fromJson(v.toObject()));
                                                   return true;
                                               });
    if (!r.ok())
        return apiError(r);
    return out;
}

Result<QJsonObject> AccountSync::fetchCharge(const QString& chargeId)
{
    const api::ApiResult got = m_api.get(QStringLiteral("/v1/charges/") + chargeId,
                                         {{QStringLiteral("expand"), QVariantList{QStringLiteral("balance_transaction"),
                                                                                  QStringLiteral("refunds")}}},
                                         m_account);
    if (!got.ok())
        return apiError(got);
    return got.json;
}

Status AccountSync::applyEvents(SyncStats& stats)
{
    auto storedSince = m_repo.eventsSince(m_account);
    if (!storedSince)
        return storedSince.error();
    const qint64 since = storedSince.value();
    QVariantMap query{{QStringLiteral("created"), QVariantMap{{QStringLiteral("gte"), since}}},
                      {QStringLiteral("types"), QVariant(eventTypes())},
                      {QStringLiteral("limit"), 100}};
    qint64 cursor = since;
    Status applied = Done{};
    // Each page is applied as it arrives (newest first); the cursor moves only once every page is applied, and a
    // run stopped half-way reads the same window again next time, skipping what it applied (events_seen).
    const api::ApiResult listed = m_api.forEachPage(QStringLiteral("/v1/events"), query, m_account, [&](const QJsonArray& data) {
        if (m_run.stopped())
            return false;
        QList<api::Event> events;
        events.reserve(data.size());
        for (const QJsonValue& v : data) {
            events.append(api::Event::fromJson(v.toObject()));
            cursor = qMax(cursor, events.last().created);
        }
        applied = applyEventPage(events, stats);
        return applied.ok();
    });
    if (m_run.stopped())
        return stoppedError();
    if (!applied)
        return applied;
    if (!listed.ok())
        return apiError(listed);
    // Never ahead of this workstation's clock (less a minute): an event stamped later by a server whose clock runs
    // ahead must not hide the events that follow it. events_seen removes what is read twice.
    cursor = qMin(cursor, m_clock.nowSecs() - 60);
    QMutexLocker lock(&m_run.writeLock);
    return m_repo.saveEventsSince(m_account, cursor);
}

Status AccountSync::applyEventPage(const QList<api::Event>& events, SyncStats& stats)
{
    QStringList ids;
    for (const api::Event& e : events)
        ids.append(e.id);
    auto seen = m_repo.seenEvents(ids);
    if (!seen)
        return seen.error();
    QList<api::Event> fresh;
    QHash<QString, api::Charge> snapshots; // charge id -> its state in the newest event about it
    QStringList fetch, paid;
    QList<api::Refund> refunds;
    QList<api::Payout> payouts;
    for (const api::Event& e : events) { // newest first: the first event about an object decides its state
        const bool isNew = !seen->contains(e.id);
        if (isNew)
            fresh.append(e);
        const QString id = e.object.value(QLatin1String("id")).toString();
        if (e.type.startsWith(QLatin1String("charge."))) {
            if (!m_decided.contains(id) && isNew)
                snapshots.insert(id, api::Charge::fromJson(e.object));
            m_decided.insert(id);
        } else if (e.type.startsWith(QLatin1String("refund."))) {
            const api::Refund refund = api::Refund::fromJson(e.object);
            if (!m_decided.contains(id) && isNew)
                refunds.append(refund);
            if (!m_decided.contains(refund.charge) && isNew)
                fetch.append(refund.charge); // its amount refunded changed: read it as it is now
            m_decided.insert(id);
            m_decided.insert(refund.charge);
        } else if (e.type.startsWith(QLatin1String("payout."))) {
            if (!m_decided.contains(id) && isNew)
                payouts.append(api::Payout::fromJson(e.object));
            m_decided.insert(id);
            if (isNew && e.type == QLatin1String("payout.paid") && !paid.contains(id))
                paid.append(id);
        }
    }
    if (fresh.isEmpty())
        return Done{};

    // A charge the store holds with the same balance transaction is taken from the event (fee and net from the
    // store); any other is read from the API with its balance transaction.
    QList<api::Charge> charges;
    auto known = m_repo.knownCharges(snapshots.keys());
    if (!known)
        return known.error();
    for (auto it = snapshots.begin(); it != snapshots.end(); ++it) {
        api::Charge c = it.value();
        const auto stored = known->constFind(it.key());
        if (c.hasBalanceTransaction || c.balanceTransactionId.isEmpty()) {
            charges.append(c);
        } else if (stored != known->constEnd() && stored->balanceTxn == c.balanceTransactionId) {
            c.fee = stored->fee;
            c.net = stored->net;
            charges.append(c);
        } else {
            fetch.append(it.key());
        }
    }
    for (const QString& chargeId : std::as_const(fetch)) {
        if (m_run.stopped())
            return stoppedError();
        auto got = fetchCharge(chargeId);
        if (!got)
            return got.error();
        charges.append(api::Charge::fromJson(got.value()));
        bool more = false;
        appendRefunds(got.value(), &refunds, &more);
    }
    QList<store::PayoutLink> links;
    for (const QString& payoutId : std::as_const(paid)) {
        auto link = payoutCharges(payoutId);
        if (!link)
            return link.error();
        links.append(link.value());
    }
    // The objects, the payment requests the events move and the events themselves, in one transaction.
    return writePage(QCoreApplication::translate("SyncService", "save the synced data"), [&](QSqlDatabase& db, QString* error) {
        if (!store::PaymentStore::upsertCharges(db, m_account, charges, error)
            || !store::SyncRepository::upsertRefunds(db, m_account, refunds, error)
            || !store::SyncRepository::upsertPayouts(db, m_account, payouts, error)
            || !store::SyncRepository::linkPayouts(db, links, error))
            return false;
        for (const api::Event& e : std::as_const(fresh))
            m_requests.applyEvent(e);
        if (!store::SyncRepository::markEventsSeen(db, fresh, m_account, error))
            return false;
        stats.events += fresh.size();
        return true;
    });
}

} // namespace dp
