#include "startup.h"

#include "common/async.h"
#include "demo/demoseed.h"

#include <QFile>

namespace dp::app {

Startup::Startup(AppConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

Startup::~Startup()
{
    ui::waitForPendingWork(); // a seeding call still holds the context
}

void Startup::useEmbeddedSandbox(const sandbox::SandboxOptions& options)
{
    m_embedded = true;
    m_sandboxOptions = options;
}

void Startup::seedDemo(const QString& organizationName)
{
    m_demoName = organizationName;
}

void Startup::start()
{
    if (m_running || m_ctx)
        return;
    m_running = true;
    if (!m_embedded) {
        createContext();
        return;
    }
    emit progress(tr("Starting the sandbox…"));
    m_sandbox = std::make_unique<sandbox::EmbeddedSandbox>(m_sandboxOptions);
    sandbox::EmbeddedSandbox* box = m_sandbox.get();
    ui::runAsync<QString>(
        this,
        [box] {
            QString error;
            return box->start(&error) ? QString() : (error.isEmpty() ? tr("unknown error") : error);
        },
        [this](QString error) {
            if (!error.isEmpty()) {
                m_running = false;
                emit failed(tr("The sandbox could not start: %1").arg(error));
                return;
            }
            m_config.apiBaseUrl = m_sandbox->baseUrl();
            // The embedded sandbox keeps its state in memory, so its local store starts afresh with it.
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(m_config.databasePath + suffix);
            createContext();
        });
}

void Startup::createContext()
{
    auto created = AppContext::create(m_config); // opens the store: quick, and its objects belong to this thread
    if (!created) {
        m_running = false;
        emit failed(created.error().message);
        return;
    }
    m_ctx = std::move(created).value();
    if (m_demoName.isEmpty()) {
        finish({});
        return;
    }
    emit progress(tr("Preparing the demo…"));
    AppContext* ctx = m_ctx.get();
    const QString name = m_demoName;
    ui::runAsync<QString>(
        this,
        [ctx, name] {
            const Status seeded = seedDemoWorkspace(*ctx, name);
            return seeded ? QString() : seeded.error().message;
        },
        [this](QString error) { finish(error); });
}

void Startup::finish(const QString& seedError)
{
    m_running = false;
    if (!seedError.isEmpty())
        emit warning(seedError);
    emit ready(*m_ctx);
}

} // namespace dp::app
