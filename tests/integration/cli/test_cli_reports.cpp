// `dealerpay-cli payouts` and `dealerpay-cli report` run as processes: the synced payouts per rooftop (text and
// one JSON object), a report through the sandbox's Reporting API saved as CSV with Stripe's column names, and the
// exit codes for bad input, a missing store and a missing key.
#include "paymentfixture.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "payments/syncservice.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dp;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

} // namespace

class TestCliReports : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentFixture> f;
    QTemporaryDir m_home;
    qint64 m_payoutAmount = 0;

    Run cli(const QStringList& args, const QString& key = test::TestEnv::testKey()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DEALERPAY_API_KEY"));
        if (!key.isEmpty())
            env.insert(QStringLiteral("DEALERPAY_API_KEY"), key);
        env.insert(QStringLiteral("DEALERPAY_SECRETS"), QStringLiteral("file"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEALERPAY_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString store() const { return f->app().config().databasePath; }

    QStringList reportArgs(const QString& out) const
    {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/New_York")).date();
        return {QStringLiteral("report"), QStringLiteral("--type"), QStringLiteral("payouts.itemized.3"),
                QStringLiteral("--from"), today.addDays(-30).toString(Qt::ISODate),
                QStringLiteral("--to"), today.addDays(20).toString(Qt::ISODate),
                QStringLiteral("--tz"), QStringLiteral("America/New_York"),
                QStringLiteral("--rooftop"), QString::number(f->rooftopId),
                QStringLiteral("--out"), out,
                QStringLiteral("--api-base"), f->env().baseUrl().toString(),
                QStringLiteral("--db"), store(),
                QStringLiteral("--settings"), m_home.filePath(QStringLiteral("cli.ini"))};
    }

private slots:
    void initTestCase()
    {
        test::prepareEnvironment();
        f = std::make_unique<test::PaymentFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        api::ApiClient& api = f->app().api();
        for (qint64 amount : {15000, 27500}) {
            QVERIFY(api.post(QStringLiteral("/v1/charges"),
                             {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("usd")},
                              {QStringLiteral("source"), QStringLiteral("tok_visa")}},
                             api::ApiClient::newIdempotencyKey(), f->account)
                        .ok());
        }
        m_payoutAmount = 15000 + 27500 - ((15000 * 325 + 5000) / 10000 + 30) - ((27500 * 325 + 5000) / 10000 + 30);
        QVERIFY(api.post(QStringLiteral("/v1/test_helpers/sandbox_clock"), {{QStringLiteral("advance_by"), 10 * 86400}},
                         api::ApiClient::newIdempotencyKey())
                    .ok());
        QVERIFY(f->app().sync().run().ok());
    }

    void payoutsAsJsonAndText()
    {
        const Run json = cli({QStringLiteral("payouts"), QStringLiteral("--db"), store(), QStringLiteral("--json")}, {});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("count")).toInt(), 1);
        const QJsonObject po = o.value(QLatin1String("payouts")).toArray().first().toObject();
        QCOMPARE(po.value(QLatin1String("amount")).toInteger(), m_payoutAmount);
        QCOMPARE(po.value(QLatin1String("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(po.value(QLatin1String("rooftop_id")).toInteger(), f->rooftopId);
        QVERIFY(QDate::fromString(po.value(QLatin1String("arrival_date")).toString(), Qt::ISODate).isValid());

        const Run text = cli({QStringLiteral("payouts"), QStringLiteral("--db"), store()}, {});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(po.value(QLatin1String("id")).toString()), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Paid")));

        const Run none = cli({QStringLiteral("payouts"), QStringLiteral("--db"), store(), QStringLiteral("--from"),
                              QStringLiteral("2001-01-01"), QStringLiteral("--to"), QStringLiteral("2001-01-31"),
                              QStringLiteral("--json")},
                             {});
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).object().value(QLatin1String("count")).toInt(), 0);
    }

    void payoutsExitCodes()
    {
        QCOMPARE(cli({QStringLiteral("payouts"), QStringLiteral("--db"), store(), QStringLiteral("--from"),
                      QStringLiteral("yesterday")}, {}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("payouts")}, {}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("payouts"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("none.sqlite"))},
                     {}).exitCode, 4);
    }

    void reportSavedWithDocumentedColumns()
    {
        const QString out = m_home.filePath(QStringLiteral("payouts.csv"));
        const Run r = cli(reportArgs(out));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(!r.out.contains(test::TestEnv::testKey()) && !r.err.contains(test::TestEnv::testKey()));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QByteArray header = lines.first().trimmed();
        QVERIFY2(header.startsWith("payout_id,effective_at,currency,gross,fee,net"), header.constData());
        QVERIFY(header.contains("payout_expected_arrival_date") && header.contains("payout_status"));
        const QString amount = QStringLiteral("%1.%2").arg(m_payoutAmount / 100).arg(m_payoutAmount % 100, 2, 10,
                                                                                       QLatin1Char('0'));
        QVERIFY2(lines.at(1).contains(amount.toUtf8()), lines.at(1).constData());
    }

    void reportExitCodes()
    {
        const QString out = m_home.filePath(QStringLiteral("x.csv"));
        QStringList noOut = reportArgs(out);
        noOut.remove(noOut.indexOf(QStringLiteral("--out")), 2);
        QCOMPARE(cli(noOut).exitCode, 2);
        QStringList badType = reportArgs(out);
        badType[badType.indexOf(QStringLiteral("payouts.itemized.3"))] = QStringLiteral("bogus.1");
        QCOMPARE(cli(badType).exitCode, 2);
        QStringList badRooftop = reportArgs(out);
        badRooftop[badRooftop.indexOf(QStringLiteral("--rooftop")) + 1] = QStringLiteral("9999");
        QCOMPARE(cli(badRooftop).exitCode, 2);
        QCOMPARE(cli(reportArgs(out), QString()).exitCode, 3); // no key
        QVERIFY(!QFile::exists(out));
    }

    void cleanupTestCase() { f.reset(); }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "test_cli_reports.moc"
