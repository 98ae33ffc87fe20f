// PERF-6: start to an interactive window on a large store. Runs `dealerpay --store FILE --time-to-first-frame`
// several times and prints the medians: what the app reports (from its main() to the first frame, and to the first
// frame with the store open and the first page shown) and the wall time from the process start to that report.
//   bench_startup [--store FILE | --rows N] [--runs R]       (QT_QPA_PLATFORM=offscreen, or under xvfb-run)
#include "storemaker.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption storeOpt(QStringLiteral("store"), QStringLiteral("An existing store made by make_store."), QStringLiteral("file"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Payments of the store to build."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("r"), QStringLiteral("5"));
    const QCommandLineOption appOpt(QStringLiteral("app"), QStringLiteral("The dealerpay executable."), QStringLiteral("file"), QStringLiteral(DP_GUI_EXECUTABLE));
    parser.addOptions({storeOpt, rowsOpt, runsOpt, appOpt});
    parser.process(app);

    QTemporaryDir tmp;
    QString path = parser.value(storeOpt);
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("bench.sqlite"));
        if (const QString error = dp::bench::makePaymentStore(path, parser.value(rowsOpt).toLongLong(), 1); !error.isEmpty()) {
            std::fprintf(stderr, "make_store: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::vector<double> first, interactive, wall;
    const int runs = qMax(1, parser.value(runsOpt).toInt());
    for (int run = 0; run < runs; ++run) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        p.start(parser.value(appOpt), {QStringLiteral("--store"), path, QStringLiteral("--data-dir"), tmp.path(),
                                       QStringLiteral("--time-to-first-frame")});
        QByteArray out;
        double seen = -1;
        while (seen < 0 && p.waitForReadyRead(30'000)) {
            out += p.readAllStandardOutput();
            if (out.contains("interactive:"))
                seen = timer.nsecsElapsed() / 1e6;
        }
        p.waitForFinished(30'000);
        const auto number = [&](const char* label) {
            const auto m = QRegularExpression(QLatin1String(label) + QStringLiteral(": (\\d+) ms")).match(QString::fromUtf8(out));
            return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
        };
        if (seen < 0 || number("interactive") < 0) {
            std::fprintf(stderr, "bench_startup: no figures from %s: %s\n", qPrintable(parser.value(appOpt)), out.constData());
            return 1;
        }
        first.push_back(number("first frame"));
        interactive.push_back(number("interactive"));
        wall.push_back(seen);
    }
    std::printf("\nPERF-6 start on a store of %s, %d runs (medians)\n", qPrintable(path), runs);
    std::printf("| measure | median ms | target |\n|---|---|---|\n");
    std::printf("| main() to the first frame | %.0f | |\n", median(first));
    std::printf("| main() to the interactive window | %.0f | |\n", median(interactive));
    std::printf("| process start to the interactive window (wall) | %.0f | < 1000 |\n", median(wall));
    return 0;
}
