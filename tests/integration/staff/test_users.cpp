// Organization, log-in, lockout and re-authentication (MNG-4, ONB-4) on a temporary store.
#include "testenv.h"

#include "context/appcontext.h"
#include "auth/userservice.h"
#include "storage/auditlog.h"
#include "foundation/clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dp;

class TestUsers : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock{1'750'000'000};
    std::unique_ptr<AppContext> m_app;

private slots:
    void init()
    {
        test::prepareEnvironment();
        static int n = 0;
        AppConfig config;
        config.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        config.databasePath = m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++n));
        config.settingsPath = m_dir.filePath(QStringLiteral("settings%1.ini").arg(n));
        config.clock = &m_clock;
        auto created = AppContext::create(config);
        QVERIFY(created.ok());
        m_app = std::move(created).value();
    }

    void firstRunValidates_data()
    {
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("no organization") << "" << "Ann" << "ann@x.test" << "long enough 1" << "organization";
        QTest::newRow("no name") << "Org" << " " << "ann@x.test" << "long enough 1" << "name";
        QTest::newRow("bad e-mail") << "Org" << "Ann" << "ann" << "long enough 1" << "email";
        QTest::newRow("short password") << "Org" << "Ann" << "ann@x.test" << "short1" << "password";
        QTest::newRow("ok") << "Org" << "Ann" << "ann@x.test" << "long enough 1" << "";
    }
    void firstRunValidates()
    {
        QFETCH(QString, org);
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, field);
        auto r = m_app->users().createOrganization(org, name, email, password);
        QCOMPARE(r.ok(), field.isEmpty());
        QCOMPARE(m_app->users().hasOrganization(), field.isEmpty());
        if (!r.ok())
            QCOMPARE(r.error().field, field);
        else
            QCOMPARE(r->role, Role::Admin);
    }

    void loginLocksAfterRepeatedFailures()
    {
        QVERIFY(m_app->users().createOrganization(QStringLiteral("Org"), QStringLiteral("Ann"), QStringLiteral("ann@x.test"),
                                                  QStringLiteral("long enough 1")).ok());
        QVERIFY(m_app->users().login(QStringLiteral("ANN@x.test "), QStringLiteral("long enough 1")).ok());
        for (int i = 1; i < UserService::kMaxFailedLogins; ++i)
            QCOMPARE(m_app->users().login(QStringLiteral("ann@x.test"), QStringLiteral("nope")).error().code, Error::Code::Auth);
        QCOMPARE(m_app->users().login(QStringLiteral("ann@x.test"), QStringLiteral("nope")).error().code, Error::Code::Locked);
        // Locked: even the right password is refused until the lockout ends.
        QCOMPARE(m_app->users().login(QStringLiteral("ann@x.test"), QStringLiteral("long enough 1")).error().code, Error::Code::Locked);
        m_clock.advance(UserService::kLockoutSecs + 1);
        QVERIFY(m_app->users().login(QStringLiteral("ann@x.test"), QStringLiteral("long enough 1")).ok());
        QVERIFY(m_app->audit().verify().ok);
    }

    void reauthenticationExpires()
    {
        auto admin = m_app->users().createOrganization(QStringLiteral("Org"), QStringLiteral("Ann"), QStringLiteral("ann@x.test"),
                                                       QStringLiteral("long enough 1"));
        Session s = admin.value();
        s.reauthenticatedAt = 0;
        QVERIFY(!m_app->users().reauthFresh(s));
        QVERIFY(m_app->users().reauthenticate(s, QStringLiteral("long enough 1")).ok());
        QVERIFY(m_app->users().reauthFresh(s));
        m_clock.advance(Session::kReauthValidSecs + 1);
        QVERIFY(!m_app->users().reauthFresh(s));
    }

    void demoUsersCoverEachRole()
    {
        QVERIFY(m_app->users().seedDemo(QStringLiteral("Demo Motors")).ok());
        const auto demo = m_app->users().demoUsers();
        QCOMPARE(demo.size(), 3);
        QSet<Role> roles;
        for (const UserInfo& u : demo) {
            auto s = m_app->users().login(u.email, UserService::kDemoPassword);
            QVERIFY(s.ok());
            roles.insert(s->role);
            if (s->role == Role::Manager)
                QVERIFY(s->inPaymentTeam);
        }
        QCOMPARE(roles.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "test_users.moc"
