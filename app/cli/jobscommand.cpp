#include "jobscommand.h"

#include "cliapi.h"
#include "jobrunwatch.h"

#include "context/appcontext.h"
#include "jobs/jobrunner.h"
#include "jobs/syncjob.h"

#include <QCoreApplication>

namespace dp::app::cli {

QString jobsUsage()
{
    return QStringLiteral("Usage: dealerpay-cli jobs run [--once] [--api-base URL] [--db STORE] [--settings FILE]\n\n"
                          "Runs the background jobs of the desktop app for a store: payout e-mails (every minute),\n"
                          "refund recovery (at start, then every 15 minutes; audited as the system actor) and the\n"
                          "payments sync of every connected account (every minute).\n\n"
                          "  --once           run each job once, print one summary line per job and exit (cron)\n"
                          "                   without it: keep running on schedule until SIGINT or SIGTERM\n"
                          "  --api-base URL   base URL of the payments API (default: the configured one)\n"
                          "  --db STORE       SQLite file (default: the desktop app's live store)\n"
                          "  --settings FILE  settings file with the mail server (default: the desktop app's)\n\n"
                          "The API key is read from the environment variable DEALERPAY_API_KEY, else from the\n"
                          "keychain. It is never accepted on the command line.\n\n")
        + exitCodesText();
}

int runJobsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"), QStringLiteral("Run each job once and exit."));
    parser.addOption(once);
    Opened opened;
    if (const auto stop = startCommand(parser, args, jobsUsage(), opened))
        return *stop;
    AppContext& app = *opened.context->app;

    jobs::JobRunner& runner = app.jobs();
    // Without the desktop app the store may hold no rooftops: sync what the platform lists.
    runner.add(std::make_shared<jobs::SyncJob>(app.sync(), SyncService::Scope::PlatformAccounts));
    JobRunWatch watch(runner, true);
    watchStopSignals();
    if (!parser.isSet(once)) {
        runner.start();
        watch.runUntilStopped();
        return kExitOk;
    }
    runner.setMaxThreads(1); // one after the other, in a fixed order
    for (const QString& name : runner.jobNames())
        runner.trigger(name);
    watch.waitUntilIdle();
    int failed = 0;
    for (const QString& name : runner.jobNames())
        failed += watch.outcomes().value(name).ok ? 0 : 1;
    if (failed == 0)
        return kExitOk;
    printError(QCoreApplication::translate("Cli", "%n job(s) failed.", nullptr, failed));
    return kExitJobFailed;
}

} // namespace dp::app::cli
