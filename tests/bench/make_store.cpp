// make_store: builds a local store of N payments for the benchmarks (PERF-2, PERF-6), deterministic from a seed.
//   make_store FILE [--rows N] [--seed S]      (default 1,000,000 rows, seed 1)
#include "storemaker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Builds a local store of payments for the benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Number of payments."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Seed of the data."), QStringLiteral("s"), QStringLiteral("1"));
    parser.addOptions({rowsOpt, seedOpt});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The SQLite store to create (replaced)."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    QElapsedTimer timer;
    timer.start();
    const QString error = dp::bench::makePaymentStore(parser.positionalArguments().first(),
                                                      parser.value(rowsOpt).toLongLong(), parser.value(seedOpt).toULongLong());
    if (!error.isEmpty()) {
        std::fprintf(stderr, "make_store: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%lld payments in %.1f s\n", parser.value(rowsOpt).toLongLong(), timer.elapsed() / 1000.0);
    return 0;
}
