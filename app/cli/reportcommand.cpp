#include "reportcommand.h"

#include "cliapi.h"

#include "auth/systemactor.h"
#include "context/appcontext.h"
#include "reports/reportservice.h"
#include "storage/database.h"
#include "storage/rooftoprepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <algorithm>

namespace dp::app::cli {

namespace {

// The connected account of --rooftop (a rooftop id or an acct_ id); without it, the only connected rooftop.
std::optional<QString> accountFor(AppContext& app, const QString& rooftop, QString* problem)
{
    if (rooftop.startsWith(QLatin1String("acct_")))
        return rooftop;
    store::RooftopRepository repo(app.database().connection());
    auto all = repo.all();
    if (!all) {
        *problem = all.error().message;
        return std::nullopt;
    }
    QStringList connected;
    QString only;
    for (const store::RooftopRecord& r : all.value()) {
        if (r.accountId.isEmpty())
            continue;
        if (!rooftop.isEmpty() && QString::number(r.id) == rooftop)
            return r.accountId;
        connected.append(QStringLiteral("%1 (%2)").arg(r.id).arg(r.name));
        only = r.accountId;
    }
    if (rooftop.isEmpty() && connected.size() == 1)
        return only;
    if (!rooftop.isEmpty())
        *problem = QCoreApplication::translate("Cli", "No connected rooftop has the id %1. Connected rooftops: %2.")
                       .arg(rooftop, connected.isEmpty() ? QCoreApplication::translate("Cli", "none") : connected.join(QStringLiteral(", ")));
    else if (connected.isEmpty())
        *problem = QCoreApplication::translate("Cli", "No rooftop of the store is connected to a payments account.");
    else
        *problem = QCoreApplication::translate("Cli", "Several rooftops are connected: choose one with --rooftop (%1).")
                       .arg(connected.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace

QString reportUsage()
{
    return QStringLiteral(
               "Usage: dealerpay-cli report --type TYPE --from YYYY-MM-DD --to YYYY-MM-DD --tz ZONE\n"
               "                            [--rooftop ID] [--columns a,b,...] --out FILE\n"
               "                            [--api-base URL] [--db STORE] [--settings FILE]\n\n"
               "Runs a report of the payments API's Reporting API for the days --from to --to (both included) in\n"
               "the time zone ZONE (IANA, e.g. America/New_York), waits for it and saves its CSV to FILE.\n"
               "TYPE is payouts.itemized.3, balance_change_from_activity.itemized.3 or balance.summary.1.\n"
               "--rooftop takes a rooftop id of the store (or an acct_ id); it may be left out when one rooftop\n"
               "is connected. --columns names the CSV's columns (default: the report's usual ones).\n\n")
        + exitCodesText();
}

int runReportCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("Report type."), QStringLiteral("type"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("date"));
    const QCommandLineOption tz(QStringLiteral("tz"), QStringLiteral("Time zone."), QStringLiteral("zone"));
    const QCommandLineOption rooftop(QStringLiteral("rooftop"), QStringLiteral("Rooftop id."), QStringLiteral("id"));
    const QCommandLineOption columns(QStringLiteral("columns"), QStringLiteral("Columns."), QStringLiteral("list"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("CSV file to write."), QStringLiteral("file"));
    parser.addOptions({type, from, to, tz, rooftop, columns, out});
    // Missing options are told before the store and the API are opened.
    Opened opened;
    {
        QStringList missing;
        for (const auto* o : {&type, &from, &to, &tz, &out}) {
            if (!args.contains(QStringLiteral("--") + o->names().constFirst()) &&
                !std::any_of(args.begin(), args.end(), [o](const QString& a) {
                    return a.startsWith(QStringLiteral("--") + o->names().constFirst() + QLatin1Char('='));
                }))
                missing.append(QStringLiteral("--") + o->names().constFirst());
        }
        const bool help = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
        if (!help && !missing.isEmpty()) {
            printError(QCoreApplication::translate("Cli", "Missing options: %1. See --help.").arg(missing.join(QStringLiteral(", "))));
            return kExitUsage;
        }
    }
    if (const auto stop = startCommand(parser, args, reportUsage(), opened))
        return *stop;
    AppContext& app = *opened.context->app;

    ReportRequest request;
    request.type = parser.value(type);
    request.from = QDate::fromString(parser.value(from), Qt::ISODate);
    request.to = QDate::fromString(parser.value(to), Qt::ISODate);
    request.timeZone = parser.value(tz);
    if (parser.isSet(columns))
        request.columns = parser.value(columns).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QString problem;
    const auto account = accountFor(app, parser.value(rooftop), &problem);
    if (!account) {
        printError(problem);
        return kExitUsage;
    }
    request.connectedAccount = *account;
    if (auto invalid = ReportService::validate(request)) {
        for (const FieldError& e : invalid->fieldErrors)
            printError(e.message);
        return kExitUsage;
    }
    const QString path = parser.value(out);
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        printError(QCoreApplication::translate("Cli", "The folder of %1 does not exist.").arg(path));
        return kExitUsage;
    }

    watchStopSignals();
    std::atomic_bool cancel{false};
    ReportService reports(app.api(), app.authorizer());
    const Session system = systemActor(QStringLiteral("report"));
    auto csv = reports.run(
        system, request,
        [&](ReportStage stage) {
            if (interrupted())
                cancel = true;
            printProgress(stage == ReportStage::Creating  ? QCoreApplication::translate("Cli", "Asking for the report…")
                          : stage == ReportStage::Waiting ? QCoreApplication::translate("Cli", "Waiting for the report…")
                                                          : QCoreApplication::translate("Cli", "Downloading the report…"));
        },
        &cancel);
    if (!csv) {
        printError(csv.error().message);
        return csv.error().code == Error::Code::Validation ? int(kExitUsage) : int(kExitJobFailed);
    }
    if (auto saved = ReportService::saveCsv(csv.value(), path); !saved) {
        printError(saved.error().message);
        return kExitJobFailed;
    }
    const qsizetype lines = csv.value().count('\n');
    const int written = lines > 0 ? int(lines - 1) : 0; // the header is not a line of the report
    printResult(QCoreApplication::translate("Cli", "%1: %n line(s) written to %2", nullptr, written)
                    .arg(ReportService::typeName(request.type), path));
    return kExitOk;
}

} // namespace dp::app::cli
