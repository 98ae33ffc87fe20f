// X-2 / PAY-5: refund recovery runs as a job of the core JobRunner, acting as the system actor: a refund whose
// outcome was lost is settled once (the server holds exactly one refund for it) and the audit log names the job.
#include "paymentfixture.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "payments/paymentqueries.h"
#include "jobs/jobrunner.h"
#include "jobs/refundrecoveryjob.h"
#include "net/curltransport.h"
#include "payments/refundservice.h"
#include "storage/auditlog.h"
#include "storage/paymentstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace dp;

class TestRefundRecoveryJob : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentFixture> f;
    QString m_charge;

    int serverRefunds()
    {
        const auto r = f->app().api().get(QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), m_charge}}, f->account);
        return int(r.json.value(QLatin1String("data")).toArray().size());
    }

private slots:
    void init()
    {
        f = std::make_unique<test::PaymentFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        f->app().api().setSleeper([](int) {});
        auto paid = f->paidRequest(f->consultant, 20000);
        QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().message));
        m_charge = f->app().payments().page(f->admin, {}, 0, 1)->first().id;
    }
    void cleanup() { f.reset(); }

    void lostRefundIsSettledOnceByTheJobAsTheSystemActor()
    {
        // The refund reaches the server but its reply is cut (no retries): its outcome is unknown locally.
        api::ApiConfig once = f->app().api().config();
        once.maxRetries = 0;
        api::ApiClient noRetry(std::make_shared<http::CurlTransport>(), once);
        RefundService crashing(noRetry, f->app().database(), f->app().audit(), f->app().authorizer(), f->app().clock());
        QVariantMap cut{{QStringLiteral("path"), QStringLiteral("/v1/refunds")}, {QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("mode"), QStringLiteral("truncate")}, {QStringLiteral("count"), 1}};
        QVERIFY(f->app().api().post(QStringLiteral("/v1/test_helpers/faults"), cut, {}).ok());
        auto lost = f->app().refunds().prepare(f->manager, m_charge, 3000, QStringLiteral("requested_by_customer"));
        QVERIFY(lost.ok());
        QVERIFY(!crashing.submit(f->manager, lost->key).ok());
        QCOMPARE(serverRefunds(), 1);

        jobs::JobRunner& runner = f->app().jobs();
        QSignalSpy finished(&runner, &jobs::JobRunner::finished);
        QVERIFY(runner.trigger(jobs::RefundRecoveryJob::jobName()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toString(), jobs::RefundRecoveryJob::jobName());
        const auto outcome = finished.first().at(1).value<jobs::JobOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(serverRefunds(), 1); // settled, never sent twice
        QCOMPARE(f->app().payments().byId(f->admin, m_charge)->refunded, qint64(3000));

        // The audit log shows the job did it, not a person.
        bool bySystem = false;
        for (const auto& e : f->app().audit().latest(50)) {
            if (e.userId == Session::kSystemUserId) {
                bySystem = true;
                QCOMPARE(e.userName, QStringLiteral("System (Refund recovery)"));
            }
        }
        QVERIFY(bySystem);
        QVERIFY(f->app().audit().verify().ok);

        // A second run finds nothing left to do.
        finished.clear();
        QVERIFY(runner.trigger(jobs::RefundRecoveryJob::jobName()));
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(1).value<jobs::JobOutcome>().summary.changed);
        QCOMPARE(serverRefunds(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRefundRecoveryJob)
#include "test_refund_recovery_job.moc"
