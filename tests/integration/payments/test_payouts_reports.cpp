// PAY-7 and PAY-6 through core against the sandbox: the synced payouts listed per rooftop, a payout's detail (its
// payments, refunds, fees and adjustments) adding up to its amount, and ReportService running a report, waiting
// for it, downloading its CSV and saving it with SEC-4 neutralized cells; Cancel stops the wait.
#include "paymentfixture.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "payments/payoutservice.h"
#include "payments/syncservice.h"
#include "reports/reportcsv.h"
#include "reports/reportservice.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dp;

class TestPayoutsReports : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentFixture> f;

    void charge(qint64 amount, QString* id = nullptr)
    {
        const api::ApiResult c = f->app().api().post(
            QStringLiteral("/v1/charges"),
            {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("usd")},
             {QStringLiteral("source"), QStringLiteral("tok_visa")}},
            api::ApiClient::newIdempotencyKey(), f->account);
        QVERIFY2(c.ok(), qPrintable(c.error.message));
        if (id)
            *id = c.json.value(QLatin1String("id")).toString();
    }

private slots:
    void initTestCase()
    {
        test::prepareEnvironment();
        f = std::make_unique<test::PaymentFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        api::ApiClient& api = f->app().api();
        QString refunded;
        charge(12500);
        charge(48990);
        charge(20000, &refunded);
        QVERIFY(api.post(QStringLiteral("/v1/refunds"),
                         {{QStringLiteral("charge"), refunded}, {QStringLiteral("amount"), 5000}},
                         api::ApiClient::newIdempotencyKey(), f->account)
                    .ok());
        QVERIFY(api.post(QStringLiteral("/v1/test_helpers/balance_adjustments"),
                         {{QStringLiteral("amount"), -1500}, {QStringLiteral("description"), QStringLiteral("Dispute fee")}},
                         api::ApiClient::newIdempotencyKey(), f->account)
                    .ok());
        QVERIFY(api.post(QStringLiteral("/v1/test_helpers/sandbox_clock"), {{QStringLiteral("advance_by"), 10 * 86400}},
                         api::ApiClient::newIdempotencyKey())
                    .ok());
        auto synced = f->app().sync().run();
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
    }

    void payoutListedWithItsRooftopAndDetailSumsToItsAmount()
    {
        PayoutService payouts(f->app().api(), f->app().database(), f->app().authorizer());
        auto rows = payouts.list(f->admin, std::nullopt, std::nullopt, f->rooftopId);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 1);
        const store::PayoutListRow po = rows.value().first();
        QCOMPARE(po.status, QStringLiteral("paid"));
        QCOMPARE(po.rooftopId, f->rooftopId);
        QVERIFY(!po.rooftopName.isEmpty());
        QVERIFY(po.arrivalDate % 86400 == 0);

        auto detail = payouts.detail(f->admin, po.accountId, po.id);
        QVERIFY2(detail.ok(), detail.ok() ? "" : qPrintable(detail.error().message));
        const PayoutDetail& d = detail.value();
        QCOMPARE(d.paymentCount, 3);
        QCOMPARE(d.payments, 12500 + 48990 + 20000);
        QCOMPARE(d.refunds, -5000);
        QCOMPARE(d.adjustments, -1500);
        QCOMPARE(d.fees, -((12500 * 325 + 5000) / 10000 + 30 + (48990 * 325 + 5000) / 10000 + 30 +
                           (20000 * 325 + 5000) / 10000 + 30));
        QCOMPARE(d.total, po.amount);
        QVERIFY(d.balanced());
        int fees = 0;
        for (const PayoutLine& line : d.lines)
            fees += line.kind == PayoutLine::Kind::Fee ? 1 : 0;
        QCOMPARE(fees, 3); // each payment's fee is its own line

        // Only those who see all payments see payouts (SEC-1).
        QCOMPARE(payouts.list(f->consultant).error().code, Error::Code::Permission);
        QCOMPARE(payouts.detail(f->consultant, po.accountId, po.id).error().code, Error::Code::Permission);
        // Filtered by arrival date: nothing before the payout's day.
        QCOMPARE(payouts.list(f->admin, std::nullopt, po.arrivalDate).value().size(), 0);
    }

    void reportRunsAndDownloadsItsCsv()
    {
        ReportService reports(f->app().api(), f->app().authorizer());
        ReportRequest request;
        request.type = QStringLiteral("balance_change_from_activity.itemized.3");
        request.connectedAccount = f->account;
        request.timeZone = QStringLiteral("America/New_York");
        const qint64 now = f->app().api().get(QStringLiteral("/v1/test_helpers/sandbox_clock")).json.value(
            QLatin1String("now")).toInteger();
        const QDate today = QDateTime::fromSecsSinceEpoch(now, QTimeZone("America/New_York")).date();
        request.from = today.addDays(-20);
        request.to = today; // ends at the server's data_available_end
        request.columns = {QStringLiteral("balance_transaction_id"), QStringLiteral("reporting_category"),
                           QStringLiteral("gross"), QStringLiteral("fee"), QStringLiteral("net"),
                           QStringLiteral("automatic_payout_id"), QStringLiteral("description")};
        QList<ReportStage> stages;
        auto csv = reports.run(f->admin, request, [&](ReportStage s) { stages.append(s); }, nullptr, 20);
        QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.error().message));
        QVERIFY(stages.contains(ReportStage::Creating) && stages.contains(ReportStage::Downloading));
        const QList<QStringList> rows = reports::parseCsv(csv.value());
        QCOMPARE(rows.first(), request.columns);
        QCOMPARE(rows.size(), 1 + 5); // three charges, a refund, an adjustment
        QStringList categories;
        for (const QStringList& row : rows.mid(1)) {
            categories.append(row.at(1));
            QVERIFY(row.at(5).startsWith(QLatin1String("po_")));
        }
        categories.sort();
        QCOMPARE(categories, (QStringList{"charge", "charge", "charge", "other_adjustment", "refund"}));

        // Saved all at once, negative amounts kept as numbers, formula-like text neutralized (SEC-4).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("activity.csv"));
        QVERIFY(ReportService::saveCsv(csv.value() + "txn_x,other_adjustment,-1.00,0.00,-1.00,,=HYPERLINK(1)\r\n",
                                       path)
                    .ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains(",-1.00,0.00,-1.00,,'=HYPERLINK(1)"));
        QVERIFY(saved.contains(",-50.00,"));
    }

    void reportValidationAndCancel()
    {
        ReportService reports(f->app().api(), f->app().authorizer());
        ReportRequest bad;
        bad.type = QStringLiteral("nope");
        bad.from = QDate(2026, 5, 2);
        bad.to = QDate(2026, 5, 1);
        bad.timeZone = QStringLiteral("Mars/Olympus");
        const auto invalid = ReportService::validate(bad);
        QVERIFY(invalid.has_value());
        QStringList fields;
        for (const FieldError& e : invalid->fieldErrors)
            fields.append(e.field);
        QCOMPARE(fields, (QStringList{"type", "rooftop", "to", "timeZone"}));

        ReportRequest request;
        request.type = QStringLiteral("payouts.itemized.3");
        request.connectedAccount = f->account;
        request.from = QDate::currentDate().addDays(-5);
        request.to = QDate::currentDate();
        std::atomic_bool cancel{true};
        QCOMPARE(reports.run(f->admin, request, {}, &cancel).error().code, Error::Code::Cancelled);
        QCOMPARE(reports.run(f->consultant, request).error().code, Error::Code::Permission);
    }

    void cleanupTestCase() { f.reset(); }
};

QTEST_GUILESS_MAIN(TestPayoutsReports)
#include "test_payouts_reports.moc"
