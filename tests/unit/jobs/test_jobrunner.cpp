// the job runner in core — due times, one run of a job at a time, cancel, progress, off the calling thread.
#include "foundation/clock.h"
#include "jobs/jobrunner.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace dp;
using namespace dp::jobs;

namespace {

// A job whose runs block until the test opens the gate (or the run is cancelled), and which records how it ran.
class GateJob : public Job
{
public:
    GateJob(QString name, qint64 interval, qint64 firstDelay, bool gated = false)
        : m_name(std::move(name)), m_interval(interval), m_firstDelay(firstDelay), m_gated(gated)
    {
    }
    QString name() const override { return m_name; }
    QString title() const override { return m_name; }
    qint64 intervalSecs() const override { return m_interval; }
    qint64 firstDelaySecs() const override { return m_firstDelay; }
    Result<JobSummary> run(const JobContext& context) override
    {
        const int now = ++concurrent;
        maxConcurrent = qMax(maxConcurrent.load(), now);
        thread = QThread::currentThread();
        for (int i = 1; i <= progressSteps; ++i)
            context.report({QStringLiteral("step %1").arg(i), i, progressSteps});
        while (m_gated && !gate.tryAcquire(1, 10)) {
            if (context.cancelled()) {
                --concurrent;
                ++runs;
                return Error{Error::Code::Cancelled, QStringLiteral("stopped"), {}};
            }
        }
        --concurrent;
        ++runs;
        if (fail)
            return Error{Error::Code::Store, QStringLiteral("disk full"), {}};
        return JobSummary{QStringLiteral("ran %1").arg(m_name), true};
    }

    QSemaphore gate;
    std::atomic_int runs{0}, concurrent{0}, maxConcurrent{0};
    std::atomic<QThread*> thread{nullptr};
    int progressSteps = 0;
    bool fail = false;

private:
    QString m_name;
    qint64 m_interval, m_firstDelay;
    bool m_gated;
};

constexpr int kWaitMs = 5000;
constexpr int kNoTick = 3600 * 1000; // the tests call runDue() themselves

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT
private slots:
    void firstRunAndInterval_data()
    {
        QTest::addColumn<qint64>("firstDelay");
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<qint64>("advance");   // seconds after the first run ended
        QTest::addColumn<int>("runsExpected"); // after runDue() at start + firstDelay + advance
        QTest::newRow("every minute, 59 s later: not yet") << qint64(0) << qint64(60) << qint64(59) << 1;
        QTest::newRow("every minute, 60 s later: again") << qint64(0) << qint64(60) << qint64(60) << 2;
        QTest::newRow("delayed 5 s, every minute, 60 s later") << qint64(5) << qint64(60) << qint64(60) << 2;
        QTest::newRow("on demand only: never again") << qint64(0) << qint64(0) << qint64(86400) << 1;
    }
    void firstRunAndInterval()
    {
        QFETCH(qint64, firstDelay);
        QFETCH(qint64, interval);
        QFETCH(qint64, advance);
        QFETCH(int, runsExpected);
        ManualClock clock(1'000'000);
        JobRunner runner(clock);
        auto job = std::make_shared<GateJob>(QStringLiteral("a"), interval, firstDelay);
        runner.add(job);
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start(kNoTick);
        if (firstDelay > 0) {
            QVERIFY(!runner.isRunning(QStringLiteral("a"))); // not due yet
            QCOMPARE(runner.nextDue(QStringLiteral("a")), clock.nowSecs() + firstDelay);
            clock.advance(firstDelay - 1);
            QCOMPARE(runner.runDue(), 0);
            clock.advance(1);
            QCOMPARE(runner.runDue(), 1);
        }
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(job->runs.load(), 1);
        QCOMPARE(runner.nextDue(QStringLiteral("a")), interval > 0 ? clock.nowSecs() + interval : 0);
        clock.advance(advance);
        runner.runDue();
        if (runsExpected > 1)
            QVERIFY(finished.wait(kWaitMs));
        else
            QVERIFY(runner.isIdle());
        QCOMPARE(job->runs.load(), runsExpected);
    }

