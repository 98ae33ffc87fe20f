// X-2 / MNG-5: `dealerpay-cli jobs run --once`, run as a process on a workstation's store, sends each paid payout's
// e-mail exactly once through a real SMTP server — a second run, or the desktop app's own job, sends nothing more.
#include "stafffixture.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "foundation/settings.h"
#include "payments/payoutnotifier.h"
#include "staff/staffservice.h"
#include "onboarding/connectionservice.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace dp;

namespace {
constexpr qint64 kDay = 86400;
const QString kKey = QStringLiteral("sk_test_cli_jobs_4b1d93e0aa");
}

class TestCliJobs : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::StaffFixture> f;
    QString m_account;

    api::ApiClient& api() { return f->app().api(); }

    int paidPayouts()
    {
        int n = 0;
        api().forEachPage(QStringLiteral("/v1/payouts"), {{QStringLiteral("status"), QStringLiteral("paid")}}, m_account,
                          [&](const QJsonArray& data) {
                              n += int(data.size());
                              return true;
                          });
        return n;
    }

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };
    Run jobsRunOnce()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEALERPAY_API_KEY"), kKey);
        env.insert(QStringLiteral("DEALERPAY_SECRETS"), QStringLiteral("file"));
        env.insert(QStringLiteral("HOME"), f->dir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), f->dir() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), f->dir() + QStringLiteral("/config"));
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEALERPAY_CLI_PATH),
                {QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--api-base"),
                 f->baseUrl().toString(), QStringLiteral("--db"), f->dir() + QStringLiteral("/store.sqlite"),
                 QStringLiteral("--settings"), f->dir() + QStringLiteral("/settings.ini")});
        Run r;
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void init()
    {
        f = std::make_unique<test::StaffFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        QVERIFY(f->admin().isValid());
    }
    void cleanup() { f.reset(); }

    void payoutMailIsSentExactlyOnce()
    {
        QVERIFY(f->app().staff().setPayoutRecipients(f->admin(), {f->admin().userId}).ok());
        // A connected rooftop with two card payments, then the sandbox's clock moved on so that they are paid out.
        const api::ApiResult account = api().post(
            QStringLiteral("/v1/accounts"),
            {{QStringLiteral("type"), QStringLiteral("express")}, {QStringLiteral("country"), QStringLiteral("US")},
             {QStringLiteral("email"), QStringLiteral("honda@mainstreet.test")}},
            api::ApiClient::newIdempotencyKey());
        QVERIFY(account.ok());
        m_account = account.json.value(QLatin1String("id")).toString();
        QVERIFY(api().post(QStringLiteral("/v1/test_helpers/accounts/%1/complete_onboarding").arg(m_account), {},
                           api::ApiClient::newIdempotencyKey()).ok());
        QVERIFY(f->app().connections().adoptAccount(f->admin(), QStringLiteral("Main Street Honda"), m_account).ok());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(api().post(QStringLiteral("/v1/charges"),
                               {{QStringLiteral("amount"), 12500 + i}, {QStringLiteral("currency"), QStringLiteral("usd")},
                                {QStringLiteral("source"), QStringLiteral("tok_visa")}},
                               api::ApiClient::newIdempotencyKey(), m_account).ok());
        }
        QVERIFY(api().post(QStringLiteral("/v1/test_helpers/sandbox_clock"), {{QStringLiteral("advance_by"), 6 * kDay}},
                           api::ApiClient::newIdempotencyKey()).ok());
        const int payouts = paidPayouts();
        QVERIFY(payouts > 0);
        const int before = int(f->smtp().messages().size());

        const Run first = jobsRunOnce();
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        QVERIFY2(first.out.contains(QStringLiteral("payout-mail: %1 payout e-mail").arg(payouts)), qPrintable(first.out));
        QVERIFY(!first.out.contains(kKey) && !first.err.contains(kKey));
        QVERIFY(f->smtp().waitFor(before + payouts));
        QCOMPARE(int(f->smtp().messages().size()), before + payouts);

        // Again from cron, then the desktop app's own notifier: nothing more.
        const Run second = jobsRunOnce();
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("payout-mail: 0 payout e-mail")), qPrintable(second.out));
        auto app = f->app().payoutNotifier().run();
        QVERIFY(app.ok());
        QCOMPARE(app->sent, 0);
        QTest::qWait(200);
        QCOMPARE(int(f->smtp().messages().size()), before + payouts);
    }
};

QTEST_GUILESS_MAIN(TestCliJobs)
#include "test_cli_jobs.moc"
