#pragma once

#include "foundation/result.h"

#include <QString>

#include <atomic>

namespace dp {
class Clock;
namespace api {
class ApiClient;
}
namespace notify {
class Messenger;
}
namespace store {
class Database;
class AuditLog;
}

// MNG-5: when a payout is paid (event payout.paid on a connected account), the chosen recipients get one e-mail
// with its amount, arrival date and count of payments — exactly once, even if sync runs twice or the app restarts.
//
// How: each payout.paid event becomes a row of the payout_notifications outbox, keyed by the payout id (a second
// run finds the row and adds nothing). A row is claimed (pending -> sending) by one run only, e-mailed, then marked
// sent; a failed send goes back to pending and is retried by a later run, kRetrySecs × attempts later, at most
// kMaxAttempts times; while no mail server is set up nothing is claimed at all. A run interrupted
// between claim and "sent" leaves the row in "sending": it is never sent again, so nobody gets the e-mail twice.
// Only payouts paid since the first recipient was chosen are announced.
class PayoutNotifier
{
public:
    static constexpr int kMaxAttempts = 10;
    static constexpr qint64 kRetrySecs = 5 * 60;
    static constexpr qint64 kClockSlackSecs = 10 * 60; // server and workstation clocks may differ a little

    PayoutNotifier(api::ApiClient& api, store::Database& db, store::AuditLog& audit, notify::Messenger& messenger,
                   Clock& clock);

    struct Summary
    {
        int queued = 0; // new payouts found in this run
        int sent = 0;   // e-mails sent in this run
        int failed = 0; // sends that failed (retried next run)
        QString lastError;
    };
    // Blocking (API and SMTP): call from a worker thread, e.g. after each sync.
    Result<Summary> run(const std::atomic_bool* cancel = nullptr);

private:
    Status collect(const QString& accountId, qint64 since, Summary& summary, const std::atomic_bool* cancel);
    Result<int> countPayments(const QString& accountId, const QString& payoutId);
    void sendPending(Summary& summary);
    bool sendOne(const QString& payoutId, const QStringList& recipients, QString* error);

    api::ApiClient& m_api;
    store::Database& m_db;
    store::AuditLog& m_audit;
    notify::Messenger& m_messenger;
    Clock& m_clock;
};

} // namespace dp
