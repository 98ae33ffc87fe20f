#include "reconcilecommand.h"

#include "cliapi.h"
#include "storeopen.h"

#include "auth/authorizer.h"
#include "auth/systemactor.h"
#include "foundation/clock.h"
#include "reconciliation/bankparser.h"
#include "reconciliation/reconciliationservice.h"
#include "storage/auditlog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace dp::app::cli {
namespace {

enum { kReconcileOk = 0, kReconcileFailed = 1, kReconcileBadInput = 2 };

QJsonArray badLinesJson(const QList<recon::BadLine>& bad, const QString& file)
{
    QJsonArray out;
    for (const recon::BadLine& b : bad)
        out.append(QJsonObject{{QStringLiteral("line"), b.line}, {QStringLiteral("reason"), b.reason},
                               {QStringLiteral("file"), file}});
    return out;
}

// The one JSON object of --json, or the lines for people.
struct Summary
{
    QDate date;
    QString zone;
    qint64 rooftopId = 0;
    int dmsLines = 0, matched = 0, unmatchedDms = 0, unmatchedPayments = 0, differences = 0;
    int linesAdded = 0, depositsAdded = 0, depositsMatched = 0, unmatchedDeposits = 0;
    bool alreadyImported = false;
    QJsonArray badLines;
    QString error;
    recon::DayTotals totals;
    bool closed = false;
};

void print(const Summary& s, bool json)
{
    if (json) {
        QJsonObject o{{QStringLiteral("date"), s.date.toString(Qt::ISODate)},
                      {QStringLiteral("time_zone"), s.zone},
                      {QStringLiteral("rooftop_id"), s.rooftopId},
                      {QStringLiteral("dms_lines"), s.dmsLines},
                      {QStringLiteral("matched"), s.matched},
                      {QStringLiteral("unmatched_dms"), s.unmatchedDms},
                      {QStringLiteral("unmatched_payments"), s.unmatchedPayments},
                      {QStringLiteral("differences"), s.differences},
                      {QStringLiteral("bad_lines"), s.badLines},
                      {QStringLiteral("lines_added"), s.linesAdded},
                      {QStringLiteral("already_imported"), s.alreadyImported},
                      {QStringLiteral("deposits_added"), s.depositsAdded},
                      {QStringLiteral("deposits_matched"), s.depositsMatched},
                      {QStringLiteral("unmatched_deposits"), s.unmatchedDeposits},
                      {QStringLiteral("day_closed"), s.closed},
                      {QStringLiteral("currency"), s.totals.currency},
                      {QStringLiteral("dms_total"), s.totals.dmsTotal},
                      {QStringLiteral("payments_total"), s.totals.paymentsTotal}};
        if (!s.error.isEmpty())
            o.insert(QStringLiteral("error"), s.error);
        printResult(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return;
    }
    for (const QJsonValue& b : s.badLines) {
        const QJsonObject o = b.toObject();
        printError(QCoreApplication::translate("Cli", "%1, line %2: %3").arg(o.value(QLatin1String("file")).toString())
                       .arg(o.value(QLatin1String("line")).toInt())
                       .arg(o.value(QLatin1String("reason")).toString()));
    }
    if (!s.error.isEmpty()) {
        printError(s.error);
        return;
    }
    printResult(QCoreApplication::translate("Cli", "%1 (%2): %n DMS line(s), %3 matched, %4 unmatched DMS line(s), %5 unmatched payment(s), "
                   "%6 difference(s).", nullptr, s.dmsLines)
                    .arg(s.date.toString(Qt::ISODate), s.zone)
                    .arg(s.matched)
                    .arg(s.unmatchedDms)
                    .arg(s.unmatchedPayments)
                    .arg(s.differences));
    if (s.closed)
        printResult(QCoreApplication::translate("Cli", "The day is closed: nothing new was matched."));
}

} // namespace

QString reconcileUsage()
{
    return QStringLiteral(
        "Usage: dealerpay-cli reconcile --db STORE --date YYYY-MM-DD --tz ZONE --dms FILE [--bank FILE]\n"
        "                               [--rooftop ID] [--dms-name NAME] [--json]\n\n"
        "Imports the DMS cashier export (CSV: UTF-8 or Windows-1252, `,` `;` or tab, a header in English,\n"
        "French or Italian, or the column mapping saved for --dms-name in the desktop app) and the bank\n"
        "statement (CSV or OFX), matches the day's DMS lines to the card payments in the store (RO number and\n"
        "amount, then amount and time), the payouts to the bank deposits, and prints a summary. A file imported\n"
        "again adds nothing. A closed day is not changed.\n\n"
        "  --db STORE       the SQLite store (synced with `dealerpay-cli sync`)\n"
        "  --date DAY       the business day to reconcile, YYYY-MM-DD\n"
        "  --tz ZONE        the IANA time zone of the day and of the files' times, e.g. America/Toronto\n"
        "  --dms FILE       the DMS cashier export\n"
        "  --bank FILE      the bank statement (CSV or OFX)\n"
        "  --rooftop ID     the rooftop the files belong to (default: all rooftops)\n"
        "  --dms-name NAME  which DMS wrote the file, for its saved column mapping (default: \"default\")\n"
        "  --json           one JSON object: date, dms_lines, matched, unmatched_dms, unmatched_payments,\n"
        "                   differences, bad_lines [{line, reason}]\n\n"
        "Exit codes:\n"
        "  0  imported and matched (unmatched lines are not an error)\n"
        "  1  another failure (the store cannot be opened or written)\n"
        "  2  bad input: bad option, unreadable file, bad lines or a closed day; nothing was imported\n");
}

int runReconcileCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Store."), QStringLiteral("store"));
    const QCommandLineOption dateOpt(QStringLiteral("date"), QStringLiteral("Day."), QStringLiteral("day"));
    const QCommandLineOption tzOpt(QStringLiteral("tz"), QStringLiteral("Time zone."), QStringLiteral("zone"));
    const QCommandLineOption dmsOpt(QStringLiteral("dms"), QStringLiteral("DMS export."), QStringLiteral("file"));
    const QCommandLineOption bankOpt(QStringLiteral("bank"), QStringLiteral("Bank statement."), QStringLiteral("file"));
    const QCommandLineOption rooftopOpt(QStringLiteral("rooftop"), QStringLiteral("Rooftop id."), QStringLiteral("id"));
    const QCommandLineOption dmsNameOpt(QStringLiteral("dms-name"), QStringLiteral("DMS name."), QStringLiteral("name"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("JSON summary."));
    parser.addOptions({help, dbOpt, dateOpt, tzOpt, dmsOpt, bankOpt, rooftopOpt, dmsNameOpt, jsonOpt});
    if (auto bad = parse(parser, args)) {
        printError(bad->message);
        return kReconcileBadInput;
    }
    if (parser.isSet(help)) {
        printResult(reconcileUsage());
        return kReconcileOk;
    }
    const bool json = parser.isSet(jsonOpt);
    Summary summary;
    summary.date = QDate::fromString(parser.value(dateOpt), Qt::ISODate);
    summary.zone = parser.value(tzOpt);

    // Every mistake of the command line at once.
    QStringList problems;
    if (!parser.isSet(dbOpt))
        problems << QCoreApplication::translate("Cli", "Give the store with --db.");
    if (!summary.date.isValid())
        problems << QCoreApplication::translate("Cli", "Give the day with --date YYYY-MM-DD.");
    if (summary.zone.isEmpty() || !QTimeZone(summary.zone.toUtf8()).isValid())
        problems << QCoreApplication::translate("Cli", "Give the time zone with --tz, e.g. America/Toronto.");
    bool rooftopOk = true;
    summary.rooftopId = parser.isSet(rooftopOpt) ? parser.value(rooftopOpt).toLongLong(&rooftopOk) : 0;
    if (!rooftopOk || summary.rooftopId < 0)
        problems << QCoreApplication::translate("Cli", "--rooftop takes the number of a rooftop.");
    QByteArray dmsBytes, bankBytes;
    if (!parser.isSet(dmsOpt)) {
        problems << QCoreApplication::translate("Cli", "Give the DMS export with --dms.");
    } else {
        QFile f(parser.value(dmsOpt));
        if (!f.open(QIODevice::ReadOnly))
            problems << QCoreApplication::translate("Cli", "The DMS export %1 cannot be read: %2").arg(f.fileName(), f.errorString());
        else
            dmsBytes = f.readAll();
    }
    if (parser.isSet(bankOpt)) {
        QFile f(parser.value(bankOpt));
        if (!f.open(QIODevice::ReadOnly))
            problems << QCoreApplication::translate("Cli", "The bank statement %1 cannot be read: %2").arg(f.fileName(), f.errorString());
        else
            bankBytes = f.readAll();
    }
    if (!problems.isEmpty()) {
        summary.error = problems.join(QLatin1Char(' '));
        print(summary, json);
        return kReconcileBadInput;
    }
    // The bank statement is read before anything is imported: bad input imports nothing at all.
    if (parser.isSet(bankOpt)) {
        const recon::BankParseResult bank = recon::BankParser::parse(bankBytes);
        if (!bank.error.isEmpty() || !bank.badLines.isEmpty()) {
            summary.badLines = badLinesJson(bank.badLines, parser.value(bankOpt));
            summary.error = bank.error.isEmpty() ? QCoreApplication::translate("Cli", "The bank statement has bad lines: nothing was imported.")
                                                 : bank.error;
            print(summary, json);
            return kReconcileBadInput;
        }
    }

    QString openError;
    const auto db = openExistingStore(parser.value(dbOpt), &openError);
    if (!db) {
        summary.error = openError;
        print(summary, json);
        return kReconcileFailed;
    }
    store::AuditLog audit(*db);
    Authorizer auth(*db);
    recon::ReconciliationService service(*db, audit, auth, Clock::system());
    const Session actor = systemActor(QCoreApplication::translate("Cli", "reconcile"));
    const auto failed = [&](const Error& e) {
        summary.error = e.message;
        print(summary, json);
        return e.code == Error::Code::Validation ? kReconcileBadInput : kReconcileFailed;
    };

    recon::DmsImportRequest dms;
    dms.content = dmsBytes;
    dms.fileName = parser.value(dmsOpt);
    dms.dmsName = parser.value(dmsNameOpt);
    dms.rooftopId = summary.rooftopId;
    dms.timeZone = summary.zone;
    const auto imported = service.importDms(actor, dms);
    if (!imported)
        return failed(imported.error());
    if (imported.value().needsMapping) {
        summary.error = QCoreApplication::translate("Cli", "The columns of %1 are not recognized and no column mapping is saved for the DMS \"%2\": "
                           "import it once in DealerPay (Reconciliation) to choose them, then run this again.")
                            .arg(dms.fileName, dms.dmsName.isEmpty() ? QStringLiteral("default") : dms.dmsName);
        print(summary, json);
        return kReconcileBadInput;
    }
    if (!imported.value().badLines.isEmpty()) {
        summary.badLines = badLinesJson(imported.value().badLines, dms.fileName);
        summary.error = QCoreApplication::translate("Cli", "The DMS export has %n bad line(s): nothing was imported.", nullptr,
                           int(imported.value().badLines.size()));
        print(summary, json);
        return kReconcileBadInput;
    }
    summary.linesAdded = imported.value().linesAdded;
    summary.alreadyImported = imported.value().alreadyImported;
    if (!json && !imported.value().dates.contains(summary.date))
        printProgress(QCoreApplication::translate("Cli", "Note: %1 has no line dated %2.").arg(dms.fileName, summary.date.toString(Qt::ISODate)));
    if (parser.isSet(bankOpt)) {
        recon::BankImportRequest bank;
        bank.content = bankBytes;
        bank.fileName = parser.value(bankOpt);
        bank.rooftopId = summary.rooftopId;
        const auto banked = service.importBank(actor, bank);
        if (!banked)
            return failed(banked.error());
        summary.depositsAdded = banked.value().depositsAdded;
    }

    const auto report = service.reconcile(actor, {summary.date, summary.rooftopId, summary.zone});
    if (!report)
        return failed(report.error());
    const recon::DayReport& r = report.value();
    summary.closed = r.state.closed;
    summary.dmsLines = int(r.dmsLines.size());
    summary.unmatchedDms = int(r.unmatchedDmsLineIds.size());
    summary.unmatchedPayments = int(r.unmatchedPaymentIds.size());
    summary.differences = int(r.differences.size());
    for (const recon::Match& m : r.matches) {
        summary.matched += int(m.items.dmsLineIds.size());
        summary.depositsMatched += int(m.items.depositIds.size());
    }
    summary.unmatchedDeposits = int(r.unmatchedDepositIds.size());
    summary.totals = r.totals;
    print(summary, json);
    return kReconcileOk;
}

} // namespace dp::app::cli
