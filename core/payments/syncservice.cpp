#include "syncservice.h"

#include "accountsync.h"
#include "api/apiclient.h"
#include "api/objects.h"
#include "paymentrequests.h"
#include "storage/database.h"
#include "storage/syncrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

#include <memory>
#include <optional>
#include <vector>

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

// Accounts in flight at once: SyncService::kMaxWorkers, or DEALERPAY_SYNC_WORKERS (1..16) to measure what the
// parallelism buys (tests/bench).
int workerCount(qsizetype accounts)
{
    bool ok = false;
    const int forced = qEnvironmentVariableIntValue("DEALERPAY_SYNC_WORKERS", &ok);
    const int cap = ok && forced > 0 ? qMin(forced, 16) : SyncService::kMaxWorkers;
    return int(qBound(qsizetype(1), accounts, qsizetype(cap)));
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
    auto listed = accounts(scope);
    if (!listed)
        return listed.error();
    const QList<QPair<QString, QString>>& all = listed.value();
    SyncRun shared;
    shared.cancel = cancel;
    shared.progress = progress;
    std::atomic<qsizetype> next{0};
    QMutex errorLock;
    std::optional<Error> firstError;
    const int workers = workerCount(all.size());
    std::vector<SyncStats> stats(size_t(workers), SyncStats{});

    // Each worker takes the next account until none is left or a worker failed.
    auto work = [&](int worker) {
        for (qsizetype i = next++; i < all.size() && !shared.stopped(); i = next++) {
            AccountSync account(m_api, m_db, *m_repo, m_requests, m_clock, shared, all.at(i).first, all.at(i).second);
            if (auto done = account.run(stats[size_t(worker)]); !done) {
                QMutexLocker lock(&errorLock);
                if (!firstError && done.error().code != Error::Code::Cancelled)
                    firstError = done.error();
                shared.failed = true;
                return;
            }
        }
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 1; w < workers; ++w) {
        threads.emplace_back(QThread::create(work, w));
        threads.back()->start();
    }
    work(0); // the calling thread is the first worker
    for (auto& thread : threads)
        thread->wait();

    if (cancel && cancel->load())
        return cancelled();
    if (firstError)
        return *firstError;
    if (shared.failed)
        return cancelled();
    SyncStats total;
    for (const SyncStats& s : stats) {
        total.charges += s.charges;
        total.refunds += s.refunds;
        total.payouts += s.payouts;
        total.events += s.events;
    }
    m_requests.refreshDeliveries();
    return total;
}

} // namespace dp
