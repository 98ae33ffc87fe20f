// PAY-5: refunds — roles refused in core, partial then full, and exactly one refund per key under faults.
#include "paymentfixture.h"

#include "api/apiclient.h"
#include "net/curltransport.h"
#include "context/appcontext.h"
#include "payments/paymentqueries.h"
#include "payments/refundservice.h"
#include "storage/auditlog.h"
#include "storage/paymentstore.h"
#include "storage/refundrepository.h"
#include "foundation/clock.h"

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
    std::unique_ptr<api::ApiClient> m_noRetryApi;
    std::unique_ptr<ManualClock> m_laterClock;
    std::unique_ptr<RefundService> m_noRetry; // one attempt per call: a cut reply leaves the outcome unknown
    std::unique_ptr<RefundService> m_later;   // the app's clock 24 h and a minute later

    // Prepares a refund and sends it once through `fault`; the app does not learn the outcome.
    RefundDraft unknownOutcome(const QString& mode, qint64 amount)
    {
        // libcurl itself sends again once when a reused connection is reset: two resets make sure.
        fault({{QStringLiteral("mode"), mode}, {QStringLiteral("count"), mode == QLatin1String("reset") ? 2 : 1}});
        auto draft = f->app().refunds().prepare(f->manager, m_charge, amount, QStringLiteral("requested_by_customer"));
        if (!draft.ok())
            return {};
        const auto lost = m_noRetry->submit(f->manager, draft->key);
        f->app().api().del(QStringLiteral("/v1/test_helpers/faults"));
        if (lost.ok())
            return {};
        return draft.value();
    }

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
    // POST /v1/refunds that reached the sandbox with this key (a reset one counts: it was received).
    int postsWithKey(const QString& key)
    {
        const auto r = f->app().api().get(QStringLiteral("/v1/test_helpers/requests"),
                                          {{QStringLiteral("path"), QStringLiteral("/v1/refunds")},
                                           {QStringLiteral("method"), QStringLiteral("POST")},
                                           {QStringLiteral("idempotency_key"), key}});
        return int(r.json.value(QLatin1String("count")).toInteger());
    }
    void advanceSandboxClock(qint64 secs)
    {
        QVERIFY(f->app().api().post(QStringLiteral("/v1/test_helpers/sandbox_clock"),
                                    {{QStringLiteral("advance_by"), secs}}, {}).ok());
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
        api::ApiConfig once = f->app().api().config();
        once.maxRetries = 0;
        m_noRetryApi = std::make_unique<api::ApiClient>(std::make_shared<http::CurlTransport>(), once);
        m_noRetry = std::make_unique<RefundService>(*m_noRetryApi, f->app().database(), f->app().audit(),
                                                    f->app().authorizer(), f->app().clock());
        m_laterClock = std::make_unique<ManualClock>(f->app().clock().nowSecs() + 24 * 3600 + 60);
        m_later = std::make_unique<RefundService>(f->app().api(), f->app().database(), f->app().audit(),
                                                  f->app().authorizer(), *m_laterClock);
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
        QCOMPARE(refunds.refundsFor(f->admin, m_charge).size(), 2);
        QCOMPARE(serverRefunds(), 2);
        QVERIFY(!refunds.prepare(f->manager, m_charge, 1, QStringLiteral("requested_by_customer")).ok());
        QCOMPARE(auditedRefunds(), 2);
    }

    void aSecondDraftReplacesTheFirstNeverSent()
    {
        // Two drafts prepared from the same state (Back then Continue before anything was sent): only the newest
        // can be sent, so two partial refunds can never both go out.
        auto a = f->app().refunds().prepare(f->manager, m_charge, 15000, QStringLiteral("requested_by_customer"));
        auto b = f->app().refunds().prepare(f->manager, m_charge, 15000, QStringLiteral("requested_by_customer"));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->key != b->key);
        auto replaced = f->app().refunds().submit(f->manager, a->key);
        QVERIFY(!replaced.ok());
        QCOMPARE(replaced.error().code, Error::Code::Conflict);
        QVERIFY(f->app().refunds().submit(f->manager, b->key).ok());
        QCOMPARE(serverRefunds(), 1);
        auto over = f->app().refunds().prepare(f->manager, m_charge, 15000, QStringLiteral("requested_by_customer"));
        QCOMPARE(over.error().field, QStringLiteral("amount"));
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
    void cutReplyThenRetryAsksTheServerFirst()
    {
        const RefundDraft lost = unknownOutcome(QStringLiteral("truncate"), 5000);
        QVERIFY(!lost.key.isEmpty());
        QCOMPARE(serverRefunds(), 1); // it happened at the server
        auto& refunds = f->app().refunds();
        QVERIFY(refunds.unresolvedFor(m_charge).has_value()); // "Refund outcome unknown — checking"
        QCOMPARE(refunds.unresolvedFor(m_charge)->key, lost.key);
        QVERIFY(refunds.chargesWithUnresolvedRefund().contains(m_charge));
        QVERIFY(f->app().payments().byId(f->admin, m_charge)->refundUnresolved); // the table says so too
        auto retried = refunds.submit(f->manager, lost.key);
        QVERIFY2(retried.ok(), retried.ok() ? "" : qPrintable(retried.error().message));
        QCOMPARE(postsWithKey(lost.key), 1); // found by the server check: not sent again
        QCOMPARE(serverRefunds(), 1);
        QVERIFY(!refunds.unresolvedFor(m_charge).has_value());
        QVERIFY(!f->app().payments().byId(f->admin, m_charge)->refundUnresolved);
        QCOMPARE(f->app().payments().byId(f->admin, m_charge)->refunded, qint64(5000));
        QCOMPARE(auditedRefunds(), 1);
    }

    void backThenContinueReturnsNoSecondRefund_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("reply cut (made at the server)") << QStringLiteral("truncate");
        QTest::newRow("connection reset (not made)") << QStringLiteral("reset");
    }
    void backThenContinueReturnsNoSecondRefund()
    {
        // The dialog's Back then Continue, at the core level: preparing again on the charge is refused while the
        // first refund's outcome is unknown; it is resolved (found, or sent again with its own key) and only then
        // can another refund be prepared.
        QFETCH(QString, mode);
        const RefundDraft lost = unknownOutcome(mode, 5000);
        QVERIFY(!lost.key.isEmpty());
        auto& refunds = f->app().refunds();
        for (qint64 amount : {qint64(5000), qint64(3000)}) {
            auto again = refunds.prepare(f->manager, m_charge, amount, QStringLiteral("requested_by_customer"));
            QVERIFY(!again.ok());
            QCOMPARE(again.error().code, Error::Code::Conflict);
        }
        auto checked = refunds.check(f->manager, lost.key);
        QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
        QCOMPARE(checked->outcome, mode == QLatin1String("truncate") ? RefundCheck::Outcome::Refunded
                                                                     : RefundCheck::Outcome::NotAtServer);
        QVERIFY(refunds.submit(f->manager, lost.key).ok()); // Refund again: found, or the same key again
        QCOMPARE(serverRefunds(), 1);
        QCOMPARE(f->app().payments().byId(f->admin, m_charge)->refunded, qint64(5000));
        // Now resolved: a second partial refund is allowed and makes the second refund.
        auto second = refunds.prepare(f->manager, m_charge, 3000, QStringLiteral("requested_by_customer"));
        QVERIFY(second.ok());
        QVERIFY(refunds.submit(f->manager, second->key).ok());
        QCOMPARE(serverRefunds(), 2);
    }

    void serverCheckFindsTheRefundByItsMetadataKey()
    {
        const RefundDraft lost = unknownOutcome(QStringLiteral("truncate"), 2500);
        QVERIFY(!lost.key.isEmpty());
        const auto listed = f->app().api().get(QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), m_charge}},
                                               f->account);
        const QJsonObject atServer = listed.json.value(QLatin1String("data")).toArray().first().toObject();
        QCOMPARE(atServer.value(QLatin1String("metadata")).toObject().value(QLatin1String("dealerpay_key")).toString(),
                 lost.key);
        auto checked = f->app().refunds().check(f->manager, lost.key);
        QVERIFY(checked.ok());
        QCOMPARE(checked->outcome, RefundCheck::Outcome::Refunded);
        QCOMPARE(checked->refund->id, atServer.value(QLatin1String("id")).toString());
        QCOMPARE(f->app().refunds().refundsFor(f->admin, m_charge).size(), 1);
        QCOMPARE(postsWithKey(lost.key), 1);
    }

    void pastOneDayFoundAtTheServerIsSucceeded()
    {
        const RefundDraft lost = unknownOutcome(QStringLiteral("truncate"), 4000);
        QVERIFY(!lost.key.isEmpty());
        advanceSandboxClock(24 * 3600 + 60); // the server has forgotten the key
        QCOMPARE(m_later->resumePending(f->manager), 1);
        QCOMPARE(postsWithKey(lost.key), 1); // never sent blindly
        QCOMPARE(serverRefunds(), 1);
        QVERIFY(!f->app().refunds().unresolvedFor(m_charge));
        QCOMPARE(f->app().payments().byId(f->admin, m_charge)->refunded, qint64(4000));
    }

    void pastOneDayNotAtTheServerIsNotSent()
    {
        const RefundDraft lost = unknownOutcome(QStringLiteral("reset"), 4000);
        QVERIFY(!lost.key.isEmpty());
        QCOMPARE(serverRefunds(), 0);
        const int attempts = postsWithKey(lost.key);
        advanceSandboxClock(24 * 3600 + 60);
        // The dialog's Refund after a day: the server check finds nothing and the key is too old to reuse.
        auto resent = m_later->submit(f->manager, lost.key);
        QVERIFY(!resent.ok());
        QCOMPARE(resent.error().code, Error::Code::Conflict);
        QCOMPARE(postsWithKey(lost.key), attempts); // only the first, reset attempts
        QCOMPARE(serverRefunds(), 0);
        QVERIFY(!f->app().refunds().unresolvedFor(m_charge));
        auto state = store::RefundRepository(f->app().database()).byKey(lost.key);
        QCOMPARE(state.value()->state, QStringLiteral("not_sent"));
        QCOMPARE(m_later->resumePending(f->manager), 0);
        // The user may start a new refund: exactly one reaches the server.
        auto fresh = m_later->prepare(f->manager, m_charge, 4000, QStringLiteral("requested_by_customer"));
        QVERIFY(fresh.ok());
        QVERIFY(m_later->submit(f->manager, fresh->key).ok());
        QCOMPARE(serverRefunds(), 1);
    }

    void oneRefundInFlightUnderConcurrentPrepares()
    {
        auto& refunds = f->app().refunds();
        QList<QFuture<Result<RefundDraft>>> runs;
        for (int i = 0; i < 6; ++i)
            runs.append(QtConcurrent::run([&refunds, this] {
                return refunds.prepare(f->manager, m_charge, 6000, QStringLiteral("requested_by_customer"));
            }));
        QStringList keys;
        for (auto& run : runs) {
            const auto r = run.result();
            if (r.ok())
                keys.append(r->key);
            else
                QCOMPARE(r.error().code, Error::Code::Conflict);
        }
        QVERIFY(!keys.isEmpty());
        // The store itself refuses a second refund in flight on the charge, whatever the code above it does.
        store::RefundRepository repo(f->app().database());
        const auto open = repo.openFor(m_charge);
        QVERIFY(open.ok() && open.value());
        auto second = repo.insertPrepared(api::ApiClient::newIdempotencyKey(), m_charge, {}, 0);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Conflict);
        // Every draft submitted at once: the server holds exactly one refund.
        QList<QFuture<Result<RefundRecord>>> submits;
        for (const QString& key : keys)
            submits.append(QtConcurrent::run([&refunds, this, key] { return refunds.submit(f->manager, key); }));
        int made = 0;
        for (auto& s : submits)
            made += s.result().ok() ? 1 : 0;
        QCOMPARE(made, 1);
        QCOMPARE(serverRefunds(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRefunds)
#include "test_refunds.moc"
