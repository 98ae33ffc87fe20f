#pragma once

#include "job.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace dp {
class Clock;
}

namespace dp::jobs {

// How one run ended, as the runner's `finished` signal tells it.
struct JobOutcome
{
    bool ok = false;
    bool cancelled = false; // stopped by cancel(); a partial run may still have stored whole pages
    JobSummary summary;     // when ok
    QString error;          // translated, when not ok
    Error::Code errorCode = Error::Code::Api; // when not ok: Api, Store, Permission, ...
};

// Runs the jobs off the calling thread: each job on a worker thread of its own pool, one run of a job at a time,
// each at its due time (first delay after start(), then its interval after the end of each run), or at once when
// triggered. Progress and ends are signalled on the thread that owns the runner (the GUI thread, or the CLI's
// main thread). Due times come from the injected Clock; a timer looks at them every `tickMs`.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(Clock& clock, QObject* parent = nullptr);
    ~JobRunner() override; // cancels what runs and waits for it

    void add(std::shared_ptr<Job> job);
    QStringList jobNames() const;
    Job* job(const QString& name) const;
    void setMaxThreads(int threads); // 1 = the jobs run one after the other

    void start(int tickMs = 1000); // schedules every job; runs what is due from now on
    void stop();                   // no more scheduled runs; cancels the running ones (does not wait)
    bool isStarted() const { return m_started; }

    int runDue();                       // starts every job that is due now and not running; returns how many
    // Runs it now; while a run is being cancelled, right after it. False when unknown or already running.
    bool trigger(const QString& name);
    void cancel(const QString& name);
    void cancelAll();
    bool isRunning(const QString& name) const;
    bool isIdle() const;
    qint64 nextDue(const QString& name) const; // UTC seconds; 0 = not scheduled
    JobProgress lastProgress(const QString& name) const;
    bool waitForIdle(int timeoutMs); // spins the event loop until no job runs; false on timeout

signals:
    void started(const QString& name);
    void progressed(const QString& name, const dp::jobs::JobProgress& progress);
    void finished(const QString& name, const dp::jobs::JobOutcome& outcome);
    void idle(); // the last running job has finished

private:
    struct Entry;
    void launch(Entry& entry);
    void onFinished(const QString& name, const Result<JobSummary>& result);

    Clock& m_clock;
    QThreadPool m_pool;
    QTimer m_tick;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QStringList m_order;
    bool m_started = false;
};

} // namespace dp::jobs

Q_DECLARE_METATYPE(dp::jobs::JobProgress)
Q_DECLARE_METATYPE(dp::jobs::JobOutcome)
