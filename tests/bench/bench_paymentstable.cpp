// PERF-2: the payments table on a large store, driven through the real model (ui/payments/paymentsmodel.*) with
// its own loader thread and store connection, as the app does. Prints a table of medians over several runs.
//   bench_paymentstable [--store FILE | --rows N] [--runs R] [--seed S]
// Without --store it builds a store of N payments (tests/bench/storemaker.h) in a temporary folder first.
// A benchmark, not a test: it fails only when something does not answer or answers wrong.
#include "storemaker.h"

#include "auth/authorizer.h"
#include "payments/paymentqueries.h"
#include "payments/paymentsmodel.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace dp;

namespace {

// Resident memory of this process in MB (VmRSS).
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Runs `start` and waits for the model's next loaded() while `done` is false; the elapsed ms, or -1 on a timeout.
double timed(ui::PaymentsModel& model, const std::function<void()>& start, const std::function<bool()>& done)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    const auto connection = QObject::connect(&model, &ui::PaymentsModel::loaded, &loop, [&] {
        if (done())
            loop.exit(0);
    });
    QElapsedTimer timer;
    timer.start();
    start();
    timeout.start(60'000);
    const int rc = done() ? 0 : loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    QObject::disconnect(connection);
    return rc == 0 ? ms : -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PERF-2: the payments table on a large store."));
    parser.addHelpOption();
    const QCommandLineOption storeOpt(QStringLiteral("store"), QStringLiteral("An existing store made by make_store."), QStringLiteral("file"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Payments of the store to build."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs of each measure."), QStringLiteral("r"), QStringLiteral("5"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Seed of the store to build."), QStringLiteral("s"), QStringLiteral("1"));
    parser.addOptions({storeOpt, rowsOpt, runsOpt, seedOpt});
    parser.process(app);

    QTemporaryDir tmp;
    QString path = parser.value(storeOpt);
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("bench.sqlite"));
        QElapsedTimer made;
        made.start();
        if (const QString error = bench::makePaymentStore(path, parser.value(rowsOpt).toLongLong(), parser.value(seedOpt).toULongLong());
            !error.isEmpty()) {
            std::fprintf(stderr, "make_store: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("store of %lld payments built in %.1f s\n", parser.value(rowsOpt).toLongLong(), made.elapsed() / 1000.0);
    }
    store::Database::Options options;
    options.path = path;
    store::Database db(options);
    if (const Status opened = db.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Authorizer auth(db);
    PaymentQueries queries(db, auth);
    Session admin;
    admin.userId = 1; // the Admin of makePaymentStore: the Authorizer re-reads the role
    admin.role = Role::Admin;

    const int runs = qMax(1, parser.value(runsOpt).toInt());
    std::map<std::string, std::vector<double>> ms;
    const char* order[] = {"first rows", "search refilter", "sort by fee", "jump to the last row", "next block",
                           "a block in the middle", "a far block read again"};
    qint64 total = 0;
    bool wrong = false;
    for (int run = 0; run < runs; ++run) {
        ui::PaymentsModel model(queries, admin);
        ms["first rows"].push_back(timed(model, [&] { model.setFilter({}); }, [&] { return !model.isLoading(); }));
        total = model.totalCount();
        wrong |= model.rowCount() == 0 || model.rowAt(0) == nullptr;

        // Search: the first word of a customer's name as typed, then the sort of the whole table by fee.
        store::PaymentFilter search;
        search.search = run % 2 ? QStringLiteral("tremb") : QStringLiteral("olivia");
        ms["search refilter"].push_back(timed(model, [&] { model.setFilter(search); }, [&] { return !model.isLoading(); }));
        wrong |= model.totalCount() == 0;
        model.setFilter({});
        timed(model, [] {}, [&] { return !model.isLoading(); });
        ms["sort by fee"].push_back(timed(model, [&] { model.sort(ui::PaymentsModel::Fee, Qt::DescendingOrder); },
                                          [&] { return !model.isLoading(); }));
        wrong |= model.rowAt(0) == nullptr || model.rowAt(1) == nullptr || model.rowAt(0)->fee < model.rowAt(1)->fee;

        // Ctrl+End: every row gets its place, the view asks for the last one.
        const auto askFor = [&](int row) { model.data(model.index(row, 0)); };
        ms["jump to the last row"].push_back(timed(model, [&] { model.showAllRows(); askFor(model.rowCount() - 1); },
                                                   [&] { return model.isCached(model.rowCount() - 1); }));
        const int middle = model.rowCount() / 2;
        ms["a block in the middle"].push_back(timed(model, [&] { askFor(middle); }, [&] { return model.isCached(middle); }));

        ui::PaymentsModel growing(queries, admin);
        timed(growing, [&] { growing.setFilter({}); }, [&] { return !growing.isLoading(); });
        ms["next block"].push_back(timed(growing, [&] { growing.fetchMore({}); }, [&] { return !growing.isLoading(); }));

        // Scroll down far enough for block 0 to be evicted, then back to the top.
        growing.setMaxCachedBlocks(4);
        growing.showAllRows();
        for (int b = 1; b <= 8 && b * ui::PaymentsModel::kBlockSize < growing.rowCount(); ++b) {
            const int row = b * ui::PaymentsModel::kBlockSize;
            timed(growing, [&] { growing.data(growing.index(row, 0)); }, [&] { return growing.isCached(row); });
        }
        if (!growing.isCached(0))
            ms["a far block read again"].push_back(timed(growing, [&] { growing.data(growing.index(0, 0)); },
                                                         [&] { return growing.isCached(0); }));
    }
    const double rss = residentMb();

    std::printf("\nPERF-2 payments table, %lld payments, %d runs (medians)\n", total, runs);
    std::printf("| measure | median ms | target |\n|---|---|---|\n");
    const std::map<std::string, const char*> targets = {{"first rows", "< 300"}, {"search refilter", "< 150"}};
    for (const char* name : order) {
        const auto it = ms.find(name);
        if (it == ms.end())
            continue;
        const auto target = targets.find(name);
        std::printf("| %s | %.1f | %s |\n", name, median(it->second), target == targets.end() ? "" : target->second);
        for (double v : it->second)
            wrong |= v < 0;
    }
    std::printf("| resident memory (VmRSS) | %.0f MB | < 400 MB |\n", rss);
    if (wrong) {
        std::fprintf(stderr, "bench_paymentstable: a measure did not answer, or answered wrong\n");
        return 1;
    }
    return 0;
}
