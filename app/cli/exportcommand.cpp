#include "exportcommand.h"

#include "cliapi.h"
#include "storeopen.h"

#include "auth/authorizer.h"
#include "auth/systemactor.h"
#include "payments/paymentexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace dp::app::cli {
namespace {

enum { kExportOk = 0, kExportFailed = 1, kExportBadInput = 2 };

} // namespace

QString exportUsage()
{
    return QStringLiteral(
               "Usage: dealerpay-cli export payments --db STORE --from YYYY-MM-DD --to YYYY-MM-DD --tz ZONE\n"
               "                                     [--columns a,b,...] --out FILE\n\n"
               "Writes the payments created from the first to the last day (both included, in the time zone) as\n"
               "CSV: UTF-8, a header line, times in the zone with a time_zone column, amounts as plain decimals\n"
               "(1234.56). Cells that a spreadsheet could take for a formula (= + - @, tab, CR) start with an\n"
               "apostrophe. --out - writes to stdout.\n\n"
               "Columns (default: %1):\n  %2\n\n"
               "Exit codes:\n"
               "  0  exported\n"
               "  1  another failure (the store cannot be opened or read, the file cannot be written)\n"
               "  2  bad input (option, day, zone or column); nothing was written\n")
        .arg(PaymentExport::defaultColumns().join(QLatin1Char(',')), PaymentExport::availableColumns().join(QLatin1Char(',')));
}

int runExportCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Store."), QStringLiteral("store"));
    const QCommandLineOption fromOpt(QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("day"));
    const QCommandLineOption toOpt(QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("day"));
    const QCommandLineOption tzOpt(QStringLiteral("tz"), QStringLiteral("Time zone."), QStringLiteral("zone"));
    const QCommandLineOption columnsOpt(QStringLiteral("columns"), QStringLiteral("Columns."), QStringLiteral("list"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("file"));
    parser.addOptions({help, dbOpt, fromOpt, toOpt, tzOpt, columnsOpt, outOpt});
    if (auto bad = parse(parser, args)) {
        printError(bad->message);
        return kExportBadInput;
    }
    if (parser.isSet(help)) {
        printResult(exportUsage());
        return kExportOk;
    }
    PaymentExportRequest request;
    request.from = QDate::fromString(parser.value(fromOpt), Qt::ISODate);
    request.to = QDate::fromString(parser.value(toOpt), Qt::ISODate);
    request.timeZone = parser.value(tzOpt);
    if (parser.isSet(columnsOpt)) {
        for (const QString& c : parser.value(columnsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.columns.append(c.trimmed());
    }
    QStringList problems;
    if (!parser.isSet(dbOpt))
        problems << QCoreApplication::translate("Cli", "Give the store with --db.");
    if (!parser.isSet(outOpt))
        problems << QCoreApplication::translate("Cli", "Give the file to write with --out (- for stdout).");
    if (auto bad = PaymentExport::validate(request)) {
        for (const FieldError& e : bad->fieldErrors)
            problems << e.message;
    }
    if (!problems.isEmpty()) {
        for (const QString& p : problems)
            printError(p);
        return kExportBadInput;
    }
    QString openError;
    const auto db = openExistingStore(parser.value(dbOpt), &openError);
    if (!db) {
        printError(openError);
        return kExportFailed;
    }
    Authorizer auth(*db);
    PaymentExport exporter(*db, auth);
    const Session actor = systemActor(QCoreApplication::translate("Cli", "export"));
    const QString outPath = parser.value(outOpt);
    if (outPath == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            printError(QCoreApplication::translate("Cli", "The standard output cannot be written."));
            return kExportFailed;
        }
        const auto written = exporter.writeCsv(actor, request, out);
        if (!written) {
            printError(written.error().message);
            return written.error().code == Error::Code::Validation ? kExportBadInput : kExportFailed;
        }
        return kExportOk;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        printError(QCoreApplication::translate("Cli", "%1 cannot be written: %2").arg(outPath, out.errorString()));
        return kExportFailed;
    }
    const auto written = exporter.writeCsv(actor, request, out);
    if (!written) {
        out.cancelWriting();
        printError(written.error().message);
        return written.error().code == Error::Code::Validation ? kExportBadInput : kExportFailed;
    }
    if (!out.commit()) {
        printError(QCoreApplication::translate("Cli", "%1 cannot be written: %2").arg(outPath, out.errorString()));
        return kExportFailed;
    }
    printResult(QCoreApplication::translate("Cli", "%n payment(s) written to %1.", nullptr, int(written.value())).arg(outPath));
    return kExportOk;
}

} // namespace dp::app::cli
