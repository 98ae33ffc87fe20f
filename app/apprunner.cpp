#include "apprunner.h"

#include "translations.h"
#include "cli/cliapi.h"
#include "cli/jobscommand.h"
#include "cli/synccommand.h"

#include "auth/invitecode.h"
#include "auth/secretstore.h"
#include "shell/mainwindow.h"
#include "server/sandboxserver.h"
#include "context/appcontext.h"
#include "demo/demoseed.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "foundation/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace dp::app {
namespace {

const char* kApiKeySecret = "api-key";

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DealerPay"));
    QCoreApplication::setApplicationName(QStringLiteral("DealerPay"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

// The tabs exist once the asynchronous sign-in has finished: look again every 50 ms for a while.
void selectTabWhenShown(QWidget* window, const QString& tab, int attempts)
{
    if (auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs")); tabs && tabs->isVisible()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == tab + QLatin1String("Tab")) {
                tabs->setCurrentIndex(i);
                return;
            }
        }
    }
    if (attempts > 0)
        QTimer::singleShot(50, window, [window, tab, attempts] { selectTabWhenShown(window, tab, attempts - 1); });
}

// --login-as and --tab drive the window the way a person would, for screenshots and demos.
void driveForScreenshot(QWidget& window, const QString& loginAs, const QString& tab)
{
    if (!loginAs.isEmpty()) {
        const auto buttons = window.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->objectName() == QLatin1String("demoLogin_") + loginAs) {
                b->click();
                break;
            }
        }
    }
    if (!tab.isEmpty())
        selectTabWhenShown(&window, tab, 40);
}

} // namespace

