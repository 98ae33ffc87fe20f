// X-1 / REL-1: sync of the demo rooftops — backfill, stop in the middle, resume without duplicates, events.
#include "testenv.h"

#include "api/apiclient.h"
#include "api/paymentobjects.h"
#include "context/appcontext.h"
#include "demo/demoseed.h"
#include "payments/syncservice.h"
#include "storage/database.h"
#include "storage/paymentstore.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace dp;

class TestSync : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestEnv> m_env;

    // Every charge of every connected rooftop as the server has it: id -> amount refunded.
    QHash<QString, qint64> serverCharges()
    {
        QHash<QString, qint64> out;
        QSqlQuery q(m_env->app().database().connection());
        q.exec(QStringLiteral("SELECT account_id FROM rooftops WHERE charges_enabled = 1"));
        while (q.next()) {
            m_env->app().api().forEachPage(QStringLiteral("/v1/charges"), {}, q.value(0).toString(), [&](const QJsonArray& d) {
                for (const QJsonValue& v : d) {
                    const auto c = api::Charge::fromJson(v.toObject());
                    out.insert(c.id, c.amountRefunded);
                }
                return true;
            });
        }
        return out;
    }
    QHash<QString, qint64> localCharges()
    {
        QHash<QString, qint64> out;
        QSqlQuery q(m_env->app().database().connection());
        q.exec(QStringLiteral("SELECT id, refunded FROM payments"));
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
        return out;
    }

private slots:
    void init()
    {
        m_env = std::make_unique<test::TestEnv>(QStringLiteral("demo"), 7);
        QVERIFY2(m_env->ok(), qPrintable(m_env->error()));
        QVERIFY(seedDemoWorkspace(m_env->app(), QStringLiteral("Demo Motors")).ok());
    }

    void stopThenResumeMatchesTheServer()
    {
        std::atomic_bool cancel{false};
        qint64 seen = 0;
        auto first = m_env->app().sync().run([&](const SyncProgress& p) {
            seen = p.items;
            if (p.items >= 300)
                cancel = true;
        }, &cancel);
        QVERIFY(!first.ok());
        QCOMPARE(first.error().code, Error::Code::Cancelled);
        QVERIFY(seen >= 300);
        const qint64 partial = localCharges().size();
        QVERIFY(partial > 0);

        auto second = m_env->app().sync().run();
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        const auto server = serverCharges();
        QVERIFY(server.size() > 1000);
        QCOMPARE(localCharges(), server);
        // A third run changes nothing.
        QVERIFY(m_env->app().sync().run().ok());
        QCOMPARE(localCharges().size(), server.size());
    }

    void paymentsCarryFeesAndPayouts()
    {
        QVERIFY(m_env->app().sync().run().ok());
        QSqlQuery q(m_env->app().database().connection());
        q.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN payout_id <> '' THEN 1 ELSE 0 END),"
                              " SUM(CASE WHEN fee > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END)"
                              " FROM payments"));
        QVERIFY(q.next());
        QVERIFY(q.value(1).toLongLong() > 0);      // some payments are in a payout
        QCOMPARE(q.value(2).toLongLong() >= q.value(3).toLongLong(), true); // every success has its fee
        store::PaymentFilter filter;
        filter.search = QStringLiteral("RO");
        QVERIFY(store::PaymentStore(m_env->app().database()).count({store::PaymentScope::Kind::Everything}, filter).ok());
    }

    // The accounts are synced in parallel and the payouts' charges come with their pages: every paid payout of the
    // server holds, in the store, exactly the charges its balance transactions name.
    void payoutLinksEqualTheServer()
    {
        QVERIFY(m_env->app().sync().run().ok());
        QHash<QString, QString> server; // charge -> payout
        QSqlQuery accounts(m_env->app().database().connection());
        accounts.exec(QStringLiteral("SELECT account_id FROM rooftops WHERE charges_enabled = 1"));
        int paid = 0;
        while (accounts.next()) {
            const QString account = accounts.value(0).toString();
            QStringList payouts;
            m_env->app().api().forEachPage(QStringLiteral("/v1/payouts"), {}, account, [&](const QJsonArray& d) {
                for (const QJsonValue& v : d) {
                    if (v[QLatin1String("status")].toString() == QLatin1String("paid"))
                        payouts.append(v[QLatin1String("id")].toString());
                }
                return true;
            });
            paid += payouts.size();
            for (const QString& payout : std::as_const(payouts)) {
                m_env->app().api().forEachPage(QStringLiteral("/v1/balance_transactions"), {{QStringLiteral("payout"), payout}},
                                               account, [&](const QJsonArray& d) {
                                                   for (const QJsonValue& v : d) {
                                                       if (v[QLatin1String("type")].toString() == QLatin1String("charge"))
                                                           server.insert(v[QLatin1String("source")].toString(), payout);
                                                   }
                                                   return true;
                                               });
            }
        }
        QVERIFY(paid > 10);
        QHash<QString, QString> local;
        QSqlQuery q(m_env->app().database().connection());
        q.exec(QStringLiteral("SELECT id, payout_id FROM payments WHERE payout_id <> ''"));
        while (q.next())
            local.insert(q.value(0).toString(), q.value(1).toString());
        QCOMPARE(local.size(), server.size());
        QCOMPARE(local, server);
    }

    // After the backfill, a refund made on the server arrives through the events: the refund, and the charge's
    // refunded amount (read from the event's charge, with the fee the store already has).
    void aRefundAfterTheBackfillArrivesByEvents()
    {
        QVERIFY(m_env->app().sync().run().ok());
        QSqlQuery q(m_env->app().database().connection());
        q.exec(QStringLiteral("SELECT id, account_id, amount, fee FROM payments WHERE status = 'succeeded' AND refunded = 0"
                              " AND fee > 0 ORDER BY created DESC LIMIT 1"));
        QVERIFY(q.next());
        const QString charge = q.value(0).toString(), account = q.value(1).toString();
        const qint64 fee = q.value(3).toLongLong();
        q.finish(); // an open statement keeps this connection's read snapshot: the workers write on their own
        const api::ApiResult refund = m_env->app().api().post(
            QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), charge}, {QStringLiteral("amount"), 500}}, {}, account);
        QVERIFY2(refund.ok(), qPrintable(refund.error.message));
        auto again = m_env->app().sync().run();
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QVERIFY(again.value().events >= 1);
        QSqlQuery after(m_env->app().database().connection());
        after.prepare(QStringLiteral("SELECT refunded, fee, (SELECT COUNT(*) FROM refunds WHERE charge_id = payments.id)"
                                     " FROM payments WHERE id = ?"));
        after.addBindValue(charge);
        QVERIFY(after.exec() && after.next());
        QCOMPARE(after.value(0).toLongLong(), qint64(500));
        QCOMPARE(after.value(1).toLongLong(), fee); // the fee stays: it belongs to the charge's balance transaction
        QCOMPARE(after.value(2).toLongLong(), qint64(1));
        // Read once more: nothing new is applied twice.
        auto third = m_env->app().sync().run();
        QVERIFY(third.ok());
        QCOMPARE(third.value().events, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
