// PAY-1: text-to-pay requests — limits, sending by SMS, states from events, consultants see their own.
#include "paymentfixture.h"

#include "api/apiclient.h"
#include "payments/fees.h"
#include "net/curltransport.h"
#include "context/appcontext.h"
#include "payments/syncservice.h"
#include "payments/paymentqueries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dp;

class TestPaymentRequests : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentFixture> f;

    QJsonArray smsLog()
    {
        return f->app().api().get(QStringLiteral("/v1/test_helpers/sms/messages")).json.value(QLatin1String("data")).toArray();
    }

private slots:
    void init()
    {
        f = std::make_unique<test::PaymentFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
    }

    void limits_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("ro");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok") << qint64(125050) << "+15145550123" << "card" << "RO-1" << "";
        QTest::newRow("exactly $50,000.00") << qint64(5'000'000) << "+15145550123" << "card" << "RO-1" << "";
        QTest::newRow("one cent over $50,000") << qint64(5'000'001) << "+15145550123" << "card" << "RO-1" << "amount";
        QTest::newRow("under 50 cents") << qint64(49) << "+15145550123" << "card" << "RO-1" << "amount";
        QTest::newRow("zero") << qint64(0) << "+15145550123" << "card" << "RO-1" << "amount";
        QTest::newRow("bank transfer") << qint64(1000) << "+15145550123" << "us_bank_account" << "RO-1" << "payment_method";
        QTest::newRow("national mobile") << qint64(1000) << "(514) 555-0123" << "card" << "RO-1" << "";
        QTest::newRow("mobile without area code") << qint64(1000) << "555-0123" << "card" << "RO-1" << "mobile";
        QTest::newRow("no RO number") << qint64(1000) << "+15145550123" << "card" << " " << "ro_number";
    }
    void limits()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, mobile);
        QFETCH(QString, method);
        QFETCH(QString, ro);
        QFETCH(QString, field);
        PaymentRequestInput in = f->input(amount);
        in.mobile = mobile;
        in.paymentMethod = method;
        in.roNumber = ro;
        const auto invalid = f->app().requests().validate(in);
        QCOMPARE(invalid.has_value(), !field.isEmpty());
        if (invalid) {
            QCOMPARE(invalid->field, field);
            auto refused = f->app().requests().create(f->consultant, in);
            QVERIFY(!refused.ok());
            QCOMPARE(smsLog().size(), 0); // nothing sent
        }
    }

    void aNationalMobileIsStoredAndTextedAsE164()
    {
        PaymentRequestInput in = f->input(4200);
        in.mobile = QStringLiteral("(514) 555-0177");
        in.roNumber = QStringLiteral("RO-NATIONAL");
        auto request = f->app().requests().create(f->consultant, in);
        QVERIFY2(request.ok(), request.ok() ? "" : qPrintable(request.error().message));
        QCOMPARE(request->mobile, QStringLiteral("+15145550177"));
        bool texted = false;
        for (const QJsonValue& sms : smsLog())
            texted = texted || sms.toObject().value(QLatin1String("to")).toString() == QLatin1String("+15145550177");
        QVERIFY(texted);
    }

    void sendPayAndFees()
    {
        auto request = f->app().requests().create(f->consultant, f->input(125050));
        QVERIFY2(request.ok(), request.ok() ? "" : qPrintable(request.error().message));
        QCOMPARE(request->state, RequestState::Sent);
        QVERIFY(request->url.startsWith(QLatin1String("http://127.0.0.1")));
        const QJsonArray sms = smsLog();
        QCOMPARE(sms.size(), 1);
        QVERIFY(sms.first().toObject().value(QLatin1String("body")).toString().contains(request->url));
        QCOMPARE(sms.first().toObject().value(QLatin1String("to")).toString(), QStringLiteral("+15145550123"));

        // Pressing Send twice gives the same request, not a second link.
        auto again = f->app().requests().create(f->consultant, f->input(125050));
        QCOMPARE(again->id, request->id);
        QCOMPARE(smsLog().size(), 1);

        // The customer opens the link (the hosted page), then pays.
        http::Request open;
        open.url = QUrl(request->url);
        QCOMPARE(http::CurlTransport().send(open).status, 200);
        QVERIFY(f->app().sync().run().ok());
        QCOMPARE(f->app().requests().get(request->id)->state, RequestState::Viewed);
        QVERIFY(f->pay(request.value(), QStringLiteral("4242424242424242")));
        QVERIFY(f->app().sync().run().ok());
        QCOMPARE(f->app().requests().get(request->id)->state, RequestState::Paid);
        store::PaymentFilter filter;
        auto rows = f->app().payments().page(f->admin, filter, 0, 10);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        const store::PaymentRow& p = rows->first();
        QCOMPARE(p.amount, qint64(125050));
        QCOMPARE(p.fee, fees::platformFee(125050));
        QCOMPARE(p.net, 125050 - fees::platformFee(125050));
        QCOMPARE(p.roNumber, QStringLiteral("RO-10452"));
        QCOMPARE(p.consultant, QStringLiteral("Chloe Consultant"));
        QCOMPARE(p.customer, QStringLiteral("John Carter"));
        QCOMPARE(p.cardLast4, QStringLiteral("4242"));
        QCOMPARE(p.state, PaymentState::Succeeded);
        QCOMPARE(p.kept(), 125050 - fees::platformFee(125050)); // nothing refunded: the merchant keeps the net
    }

    void declinedAndChallenged()
    {
        auto declined = f->app().requests().create(f->consultant, f->input(5000));
        QVERIFY(f->pay(declined.value(), QStringLiteral("4000000000000002")) || true); // a decline may answer 402
        PaymentRequestInput other = f->input(7000);
        other.roNumber = QStringLiteral("RO-3DS");
        auto challenged = f->app().requests().create(f->consultant, other);
        f->pay(challenged.value(), QStringLiteral("4000002760003184"));
        QVERIFY(f->app().sync().run().ok());
        QCOMPARE(f->app().requests().get(declined->id)->state, RequestState::Failed);
        QCOMPARE(f->app().requests().get(challenged->id)->state, RequestState::Challenged);
    }

    void consultantsSeeTheirOwnOnly()
    {
        QVERIFY(f->app().requests().create(f->consultant, f->input(1000)).ok());
        PaymentRequestInput mine = f->input(2000);
        mine.roNumber = QStringLiteral("RO-ADMIN");
        QVERIFY(f->app().requests().create(f->admin, mine).ok());
        QCOMPARE(f->app().requests().list(f->consultant)->size(), 1);
        // SEC-1: a Manager sees the requests of their payment-taking team (the consultant's), not the Admin's,
        // who is in no team; the Admin sees all (scoping across teams: test_payment_scoping.cpp).
        QCOMPARE(f->app().requests().list(f->manager)->size(), 1);
        QCOMPARE(f->app().requests().list(f->admin)->size(), 2);
    }

    void cancelAndResend()
    {
        auto request = f->app().requests().create(f->consultant, f->input(3000));
        QVERIFY(f->app().requests().resend(f->consultant, request->id).ok());
        QCOMPARE(smsLog().size(), 2);
        auto canceled = f->app().requests().cancel(f->consultant, request->id);
        QVERIFY2(canceled.ok(), canceled.ok() ? "" : qPrintable(canceled.error().message));
        QCOMPARE(canceled->state, RequestState::Canceled);
        QVERIFY(!f->pay(request.value(), QStringLiteral("4242424242424242"))); // the link no longer works
        QVERIFY(!f->app().requests().resend(f->consultant, request->id).ok());
        QVERIFY(f->app().sync().run().ok());
        QCOMPARE(f->app().requests().get(request->id)->state, RequestState::Canceled);
    }
    void unknownOutcomeThenSendAgainMakesOneLink_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("reply cut: the session was made") << QStringLiteral("truncate");
        QTest::newRow("connection reset: it was not") << QStringLiteral("reset");
    }
    void unknownOutcomeThenSendAgainMakesOneLink()
    {
        // Every attempt of the first Send fails without an answer; the outcome is unknown. Send again (the dialog
        // keeps what was typed) finishes the same request with the same key: one checkout session, one text.
        QFETCH(QString, mode);
        f->app().api().setSleeper([](int) {});
        QVERIFY(f->app().api().post(QStringLiteral("/v1/test_helpers/faults"),
                                    {{QStringLiteral("path"), QStringLiteral("/v1/checkout/sessions")},
                                     {QStringLiteral("method"), QStringLiteral("POST")},
                                     {QStringLiteral("mode"), mode},
                                     {QStringLiteral("count"), (f->app().api().config().maxRetries + 1)
                                                                   * (mode == QLatin1String("reset") ? 2 : 1)}},
                                    {}).ok()); // libcurl itself sends again once when a reused connection is reset
        auto lost = f->app().requests().create(f->consultant, f->input(43000));
        f->app().api().del(QStringLiteral("/v1/test_helpers/faults"));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, Error::Code::Api);
        QCOMPARE(smsLog().size(), 0);
        auto list = f->app().requests().list(f->consultant);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().state, RequestState::Sending); // kept, with its key
        auto again = f->app().requests().create(f->consultant, f->input(43000));
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->id, list->first().id);
        QCOMPARE(again->state, RequestState::Sent);
        QCOMPARE(f->app().requests().list(f->consultant)->size(), 1);
        const auto sessions = f->app().api().get(QStringLiteral("/v1/checkout/sessions"), {}, f->account);
        QCOMPARE(sessions.json.value(QLatin1String("data")).toArray().size(), 1);
        QCOMPARE(smsLog().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPaymentRequests)
#include "test_paymentrequests.moc"
