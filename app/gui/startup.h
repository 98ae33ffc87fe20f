#pragma once

#include "context/appcontext.h"
#include "server/sandboxserver.h"

#include <QObject>

#include <memory>

namespace dp::app {

// Everything the GUI needs before its first page, done off the UI thread so that the window shows at once: the
// embedded sandbox's start (it generates its demo data) and, on the demo profile, the demo workspace (HTTP calls to
// the sandbox and the password hashes of the demo users). Owns the sandbox and the context: keep it alive longer
// than the window that uses them.
class Startup : public QObject
{
    Q_OBJECT
public:
    explicit Startup(AppConfig config, QObject* parent = nullptr);
    ~Startup() override; // waits for the work still running

    // Start this sandbox first; its URL becomes the API's, and the local store (named after the profile in
    // `config.databasePath`) starts afresh with it.
    void useEmbeddedSandbox(const sandbox::SandboxOptions& options);
    // Then create the demo organization, its users and rooftops unless the store has an organization.
    void seedDemo(const QString& organizationName);

    // Returns at once; `ready` or `failed` follows on the UI thread.
    void start();
    AppContext* context() const { return m_ctx.get(); }
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString& text);
    void ready(dp::AppContext& ctx);
    void warning(const QString& message); // the context is usable all the same (the demo is incomplete)
    void failed(const QString& message);

private:
    void createContext();
    void finish(const QString& seedError);

    AppConfig m_config;
    bool m_embedded = false;
    sandbox::SandboxOptions m_sandboxOptions;
    QString m_demoName;
    bool m_running = false;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<AppContext> m_ctx;
};

} // namespace dp::app
