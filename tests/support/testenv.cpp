#include "testenv.h"

#include "sandboxserver.h"
#include "services/appcontext.h"

#include <QStandardPaths>

namespace dp::test {

void prepareEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DEALERPAY_TEST_FAST_HASH", "1");
    qputenv("NO_PROXY", "127.0.0.1,localhost");
}

TestEnv::TestEnv(const QString& profile, quint64 seed)
{
    prepareEnvironment();
    sandbox::SandboxOptions options;
    options.profile = profile;
    options.seed = seed;
    m_sandbox = std::make_unique<sandbox::EmbeddedSandbox>(options);
    if (!m_sandbox->start(&m_error))
        return;
    AppConfig config;
    config.apiBaseUrl = m_sandbox->baseUrl();
    config.apiKey = testKey();
    config.databasePath = m_dir.filePath(QStringLiteral("store.sqlite"));
    config.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    config.secretsDir = m_dir.filePath(QStringLiteral("secrets"));
    auto created = AppContext::create(config);
    if (!created.ok()) {
        m_error = created.error().message;
        return;
    }
    m_app = std::move(created).value();
    m_ok = true;
}

TestEnv::~TestEnv() = default;

QUrl TestEnv::baseUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

} // namespace dp::test