    void runsOffTheCallingThread()
    {
        ManualClock clock(1000);
        JobRunner runner(clock);
        auto job = std::make_shared<GateJob>(QStringLiteral("a"), 0, 0);
        runner.add(job);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QVERIFY(runner.trigger(QStringLiteral("a")));
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(job->thread.load() != nullptr);
        QVERIFY(job->thread.load() != QThread::currentThread());
        const auto outcome = finished.first().at(1).value<JobOutcome>();
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.summary.text, QStringLiteral("ran a"));
        QVERIFY(outcome.summary.changed);
    }

    void oneRunOfAJobAtATime()
    {
        ManualClock clock(1000);
        JobRunner runner(clock);
        auto a = std::make_shared<GateJob>(QStringLiteral("a"), 60, 0, true);
        auto b = std::make_shared<GateJob>(QStringLiteral("b"), 60, 0, true);
        runner.add(a);
        runner.add(b);
        QSignalSpy started(&runner, &JobRunner::started);
        QSignalSpy idle(&runner, &JobRunner::idle);
        runner.start(kNoTick);
        QCOMPARE(started.count(), 2); // both due at start: two kinds may run side by side
        QVERIFY(!runner.trigger(QStringLiteral("a"))); // "Sync now" while it runs: refused
        clock.advance(3600);
        QCOMPARE(runner.runDue(), 0); // overdue, but still running
        QCOMPARE(started.count(), 2);
        a->gate.release();
        b->gate.release();
        QVERIFY(idle.wait(kWaitMs));
        QCOMPARE(a->runs.load(), 1);
        QCOMPARE(a->maxConcurrent.load(), 1);
        QVERIFY(runner.trigger(QStringLiteral("a"))); // ended: may run again
        a->gate.release();
        QVERIFY(idle.wait(kWaitMs));
        QCOMPARE(a->runs.load(), 2);
        QCOMPARE(a->maxConcurrent.load(), 1);
        QVERIFY(!runner.trigger(QStringLiteral("unknown")));
    }

    void cancelStopsARun()
    {
        ManualClock clock(1000);
        JobRunner runner(clock);
        auto job = std::make_shared<GateJob>(QStringLiteral("a"), 60, 0, true);
        runner.add(job);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QVERIFY(runner.trigger(QStringLiteral("a")));
        QVERIFY(runner.isRunning(QStringLiteral("a")));
        runner.cancel(QStringLiteral("a"));
        QVERIFY(finished.wait(kWaitMs));
        const auto outcome = finished.first().at(1).value<JobOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.errorCode, Error::Code::Cancelled);
        QVERIFY(!runner.isRunning(QStringLiteral("a")));
        // The next run starts with a fresh flag.
        QVERIFY(runner.trigger(QStringLiteral("a")));
        job->gate.release();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(finished.last().at(1).value<JobOutcome>().ok);
    }

    void triggerWhileStoppingRunsAgainAfter()
    {
        ManualClock clock(1000);
        JobRunner runner(clock);
        auto job = std::make_shared<GateJob>(QStringLiteral("a"), 0, 0, true);
        runner.add(job);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy started(&runner, &JobRunner::started);
        QVERIFY(runner.trigger(QStringLiteral("a")));
        runner.cancel(QStringLiteral("a"));
        QVERIFY(runner.trigger(QStringLiteral("a"))); // "Sync now" right after Cancel: queued, not lost
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(finished.first().at(1).value<JobOutcome>().cancelled);
        QCOMPARE(started.count(), 2);
        QVERIFY(runner.isRunning(QStringLiteral("a")));
        job->gate.release();
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(finished.last().at(1).value<JobOutcome>().ok);
        QCOMPARE(job->maxConcurrent.load(), 1);
    }

    void failureIsReported()
    {
        ManualClock clock(1000);
        JobRunner runner(clock);
        auto job = std::make_shared<GateJob>(QStringLiteral("a"), 60, 0);
        job->fail = true;
        runner.add(job);
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start(kNoTick);
        QVERIFY(finished.wait(kWaitMs));
        const auto outcome = finished.first().at(1).value<JobOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.errorCode, Error::Code::Store);
        QCOMPARE(outcome.error, QStringLiteral("disk full"));
        QCOMPARE(runner.nextDue(QStringLiteral("a")), clock.nowSecs() + 60); // tried again on schedule
    }

    void stopCancelsAndUnschedules()
    {
        ManualClock clock(1000);
        JobRunner runner(clock);
        auto job = std::make_shared<GateJob>(QStringLiteral("a"), 60, 0, true);
        runner.add(job);
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start(kNoTick);
        QVERIFY(runner.isRunning(QStringLiteral("a")));
        runner.stop();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(finished.first().at(1).value<JobOutcome>().cancelled);
        QCOMPARE(runner.nextDue(QStringLiteral("a")), qint64(0));
        clock.advance(3600);
        QCOMPARE(runner.runDue(), 0);
    }

    void progressArrivesInOrderOnTheRunnersThread()
    {
        ManualClock clock(1000);
        JobRunner runner(clock);
        auto job = std::make_shared<GateJob>(QStringLiteral("a"), 0, 0);
        job->progressSteps = 3;
        runner.add(job);
        QStringList texts;
        QList<QThread*> threads;
        connect(&runner, &JobRunner::progressed, this, [&](const QString& name, const JobProgress& p) {
            QCOMPARE(name, QStringLiteral("a"));
            texts.append(QStringLiteral("%1 %2/%3").arg(p.text).arg(p.done).arg(p.total));
            threads.append(QThread::currentThread());
        });
        QSignalSpy finished(&runner, &JobRunner::finished);
        QVERIFY(runner.trigger(QStringLiteral("a")));
        QVERIFY(finished.wait(kWaitMs));
        QTRY_COMPARE(texts, (QStringList{QStringLiteral("step 1 1/3"), QStringLiteral("step 2 2/3"),
                                         QStringLiteral("step 3 3/3")}));
        for (QThread* t : std::as_const(threads))
            QCOMPARE(t, QThread::currentThread());
    }

    void timerRunsDueJobs()
    {
        ManualClock clock(1000);
        JobRunner runner(clock);
        auto job = std::make_shared<GateJob>(QStringLiteral("a"), 60, 2);
        runner.add(job);
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start(20);
        QTest::qWait(100);
        QCOMPARE(job->runs.load(), 0);
        clock.advance(2); // the timer notices by itself
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(job->runs.load(), 1);
    }

    void destroyingTheRunnerWaitsForItsJobs()
    {
        ManualClock clock(1000);
        auto job = std::make_shared<GateJob>(QStringLiteral("a"), 60, 0, true);
        {
            JobRunner runner(clock);
            runner.add(job);
            runner.start(kNoTick);
            QVERIFY(runner.isRunning(QStringLiteral("a")));
        } // cancels and waits
        QCOMPARE(job->runs.load(), 1);
        QCOMPARE(job->concurrent.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "test_jobrunner.moc"
