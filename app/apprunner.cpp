#include "apprunner.h"

#include "translations.h"
#include "cli/cliapi.h"
#include "cli/jobscommand.h"
#include "cli/exportcommand.h"
#include "cli/reconcilecommand.h"
#include "cli/synccommand.h"
#include "cli/reportcommand.h"
#include "cli/payoutscommand.h"

#include "server/sandboxserver.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace dp::app {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DealerPay"));
    QCoreApplication::setApplicationName(QStringLiteral("DealerPay"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

namespace {

int auditVerify(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("SQLite store to check."), QStringLiteral("file"));
    parser.addOption(dbOpt);
    parser.process(args);
    store::Database::Options options;
    options.path = parser.isSet(dbOpt) ? parser.value(dbOpt) : store::Database::defaultPath();
    if (!QFile::exists(options.path)) {
        std::fprintf(stderr, "No store at %s\n", qPrintable(options.path));
        return 2;
    }
    store::Database db(options);
    if (auto opened = db.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    const auto v = store::AuditLog(db).verify();
    if (v.ok) {
        std::printf("audit log intact: %lld rows\n", static_cast<long long>(v.rows));
        return 0;
    }
    std::printf("audit log TAMPERED at row %lld: %s\n", static_cast<long long>(v.firstBadId), qPrintable(v.problem));
    return 1;
}

void cliUsage()
{
    std::printf("Usage: dealerpay-cli <command> [options]\n\n"
                "  sync [--api-base URL] [--db STORE]                          sync every connected account into the store\n"
                "  jobs run [--once] [--api-base URL] [--db STORE]             run the payout e-mails, refund recovery and sync\n"
                "  report --type TYPE --from D --to D --tz ZONE --out FILE      run a report of the Reporting API, save its CSV\n"
                "  payouts --db STORE [--from D --to D] [--json]               list the synced payouts per rooftop\n"
                "  sandbox serve [--port N] [--profile demo|empty] [--seed N]   run the sandbox API server\n"
                "  audit verify [--db FILE]                                    check the audit log's hash chain\n"
                "  reconcile --db STORE --date D --tz ZONE --dms FILE [--bank FILE] [--rooftop ID] [--json]\n"
                "                                                              import the DMS export, match the day\n"
                "  export payments --db STORE --from D --to D --tz ZONE [--columns a,b] --out FILE\n"
                "                                                              payments as CSV\n\n"
                "`dealerpay-cli <command> --help` tells more. The API key comes from the environment variable\n"
                "DEALERPAY_API_KEY or the keychain, never from the command line.\n\n"
                "%s",
                qPrintable(cli::exitCodesText()));
}

} // namespace

int runCli(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslations(QString());
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    const QString sub = args.value(2);
    QStringList rest = args.mid(3);
    rest.prepend(args.value(0) + QLatin1Char(' ') + command + QLatin1Char(' ') + sub);
    if (command == QLatin1String("sync")) {
        QStringList syncArgs = args.mid(2);
        syncArgs.prepend(args.value(0) + QStringLiteral(" sync"));
        return cli::runSyncCommand(syncArgs);
    }
    if (command == QLatin1String("report")) {
        QStringList reportArgs = args.mid(2);
        reportArgs.prepend(args.value(0) + QStringLiteral(" report"));
        return cli::runReportCommand(reportArgs);
    }
    if (command == QLatin1String("payouts")) {
        QStringList payoutsArgs = args.mid(2);
        payoutsArgs.prepend(args.value(0) + QStringLiteral(" payouts"));
        return cli::runPayoutsCommand(payoutsArgs);
    }
    if (command == QLatin1String("jobs") && sub == QLatin1String("run"))
        return cli::runJobsCommand(rest);
    if (command == QLatin1String("jobs")) {
        std::printf("%s", qPrintable(cli::jobsUsage()));
        return sub == QLatin1String("--help") || sub == QLatin1String("help") ? 0 : 2;
    }
    if (command == QLatin1String("sandbox") && sub == QLatin1String("serve"))
        return sandbox::runServeCommand(rest);
    if (command == QLatin1String("audit") && sub == QLatin1String("verify"))
        return auditVerify(rest);
    if (command == QLatin1String("reconcile")) {
        QStringList reconcileArgs = args.mid(2);
        reconcileArgs.prepend(args.value(0) + QStringLiteral(" reconcile"));
        return cli::runReconcileCommand(reconcileArgs);
    }
    if (command == QLatin1String("export") && sub == QLatin1String("payments"))
        return cli::runExportCommand(rest);
    if (command == QLatin1String("export")) {
        std::printf("%s", qPrintable(cli::exportUsage()));
        return sub == QLatin1String("--help") || sub == QLatin1String("help") ? 0 : 2;
    }
    cliUsage();
    return command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("help") ? 0 : 2;
}

} // namespace dp::app
