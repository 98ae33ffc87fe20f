#pragma once

#include "syncservice.h"

#include "api/objects.h"
#include "api/paymentobjects.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

#include <atomic>
#include <functional>

namespace dp {
namespace store {
struct PayoutLink;
}

// What the workers of one sync run share: the caller's cancel flag, a stop flag raised by the first worker that
// fails, one write lock (a single writer at a time, so that no worker ever sleeps in SQLite's busy handler) and
// the progress count.
struct SyncRun
{
    const std::atomic_bool* cancel = nullptr;
    std::atomic_bool failed{false};
    QMutex writeLock;
    QMutex progressLock;
    std::function<void(const SyncProgress&)> progress;
    std::atomic<qint64> items{0};

    bool stopped() const { return failed.load() || (cancel && cancel->load()); }
    void report(const QString& rooftop, const QString& phase, qint64 added);
};

// The sync of one connected account, run by one worker thread with its own HTTP connection and its own store
// connection: the charges with their balance transactions and refunds from the list pages, the payouts with the
// charges of each paid payout, then the events since the stored cursor, page by page as they arrive. Each page is
// stored with its cursor in one transaction, so that a run stopped at any point resumes without duplicates.
class AccountSync
{
public:
    AccountSync(api::ApiClient& api, store::Database& db, store::SyncRepository& repo, PaymentRequestService& requests,
                Clock& clock, SyncRun& run, QString account, QString name);
    Status run(SyncStats& stats);

private:
    // Walks one list from the stored cursor; `store` writes a page inside the page's transaction (true = stored).
    using PageWriter = std::function<bool(QSqlDatabase& db, const QJsonArray& data, QString* error)>;
    using PageReader = std::function<Status(const QJsonArray& data)>; // before the transaction: more requests
    Status backfill(const QString& resource, const QString& phase, QVariantMap query, const PageReader& read,
                    const PageWriter& write);
    Status backfillCharges(SyncStats& stats);
    Status backfillRefunds(SyncStats& stats); // only for a store left half-way by an older version
    Status backfillPayouts(SyncStats& stats);
    Status applyEvents(SyncStats& stats);
    Status applyEventPage(const QList<api::Event>& events, SyncStats& stats);
    Result<store::PayoutLink> payoutCharges(const QString& payoutId);
    Result<QList<api::Refund>> moreRefunds(const QString& chargeId, const QString& after);
    Result<QJsonObject> fetchCharge(const QString& chargeId);
    Status writePage(const QString& what, const std::function<bool(QSqlDatabase&, QString*)>& write);
    Error stoppedError() const;

    api::ApiClient& m_api;
    store::Database& m_db;
    store::SyncRepository& m_repo;
    PaymentRequestService& m_requests;
    Clock& m_clock;
    SyncRun& m_run;
    QString m_account, m_name;
    // Events arrive newest first: the first event of a run about an object carries its latest state, and the older
    // ones only mark themselves applied.
    QSet<QString> m_decided;
};

} // namespace dp
