#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace dp {
class AppContext;
}

namespace dp::app::cli {

// dealerpay-cli's exit codes (also in the usage text).
enum ExitCode
{
    kExitOk = 0,
    kExitJobFailed = 1,   // the run failed (an API error while it ran, a store write failed) or was stopped
    kExitUsage = 2,       // bad command line, e.g. an unknown option or --api-key
    kExitNoKey = 3,       // no API key in DEALERPAY_API_KEY or the keychain
    kExitStore = 4,       // the store cannot be used: not writable, cannot be opened, or not supported yet
    kExitApi = 5,         // the API address is wrong, cannot be reached, or refused the key (401)
};

// A reason to stop, with the exit code that says it.
struct CliFailure
{
    int exitCode = kExitUsage;
    QString message; // translated, one or two sentences, never the key
};

void printError(const QString& message);    // "dealerpay-cli: <message>" on stderr
void printProgress(const QString& line);    // progress on stderr
void printResult(const QString& line);      // the summary on stdout

// Options every command that talks to the API and the store shares: --db, --api-base, --settings.
struct CommonOptions
{
    QCommandLineOption db{QStringLiteral("db"),
                          QStringLiteral("The store: a SQLite file (default: the store the desktop app uses live)."),
                          QStringLiteral("store")};
    QCommandLineOption apiBase{QStringLiteral("api-base"),
                               QStringLiteral("Base URL of the payments API (default: the configured one)."),
                               QStringLiteral("url")};
    QCommandLineOption settings{QStringLiteral("settings"),
                                QStringLiteral("Settings file (default: the desktop app's settings)."),
                                QStringLiteral("file")};
    void addTo(QCommandLineParser& parser) const { parser.addOptions({db, apiBase, settings}); }
};

// Parses `args` (args[0] is the command's name); refuses the API key on the command line before anything else.
std::optional<CliFailure> parse(QCommandLineParser& parser, const QStringList& args);

// Everything a command needs, opened: the store (SQLite file), the API (base URL and key) and the services.
struct CliContext
{
    std::unique_ptr<AppContext> app;
    QString keySource; // "DEALERPAY_API_KEY" or the keychain's name, for messages
};
struct Opened
{
    std::unique_ptr<CliContext> context;
    std::optional<CliFailure> failure;
};
Opened open(const QCommandLineParser& parser, const CommonOptions& options);

// The start every command that talks to the API shares: adds --help and the common options to `parser` (which
// holds the command's own options), parses `args`, answers --help with `usage`, opens the store and the API, and
// probes the API. Returns the exit code when the command stops there (errors printed); else `opened` is ready.
std::optional<int> startCommand(QCommandLineParser& parser, const QStringList& args, const QString& usage,
                                Opened& opened);
// Asks the API for one account: tells a wrong address, an unreachable server and a refused key apart.
std::optional<CliFailure> probeApi(AppContext& app);

// Installs SIGINT/SIGTERM handlers; interrupted() turns true once one arrived.
void watchStopSignals();
bool interrupted();

QString exitCodesText(); // the exit codes, for the usage texts

} // namespace dp::app::cli
