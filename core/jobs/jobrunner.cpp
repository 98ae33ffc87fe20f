#include "jobrunner.h"

#include "foundation/clock.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>


namespace dp::jobs {

struct JobRunner::Entry
{
    std::shared_ptr<Job> job;
    qint64 due = 0; // 0 = not scheduled
    bool running = false;
    bool rerun = false; // asked for while the run was being cancelled: run again as soon as it ends
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
    JobProgress last;
};

JobRunner::JobRunner(Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    // The store keeps one connection per thread: worker threads never expire, so a new thread never inherits the
    // id (and the connection name) of one that ended.
    m_pool.setExpiryTimeout(-1);
    m_pool.setMaxThreadCount(2);
    connect(&m_tick, &QTimer::timeout, this, &JobRunner::runDue);
}

JobRunner::~JobRunner()
{
    m_tick.stop();
    m_started = false;
    cancelAll();
    m_pool.waitForDone();
}

void JobRunner::add(std::shared_ptr<Job> job)
{
    const QString name = job->name();
    auto entry = std::make_shared<Entry>();
    entry->job = std::move(job);
    if (!m_entries.contains(name))
        m_order.append(name);
    m_entries.insert(name, entry);
    if (m_started)
        entry->due = m_clock.nowSecs() + entry->job->firstDelaySecs();
}

QStringList JobRunner::jobNames() const
{
    return m_order;
}

Job* JobRunner::job(const QString& name) const
{
    const auto entry = m_entries.value(name);
    return entry ? entry->job.get() : nullptr;
}

void JobRunner::setMaxThreads(int threads)
{
    m_pool.setMaxThreadCount(qMax(1, threads));
}

void JobRunner::start(int tickMs)
{
    const qint64 now = m_clock.nowSecs();
    m_started = true;
    for (const auto& entry : std::as_const(m_entries)) {
        if (entry->running)
            entry->rerun = entry->job->firstDelaySecs() == 0 && entry->cancel->load(); // being stopped
        else
            entry->due = now + entry->job->firstDelaySecs();
    }
    m_tick.start(qMax(10, tickMs));
    runDue();
}

void JobRunner::stop()
{
    m_started = false;
    m_tick.stop();
    for (const auto& entry : std::as_const(m_entries)) {
        entry->due = 0;
        entry->rerun = false;
    }
    cancelAll();
}

int JobRunner::runDue()
{
    const qint64 now = m_clock.nowSecs();
    int launched = 0;
    for (const QString& name : std::as_const(m_order)) {
        const auto entry = m_entries.value(name);
        if (entry && !entry->running && entry->due > 0 && entry->due <= now) {
            launch(*entry);
            ++launched;
        }
    }
    return launched;
}

bool JobRunner::trigger(const QString& name)
{
    const auto entry = m_entries.value(name);
    if (!entry)
        return false;
    if (entry->running) {
        if (!entry->cancel->load())
            return false;
        entry->rerun = true; // it is being stopped: run again as soon as it has
        return true;
    }
    launch(*entry);
    return true;
}

void JobRunner::cancel(const QString& name)
{
    if (const auto entry = m_entries.value(name); entry && entry->running)
        entry->cancel->store(true);
}

void JobRunner::cancelAll()
{
    for (const auto& entry : std::as_const(m_entries)) {
        if (entry->running)
            entry->cancel->store(true);
    }
}

bool JobRunner::isRunning(const QString& name) const
{
    const auto entry = m_entries.value(name);
    return entry && entry->running;
}

bool JobRunner::isIdle() const
{
    for (const auto& entry : std::as_const(m_entries)) {
        if (entry->running)
            return false;
    }
    return true;
}

qint64 JobRunner::nextDue(const QString& name) const
{
    const auto entry = m_entries.value(name);
    return entry ? entry->due : 0;
}

JobProgress JobRunner::lastProgress(const QString& name) const
{
    const auto entry = m_entries.value(name);
    return entry ? entry->last : JobProgress{};
}

bool JobRunner::waitForIdle(int timeoutMs)
{
    if (isIdle())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &JobRunner::idle, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return isIdle();
}

void JobRunner::launch(Entry& entry)
{
    entry.running = true;
    entry.rerun = false;
    entry.due = 0;
    entry.last = {};
    entry.cancel = std::make_shared<std::atomic_bool>(false); // a run still ending keeps its own flag
    const QString name = entry.job->name();
    std::shared_ptr<Job> job = entry.job;
    std::shared_ptr<std::atomic_bool> cancel = entry.cancel;
    emit started(name); // a slot may cancel at once: the flag is already this run's

    QPointer<JobRunner> self(this);
    auto report = [self, name](const JobProgress& p) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, name, p] {
                if (!self)
                    return;
                if (const auto e = self->m_entries.value(name); e && e->running) {
                    e->last = p;
                    emit self->progressed(name, p);
                }
            },
            Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<Result<JobSummary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        onFinished(name, watcher->result());
    });
    // The job looks at the flag itself (a cancel that came with `started` is seen at its first step).
    watcher->setFuture(QtConcurrent::run(&m_pool, [job, cancel, report]() -> Result<JobSummary> {
        return job->run(JobContext(report, *cancel));
    }));
}

void JobRunner::onFinished(const QString& name, const Result<JobSummary>& result)
{
    const auto entry = m_entries.value(name);
    if (!entry)
        return;
    entry->running = false;
    const bool again = entry->rerun;
    entry->rerun = false;
    if (m_started && entry->job->intervalSecs() > 0)
        entry->due = m_clock.nowSecs() + entry->job->intervalSecs();
    JobOutcome outcome;
    outcome.ok = result.ok();
    if (result.ok()) {
        outcome.summary = result.value();
    } else {
        outcome.cancelled = result.error().code == Error::Code::Cancelled;
        outcome.error = result.error().message;
        outcome.errorCode = result.error().code;
    }
    emit finished(name, outcome);
    if (again && !entry->running) // (a slot of `finished` may have started it already)
        launch(*entry);
    else if (isIdle())
        emit idle();
}

} // namespace dp::jobs
