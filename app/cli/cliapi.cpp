#include "cliapi.h"

#include "api/apiclient.h"
#include "auth/secretstore.h"
#include "context/appcontext.h"
#include "foundation/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace dp::app::cli {
namespace {

const char* kApiKeyEnv = "DEALERPAY_API_KEY";

std::atomic_bool g_interrupted{false};

void onStopSignal(int)
{
    g_interrupted.store(true);
}

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::optional<CliFailure> checkStorePath(const QString& path)
{
    if (path.startsWith(QLatin1String("postgres://")) || path.startsWith(QLatin1String("postgresql://")))
        return CliFailure{kExitStore, QCoreApplication::translate("Cli", "PostgreSQL stores are not supported yet: pass the path of a SQLite file "
                                         "to --db.")};
    if (path.contains(QLatin1String("://")))
        return CliFailure{kExitStore, QCoreApplication::translate("Cli", "--db takes the path of a SQLite file, not \"%1\".").arg(path)};
    const QFileInfo file(path);
    if (file.exists() && (!file.isFile() || !file.isWritable()))
        return CliFailure{kExitStore, QCoreApplication::translate("Cli", "The store %1 cannot be written to.").arg(path)};
    const QFileInfo dir(file.absolutePath());
    if (!dir.exists())
        return CliFailure{kExitStore, QCoreApplication::translate("Cli", "The folder of the store, %1, does not exist.").arg(dir.filePath())};
    if (!file.exists() && !dir.isWritable())
        return CliFailure{kExitStore, QCoreApplication::translate("Cli", "The store cannot be created: the folder %1 cannot be written to.")
                                          .arg(dir.filePath())};
    return std::nullopt;
}

} // namespace

void printError(const QString& message)
{
    std::fprintf(stderr, "dealerpay-cli: %s\n", qPrintable(message));
    std::fflush(stderr);
}

void printProgress(const QString& line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

void printResult(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

std::optional<CliFailure> parse(QCommandLineParser& parser, const QStringList& args)
{
    // stderr carries the progress: no request-by-request debug lines (QT_LOGGING_RULES still turns them on).
    QLoggingCategory::setFilterRules(QStringLiteral("dp.*.debug=false"));
    for (const QString& arg : args.mid(1)) {
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("--api-key") || name == QLatin1String("--key") || name == QLatin1String("-k"))
            return CliFailure{kExitUsage,
                              QCoreApplication::translate("Cli", "The API key is never taken from the command line: every user of this machine can "
                                 "read a command line. Put it in the environment variable %1 or in the keychain "
                                 "(the desktop app stores it there).")
                                  .arg(QString::fromLatin1(kApiKeyEnv))};
    }
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args))
        return CliFailure{kExitUsage, parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        return CliFailure{kExitUsage, QCoreApplication::translate("Cli", "Unexpected argument: %1").arg(parser.positionalArguments().constFirst())};
    return std::nullopt;
}

