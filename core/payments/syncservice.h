#pragma once

#include "foundation/result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace dp {
class Clock;
class PaymentRequestService;
namespace api {
class ApiClient;
}
namespace store {
class Database;
class SyncRepository;
}

struct SyncProgress
{
    QString rooftop;   // the rooftop being synced
    QString phase;     // translated: "Payments", "Refunds", "Payouts", "Recent changes"
    qint64 items = 0;  // objects stored so far in this run
};

struct SyncStats
{
    qint64 charges = 0, refunds = 0, payouts = 0, events = 0;
};

// Brings the local store up to date with the payments API: the connected accounts are synced in parallel by a
// small pool of worker threads (each with its own kept-alive HTTP connection and its own store connection; one
// writer at a time). Per account: a backfill of the charges (with their balance transactions and refunds, from the
// list pages) and of the payouts (with the charges of each paid payout), page by page, each page stored with its
// cursor in one transaction (so a crash resumes where it stopped, without duplicates), then the events since the
// stored cursor, applied page by page as they arrive. Runs on a worker thread.
class SyncService
{
public:
    // Which accounts a run brings up to date.
    enum class Scope
    {
        Rooftops,         // the rooftops of this store that take payments (the GUI)
        PlatformAccounts, // every connected account the API lists (dealerpay-cli sync, on a store of its own)
    };
    static constexpr int kMaxWorkers = 4; // accounts in flight at once (tests/bench/transfer_limit.py mirrors it)

    SyncService(api::ApiClient& api, store::Database& db, PaymentRequestService& requests, Clock& clock);
    ~SyncService();
    Result<SyncStats> run(const std::function<void(const SyncProgress&)>& progress = {},
                          const std::atomic_bool* cancel = nullptr, Scope scope = Scope::Rooftops);

private:
    Result<QList<QPair<QString, QString>>> accounts(Scope scope);

    api::ApiClient& m_api;
    store::Database& m_db;
    PaymentRequestService& m_requests;
    Clock& m_clock;
    std::unique_ptr<store::SyncRepository> m_repo;
};

} // namespace dp
