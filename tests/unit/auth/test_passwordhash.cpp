#include "auth/passwordhash.h"

#include <QtTest>

using namespace dp;

class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void productStrength()
    {
        // Before any test seam is used, and whatever the environment says, hashing is at full strength.
        qputenv("DEALERPAY_TEST_FAST_HASH", "1");
        QCOMPARE(password::defaultIterations(), 310000);
        password::testing::setIterations(1000);
        QCOMPARE(password::defaultIterations(), 1000);
    }

    void rehashWhenWeaker_data()
    {
        QTest::addColumn<int>("storedIterations");
        QTest::addColumn<bool>("rehash");
        QTest::newRow("fewer") << 999 << true;
        QTest::newRow("same") << 1000 << false;
        QTest::newRow("more") << 2000 << false;
    }
    void rehashWhenWeaker()
    {
        QFETCH(int, storedIterations);
        QFETCH(bool, rehash);
        QCOMPARE(password::needsRehash(password::hash(QStringLiteral("Secret12345"), storedIterations)), rehash);
        QVERIFY(password::needsRehash(QStringLiteral("not a hash")));
    }

    void storedForm()
    {
        const QString stored = password::hash(QStringLiteral("Secret12345"));
        const QStringList parts = stored.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts.at(1), QStringLiteral("1000"));
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
        QVERIFY(!stored.contains(QStringLiteral("Secret12345")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << "Secret12345" << "Secret12345" << true;
        QTest::newRow("case differs") << "Secret12345" << "secret12345" << false;
        QTest::newRow("one char more") << "Secret12345" << "Secret123456" << false;
        QTest::newRow("prefix") << "Secret12345" << "Secret1234" << false;
        QTest::newRow("empty attempt") << "Secret12345" << "" << false;
        QTest::newRow("empty password") << "" << "" << true;
        QTest::newRow("unicode") << QString::fromUtf8("Mötörhead 1977 ✓") << QString::fromUtf8("Mötörhead 1977 ✓")
                                 << true;
        QTest::newRow("unicode normalisation differs")
            << QString::fromUtf8("Mötörhead 1977") << QString::fromUtf8("Mo\u0308to\u0308rhead 1977") << false;
        QTest::newRow("dollar inside") << "pa$$word$99" << "pa$$word$99" << true;
    }
    void roundTrip()
    {
        QFETCH(QString, password);
        QFETCH(QString, attempt);
        QFETCH(bool, matches);
        QCOMPARE(password::verify(attempt, password::hash(password)), matches);
    }

    void saltedDifferently()
    {
        const QString a = password::hash(QStringLiteral("Secret12345"));
        const QString b = password::hash(QStringLiteral("Secret12345"));
        QVERIFY(a != b);
        QVERIFY(password::verify(QStringLiteral("Secret12345"), a));
        QVERIFY(password::verify(QStringLiteral("Secret12345"), b));
    }

    void explicitIterations()
    {
        const QString stored = password::hash(QStringLiteral("Secret12345"), 2500);
        QCOMPARE(stored.section(QLatin1Char('$'), 1, 1), QStringLiteral("2500"));
        QVERIFY(password::verify(QStringLiteral("Secret12345"), stored));
        // The iteration count is part of the hash: changing it breaks the match.
        QString tampered = stored;
        tampered.replace(QStringLiteral("$2500$"), QStringLiteral("$2501$"));
        QVERIFY(!password::verify(QStringLiteral("Secret12345"), tampered));
    }

    void knownVector()
    {
        // PBKDF2-HMAC-SHA256("password", "salt", 1 iteration, 32 bytes), RFC 7914 style test vector.
        const QString stored = QStringLiteral("pbkdf2-sha256$1$") + QString::fromLatin1(QByteArray("salt").toBase64())
            + QLatin1Char('$')
            + QString::fromLatin1(
                QByteArray::fromHex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b").toBase64());
        QVERIFY(password::verify(QStringLiteral("password"), stored));
        QVERIFY(!password::verify(QStringLiteral("Password"), stored));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("stored");
        const QString good = password::hash(QStringLiteral("Secret12345"));
        const QStringList p = good.split(QLatin1Char('$'));
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << "Secret12345";
        QTest::newRow("three parts") << QStringList{p[0], p[1], p[2]}.join(QLatin1Char('$'));
        QTest::newRow("five parts") << good + "$x";
        QTest::newRow("other scheme") << QStringList{"pbkdf2-sha1", p[1], p[2], p[3]}.join(QLatin1Char('$'));
        QTest::newRow("zero iterations") << QStringList{p[0], "0", p[2], p[3]}.join(QLatin1Char('$'));
        QTest::newRow("negative iterations") << QStringList{p[0], "-5", p[2], p[3]}.join(QLatin1Char('$'));
        QTest::newRow("huge iterations") << QStringList{p[0], "2000000000", p[2], p[3]}.join(QLatin1Char('$'));
        QTest::newRow("text iterations") << QStringList{p[0], "many", p[2], p[3]}.join(QLatin1Char('$'));
        QTest::newRow("bad salt") << QStringList{p[0], p[1], "!!!", p[3]}.join(QLatin1Char('$'));
        QTest::newRow("empty salt") << QStringList{p[0], p[1], "", p[3]}.join(QLatin1Char('$'));
        QTest::newRow("bad hash") << QStringList{p[0], p[1], p[2], "@@"}.join(QLatin1Char('$'));
        QTest::newRow("short hash") << QStringList{p[0], p[1], p[2], "AAAA"}.join(QLatin1Char('$'));
        QTest::newRow("empty hash") << QStringList{p[0], p[1], p[2], ""}.join(QLatin1Char('$'));
    }
    void malformed()
    {
        QFETCH(QString, stored);
        QVERIFY(!password::verify(QStringLiteral("Secret12345"), stored));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "test_passwordhash.moc"
