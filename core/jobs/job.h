#pragma once

#include "foundation/result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace dp::jobs {

// What a running job reports: a sentence for the status bar or the terminal, and a count when it has one.
struct JobProgress
{
    QString text;      // translated, e.g. "Syncing Demo Motors — Payments (1,200)"
    qint64 done = 0;   // items handled so far
    qint64 total = -1; // -1 = unknown (a busy bar)
};

// What a finished run did, in one translated line ("Synced 1,204 payments, 12 refunds, 40 payouts.").
struct JobSummary
{
    QString text;
    bool changed = false; // it stored or sent something (the GUI reloads its tables)
};

// Handed to Job::run on the worker thread: report progress, and look at the cancel flag between steps.
class JobContext
{
public:
    JobContext(std::function<void(const JobProgress&)> progress, const std::atomic_bool& cancel)
        : m_progress(std::move(progress)), m_cancel(cancel)
    {
    }
    void report(const JobProgress& progress) const
    {
        if (m_progress)
            m_progress(progress);
    }
    bool cancelled() const { return m_cancel.load(); }
    const std::atomic_bool* cancelFlag() const { return &m_cancel; }

private:
    std::function<void(const JobProgress&)> m_progress;
    const std::atomic_bool& m_cancel;
};

// A unit of background work the JobRunner schedules: sync, payout e-mails, refund recovery, and the jobs to come
// (nightly reconciliation, Capital refresh, billing retries). run() blocks (network, SQL) and is called on one of
// the runner's worker threads, never two runs of the same job at once. A job is stateless between runs: what it
// must remember (cursors, outboxes) lives in the store.
class Job
{
public:
    virtual ~Job() = default;
    virtual QString name() const = 0;  // stable id: "sync", "payout-mail", "refund-recovery"
    virtual QString title() const = 0; // translated, for people: "Payments sync"
    // Seconds between the end of a run and the next one; 0 = only when triggered.
    virtual qint64 intervalSecs() const = 0;
    // Seconds after the runner starts before the first run (0 = at once).
    virtual qint64 firstDelaySecs() const { return 0; }
    // Error::Code::Cancelled when it saw the cancel flag.
    virtual Result<JobSummary> run(const JobContext& context) = 0;
};

} // namespace dp::jobs
