#include "payoutscommand.h"

#include "cliapi.h"

#include "foundation/money.h"
#include "payments/payoutservice.h"
#include "storage/database.h"
#include "storage/payoutlistrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace dp::app::cli {

namespace {

// arrival_date is midnight UTC of the arrival day: shown as that date.
QString arrivalText(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date().toString(Qt::ISODate);
}

qint64 dayStart(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

QString payoutsUsage()
{
    return QStringLiteral("Usage: dealerpay-cli payouts --db STORE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]\n\n"
                          "Lists the payouts of the store (as the last sync left them), newest arrival first, with\n"
                          "their rooftop, status, arrival date and amount. --from and --to (both included) filter on\n"
                          "the arrival date. --json prints one object {\"payouts\": [...], \"count\": N} with amounts\n"
                          "in minor units. Reads the store only: no API key is needed.\n\n")
        + exitCodesText();
}

int runPayoutsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite store."), QStringLiteral("store"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("date"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object on stdout."));
    parser.addOptions({help, db, from, to, json});
    if (auto bad = parse(parser, args)) {
        printError(bad->message);
        return bad->exitCode;
    }
    if (parser.isSet(help)) {
        printResult(payoutsUsage());
        return kExitOk;
    }
    QStringList problems;
    if (!parser.isSet(db))
        problems.append(QCoreApplication::translate("Cli", "--db is required: give the store's SQLite file."));
    std::optional<qint64> fromAt, toAt;
    if (parser.isSet(from)) {
        const QDate d = QDate::fromString(parser.value(from), Qt::ISODate);
        if (!d.isValid())
            problems.append(QCoreApplication::translate("Cli", "--from takes a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(from)));
        else
            fromAt = dayStart(d);
    }
    if (parser.isSet(to)) {
        const QDate d = QDate::fromString(parser.value(to), Qt::ISODate);
        if (!d.isValid())
            problems.append(QCoreApplication::translate("Cli", "--to takes a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(to)));
        else
            toAt = dayStart(d.addDays(1));
    }
    if (fromAt && toAt && *toAt <= *fromAt)
        problems.append(QCoreApplication::translate("Cli", "--to must not be before --from."));
    if (!problems.isEmpty()) {
        for (const QString& p : problems)
            printError(p);
        return kExitUsage;
    }
    const QString path = parser.value(db);
    if (!QFileInfo(path).isFile()) {
        printError(QCoreApplication::translate("Cli", "The store %1 does not exist.").arg(path));
        return kExitStore;
    }
    store::Database::Options options;
    options.path = path;
    store::Database database(options);
    if (auto opened = database.open(); !opened) {
        printError(QCoreApplication::translate("Cli", "The store %1 could not be opened: %2").arg(path, opened.error().message));
        return kExitStore;
    }
    auto rows = store::PayoutListRepository(database).list(fromAt, toAt);
    if (!rows) {
        printError(rows.error().message);
        return kExitStore;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const store::PayoutListRow& r : rows.value())
            list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("rooftop_id"), r.rooftopId},
                                    {QStringLiteral("rooftop"), r.rooftopName},
                                    {QStringLiteral("account"), r.accountId},
                                    {QStringLiteral("status"), r.status},
                                    {QStringLiteral("arrival_date"), arrivalText(r.arrivalDate)},
                                    {QStringLiteral("amount"), r.amount},
                                    {QStringLiteral("currency"), r.currency}});
        const QJsonObject out{{QStringLiteral("payouts"), list}, {QStringLiteral("count"), list.size()}};
        printResult(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
        return kExitOk;
    }
    const QLocale locale;
    for (const store::PayoutListRow& r : rows.value())
        printResult(QStringLiteral("%1  %2  %3  %4  %5")
                        .arg(arrivalText(r.arrivalDate), r.rooftopName.isEmpty() ? r.accountId : r.rooftopName,
                             payoutStatusText(r.status), formatMoney(r.amount, r.currency, locale), r.id));
    printProgress(QCoreApplication::translate("Cli", "%n payout(s)", nullptr, int(rows.value().size())));
    return kExitOk;
}

} // namespace dp::app::cli
