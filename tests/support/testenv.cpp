#include "testenv.h"

#include "server/sandboxserver.h"
#include "auth/passwordhash.h"
#include "context/appcontext.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QStandardPaths>

namespace dp::test {

Session addTestUser(AppContext& app, const QString& name, Role role, bool paymentTeam)
{
    QSqlQuery q(app.database().connection());
    const QString team = paymentTeam ? QStringLiteral("Service cashiers") : QStringLiteral("Sales floor");
    q.prepare(QStringLiteral("INSERT INTO teams (name, takes_payments, created_at) SELECT ?, ?, 0"
                             " WHERE NOT EXISTS (SELECT 1 FROM teams WHERE name = ?)"));
    store::bindAll(q, {team, int(paymentTeam), team});
    q.exec();
    q.prepare(QStringLiteral("INSERT INTO users (name, email, role, password_hash, created_at) VALUES (?, ?, ?, 'x', 0)"));
    store::bindAll(q, {name, QString(name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@dealer.test")), roleKey(role)});
    if (!q.exec())
        qFatal("addTestUser: %s", qPrintable(name));
    Session s;
    s.userId = q.lastInsertId().toLongLong();
    s.name = name;
    s.role = role;
    s.inPaymentTeam = paymentTeam;
    q.prepare(QStringLiteral("INSERT INTO team_members (team_id, user_id) SELECT id, ? FROM teams WHERE name = ?"));
    store::bindAll(q, {s.userId, team});
    q.exec();
    return s;
}

void prepareEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    password::testing::setIterations(1000);
    qputenv("NO_PROXY", "127.0.0.1,localhost");
}

TestEnv::TestEnv(const QString& profile, quint64 seed)
{
    prepareEnvironment();
    sandbox::SandboxOptions options;
    options.profile = profile;
    options.seed = seed;
    if (profile == QLatin1String("demo")) // the demo's DMS exports and bank statements, as the app writes them
        options.demoFilesDir = m_dir.filePath(QStringLiteral("demo-files"));
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
