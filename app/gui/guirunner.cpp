#include "guirunner.h"

#include "apprunner.h"
#include "firstframe.h"
#include "screenshotdriver.h"
#include "startup.h"
#include "translations.h"

#include "auth/invitecode.h"
#include "auth/secretstore.h"
#include "shell/mainwindow.h"
#include "foundation/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace dp::app {

int runGui(int argc, char** argv)
{
    QElapsedTimer sinceStart; // --time-to-first-frame
    sinceStart.start();
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dealerpay.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DealerPay: payments for dealerships."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption liveOpt(QStringLiteral("live"), QStringLiteral("Use the live payments API (key from the keychain)."));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QStringLiteral("Embedded sandbox profile: demo or empty."), QStringLiteral("name"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Seed of the sandbox's demo data."), QStringLiteral("n"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Interface language: en, fr or it."), QStringLiteral("code"));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"), QStringLiteral("Folder for the local store and settings."), QStringLiteral("dir"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot of the window to FILE once it is ready, and quit."), QStringLiteral("file"));
    const QCommandLineOption loginOpt(QStringLiteral("login-as"), QStringLiteral("Demo: sign in as admin, manager or consultant."), QStringLiteral("role"));
    const QCommandLineOption pageOpt(QStringList{QStringLiteral("page"), QStringLiteral("tab")},
                                     QStringLiteral("Open this page: connections, billing, financing, staff, teams, invitations, requests, allPayments, payouts, reconciliation or reports."),
                                     QStringLiteral("page"));
    parser.addOptions({liveOpt, profileOpt, seedOpt, langOpt, dataOpt, shotOpt, loginOpt, pageOpt});
    const QCommandLineOption storeOpt(QStringLiteral("store"), QStringLiteral("Open this local store as it is, with no payments API (benchmarks)."), QStringLiteral("file"));
    const QCommandLineOption firstFrameOpt(QStringLiteral("time-to-first-frame"), QStringLiteral("Print the milliseconds to the first frame and to the interactive window, and quit."));
    parser.addOptions({storeOpt, firstFrameOpt});
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("A dealerpay://register?code=... invitation link."),
                                 QStringLiteral("[url]"));
    parser.process(app);
    QString invitationCode;
    for (const QString& arg : parser.positionalArguments()) {
        if (const QString code = invitecode::codeFromUrl(QUrl(arg)); !code.isEmpty())
            invitationCode = code;
    }

    const QString dataDir = parser.isSet(dataOpt) ? parser.value(dataOpt)
                                                  : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    Settings settings(dataDir + QStringLiteral("/settings.ini"));
    installTranslations(parser.isSet(langOpt) ? parser.value(langOpt) : settings.string(Settings::Key::Language));

    const bool storeOnly = parser.isSet(storeOpt); // no sandbox and no API: the start on a store as it is (PERF-6)
    const bool live = !storeOnly && (parser.isSet(liveOpt) || settings.string(Settings::Key::ApiMode) == QLatin1String("live"));
    AppConfig config;
    config.settingsPath = settings.fileName();
    config.secretsDir = dataDir + QStringLiteral("/secrets");
    sandbox::SandboxOptions options;
    QString profile;
    if (live) {
        auto secrets = SecretStore::createDefault(QString::fromLatin1(kSecretServiceName), config.secretsDir);
        auto key = secrets->read(QString::fromLatin1(kApiKeySecretName));
        if (!key || key->isEmpty()) {
            bool ok = false;
            const QString entered = QInputDialog::getText(
                nullptr, QObject::tr("Live payments"),
                QObject::tr("Enter the secret API key of your payments platform (it is kept in %1):")
                    .arg(secrets->backendName()),
                QLineEdit::Password, {}, &ok);
            if (!ok || entered.trimmed().isEmpty())
                return 1;
            secrets->write(QString::fromLatin1(kApiKeySecretName), entered.trimmed().toUtf8());
            key = entered.trimmed().toUtf8();
        }
        config.apiKey = QString::fromUtf8(*key);
        config.apiBaseUrl = QUrl(settings.string(Settings::Key::ApiBaseUrl));
        config.databasePath = settings.string(Settings::Key::DatabasePath);
        if (config.databasePath.isEmpty())
            config.databasePath = dataDir + QStringLiteral("/dealerpay.sqlite");
        config.sandbox = false;
    } else {
        options.profile = parser.isSet(profileOpt) ? parser.value(profileOpt) : settings.string(Settings::Key::SandboxProfile);
        options.seed = parser.isSet(seedOpt) ? parser.value(seedOpt).toULongLong() : quint64(settings.integer(Settings::Key::SandboxSeed));
        profile = options.profile;
        if (profile == QLatin1String("demo")) // the demo's DMS export and bank statements, to try reconciliation
            options.demoFilesDir = dataDir + QStringLiteral("/demo-files");
        config.apiKey = QStringLiteral("sk_test_embedded_sandbox");
        config.databasePath = dataDir + QStringLiteral("/sandbox-%1.sqlite").arg(profile);
        config.sandbox = true;
    }

    if (storeOnly) {
        config.databasePath = parser.value(storeOpt);
        config.sandbox = false;
    }

    // Declared before the window: the window goes first, then the context and the sandbox it uses.
    Startup startup(config);
    if (!live && !storeOnly)
        startup.useEmbeddedSandbox(options);
    if (!live && !storeOnly && profile == QLatin1String("demo"))
        startup.seedDemo(QObject::tr("Demo Motors Group"));

    ui::MainWindow window;
    window.showPreparing(live ? QObject::tr("Opening DealerPay…")
                              : profile == QLatin1String("demo") ? QObject::tr("Preparing the demo…")
                                                                 : QObject::tr("Starting the sandbox…"));
    QObject::connect(&startup, &Startup::progress, &window, &ui::MainWindow::showPreparing);
    QObject::connect(&startup, &Startup::warning, &window, [&window](const QString& message) {
        QMessageBox::warning(&window, QObject::tr("DealerPay"), message);
    });
    QObject::connect(&startup, &Startup::failed, &window, [&window](const QString& message) {
        QMessageBox::critical(&window, QObject::tr("DealerPay"), message);
        QCoreApplication::exit(1);
    });

    ScreenshotDriver driver(window, parser.value(loginOpt), parser.value(pageOpt));
    std::unique_ptr<FirstFrameProbe> firstFrame;
    if (parser.isSet(firstFrameOpt))
        firstFrame = std::make_unique<FirstFrameProbe>(window, sinceStart);
    QObject::connect(&startup, &Startup::ready, &window, [&](AppContext& ctx) {
        window.setContext(ctx);
        if (firstFrame)
            firstFrame->contextReady();
        if (!invitationCode.isEmpty())
            window.openInvitation(invitationCode);
        if (parser.isSet(shotOpt))
            driver.saveWhenReady(parser.value(shotOpt));
        else if (parser.isSet(loginOpt) || parser.isSet(pageOpt))
            driver.drive();
    });
    window.show();
    QTimer::singleShot(0, &startup, &Startup::start); // once the window is on screen
    return app.exec();
}

} // namespace dp::app
