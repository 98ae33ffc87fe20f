#include "foundation/settings.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace dp;
using Key = Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("ApiMode") << Key::ApiMode << QVariant(QStringLiteral("sandbox"));
        QTest::newRow("ApiBaseUrl") << Key::ApiBaseUrl << QVariant(QStringLiteral("https://api.stripe.com"));
        QTest::newRow("ApiVersion") << Key::ApiVersion << QVariant(QStringLiteral("2026-07-29.dahlia"));
        QTest::newRow("SandboxProfile") << Key::SandboxProfile << QVariant(QStringLiteral("demo"));
        QTest::newRow("SandboxSeed") << Key::SandboxSeed << QVariant(42);
        QTest::newRow("EventPollSeconds") << Key::EventPollSeconds << QVariant(5);
        QTest::newRow("DatabaseDriver") << Key::DatabaseDriver << QVariant(QStringLiteral("QSQLITE"));
        QTest::newRow("DatabasePath") << Key::DatabasePath << QVariant(QString());
        QTest::newRow("PgPort") << Key::PgPort << QVariant(5432);
        QTest::newRow("Language") << Key::Language << QVariant(QString());
        QTest::newRow("OnboardingReturnUrl") << Key::OnboardingReturnUrl
                                             << QVariant(QStringLiteral("https://dealerpay.app/onboarding/return"));
        QTest::newRow("SmtpPort") << Key::SmtpPort << QVariant(587);
        QTest::newRow("SmtpHost") << Key::SmtpHost << QVariant(QString());
    }
    void defaults()
    {
        QFETCH(Key, key);
        QFETCH(QVariant, expected);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(Settings::defaultValue(key), expected);
        QCOMPARE(settings.value(key), expected);
    }

    void keyNames_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("ApiMode") << Key::ApiMode << "api/mode";
        QTest::newRow("ApiBaseUrl") << Key::ApiBaseUrl << "api/base_url";
        QTest::newRow("EventPollSeconds") << Key::EventPollSeconds << "event/poll_seconds";
        QTest::newRow("PgPort") << Key::PgPort << "pg/port";
        QTest::newRow("Language") << Key::Language << "language";
        QTest::newRow("OnboardingReturnUrl") << Key::OnboardingReturnUrl << "onboarding/return_url";
        QTest::newRow("SmtpFrom") << Key::SmtpFrom << "smtp/from";
    }
    void keyNames()
    {
        QFETCH(Key, key);
        QFETCH(QString, name);
        QCOMPARE(Settings::keyName(key), name);
    }

    void everyKeyHasADistinctStorableName()
    {
        const QMetaEnum meta = QMetaEnum::fromType<Key>();
        QSet<QString> names;
        for (int i = 0; i < meta.keyCount(); ++i) {
            const auto key = Key(meta.value(i));
            const QString name = Settings::keyName(key);
            QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY2(Settings::mayStore(name, Settings::defaultValue(key)), qPrintable(name));
        }
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(path);
            QCOMPARE(settings.fileName(), path);
            QSignalSpy spy(&settings, &Settings::changed);
            settings.setValue(Key::ApiMode, QStringLiteral("live"));
            settings.setValue(Key::PgPort, 6543);
            settings.setValue(Key::Language, QStringLiteral("fr"));
            settings.setValue(Key::Language, QStringLiteral("fr")); // unchanged: no second signal
            QCOMPARE(spy.size(), 3);
            QCOMPARE(spy.at(0).at(0).value<Key>(), Key::ApiMode);
            QCOMPARE(settings.string(Key::ApiMode), QStringLiteral("live"));
        }
        Settings reopened(path);
        QCOMPARE(reopened.string(Key::ApiMode), QStringLiteral("live"));
        QCOMPARE(reopened.value(Key::PgPort), QVariant(6543)); // typed like the default, not a string
        QCOMPARE(reopened.integer(Key::PgPort), 6543);
        QCOMPARE(reopened.string(Key::Language), QStringLiteral("fr"));
        QCOMPARE(reopened.integer(Key::SmtpPort), 587); // untouched keys keep their default

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("[api]"));
        QVERIFY(ini.contains("mode=live"));

        QSignalSpy spy(&reopened, &Settings::changed);
        reopened.reset(Key::ApiMode);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(reopened.string(Key::ApiMode), QStringLiteral("sandbox"));
    }

    void unreadableNumberFallsBackToDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[event]\npoll_seconds=often\n");
        file.close();
        Settings settings(path);
        QCOMPARE(settings.integer(Key::EventPollSeconds), 5);
    }

    void secretLikeRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("plain") << "smtp/host" << QVariant("mail.example.com") << true;
        QTest::newRow("number") << "smtp/port" << QVariant(587) << true;
        QTest::newRow("password name") << "smtp/password" << QVariant("hunter2") << false;
        QTest::newRow("Password camel") << "SmtpPassword" << QVariant("hunter2") << false;
        QTest::newRow("secret name") << "webhook/secret" << QVariant("x") << false;
        QTest::newRow("key name") << "api/key" << QVariant("x") << false;
        QTest::newRow("ApiKey") << "ApiKey" << QVariant("x") << false;
        QTest::newRow("live key value") << "api/base_url" << QVariant("sk_live_abc123") << false;
        QTest::newRow("test key value") << "smtp/user" << QVariant(" sk_test_abc123") << false;
        QTest::newRow("restricted key value") << "smtp/user" << QVariant("rk_live_abc") << false;
        QTest::newRow("webhook secret value") << "smtp/user" << QVariant("whsec_abc") << false;
        QTest::newRow("publishable key is not secret") << "smtp/user" << QVariant("pk_live_abc") << true;
    }
    void secretLikeRefused()
    {
        QFETCH(QString, name);
        QFETCH(QVariant, value);
        QFETCH(bool, allowed);
        QCOMPARE(Settings::mayStore(name, value), allowed);
    }

    void secretValueNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        Settings settings(path);
        QSignalSpy spy(&settings, &Settings::changed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused to store api/base_url")));
        settings.setValue(Key::ApiBaseUrl, QStringLiteral("sk_live_51SECRETVALUE"));
        QCOMPARE(spy.size(), 0);
        QCOMPARE(settings.string(Key::ApiBaseUrl), QStringLiteral("https://api.stripe.com"));
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("SECRETVALUE"));
    }

    void platformDefaultPath()
    {
        Settings settings(QString{});
        QVERIFY(!settings.fileName().isEmpty());
        QVERIFY(settings.fileName().endsWith(QStringLiteral(".ini")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
