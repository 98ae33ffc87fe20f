// The mail server settings (MNG-2, SEC-2): validated fields, the password kept in the SecretStore and never in the
// settings file, applied at once (a test message reaches the SMTP server), Admins only.
#include "stafffixture.h"

#include "context/appcontext.h"
#include "notify/mailserver.h"
#include "foundation/settings.h"

#include <QFile>
#include <QTest>

using namespace dp;

class TestMailServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::StaffFixture> f;

    MailServerSettings valid() const
    {
        MailServerSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = f->smtp().port();
        s.fromAddress = QStringLiteral("payments@mainstreet.test");
        return s;
    }

private slots:
    void init()
    {
        f = std::make_unique<test::StaffFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        QVERIFY(f->admin().isValid());
    }
    void cleanup() { f.reset(); }

    void validates_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("field");
        QTest::newRow("no host") << " " << 587 << "" << "" << "a@b.test" << "host";
        QTest::newRow("host with a space") << "smtp example.com" << 587 << "" << "" << "a@b.test" << "host";
        QTest::newRow("host with a scheme") << "smtp://mail.test" << 587 << "" << "" << "a@b.test" << "host";
        QTest::newRow("port 0") << "mail.test" << 0 << "" << "" << "a@b.test" << "port";
        QTest::newRow("port too big") << "mail.test" << 70000 << "" << "" << "a@b.test" << "port";
        QTest::newRow("bad sender") << "mail.test" << 587 << "" << "" << "payments" << "from";
        QTest::newRow("password without user") << "mail.test" << 587 << "" << "s3cret-pass" << "a@b.test" << "user";
    }
    void validates()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, from);
        QFETCH(QString, field);
        MailServerSettings s;
        s.host = host;
        s.port = port;
        s.user = user;
        s.password = password;
        s.fromAddress = from;
        const Status saved = mailserver::save(f->app(), f->admin(), s);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().field, field);
        QCOMPARE(f->app().settings().string(Settings::Key::SmtpHost), QStringLiteral("127.0.0.1")); // unchanged
    }

    void passwordGoesToTheSecretStoreAndSettingsApplyAtOnce()
    {
        MailServerSettings s = valid();
        s.user = QStringLiteral("dealerpay");
        s.password = QStringLiteral("very-secret-smtp-pass");
        QVERIFY(mailserver::save(f->app(), f->admin(), s).ok());
        const MailServerSettings read = mailserver::current(f->app(), true);
        QCOMPARE(read.host, s.host);
        QCOMPARE(read.port, s.port);
        QCOMPARE(read.user, s.user);
        QCOMPARE(read.fromAddress, s.fromAddress);
        QVERIFY(read.hasPassword);
        QVERIFY(read.password.isEmpty());
        QFile ini(f->app().settings().fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray content = ini.readAll();
        QVERIFY(content.contains("payments@mainstreet.test"));
        QVERIFY(!content.contains("very-secret-smtp-pass"));

        // Saving again without a password keeps the stored one; no user drops it.
        s.password.clear();
        QVERIFY(mailserver::save(f->app(), f->admin(), s).ok());
        QVERIFY(mailserver::current(f->app(), true).hasPassword);
        s.user.clear();
        QVERIFY(mailserver::save(f->app(), f->admin(), s).ok());
        QVERIFY(!mailserver::current(f->app(), true).hasPassword);
    }

    void testMessageReachesTheServer()
    {
        MailServerSettings s = valid();
        QVERIFY(mailserver::save(f->app(), f->admin(), s).ok());
        QVERIFY(mailserver::sendTest(f->app(), f->admin(), QStringLiteral("dana@mainstreet.test")).ok());
        QVERIFY(f->smtp().waitFor(1));
        const test::ReceivedMail mail = f->smtp().messages().value(0);
        QCOMPARE(mail.envelopeTo, QStringList{QStringLiteral("dana@mainstreet.test")});
        QVERIFY(mail.from.contains(QStringLiteral("<payments@mainstreet.test>")));
        QCOMPARE(mail.subject, QStringLiteral("DealerPay test message"));
        QVERIFY(mail.text.contains(test::StaffFixture::organization()));
        QVERIFY(mail.html.contains(test::StaffFixture::organization()));

        s.port = 1; // nothing listens there: the failure is reported, not hidden
        QVERIFY(mailserver::save(f->app(), f->admin(), s).ok());
        const Status failed = mailserver::sendTest(f->app(), f->admin(), QStringLiteral("dana@mainstreet.test"));
        QVERIFY(!failed.ok());
        QVERIFY(!failed.error().message.isEmpty());
    }

    void onlyAdminsChangeIt()
    {
        const Session manager = f->join(QStringLiteral("Marco"), Role::Manager);
        QVERIFY(manager.isValid());
        MailServerSettings s = valid();
        s.host = QStringLiteral("evil.example.com");
        QCOMPARE(mailserver::save(f->app(), manager, s).error().code, Error::Code::Permission);
        QCOMPARE(mailserver::sendTest(f->app(), manager, QStringLiteral("x@y.test")).error().code,
                 Error::Code::Permission);
        QCOMPARE(f->app().settings().string(Settings::Key::SmtpHost), QStringLiteral("127.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(TestMailServer)
#include "test_mail_server.moc"
