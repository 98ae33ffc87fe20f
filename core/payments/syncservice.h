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

// Brings the local store up to date with the payments API: first a backfill of charges, refunds and payouts
// of every connected rooftop, page by page, each page stored with its cursor in one transaction (so a crash resumes
// where it stopped, without duplicates), then the events since the stored cursor. Runs on a worker thread.
class SyncService
{
public:
    // Which accounts a run brings up to date.
    enum class Scope
    {
        Rooftops,         // the rooftops of this store that take payments (the GUI)
        PlatformAccounts, // every connected account the API lists (dealerpay-cli sync, on a store of its own)
    };

    SyncService(api::ApiClient& api, store::Database& db, PaymentRequestService& requests, Clock& clock);
    ~SyncService();
    Result<SyncStats> run(const std::function<void(const SyncProgress&)>& progress = {},
                          const std::atomic_bool* cancel = nullptr, Scope scope = Scope::Rooftops);

private:
    Status backfill(const QString& account, const QString& resource, SyncStats& stats,
                    const std::function<void(qint64)>& onItems, const std::atomic_bool* cancel);
    Status applyEvents(const QString& account, SyncStats& stats, const std::atomic_bool* cancel);
    Status linkPayout(const QString& account, const QString& payoutId);
    Result<QList<QPair<QString, QString>>> accounts(Scope scope);

    api::ApiClient& m_api;
    store::Database& m_db;
    PaymentRequestService& m_requests;
    Clock& m_clock;
    std::unique_ptr<store::SyncRepository> m_repo;
};

} // namespace dp
