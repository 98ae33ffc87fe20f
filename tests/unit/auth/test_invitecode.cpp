// Invitation codes and dealerpay:// registration links (MNG-2).
#include "auth/invitecode.h"

#include <QSet>
#include <QTest>

using namespace dp;

class TestInviteCode : public QObject
{
    Q_OBJECT
private slots:
    void generatedCodesAreFormattedAndDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const QString code = invitecode::generate();
            QCOMPARE(code.size(), invitecode::kLength + invitecode::kLength / 4 - 1);
            QCOMPARE(code.count(QLatin1Char('-')), invitecode::kLength / 4 - 1);
            const QString normalized = invitecode::normalize(code);
            QCOMPARE(normalized.size(), invitecode::kLength);
            QCOMPARE(invitecode::format(normalized), code);
            seen.insert(normalized);
        }
        QCOMPARE(seen.size(), 500);
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        const QString canonical = QStringLiteral("7K3MQ9XD2HPA0RWN5EVBTC1Y");
        QTest::newRow("formatted") << "7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y" << canonical;
        QTest::newRow("lower case, spaces") << " 7k3m q9xd 2hpa 0rwn 5evb tc1y " << canonical;
        QTest::newRow("no separators") << "7K3MQ9XD2HPA0RWN5EVBTC1Y" << canonical;
        QTest::newRow("O for zero, I and L for one") << "7K3M-Q9XD-2HPA-ORWN-5EVB-TCIY" << canonical;
        QTest::newRow("l for one") << "7K3M-Q9XD-2HPA-0RWN-5EVB-TCly" << canonical;
        QTest::newRow("too short") << "7K3M-Q9XD-2HPA-0RWN-5EVB-TC1" << "";
        QTest::newRow("too long") << "7K3M-Q9XD-2HPA-0RWN-5EVB-TC1YZ" << "";
        QTest::newRow("U is not base32") << "7K3M-Q9XD-2HPA-0RWN-5EVB-TC1U" << "";
        QTest::newRow("punctuation") << "7K3M-Q9XD-2HPA-0RWN-5EVB-TC1!" << "";
        QTest::newRow("accented") << "7K3M-Q9XD-2HPA-0RWN-5EVB-TC1É" << "";
        QTest::newRow("empty") << "" << "";
    }
    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(invitecode::normalize(typed), expected);
    }

    void hashIsSha256OfTheCanonicalCode()
    {
        const QString h = invitecode::hash(QStringLiteral("7K3MQ9XD2HPA0RWN5EVBTC1Y"));
        QCOMPARE(h.size(), 64);
        QCOMPARE(h, invitecode::hash(invitecode::normalize(QStringLiteral("7k3m-q9xd-2hpa-orwn-5evb-tciy"))));
        QVERIFY(h != invitecode::hash(QStringLiteral("7K3MQ9XD2HPA0RWN5EVBTC1Z")));
        QVERIFY(!h.contains(QStringLiteral("7K3M")));
    }

    void registrationLink_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::newRow("link") << "dealerpay://register?code=7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y"
                              << "7K3MQ9XD2HPA0RWN5EVBTC1Y";
        QTest::newRow("upper-case scheme") << "DEALERPAY://register?code=7k3mq9xd2hpa0rwn5evbtc1y"
                                           << "7K3MQ9XD2HPA0RWN5EVBTC1Y";
        QTest::newRow("no host form") << "dealerpay:register?code=7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y"
                                      << "7K3MQ9XD2HPA0RWN5EVBTC1Y";
        QTest::newRow("other scheme") << "https://register?code=7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y" << "";
        QTest::newRow("other action") << "dealerpay://login?code=7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y" << "";
        QTest::newRow("bad code") << "dealerpay://register?code=nope" << "";
        QTest::newRow("no code") << "dealerpay://register" << "";
    }
    void registrationLink()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        QCOMPARE(invitecode::codeFromUrl(QUrl(url)), code);
    }

    void linkRoundTrip()
    {
        const QString code = invitecode::generate();
        const QUrl url = invitecode::registrationUrl(code);
        QCOMPARE(url.toString(), QStringLiteral("dealerpay://register?code=") + code);
        QCOMPARE(invitecode::codeFromUrl(url), invitecode::normalize(code));
    }
};

QTEST_APPLESS_MAIN(TestInviteCode)
#include "test_invitecode.moc"
