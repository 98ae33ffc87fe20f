#include "synccommand.h"

#include "cliapi.h"
#include "jobrunwatch.h"

#include "context/appcontext.h"
#include "jobs/jobrunner.h"
#include "jobs/syncjob.h"

#include <QCoreApplication>

namespace dp::app::cli {

QString syncUsage()
{
    return QStringLiteral("Usage: dealerpay-cli sync [--api-base URL] [--db STORE] [--settings FILE]\n\n"
                          "Brings the store up to date with every connected account the payments API lists:\n"
                          "payments, refunds, payouts and recent changes. Progress goes to stderr, a one-line\n"
                          "summary to stdout. Safe to run again at any time (from cron, say): a second run adds\n"
                          "only what changed. Ctrl+C stops it cleanly; the next run continues where it stopped.\n\n"
                          "  --api-base URL   base URL of the payments API (default: the configured one)\n"
                          "  --db STORE       SQLite file (default: the desktop app's live store)\n"
                          "  --settings FILE  settings file (default: the desktop app's settings)\n\n"
                          "The API key is read from the environment variable DEALERPAY_API_KEY, else from the\n"
                          "keychain. It is never accepted on the command line.\n\n")
        + exitCodesText();
}

int runSyncCommand(const QStringList& args)
{
    QCommandLineParser parser;
    Opened opened;
    if (const auto stop = startCommand(parser, args, syncUsage(), opened))
        return *stop;
    AppContext& app = *opened.context->app;

    jobs::JobRunner& runner = app.jobs();
    runner.add(std::make_shared<jobs::SyncJob>(app.sync(), SyncService::Scope::PlatformAccounts));
    JobRunWatch watch(runner);
    watchStopSignals();
    runner.trigger(jobs::SyncJob::jobName());
    watch.waitUntilIdle();
    const jobs::JobOutcome outcome = watch.outcomes().value(jobs::SyncJob::jobName());
    if (outcome.ok) {
        printResult(outcome.summary.text);
        return kExitOk;
    }
    printError(outcome.cancelled ? QCoreApplication::translate("Cli", "The sync was stopped; the next run continues "
                                                                      "where it stopped.")
                                 : QCoreApplication::translate("Cli", "The sync failed: %1").arg(outcome.error));
    if (outcome.errorCode == Error::Code::Store)
        return kExitStore;
    return kExitJobFailed;
}

} // namespace dp::app::cli
