#include "jobrunwatch.h"

#include "cliapi.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace dp::app::cli {

JobRunWatch::JobRunWatch(jobs::JobRunner& runner, bool printSummaries) : m_runner(runner)
{
    connect(&runner, &jobs::JobRunner::progressed, this, [](const QString& name, const jobs::JobProgress& p) {
        if (!p.text.isEmpty())
            printProgress(QStringLiteral("[%1] %2").arg(name, p.text));
    });
    connect(&runner, &jobs::JobRunner::finished, this,
            [this, printSummaries](const QString& name, const jobs::JobOutcome& outcome) {
                m_outcomes.insert(name, outcome);
                if (!printSummaries)
                    return;
                if (outcome.ok)
                    printResult(QStringLiteral("%1: %2").arg(name, outcome.summary.text));
                else
                    printError(QStringLiteral("%1: %2").arg(name, outcome.error));
            });
    m_signalPoll.setInterval(100);
    connect(&m_signalPoll, &QTimer::timeout, this, &JobRunWatch::checkSignals);
    m_signalPoll.start();
}

void JobRunWatch::checkSignals()
{
    if (m_stopping || !interrupted())
        return;
    m_stopping = true;
    printProgress(QCoreApplication::translate("Cli", "Stopping: waiting for the running jobs to end…"));
    m_runner.stop();
}

void JobRunWatch::waitUntilIdle()
{
    while (!m_runner.isIdle())
        m_runner.waitForIdle(1000);
}

void JobRunWatch::runUntilStopped()
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &loop, [this, &loop] {
        if (m_stopping && m_runner.isIdle())
            loop.quit();
    });
    poll.start();
    loop.exec();
}

} // namespace dp::app::cli
