// PERF-4 and PERF-5 figures (not a timed test): prints tables of medians.
//   PERF-4  reconcile N DMS lines against N card payments: the matcher alone (in memory), and the whole day
//           through the service (read from SQLite, match, store the matches), for 10k / 100k / 1M.
//   PERF-5  CSV export of N payments: `dealerpay-cli export payments` against `sqlite3 -csv` on the same rows,
//           side by side (both as processes writing a file).
// Usage: bench_reconcile [--smoke] [--sizes 10000,100000,1000000] [--runs 5] [--matcher-only]
//   --smoke: 2,000 lines, one run each (what CI runs, to keep the program working).
#include "api/paymentobjects.h"
#include "auth/authorizer.h"
#include "auth/systemactor.h"
#include "foundation/clock.h"
#include "reconciliation/amounttext.h"
#include "reconciliation/dmsparser.h"
#include "reconciliation/matcher.h"
#include "reconciliation/reconciliationservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/dmsrepository.h"
#include "storage/paymentstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace dp;
using namespace dp::recon;

namespace {

const QDate kDay(2026, 11, 30);
const QString kZone = QStringLiteral("America/Toronto");

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// N DMS lines and their payments: 90 % by RO (5 % of them split in two card payments), 5 % without an RO (amount
// and time), 2 % RO typos, 1 % wrong amounts, the rest DMS lines with no payment.
struct Synthetic
{
    QList<DmsLine> lines;
    QList<PaymentItem> payments;
};

Synthetic synthesize(int n)
{
    Synthetic s;
    s.lines.reserve(n);
    s.payments.reserve(n + n / 20);
    std::mt19937 rng(42);
    const qint64 dayStart = QDateTime(kDay, QTime(0, 0), QTimeZone(kZone.toUtf8())).toSecsSinceEpoch();
    for (int i = 0; i < n; ++i) {
        DmsLine l;
        l.id = i + 1;
        l.businessDate = kDay;
        l.amount = 1000 + qint64(rng() % 500000);
        l.at = dayStart + 7 * 3600 + qint64(rng() % (12 * 3600));
        l.currency = QStringLiteral("usd");
        const int kind = int(rng() % 100);
        QString ro = QStringLiteral("RO-%1").arg(100000 + i);
        PaymentItem p;
        p.id = QStringLiteral("ch_%1").arg(i);
        p.amount = l.amount;
        p.created = l.at + qint64(rng() % 600);
        p.currency = l.currency;
        if (kind < 90) {
            l.roNumber = ro;
            p.roNumber = ro;
            if (kind < 5 && l.amount > 2000) { // split
                PaymentItem second = p;
                second.id += QStringLiteral("b");
                second.amount = l.amount / 3;
                p.amount = l.amount - second.amount;
                s.payments.append(second);
            }
        } else if (kind < 95) {
            p.roNumber.clear();
        } else if (kind < 97) {
            l.roNumber = ro;
            p.roNumber = QStringLiteral("RO-9%1").arg(100000 + i); // typo
        } else if (kind < 98) {
            l.roNumber = ro;
            p.roNumber = ro;
            p.amount += 100; // wrong amount
        } else {
            l.roNumber = ro;
            p.id.clear(); // no payment
        }
        l.roKey = normalizeRoNumber(l.roNumber);
        p.roKey = normalizeRoNumber(p.roNumber);
        s.lines.append(l);
        if (!p.id.isEmpty())
            s.payments.append(p);
    }
    return s;
}

// A store holding the synthetic day: payments as the sync writes them, DMS lines as an import writes them.
bool fillStore(store::Database& db, const Synthetic& s)
{
    QList<api::Charge> charges;
    charges.reserve(s.payments.size());
    for (const PaymentItem& p : s.payments) {
        api::Charge c;
        c.id = p.id;
        c.currency = p.currency;
        c.status = QStringLiteral("succeeded");
        c.amount = p.amount;
        c.created = p.created;
        c.roNumber = p.roNumber;
        c.customerName = QStringLiteral("Customer %1").arg(p.id);
        c.fee = p.amount * 325 / 10000 + 30;
        c.net = c.amount - c.fee;
        c.hasBalanceTransaction = true;
        charges.append(c);
    }
    QString error;
    bool ok = db.transaction([&](QSqlDatabase& conn) {
        for (qsizetype i = 0; i < charges.size(); i += 10000) {
            if (!store::PaymentStore::upsertCharges(conn, QStringLiteral("acct_bench"), charges.mid(i, 10000), &error))
                return false;
        }
        return true;
    });
    if (!ok) {
        std::fprintf(stderr, "payments: %s\n", qPrintable(error));
        return false;
    }
    QStringList keys;
    keys.reserve(s.lines.size());
    for (const DmsLine& l : s.lines)
        keys.append(DmsParser::lineKey(l, 0));
    ok = db.transaction([&](QSqlDatabase& conn) {
        store::DmsRepository repo(conn);
        store::DmsImportRecord r;
        r.fileHash = QStringLiteral("bench");
        r.importedAt = 1;
        const auto id = repo.insertImport(r);
        return id.ok() && repo.insertLines(id.value(), s.lines, keys).ok();
    });
    if (!ok)
        std::fprintf(stderr, "DMS lines could not be stored\n");
    return ok;
}

double timeProcess(const QString& program, const QStringList& args, const QString& stdoutFile = {})
{
    QProcess p;
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(600'000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const bool matcherOnly = args.contains(QStringLiteral("--matcher-only"));
    QList<int> sizes = smoke ? QList<int>{2000} : QList<int>{10000, 100000, 1000000};
    int runs = smoke ? 1 : 5;
    if (const qsizetype i = args.indexOf(QStringLiteral("--sizes")); i >= 0 && i + 1 < args.size()) {
        sizes.clear();
        for (const QString& s : args.at(i + 1).split(QLatin1Char(',')))
            sizes.append(s.toInt());
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    const QString cli = QStringLiteral(DEALERPAY_CLI_PATH);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    std::printf("PERF-4 reconcile (target: 1M lines < 3 s) and PERF-5 CSV export, medians of %d run(s)\n\n", runs);
    std::printf("%10s | %12s | %12s | %12s | %12s | %10s | %14s | %14s\n", "lines", "match (ms)", "load+match",
                "reconcile", "report", "matched", "export (ms)", "sqlite3 (ms)");
    std::printf("%s\n", QByteArray(118, '-').constData());
    for (const int n : std::as_const(sizes)) {
        const Synthetic s = synthesize(n);
        // The matcher alone.
        QList<double> matchMs;
        qsizetype matched = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const MatchOutcome out = Matcher().matchDms(s.lines, s.payments, {});
            matchMs.append(double(t.nsecsElapsed()) / 1e6);
            matched = 0;
            for (const MatchGroup& g : out.groups)
                matched += g.items.dmsLineIds.size();
        }
        if (matcherOnly) {
            std::printf("%10d | %12.1f | %12s | %12s | %12s | %10lld | %14s | %14s\n", n, median(matchMs), "-", "-", "-",
                        static_cast<long long>(matched), "-", "-");
            std::fflush(stdout);
            continue;
        }
        // Through the store: a fresh store, the first reconcile stores the matches; report() then re-reads the day.
        QTemporaryDir dir;
        store::Database::Options options;
        options.path = dir.filePath(QStringLiteral("bench.sqlite"));
        store::Database db(options);
        if (!db.open().ok() || !fillStore(db, s))
            return 1;
        store::AuditLog audit(db);
        Authorizer auth(db);
        ReconciliationService service(db, audit, auth, Clock::system());
        const Session actor = systemActor(QStringLiteral("bench"));
        const DayKey day{kDay, 0, kZone};
        QElapsedTimer t;
        t.start();
        const auto first = service.reconcile(actor, day);
        const double reconcileMs = double(t.nsecsElapsed()) / 1e6;
        if (!first.ok()) {
            std::fprintf(stderr, "reconcile: %s\n", qPrintable(first.error().message));
            return 1;
        }
        QList<double> reportMs;
        for (int r = 0; r < std::min(runs, 3); ++r) {
            t.restart();
            const auto again = service.report(actor, day);
            reportMs.append(double(t.nsecsElapsed()) / 1e6);
        }
        // Loading the day from SQLite and matching, nothing stored: what a screen refresh costs before any match.
        QTemporaryDir dir2;
        double loadMatchMs = 0;
        {
            store::Database::Options o2;
            o2.path = dir2.filePath(QStringLiteral("bench2.sqlite"));
            store::Database db2(o2);
            if (!db2.open().ok() || !fillStore(db2, s))
                return 1;
            store::AuditLog audit2(db2);
            Authorizer auth2(db2);
            ReconciliationService service2(db2, audit2, auth2, Clock::system());
            t.restart();
            const auto r = service2.report(actor, day);
            loadMatchMs = double(t.nsecsElapsed()) / 1e6;
        }
        // PERF-5: the same rows through dealerpay-cli and through sqlite3, each a process writing a file.
        QList<double> exportMs, sqliteMs;
        const qint64 from = QDateTime(kDay, QTime(0, 0), QTimeZone(kZone.toUtf8())).toSecsSinceEpoch();
        const qint64 to = QDateTime(kDay.addDays(1), QTime(0, 0), QTimeZone(kZone.toUtf8())).toSecsSinceEpoch();
        for (int r = 0; r < runs; ++r) {
            exportMs.append(timeProcess(cli, {QStringLiteral("export"), QStringLiteral("payments"), QStringLiteral("--db"),
                                              options.path, QStringLiteral("--from"), kDay.toString(Qt::ISODate),
                                              QStringLiteral("--to"), kDay.toString(Qt::ISODate), QStringLiteral("--tz"),
                                              kZone, QStringLiteral("--out"), dir.filePath(QStringLiteral("ours.csv"))}));
            if (!sqlite3.isEmpty()) {
                sqliteMs.append(timeProcess(
                    sqlite3,
                    {QStringLiteral("-csv"), QStringLiteral("-header"), options.path,
                     QStringLiteral("SELECT id, created, account_id, ro_number, customer, amount, fee, refunded, currency,"
                                    " status, payout_id FROM payments WHERE created >= %1 AND created < %2"
                                    " ORDER BY created, id").arg(from).arg(to)},
                    dir.filePath(QStringLiteral("sqlite3.csv"))));
            }
        }
        std::printf("%10d | %12.1f | %12.1f | %12.1f | %12.1f | %10lld | %14.1f | %14.1f\n", n, median(matchMs),
                    loadMatchMs, reconcileMs, median(reportMs), static_cast<long long>(matched), median(exportMs),
                    sqliteMs.isEmpty() ? -1.0 : median(sqliteMs));
        std::fflush(stdout);
    }
    std::printf("\nmatch: Matcher::matchDms in memory. load+match: ReconciliationService::report on a fresh store\n"
                "(read the day's lines and payments from SQLite, match, nothing stored). reconcile: the first\n"
                "ReconciliationService::reconcile (load, match, store every match, audit). report: the day again, its\n"
                "matches read back. export / sqlite3: `dealerpay-cli export payments` (12 columns, local times) and\n"
                "`sqlite3 -csv` (11 raw columns) on the same rows, each a process writing a file.\n");
    return 0;
}
