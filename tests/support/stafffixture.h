#pragma once

#include "smtpsink.h"

#include "auth/session.h"
#include "foundation/clock.h"

#include <QList>
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

// One text message as the sandbox's SMS gateway recorded it.
struct SmsRecord
{
    QString sid, to, from, body, status;
};

// The staff tests' world: the sandbox (API and SMS gateway) on its own thread, a real SMTP server on loopback, and an
// AppContext on a temporary store whose clock the test moves (ManualClock, starting at the real time) and whose mail
// settings point at the SMTP server.
class StaffFixture
{
public:
    explicit StaffFixture(const QString& profile = QStringLiteral("empty"));
    ~StaffFixture();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    AppContext& app() { return *m_app; }
    ManualClock& clock() { return m_clock; }
    SmtpSink& smtp() { return m_smtp; }
    QUrl baseUrl() const;
    QString dir() const { return m_dir.path(); }

    static QString organization() { return QStringLiteral("Main Street Motors"); }
    static QString password() { return QStringLiteral("correct horse 42"); }
    // The organization and its first Admin, created on the first call.
    Session admin();
    // A user with this role (and teams) who joined through an accepted invitation.
    Session join(const QString& name, Role role, const QList<qint64>& teamIds = {});

    // Closes the AppContext and opens a new one on the same store and settings (an application restart).
    bool restartApp();

    // GET /v1/test_helpers/sms/messages; empty on failure.
    QList<SmsRecord> smsMessages();
    QList<SmsRecord> smsTo(const QString& number);
    // The invitation code in a text or e-mail (from its dealerpay://register?code= link).
    static QString codeIn(const QString& text);

private:
    bool openApp();

    QTemporaryDir m_dir;
    ManualClock m_clock;
    SmtpSink m_smtp;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<AppContext> m_app;
    Session m_admin;
    int m_joined = 0;
    bool m_ok = false;
    QString m_error;
};

} // namespace test
} // namespace dp
