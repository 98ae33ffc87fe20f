#include "stafffixture.h"

#include "testenv.h"

#include "auth/invitecode.h"
#include "net/curltransport.h"
#include "server/sandboxserver.h"
#include "context/appcontext.h"
#include "staff/staffservice.h"
#include "auth/userservice.h"
#include "foundation/settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace dp::test {

StaffFixture::StaffFixture(const QString& profile) : m_clock(QDateTime::currentSecsSinceEpoch())
{
    prepareEnvironment();
    if (!m_smtp.start(&m_error))
        return;
    sandbox::SandboxOptions options;
    options.profile = profile;
    m_sandbox = std::make_unique<sandbox::EmbeddedSandbox>(options);
    if (!m_sandbox->start(&m_error))
        return;
    if (!openApp())
        return;
    Settings& settings = m_app->settings();
    settings.setValue(Settings::Key::SmtpHost, QStringLiteral("127.0.0.1"));
    settings.setValue(Settings::Key::SmtpPort, m_smtp.port());
    settings.setValue(Settings::Key::SmtpFrom, QStringLiteral("dealerpay@mainstreet.test"));
    m_app->configureMessaging();
    m_ok = true;
}

bool StaffFixture::openApp()
{
    AppConfig config;
    config.apiBaseUrl = m_sandbox->baseUrl();
    config.apiKey = TestEnv::testKey();
    config.databasePath = m_dir.filePath(QStringLiteral("store.sqlite"));
    config.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    config.secretsDir = m_dir.filePath(QStringLiteral("secrets"));
    config.clock = &m_clock;
    auto created = AppContext::create(config);
    if (!created.ok()) {
        m_error = created.error().message;
        return false;
    }
    m_app = std::move(created).value();
    return true;
}

bool StaffFixture::restartApp()
{
    m_app.reset();
    return openApp();
}

StaffFixture::~StaffFixture() = default;

QUrl StaffFixture::baseUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

Session StaffFixture::admin()
{
    if (!m_admin.isValid()) {
        auto created = m_app->users().createOrganization(organization(), QStringLiteral("Dana Whitfield"),
                                                         QStringLiteral("dana@mainstreet.test"), password());
        if (created)
            m_admin = created.value();
    }
    return m_admin;
}

Session StaffFixture::join(const QString& name, Role role, const QList<qint64>& teamIds)
{
    ++m_joined;
    InviteRequest request{name, QStringLiteral("user%1@mainstreet.test").arg(m_joined),
                          QStringLiteral("+1514555%1").arg(1000 + m_joined), role, teamIds};
    auto invited = m_app->staff().invite(admin(), request);
    if (!invited)
        return {};
    auto accepted = m_app->staff().accept(invited->code, password());
    return accepted ? accepted.value() : Session{};
}

QList<SmsRecord> StaffFixture::smsMessages()
{
    http::CurlTransport transport;
    http::Request request;
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/v1/test_helpers/sms/messages"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    url.setQuery(query);
    request.url = url;
    request.headers = {{QByteArray("Authorization"), "Bearer " + TestEnv::testKey().toUtf8()}};
    const http::Response response = transport.send(request);
    QList<SmsRecord> out;
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    for (const QJsonValue& v : json.value(QLatin1String("data")).toArray()) {
        const QJsonObject m = v.toObject();
        auto text = [&m](const char* a, const char* b) {
            const QString value = m.value(QLatin1String(a)).toString();
            return value.isEmpty() ? m.value(QLatin1String(b)).toString() : value;
        };
        out.append({text("sid", "id"), text("to", "To"), text("from", "From"), text("body", "Body"),
                    text("status", "Status")});
    }
    return out;
}

QList<SmsRecord> StaffFixture::smsTo(const QString& number)
{
    QList<SmsRecord> out;
    for (const SmsRecord& m : smsMessages()) {
        if (m.to == number)
            out.append(m);
    }
    return out;
}

QString StaffFixture::codeIn(const QString& text)
{
    static const QRegularExpression link(QStringLiteral("dealerpay://register\\?code=([A-Za-z0-9%-]+)"));
    const auto m = link.match(text);
    return m.hasMatch() ? invitecode::codeFromUrl(QUrl(m.captured(0))) : QString();
}

} // namespace dp::test
