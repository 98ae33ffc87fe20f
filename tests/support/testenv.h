#pragma once

#include "auth/session.h"

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace dp {
class AppContext;
namespace sandbox {
class EmbeddedSandbox;
}

namespace test {

// A user written straight into the store, in the team "Service cashiers" (takes payments) when `paymentTeam`,
// else in "Sales floor"; the teams are created when missing. Returns a signed-in session for that user.
Session addTestUser(AppContext& app, const QString& name, Role role, bool paymentTeam);

// Call first in every test's initTestCase: QStandardPaths test mode, fast password hashing, no proxies.
void prepareEnvironment();

// A sandbox on its own thread plus an AppContext on a temporary store and settings file.
class TestEnv
{
public:
    explicit TestEnv(const QString& profile = QStringLiteral("empty"), quint64 seed = 1);
    ~TestEnv();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QUrl baseUrl() const;
    AppContext& app() { return *m_app; }
    QString dir() const { return m_dir.path(); }
    // The demo profile's DMS exports and bank statements (sandbox/profiles/demofiles.h), in the system's zone.
    QString demoFilesDir() const { return m_dir.filePath(QStringLiteral("demo-files")); }
    static QString testKey() { return QStringLiteral("sk_test_dealerpay"); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<AppContext> m_app;
    bool m_ok = false;
    QString m_error;
};

} // namespace test
} // namespace dp
