// PAY-5: refunds — roles refused in core, partial then full, and exactly one refund per key under faults.
#include "paymentfixture.h"

#include "api/apiclient.h"
#include "net/curltransport.h"
#include "context/appcontext.h"
#include "payments/paymentqueries.h"
#include "payments/refundservice.h"
#include "storage/auditlog.h"
#include "storage/paymentstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QtConcurrent>

using namespace dp;

class TestRefunds : public QObject
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
    void fault(const QVariantMap& params)
    {
        QVariantMap p = params;
        p.insert(QStringLiteral("path"), QStringLiteral("/v1/refunds"));
        p.insert(QStringLiteral("method"), QStringLiteral("POST"));
        QVERIFY(f->app().api().post(QStringLiteral("/v1/test_helpers/faults"), p, {}).ok());
    }
    int auditedRefunds()
    {
        int n = 0;
        for (const auto& e : f->app().audit().latest(100))
            n += e.action == QLatin1String("refund.created") ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        f = std::make_unique<test::PaymentFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        f->app().api().setSleeper([](int) {});
        auto paid = f->paidRequest(f->consultant, 20000);
        QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().message));
        QCOMPARE(paid->state, RequestState::Paid);
        m_charge = f->app().payments().page(f->admin, {}, 0, 1)->first().id;
        QVERIFY(m_charge.startsWith(QLatin1String("ch_")));
    }

    void onlyManagersInPaymentTeamsAndAdmins()
    {
        for (const Session* who : {&f->consultant, &f->outsideManager}) {
            auto refused = f->app().refunds().prepare(*who, m_charge, 1000, QStringLiteral("requested_by_customer"));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, Error::Code::Permission);
        }
        QVERIFY(f->app().refunds().prepare(f->manager, m_charge, 1000, QStringLiteral("requested_by_customer")).ok());
        QVERIFY(f->app().refunds().prepare(f->admin, m_charge, 1000, QStringLiteral("duplicate")).ok());
        QCOMPARE(serverRefunds(), 0); // preparing sends nothing
    }

    void partialThenTheRest()
    {
        auto& refunds = f->app().refunds();
        QCOMPARE(refunds.prepare(f->manager, m_charge, 20001, QStringLiteral("requested_by_customer")).error().field,
                 QStringLiteral("amount"));
        auto part = refunds.prepare(f->manager, m_charge, 7500, QStringLiteral("requested_by_customer"));
        QVERIFY(part.ok());
        QVERIFY(!part->full());
        QCOMPARE(part->cardLast4, QStringLiteral("4242"));
        QVERIFY(refunds.submit(f->manager, part->key).ok());
        QCOMPARE(f->app().payments().byId(f->admin, m_charge)->refunded, qint64(7500));
        QCOMPARE(f->app().payments().byId(f->admin, m_charge)->state, PaymentState::PartiallyRefunded);
        auto rest = refunds.prepare(f->manager, m_charge, 12500, QStringLiteral("requested_by_customer"));
        QVERIFY(rest.ok());
        QVERIFY(rest->full());
        QVERIFY(refunds.submit(f->manager, rest->key).ok());
        QCOMPARE(f->app().payments().byId(f->admin, m_charge)->state, PaymentState::Refunded);
        QCOMPARE(refunds.refundsFor(m_charge).size(), 2);
        QCOMPARE(serverRefunds(), 2);
        QVERIFY(!refunds.prepare(f->manager, m_charge, 1, QStringLiteral("requested_by_customer")).ok());
        QCOMPARE(auditedRefunds(), 2);
    }

    void overRefundRefusedByTheServer()
    {
        // Two drafts prepared from the same state: the second would over-refund and the API says so.
        auto a = f->app().refunds().prepare(f->manager, m_charge, 15000, QStringLiteral("requested_by_customer"));
        auto b = f->app().refunds().prepare(f->manager, m_charge, 15000, QStringLiteral("requested_by_customer"));
        QVERIFY(f->app().refunds().submit(f->manager, a->key).ok());
        auto refused = f->app().refunds().submit(f->manager, b->key);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("amount"));
        QCOMPARE(serverRefunds(), 1);
    }

    void exactlyOnceUnderFaults_data()
    {
        QTest::addColumn<QVariantMap>("faultParams");
        QTest::newRow("two 500s") << QVariantMap{{QStringLiteral("status"), 500}, {QStringLiteral("count"), 2}};
        QTest::newRow("429 Retry-After") << QVariantMap{{QStringLiteral("status"), 429}, {QStringLiteral("count"), 1},
                                                          {QStringLiteral("retry_after"), 1}};
        QTest::newRow("reply cut after the refund was made") << QVariantMap{{QStringLiteral("mode"), QStringLiteral("truncate")},
                                                                             {QStringLiteral("count"), 1}};
        QTest::newRow("connection reset") << QVariantMap{{QStringLiteral("mode"), QStringLiteral("reset")}, {QStringLiteral("count"), 2}};
    }
    void exactlyOnceUnderFaults()
    {
        QFETCH(QVariantMap, faultParams);
        fault(faultParams);
        auto draft = f->app().refunds().prepare(f->manager, m_charge, 5000, QStringLiteral("requested_by_customer"));
        auto done = f->app().refunds().submit(f->manager, draft->key);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(serverRefunds(), 1);
        QCOMPARE(f->app().payments().byId(f->admin, m_charge)->refunded, qint64(5000));
    }

    void doubleClickAndCrashRetry()
    {
        // Double click: the same prepared refund submitted twice at once.
        auto draft = f->app().refunds().prepare(f->manager, m_charge, 4000, QStringLiteral("requested_by_customer"));
        auto first = QtConcurrent::run([&] { return f->app().refunds().submit(f->manager, draft->key); });
        auto second = QtConcurrent::run([&] { return f->app().refunds().submit(f->manager, draft->key); });
        const auto r1 = first.result();
        const auto r2 = second.result();
        QVERIFY(r1.ok() || r2.ok());
        if (r1.ok() && r2.ok())
            QCOMPARE(r1->id, r2->id);
        QCOMPARE(serverRefunds(), 1);

        // Crash: the refund reached the server but the app died before hearing back (no retries here);
        // at the next start the pending refund is sent again with the same key.
        api::ApiConfig once = f->app().api().config();
        once.maxRetries = 0;
        api::ApiClient noRetry(std::make_shared<http::CurlTransport>(), once);
        RefundService crashing(noRetry, f->app().database(), f->app().audit(), f->app().authorizer(), f->app().clock());
        fault({{QStringLiteral("mode"), QStringLiteral("truncate")}, {QStringLiteral("count"), 1}});
        auto lost = f->app().refunds().prepare(f->manager, m_charge, 3000, QStringLiteral("requested_by_customer"));
        QVERIFY(!crashing.submit(f->manager, lost->key).ok());
        QCOMPARE(serverRefunds(), 2); // it did happen at the server
        QCOMPARE(f->app().refunds().resumePending(f->manager), 1);
        QCOMPARE(serverRefunds(), 2); // and it did not happen twice
        QCOMPARE(f->app().payments().byId(f->admin, m_charge)->refunded, qint64(7000));
        QCOMPARE(auditedRefunds(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRefunds)
#include "test_refunds.moc"
