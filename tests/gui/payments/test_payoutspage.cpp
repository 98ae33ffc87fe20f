// PAY-7 in the window's Payouts page, offscreen on the real widgets: the synced payout listed with its rooftop,
// state, arrival date and amount; its detail lists every payment, refund and fee, and the total line equals the
// payout amount (and says so).
#include "guitest.h"
#include "paymentfixture.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "foundation/money.h"
#include "payments/payoutspage.h"
#include "payments/syncservice.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace dp;

class TestPayoutsPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentFixture> f;
    qint64 m_amount = 0;

private slots:
    void initTestCase()
    {
        test::prepareEnvironment();
        test::prepareGuiTest();
        f = std::make_unique<test::PaymentFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        api::ApiClient& api = f->app().api();
        QString refunded;
        for (qint64 amount : {18950, 64000, 9900}) {
            const api::ApiResult c = api.post(
                QStringLiteral("/v1/charges"),
                {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("usd")},
                 {QStringLiteral("source"), QStringLiteral("tok_visa")},
                 {QStringLiteral("description"), QStringLiteral("Service RO %1").arg(amount)}},
                api::ApiClient::newIdempotencyKey(), f->account);
            QVERIFY(c.ok());
            refunded = c.json.value(QLatin1String("id")).toString();
            m_amount += amount - ((amount * 325 + 5000) / 10000 + 30);
        }
        QVERIFY(api.post(QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), refunded}},
                         api::ApiClient::newIdempotencyKey(), f->account)
                    .ok());
        m_amount -= 9900;
        QVERIFY(api.post(QStringLiteral("/v1/test_helpers/sandbox_clock"), {{QStringLiteral("advance_by"), 10 * 86400}},
                         api::ApiClient::newIdempotencyKey())
                    .ok());
        QVERIFY(f->app().sync().run().ok());
    }

    void detailTotalEqualsThePayoutAmount()
    {
        ui::PayoutsPage page(f->app(), f->admin);
        page.resize(1100, 700);
        QSignalSpy loaded(&page, &ui::PayoutsPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        auto* table = page.findChild<QTableView*>(QStringLiteral("payoutsTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        const QString amount = formatMoney(m_amount, QStringLiteral("usd"));
        QCOMPARE(table->model()->index(0, 3).data().toString(), amount);
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Paid"));
        QVERIFY(!table->model()->index(0, 1).data().toString().isEmpty());
        test::screenshot(&page, QStringLiteral("payouts-page"));

        QSignalSpy opened(&page, &ui::PayoutsPage::detailOpened);
        page.openDetail(0);
        QCOMPARE(opened.size(), 1);
        auto* dialog = opened.first().first().value<QWidget*>();
        QVERIFY(dialog);
        QSignalSpy detailLoaded(dialog, SIGNAL(loaded(bool)));
        QVERIFY(detailLoaded.wait(10000));
        QCOMPARE(detailLoaded.first().first().toBool(), true);
        auto* lines = dialog->findChild<QTableWidget*>(QStringLiteral("payoutDetailLines"));
        QVERIFY(lines);
        QCOMPARE(lines->rowCount(), 3 + 3 + 1); // three payments, their three fees, one refund
        QStringList kinds;
        for (int r = 0; r < lines->rowCount(); ++r)
            kinds.append(lines->item(r, 1)->text());
        QCOMPARE(kinds.count(QStringLiteral("Payment")), 3);
        QCOMPARE(kinds.count(QStringLiteral("Fee")), 3);
        QCOMPARE(kinds.count(QStringLiteral("Refund")), 1);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("payoutDetailTotal"))->text(),
                 QStringLiteral("Total: %1").arg(amount));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("payoutDetailCheck"))->text(),
                 QStringLiteral("Equals the payout amount of %1").arg(amount));
        test::screenshot(dialog, QStringLiteral("payout-detail"));
        dialog->close();
    }

    void cleanupTestCase() { f.reset(); }
};

QTEST_MAIN(TestPayoutsPage)
#include "test_payoutspage.moc"
