#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace dp::sandbox {

class SandboxState;

// The Stripe-style sandbox: an HTTP server on 127.0.0.1 that keeps its objects in memory.
struct SandboxOptions
{
    quint16 port = 0;                          // 0 = any free port
    QString profile = QStringLiteral("empty"); // "empty" or "demo"
    quint64 seed = 1;                          // demo data is generated deterministically from it
    // When set (demo profile only): write the demo's DMS export and bank statements there at start (demofiles.h),
    // with dates and times in the zone `demoFilesZone` (an IANA id; empty = the system's zone).
    QString demoFilesDir;
    QByteArray demoFilesZone;
};

class SandboxServer : public QObject
{
    Q_OBJECT
  public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;
    // Listens on 127.0.0.1 and loads the profile. Must be called in the thread the server lives in.
    bool start(QString* error = nullptr);
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    quint16 port() const;

  private:
    class Private;
    std::unique_ptr<Private> d;
};

// The server running on its own thread (the GUI's embedded sandbox and the tests' server), so that blocking
// client calls from any thread are answered.
class EmbeddedSandbox
{
  public:
    explicit EmbeddedSandbox(SandboxOptions options);
    ~EmbeddedSandbox(); // stops the thread
    bool start(QString* error = nullptr);
    QUrl baseUrl() const;

  private:
    class Private;
    std::unique_ptr<Private> d;
};

// `dealerpay-cli sandbox serve [--port N] [--profile demo|empty] [--seed N]`: runs in the foreground, prints the
// base URL on stdout. Returns the process exit code.
int runServeCommand(const QStringList& arguments);

} // namespace dp::sandbox
