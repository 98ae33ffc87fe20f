#pragma once

#include "jobs/jobrunner.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace dp::app::cli {

// Shows a JobRunner's runs in the terminal: progress on stderr ("[sync] Syncing …"), each run's summary on stdout,
// and stops the runner cleanly when SIGINT or SIGTERM arrives (see watchStopSignals()).
class JobRunWatch : public QObject
{
    Q_OBJECT
public:
    explicit JobRunWatch(jobs::JobRunner& runner, bool printSummaries = false);
    // Spins the event loop until no job runs (after a stop signal: until the cancelled runs have ended).
    void waitUntilIdle();
    // Spins the event loop until a stop signal, then stops the runner and waits for its jobs.
    void runUntilStopped();
    const QHash<QString, jobs::JobOutcome>& outcomes() const { return m_outcomes; }

private:
    void checkSignals();

    jobs::JobRunner& m_runner;
    QHash<QString, jobs::JobOutcome> m_outcomes;
    QTimer m_signalPoll;
    bool m_stopping = false;
};

} // namespace dp::app::cli
