#include "sandboxserver.h"

#include "httpfront.h"
#include "profiles/demofiles.h"
#include "profiles/profiles.h"
#include "router.h"
#include "routes.h"
#include "sandboxstate.h"

#include <QHostAddress>
#include <QThread>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSandboxResources()
{
    Q_INIT_RESOURCE(sandbox_fixtures);
}

namespace dp::sandbox {

class SandboxServer::Private
{
  public:
    explicit Private(SandboxOptions o) : options(std::move(o)), state(options.seed) {}
    SandboxOptions options;
    SandboxState state;
    Router router;
    quint16 port = 0;
    std::unique_ptr<HttpFront> front; // last: destroyed first, before the state its handlers use
};

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(options)))
{
    initSandboxResources();
    registerAccountRoutes(d->router, d->state);
    registerOnboardingRoutes(d->router, d->state);
    registerEventRoutes(d->router, d->state);
    registerTestHelperRoutes(d->router, d->state);
    registerPaymentRoutes(d->router, d->state);
    registerCustomerRoutes(d->router, d->state);
    registerCheckoutRoutes(d->router, d->state);
    registerCheckoutPages(d->router, d->state);
    registerSmsRoutes(d->router, d->state);
    registerReportingRoutes(d->router, d->state);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString* error)
{
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (d->front)
        return true;
    d->front = std::make_unique<HttpFront>(d->state, d->router);
    d->port = d->front->listen(QHostAddress::LocalHost, d->options.port);
    if (d->port == 0) {
        d->front.reset();
        return failWith(QStringLiteral("The sandbox could not listen on 127.0.0.1:%1.").arg(d->options.port));
    }
    d->state.setBaseUrl(baseUrl().toString());
    if (!loadProfile(d->state, d->options.profile)) {
        d->front.reset();
        return failWith(QStringLiteral("Unknown sandbox profile \"%1\" (use demo or empty).").arg(d->options.profile));
    }
    if (d->options.profile == QLatin1String("demo") && !d->options.demoFilesDir.isEmpty()) {
        const QTimeZone zone = d->options.demoFilesZone.isEmpty() ? QTimeZone::systemTimeZone()
                                                                  : QTimeZone(d->options.demoFilesZone);
        QString message;
        if (!zone.isValid())
            return failWith(QStringLiteral("Unknown time zone \"%1\".").arg(QString::fromUtf8(d->options.demoFilesZone)));
        if (writeDemoFiles(d->state, d->options.demoFilesDir, zone, &message).isEmpty())
            return failWith(QStringLiteral("The demo files could not be written: %1").arg(message));
    }
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

quint16 SandboxServer::port() const
{
    return d->port;
}

class EmbeddedSandbox::Private
{
  public:
    SandboxOptions options;
    QThread thread;
    SandboxServer* server = nullptr; // lives in `thread`
    QUrl url;
};

EmbeddedSandbox::EmbeddedSandbox(SandboxOptions options) : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->thread.setObjectName(QStringLiteral("dealerpay-sandbox"));
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (d->server) {
        SandboxServer* server = d->server;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    d->thread.quit();
    d->thread.wait();
}

bool EmbeddedSandbox::start(QString* error)
{
    if (d->server)
        return true;
    d->thread.start();
    auto* server = new SandboxServer(d->options);
    server->moveToThread(&d->thread);
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        server, [&] { ok = server->start(&message); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        if (error)
            *error = message;
        return false;
    }
    d->server = server;
    d->url = server->baseUrl();
    return true;
}

QUrl EmbeddedSandbox::baseUrl() const
{
    return d->url;
}

} // namespace dp::sandbox