int runGui(int argc, char** argv)
{
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
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot of the window to FILE and quit."), QStringLiteral("file"));
    const QCommandLineOption loginOpt(QStringLiteral("login-as"), QStringLiteral("Demo: sign in as admin, manager or consultant."), QStringLiteral("role"));
    const QCommandLineOption tabOpt(QStringLiteral("tab"), QStringLiteral("Open this tab: admin, manage or payments."), QStringLiteral("tab"));
    parser.addOptions({liveOpt, profileOpt, seedOpt, langOpt, dataOpt, shotOpt, loginOpt, tabOpt});
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

    const bool live = parser.isSet(liveOpt) || settings.string(Settings::Key::ApiMode) == QLatin1String("live");
    AppConfig config;
    config.settingsPath = settings.fileName();
    config.secretsDir = dataDir + QStringLiteral("/secrets");
    std::unique_ptr<sandbox::EmbeddedSandbox> sandbox;
    QString profile;
    if (live) {
        auto secrets = SecretStore::createDefault(QStringLiteral("DealerPay"), config.secretsDir);
        auto key = secrets->read(QString::fromLatin1(kApiKeySecret));
        if (!key || key->isEmpty()) {
            bool ok = false;
            const QString entered = QInputDialog::getText(
                nullptr, QObject::tr("Live payments"),
                QObject::tr("Enter the secret API key of your payments platform (it is kept in %1):")
                    .arg(secrets->backendName()),
                QLineEdit::Password, {}, &ok);
            if (!ok || entered.trimmed().isEmpty())
                return 1;
            secrets->write(QString::fromLatin1(kApiKeySecret), entered.trimmed().toUtf8());
            key = entered.trimmed().toUtf8();
        }
        config.apiKey = QString::fromUtf8(*key);
        config.apiBaseUrl = QUrl(settings.string(Settings::Key::ApiBaseUrl));
        config.databasePath = settings.string(Settings::Key::DatabasePath);
        if (config.databasePath.isEmpty())
            config.databasePath = dataDir + QStringLiteral("/dealerpay.sqlite");
        config.sandbox = false;
    } else {
        sandbox::SandboxOptions options;
        options.profile = parser.isSet(profileOpt) ? parser.value(profileOpt) : settings.string(Settings::Key::SandboxProfile);
        options.seed = parser.isSet(seedOpt) ? parser.value(seedOpt).toULongLong() : quint64(settings.integer(Settings::Key::SandboxSeed));
        profile = options.profile;
        sandbox = std::make_unique<sandbox::EmbeddedSandbox>(options);
        QString error;
        if (!sandbox->start(&error)) {
            QMessageBox::critical(nullptr, QObject::tr("DealerPay"), QObject::tr("The sandbox could not start: %1").arg(error));
            return 1;
        }
        config.apiBaseUrl = sandbox->baseUrl();
        config.apiKey = QStringLiteral("sk_test_embedded_sandbox");
        // The embedded sandbox keeps its state in memory, so its local store starts afresh with it.
        config.databasePath = dataDir + QStringLiteral("/sandbox-%1.sqlite").arg(profile);
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(config.databasePath + suffix);
        config.sandbox = true;
    }

    auto created = AppContext::create(config);
    if (!created) {
        QMessageBox::critical(nullptr, QObject::tr("DealerPay"), created.error().message);
        return 1;
    }
    std::unique_ptr<AppContext> ctx = std::move(created).value();
    if (config.sandbox && profile == QLatin1String("demo")) {
        if (auto seeded = seedDemoWorkspace(*ctx, QObject::tr("Demo Motors Group")); !seeded)
            QMessageBox::warning(nullptr, QObject::tr("DealerPay"), seeded.error().message);
    }

    ui::MainWindow window(*ctx);
    window.show();
    if (!invitationCode.isEmpty())
        window.openInvitation(invitationCode);
    if (parser.isSet(shotOpt)) {
        const QString file = parser.value(shotOpt);
        const QString loginAs = parser.value(loginOpt);
        const QString tab = parser.value(tabOpt);
        QTimer::singleShot(300, &window, [&window, loginAs, tab] { driveForScreenshot(window, loginAs, tab); });
        QTimer::singleShot(2500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    } else if (parser.isSet(loginOpt) || parser.isSet(tabOpt)) {
        const QString loginAs = parser.value(loginOpt);
        const QString tab = parser.value(tabOpt);
        QTimer::singleShot(0, &window, [&window, loginAs, tab] { driveForScreenshot(window, loginAs, tab); });
    }
    return app.exec();
}

namespace {

int auditVerify(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("SQLite store to check."), QStringLiteral("file"));
    parser.addOption(dbOpt);
    parser.process(args);
    store::Database::Options options;
    options.path = parser.isSet(dbOpt) ? parser.value(dbOpt) : store::Database::defaultPath();
    if (!QFile::exists(options.path)) {
        std::fprintf(stderr, "No store at %s\n", qPrintable(options.path));
        return 2;
    }
    store::Database db(options);
    if (auto opened = db.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    const auto v = store::AuditLog(db).verify();
    if (v.ok) {
        std::printf("audit log intact: %lld rows\n", static_cast<long long>(v.rows));
        return 0;
    }
    std::printf("audit log TAMPERED at row %lld: %s\n", static_cast<long long>(v.firstBadId), qPrintable(v.problem));
    return 1;
}

void cliUsage()
{
    std::printf("Usage: dealerpay-cli <command> [options]\n\n"
                "  sync [--api-base URL] [--db STORE]                          sync every connected account into the store\n"
                "  jobs run [--once] [--api-base URL] [--db STORE]             run the payout e-mails, refund recovery and sync\n"
                "  sandbox serve [--port N] [--profile demo|empty] [--seed N]   run the sandbox API server\n"
                "  audit verify [--db FILE]                                    check the audit log's hash chain\n\n"
                "`dealerpay-cli <command> --help` tells more. The API key comes from the environment variable\n"
                "DEALERPAY_API_KEY or the keychain, never from the command line.\n\n"
                "%s",
                qPrintable(cli::exitCodesText()));
}

} // namespace

int runCli(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslations(QString());
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    const QString sub = args.value(2);
    QStringList rest = args.mid(3);
    rest.prepend(args.value(0) + QLatin1Char(' ') + command + QLatin1Char(' ') + sub);
    if (command == QLatin1String("sync")) {
        QStringList syncArgs = args.mid(2);
        syncArgs.prepend(args.value(0) + QStringLiteral(" sync"));
        return cli::runSyncCommand(syncArgs);
    }
    if (command == QLatin1String("jobs") && sub == QLatin1String("run"))
        return cli::runJobsCommand(rest);
    if (command == QLatin1String("jobs")) {
        std::printf("%s", qPrintable(cli::jobsUsage()));
        return sub == QLatin1String("--help") || sub == QLatin1String("help") ? 0 : 2;
    }
    if (command == QLatin1String("sandbox") && sub == QLatin1String("serve"))
        return sandbox::runServeCommand(rest);
    if (command == QLatin1String("audit") && sub == QLatin1String("verify"))
        return auditVerify(rest);
    cliUsage();
    return command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("help") ? 0 : 2;
}

} // namespace dp::app