Opened open(const QCommandLineParser& parser, const CommonOptions& options)
{
    Opened out;
    const QString settingsPath = parser.isSet(options.settings) ? parser.value(options.settings)
                                                                : dataDir() + QStringLiteral("/settings.ini");
    Settings settings(settingsPath);

    AppConfig config;
    config.settingsPath = settings.fileName();
    config.secretsDir = dataDir() + QStringLiteral("/secrets");
    config.sandbox = false;

    const QString base = parser.isSet(options.apiBase) ? parser.value(options.apiBase)
                                                       : settings.string(Settings::Key::ApiBaseUrl);
    const QUrl url(base, QUrl::StrictMode);
    if (base.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        out.failure = CliFailure{kExitApi, QCoreApplication::translate("Cli", "\"%1\" is not the address of a payments API: give an http:// or "
                                              "https:// URL to --api-base.").arg(base)};
        return out;
    }
    config.apiBaseUrl = url;

    config.databasePath = parser.isSet(options.db) ? parser.value(options.db) : settings.string(Settings::Key::DatabasePath);
    if (config.databasePath.isEmpty())
        config.databasePath = dataDir() + QStringLiteral("/dealerpay.sqlite");
    if (auto bad = checkStorePath(config.databasePath)) {
        out.failure = bad;
        return out;
    }

    auto context = std::make_unique<CliContext>();
    const QByteArray fromEnv = qgetenv(kApiKeyEnv).trimmed();
    if (!fromEnv.isEmpty()) {
        config.apiKey = QString::fromUtf8(fromEnv);
        context->keySource = QString::fromLatin1(kApiKeyEnv);
    } else {
        auto secrets = SecretStore::createDefault(QString::fromLatin1(kSecretServiceName), config.secretsDir);
        const auto stored = secrets->read(QString::fromLatin1(kApiKeySecretName));
        if (stored && !stored->trimmed().isEmpty()) {
            config.apiKey = QString::fromUtf8(stored->trimmed());
            context->keySource = secrets->backendName();
        }
    }
    if (config.apiKey.isEmpty()) {
        out.failure = CliFailure{kExitNoKey, QCoreApplication::translate("Cli", "No API key: set the environment variable %1, or save the key in the "
                                                "keychain by signing in to the desktop app in live mode once.")
                                                 .arg(QString::fromLatin1(kApiKeyEnv))};
        return out;
    }

    auto created = AppContext::create(config);
    if (!created) {
        out.failure = CliFailure{kExitStore, QCoreApplication::translate("Cli", "The store %1 could not be opened: %2")
                                                 .arg(config.databasePath, created.error().message)};
        return out;
    }
    context->app = std::move(created).value();
    out.context = std::move(context);
    return out;
}

std::optional<CliFailure> probeApi(AppContext& app)
{
    const api::ApiResult r = app.api().get(QStringLiteral("/v1/accounts"), {{QStringLiteral("limit"), 1}});
    if (r.ok())
        return std::nullopt;
    switch (r.error.kind) {
    case api::ApiError::Kind::Authentication:
        return CliFailure{kExitApi, QCoreApplication::translate("Cli", "The payments API at %1 refused the API key (HTTP 401). Check the key in "
                                       "%2 or in the keychain.")
                                        .arg(app.config().apiBaseUrl.toString(), QString::fromLatin1(kApiKeyEnv))};
    case api::ApiError::Kind::Network:
        return CliFailure{kExitApi, QCoreApplication::translate("Cli", "The payments API at %1 cannot be reached: %2")
                                        .arg(app.config().apiBaseUrl.toString(), api::userMessage(r.error))};
    default:
        return CliFailure{kExitApi, QCoreApplication::translate("Cli", "The payments API at %1 answered with an error: %2")
                                        .arg(app.config().apiBaseUrl.toString(), api::userMessage(r.error))};
    }
}

void watchStopSignals()
{
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
}

bool interrupted()
{
    return g_interrupted.load();
}

QString exitCodesText()
{
    return QStringLiteral("Exit codes:\n"
                          "  0  done\n"
                          "  1  the run failed (an API error while it ran, a store write failed) or was stopped\n"
                          "  2  bad command line (unknown option, --api-key given)\n"
                          "  3  no API key: set DEALERPAY_API_KEY or keep the key in the keychain\n"
                          "  4  the store cannot be used (not writable, cannot be opened, PostgreSQL not yet)\n"
                          "  5  the API address is wrong, cannot be reached, or refused the key (401)\n");
}

std::optional<int> startCommand(QCommandLineParser& parser, const QStringList& args, const QString& usage,
                                Opened& opened)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    const CommonOptions options;
    options.addTo(parser);
    if (auto bad = parse(parser, args)) {
        printError(bad->message);
        return bad->exitCode;
    }
    if (parser.isSet(help)) {
        printResult(usage);
        return int(kExitOk);
    }
    opened = open(parser, options);
    if (opened.failure) {
        printError(opened.failure->message);
        return opened.failure->exitCode;
    }
    if (auto unreachable = probeApi(*opened.context->app)) {
        printError(unreachable->message);
        return unreachable->exitCode;
    }
    return std::nullopt;
}

} // namespace dp::app::cli
