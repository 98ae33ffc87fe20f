#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace dp::sandbox {

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

void printError(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int runServeCommand(const QStringList& arguments)
{
    std::unique_ptr<QCoreApplication> ownApp;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "dealerpay-sandbox";
        static char* argv[] = {name, nullptr};
        ownApp = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs the Stripe-style sandbox on 127.0.0.1 and prints its base URL."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 = any free port)."), QStringLiteral("N"),
                                        QStringLiteral("0"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Data set: demo or empty."),
                                           QStringLiteral("name"), QStringLiteral("empty"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the demo data."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption demoFilesOption(
        QStringLiteral("demo-files"),
        QStringLiteral("Demo profile: write its DMS cashier exports and bank statements (CSV, OFX) into this folder."),
        QStringLiteral("dir"));
    const QCommandLineOption zoneOption(QStringLiteral("tz"),
                                        QStringLiteral("Time zone of the demo files' dates and times (IANA id; "
                                                       "default: the system's)."),
                                        QStringLiteral("zone"));
    parser.addOptions({portOption, profileOption, seedOption, demoFilesOption, zoneOption});
    // Accept the arguments with or without the leading words ("dealerpay-cli sandbox serve").
    QStringList args = arguments;
    while (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-')))
        args.removeFirst();
    if (!parser.parse(QStringList{QStringLiteral("sandbox serve")} + args)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    SandboxOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        printError(QStringLiteral("Invalid --port: %1").arg(parser.value(portOption)));
        return 2;
    }
    options.port = quint16(port);
    options.profile = parser.value(profileOption);
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        printError(QStringLiteral("Invalid --seed: %1").arg(parser.value(seedOption)));
        return 2;
    }

    options.demoFilesDir = parser.value(demoFilesOption);
    options.demoFilesZone = parser.value(zoneOption).toUtf8();
    if (!options.demoFilesDir.isEmpty() && options.profile != QLatin1String("demo")) {
        printError(QStringLiteral("--demo-files needs --profile demo."));
        return 2;
    }

    SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        printError(error);
        return 1;
    }
    std::fprintf(stdout, "%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    std::fprintf(stderr, "DealerPay sandbox (profile %s) running; Ctrl+C stops it.\n", qPrintable(options.profile));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto* notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, QCoreApplication::instance());
        QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    return QCoreApplication::exec();
}

} // namespace dp::sandbox
