// Payments in the sandbox over HTTP: payment links, checkout sessions paid by the test helper, charges, refunds,
// fees, balance transactions and payouts.
#include "server/fixtures.h"
#include "payments/ledger.h"
#include "sandboxclient.h"
#include "server/sandboxserver.h"
#include "testenv.h"

#include <QJsonArray>
#include <QtTest>

using dp::test::SandboxClient;

class SandboxPaymentsTest : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void processingFee_data();
    void processingFee();
    void paymentLinkValidation_data();
    void paymentLinkValidation();
    void checkoutSessionPaidByHelper();
    void declinedThenPaid();
    void threeDSecureFailure();
    void refunds();
    void idempotencyKeysExpireAfterADayOfSandboxTime();
    void expandAndFilters();
    void payoutsAfterDelay();
    void objectsCoverFixtureKeys();
    void paymentIntentApi();

  private:
    QString newAccount(bool onboarded = true);
    QJsonObject paidSession(const QString& account, qint64 amount, const QByteArray& card = "4242424242424242");
    SandboxClient::Headers as(const QString& account) const { return {{"Stripe-Account", account.toUtf8()}}; }
    std::unique_ptr<dp::sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void SandboxPaymentsTest::initTestCase()
{
    dp::test::prepareEnvironment();
    m_sandbox = std::make_unique<dp::sandbox::EmbeddedSandbox>(dp::sandbox::SandboxOptions{});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

QString SandboxPaymentsTest::newAccount(bool onboarded)
{
    const QString id =
        m_client->post(QStringLiteral("/v1/accounts"), "type=express&business_profile[name]=Pay+Motors").str("id");
    if (onboarded)
        m_client->post(QStringLiteral("/v1/test_helpers/accounts/") + id + QStringLiteral("/complete_onboarding"), {});
    return id;
}

QJsonObject SandboxPaymentsTest::paidSession(const QString& account, qint64 amount, const QByteArray& card)
{
    const auto session =
        m_client->post(QStringLiteral("/v1/checkout/sessions"),
                       "mode=payment&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=" +
                           QByteArray::number(amount) +
                           "&line_items[0][price_data][product_data][name]=RO+1001"
                           "&line_items[0][quantity]=1&payment_intent_data[metadata][ro_number]=RO-1001"
                           "&success_url=http%3A%2F%2F127.0.0.1%3A9%2Fok%3Fs%3D%7BCHECKOUT_SESSION_ID%7D",
                       as(account));
    const auto paid = m_client->post(QStringLiteral("/v1/test_helpers/checkout/sessions/") + session.str("id") +
                                         QStringLiteral("/pay"),
                                     "card=" + card + "&email=buyer%40example.com&name=Jo+Buyer", as(account));
    return paid.json;
}

void SandboxPaymentsTest::processingFee_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("fee");
    QTest::newRow("$1.00") << qint64(100) << qint64(33);         // 3.25 -> 3
    QTest::newRow("$2.00 half up") << qint64(200) << qint64(37); // 6.5 -> 7
    QTest::newRow("$0.15") << qint64(15) << qint64(30);          // 0.4875 -> 0
    QTest::newRow("$0.16") << qint64(16) << qint64(31);          // 0.52 -> 1
    QTest::newRow("$50.00") << qint64(5000) << qint64(193);      // 162.5 -> 163
    QTest::newRow("$100.00") << qint64(10000) << qint64(355);
    QTest::newRow("$50,000.00") << qint64(5000000) << qint64(162530);
    QTest::newRow("max") << qint64(99999999) << qint64(3250030);
}

void SandboxPaymentsTest::processingFee()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, fee);
    QCOMPARE(dp::sandbox::ledger::processingFee(amount), fee);
}

void SandboxPaymentsTest::paymentLinkValidation_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("param");
    const QByteArray item = "line_items[0][price_data][currency]=usd&line_items[0][price_data][product_data][name]=RO&"
                            "line_items[0][quantity]=1";
    QTest::newRow("ok") << QByteArray(item + "&line_items[0][price_data][unit_amount]=12345") << 200 << QString();
    QTest::newRow("no line items") << QByteArray("metadata[a]=b") << 400 << QStringLiteral("line_items");
    QTest::newRow("no amount") << item << 400 << QStringLiteral("line_items[0][price_data][unit_amount]");
    QTest::newRow("no name")
        << QByteArray("line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=100") << 400
        << QStringLiteral("line_items[0][price_data][product_data][name]");
    QTest::newRow("too small") << QByteArray(item + "&line_items[0][price_data][unit_amount]=49") << 400
                               << QStringLiteral("line_items");
    QTest::newRow("too large")
        << QByteArray(item + "&line_items[0][price_data][unit_amount]=99999999&line_items[0][quantity]=2") << 400
        << QStringLiteral("line_items");
    QTest::newRow("bad quantity") << QByteArray(item +
                                                "&line_items[0][price_data][unit_amount]=100&line_items[0][quantity]=0")
                                  << 400 << QStringLiteral("line_items[0][quantity]");
    QTest::newRow("not card")
        << QByteArray(item + "&line_items[0][price_data][unit_amount]=100&payment_method_types[]=us_bank_account")
        << 400 << QStringLiteral("payment_method_types");
    QTest::newRow("currency")
        << QByteArray("line_items[0][price_data][currency]=eur&line_items[0][price_data][unit_amount]=100"
                      "&line_items[0][price_data][product_data][name]=X")
        << 400 << QStringLiteral("currency");
    QTest::newRow("limit 0")
        << QByteArray(item + "&line_items[0][price_data][unit_amount]=100&restrictions[completed_sessions][limit]=0")
        << 400 << QStringLiteral("restrictions[completed_sessions][limit]");
}

void SandboxPaymentsTest::paymentLinkValidation()
{
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(QString, param);
    static const QString account = newAccount();
    const auto reply = m_client->post(QStringLiteral("/v1/payment_links"), form, as(account));
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.str("object"), QStringLiteral("payment_link"));
        QVERIFY(reply.json.value(QLatin1String("active")).toBool());
        QVERIFY(reply.str("url").startsWith(m_sandbox->baseUrl().toString() + QStringLiteral("/pay/")));
        const auto items = m_client->get(
            QStringLiteral("/v1/payment_links/") + reply.str("id") + QStringLiteral("/line_items"), {}, as(account));
        QCOMPARE(items.json[QLatin1String("data")][0][QLatin1String("amount_total")].toInteger(), 12345);
    } else {
        QCOMPARE(reply.error("param"), param);
    }
}

void SandboxPaymentsTest::checkoutSessionPaidByHelper()
{
    const QString account = newAccount();
    const qint64 start =
        m_client->get(QStringLiteral("/v1/test_helpers/sandbox_clock")).json.value(QLatin1String("now")).toInteger();
    const QJsonObject session = paidSession(account, 25000);
    QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
    QCOMPARE(session.value(QLatin1String("payment_status")).toString(), QStringLiteral("paid"));
    const QJsonObject intent = session.value(QLatin1String("payment_intent")).toObject();
    QCOMPARE(intent.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(intent[QLatin1String("metadata")][QLatin1String("ro_number")].toString(), QStringLiteral("RO-1001"));
    const auto charge =
        m_client->get(QStringLiteral("/v1/charges/") + intent.value(QLatin1String("latest_charge")).toString(),
                      "expand[]=balance_transaction", as(account));
    QCOMPARE(charge.status, 200);
    QCOMPARE(charge.str("status"), QStringLiteral("succeeded"));
    QCOMPARE(
        charge.json[QLatin1String("payment_method_details")][QLatin1String("card")][QLatin1String("brand")].toString(),
        QStringLiteral("visa"));
    QCOMPARE(
        charge.json[QLatin1String("payment_method_details")][QLatin1String("card")][QLatin1String("last4")].toString(),
        QStringLiteral("4242"));
    QCOMPARE(charge.json[QLatin1String("billing_details")][QLatin1String("email")].toString(),
             QStringLiteral("buyer@example.com"));
    const QJsonObject txn = charge.json.value(QLatin1String("balance_transaction")).toObject();
    QCOMPARE(txn.value(QLatin1String("fee")).toInteger(), 843); // 812.5 -> 813 + 30
    QCOMPARE(txn.value(QLatin1String("net")).toInteger(), 25000 - 843);
    QCOMPARE(txn.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    const auto receipt = m_client->browse(QUrl(charge.str("receipt_url")));
    QCOMPARE(receipt.status, 200);
    QVERIFY(receipt.body.contains("$250.00"));

    const auto events =
        m_client->get(QStringLiteral("/v1/events"),
                      "created[gte]=" + QByteArray::number(start) +
                          "&types[]=payment_intent.created&types[]=charge.succeeded"
                          "&types[]=payment_intent.succeeded&types[]=checkout.session.completed&types[]=charge.failed",
                      as(account));
    QStringList types;
    for (const QJsonValue& e : events.json.value(QLatin1String("data")).toArray())
        types.prepend(e.toObject().value(QLatin1String("type")).toString());
    QCOMPARE(types, (QStringList{"payment_intent.created", "charge.succeeded", "payment_intent.succeeded",
                                 "checkout.session.completed"}));
    // Another account does not see this payment.
    QCOMPARE(m_client->get(QStringLiteral("/v1/charges/") + charge.str("id"), {}, as(newAccount())).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/v1/charges/") + charge.str("id")).status, 404);
}

void SandboxPaymentsTest::declinedThenPaid()
{
    const QString account = newAccount();
    const auto session = m_client->post(
        QStringLiteral("/v1/checkout/sessions"),
        "mode=payment&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=9900"
        "&line_items[0][price_data][product_data][name]=Oil+change",
        as(account));
    const QString path =
        QStringLiteral("/v1/test_helpers/checkout/sessions/") + session.str("id") + QStringLiteral("/pay");
    const auto declined = m_client->post(path, "card=4000000000000002", as(account));
    QCOMPARE(declined.status, 200);
    QCOMPARE(declined.str("status"), QStringLiteral("open"));
    const QJsonObject intent = declined.json.value(QLatin1String("payment_intent")).toObject();
    QCOMPARE(intent.value(QLatin1String("status")).toString(), QStringLiteral("requires_payment_method"));
    QCOMPARE(intent[QLatin1String("last_payment_error")][QLatin1String("decline_code")].toString(),
             QStringLiteral("generic_decline"));
    const auto failed = m_client->get(
        QStringLiteral("/v1/charges/") + intent.value(QLatin1String("latest_charge")).toString(), {}, as(account));
    QCOMPARE(failed.str("status"), QStringLiteral("failed"));
    QCOMPARE(failed.str("failure_code"), QStringLiteral("card_declined"));
    QVERIFY(failed.json.value(QLatin1String("balance_transaction")).isNull());

    const auto invalid = m_client->post(path, "card=4242424242424241", as(account));
    QCOMPARE(invalid.status, 402);
    QCOMPARE(invalid.error("type"), QStringLiteral("card_error"));
    QCOMPARE(invalid.error("code"), QStringLiteral("incorrect_number"));

    const auto paid = m_client->post(path, "card=5555555555554444", as(account));
    QCOMPARE(paid.str("status"), QStringLiteral("complete"));
    QCOMPARE(paid.json[QLatin1String("payment_intent")][QLatin1String("id")],
             intent.value(QLatin1String("id"))); // same intent
    const auto charges =
        m_client->get(QStringLiteral("/v1/charges"),
                      "payment_intent=" + intent.value(QLatin1String("id")).toString().toUtf8(), as(account));
    QCOMPARE(charges.json.value(QLatin1String("data")).toArray().size(), 2);
    QCOMPARE(m_client->post(path, "card=4242424242424242", as(account)).status, 400); // already complete
    const auto failedEvents = m_client->get(QStringLiteral("/v1/events"), "type=charge.failed", as(account));
    QCOMPARE(failedEvents.json.value(QLatin1String("data")).toArray().size(), 1);
}

void SandboxPaymentsTest::threeDSecureFailure()
{
    const QString account = newAccount();
    const auto session = m_client->post(
        QStringLiteral("/v1/checkout/sessions"),
        "mode=payment&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=4500"
        "&line_items[0][price_data][product_data][name]=Tires",
        as(account));
    const QString path =
        QStringLiteral("/v1/test_helpers/checkout/sessions/") + session.str("id") + QStringLiteral("/pay");
    const auto asked = m_client->post(path, "card=4000002760003184", as(account));
    QCOMPARE(asked.json[QLatin1String("payment_intent")][QLatin1String("status")].toString(),
             QStringLiteral("requires_action"));
    const auto failed = m_client->post(path, "card=4000002760003184&challenge=fail", as(account));
    QCOMPARE(failed.json[QLatin1String("payment_intent")][QLatin1String("status")].toString(),
             QStringLiteral("requires_payment_method"));
    QCOMPARE(failed.json[QLatin1String("payment_intent")][QLatin1String("last_payment_error")][QLatin1String("code")]
                 .toString(),
             QStringLiteral("payment_intent_authentication_failure"));
    const auto passed = m_client->post(path, "card=4000002760003184&challenge=pass", as(account));
    QCOMPARE(passed.str("status"), QStringLiteral("complete"));
    const auto charge =
        m_client->get(QStringLiteral("/v1/charges/") +
                          passed.json[QLatin1String("payment_intent")][QLatin1String("latest_charge")].toString(),
                      {}, as(account));
    QCOMPARE(charge
                 .json[QLatin1String("payment_method_details")][QLatin1String("card")][QLatin1String("three_d_secure")]
                      [QLatin1String("result")]
                 .toString(),
             QStringLiteral("authenticated"));
}

void SandboxPaymentsTest::refunds()
{
    const QString account = newAccount();
    const QJsonObject session = paidSession(account, 5000);
    const QString charge = session[QLatin1String("payment_intent")][QLatin1String("latest_charge")].toString();
    const QString intent = session[QLatin1String("payment_intent")][QLatin1String("id")].toString();
    const auto first = m_client->post(QStringLiteral("/v1/refunds"),
                                      "charge=" + charge.toUtf8() + "&amount=1000&reason=requested_by_customer",
                                      as(account) + SandboxClient::Headers{{"Idempotency-Key", "refund-1"}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.str("status"), QStringLiteral("succeeded"));
    const auto doubleClick = m_client->post(QStringLiteral("/v1/refunds"),
                                            "charge=" + charge.toUtf8() + "&amount=1000&reason=requested_by_customer",
                                            as(account) + SandboxClient::Headers{{"Idempotency-Key", "refund-1"}});
    QCOMPARE(doubleClick.str("id"), first.str("id")); // replayed, not refunded twice
    QCOMPARE(
        m_client->post(QStringLiteral("/v1/refunds"), "payment_intent=" + intent.toUtf8() + "&amount=2500", as(account))
            .status,
        200);
    const auto over =
        m_client->post(QStringLiteral("/v1/refunds"), "charge=" + charge.toUtf8() + "&amount=2000", as(account));
    QCOMPARE(over.status, 400);
    QCOMPARE(over.error("param"), QStringLiteral("amount"));
    QCOMPARE(over.error("code"), QStringLiteral("amount_too_large"));
    const auto rest = m_client->post(QStringLiteral("/v1/refunds"), "charge=" + charge.toUtf8(), as(account));
    QCOMPARE(rest.json.value(QLatin1String("amount")).toInteger(), 1500);
    const auto again = m_client->post(QStringLiteral("/v1/refunds"), "charge=" + charge.toUtf8(), as(account));
    QCOMPARE(again.error("code"), QStringLiteral("charge_already_refunded"));

    const auto after = m_client->get(QStringLiteral("/v1/charges/") + charge, {}, as(account));
    QCOMPARE(after.json.value(QLatin1String("amount_refunded")).toInteger(), 5000);
    QCOMPARE(after.json.value(QLatin1String("refunded")).toBool(), true);
    QCOMPARE(after.json[QLatin1String("refunds")][QLatin1String("total_count")].toInt(), 3);
    const auto list = m_client->get(QStringLiteral("/v1/refunds"), "charge=" + charge.toUtf8(), as(account));
    QCOMPARE(list.json.value(QLatin1String("data")).toArray().size(), 3);
    const auto txns = m_client->get(QStringLiteral("/v1/balance_transactions"), "type=refund", as(account));
    qint64 total = 0;
    for (const QJsonValue& t : txns.json.value(QLatin1String("data")).toArray())
        total += t.toObject().value(QLatin1String("amount")).toInteger();
    QCOMPARE(total, -5000);
    const auto events =
        m_client->get(QStringLiteral("/v1/events"), "types[]=refund.created&types[]=charge.refunded", as(account));
    QCOMPARE(events.json.value(QLatin1String("data")).toArray().size(), 6);
}

void SandboxPaymentsTest::expandAndFilters()
{
    const QString account = newAccount();
    for (int i = 0; i < 12; ++i)
        paidSession(account, 1000 + i);
    const auto page =
        m_client->get(QStringLiteral("/v1/charges"), "limit=5&expand[]=data.balance_transaction", as(account));
    const QJsonArray data = page.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 5);
    QVERIFY(page.json.value(QLatin1String("has_more")).toBool());
    QCOMPARE(data.first()[QLatin1String("amount")].toInteger(), 1011); // newest first
    QCOMPARE(data.first()[QLatin1String("balance_transaction")][QLatin1String("fee")].toInteger(),
             dp::sandbox::ledger::processingFee(1011));
    const auto sessions =
        m_client->get(QStringLiteral("/v1/checkout/sessions"), "status=complete&limit=100", as(account));
    QCOMPARE(sessions.json.value(QLatin1String("data")).toArray().size(), 12);
    const auto open =
        m_client->post(QStringLiteral("/v1/checkout/sessions"),
                       "mode=payment&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=700"
                       "&line_items[0][price_data][product_data][name]=Wash",
                       as(account));
    const auto expired = m_client->post(
        QStringLiteral("/v1/checkout/sessions/") + open.str("id") + QStringLiteral("/expire"), {}, as(account));
    QCOMPARE(expired.str("status"), QStringLiteral("expired"));
    QCOMPARE(m_client
                 ->post(QStringLiteral("/v1/checkout/sessions/") + open.str("id") + QStringLiteral("/expire"), {},
                        as(account))
                 .status,
             400);
    QCOMPARE(m_client->browse(QUrl(open.str("url"))).status, 410);
}

void SandboxPaymentsTest::payoutsAfterDelay()
{
    const QString account = newAccount();
    const QJsonObject first = paidSession(account, 10000);
    paidSession(account, 20000);
    QCOMPARE(m_client->get(QStringLiteral("/v1/payouts"), {}, as(account))
                 .json.value(QLatin1String("data"))
                 .toArray()
                 .size(),
             0);
    const auto balance = m_client->get(QStringLiteral("/v1/balance"), {}, as(account));
    QCOMPARE(balance.json[QLatin1String("pending")][0][QLatin1String("amount")].toInteger(), 30000 - 355 - 680);
    // Funds available after 2 days, paid out on the next business day, arriving the business day after: 9 days
    // cover any weekend and holiday.
    m_client->post(QStringLiteral("/v1/test_helpers/sandbox_clock"), "advance_by=" + QByteArray::number(9 * 86400));
    const auto payouts = m_client->get(QStringLiteral("/v1/payouts"), {}, as(account));
    const QJsonArray list = payouts.json.value(QLatin1String("data")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject payout = list.first().toObject();
    QCOMPARE(payout.value(QLatin1String("amount")).toInteger(), 30000 - 355 - 680);
    QCOMPARE(payout.value(QLatin1String("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(payout.value(QLatin1String("automatic")).toBool(), true);
    QVERIFY(payout.value(QLatin1String("destination")).toString().startsWith(QStringLiteral("ba_")));
    const auto txns = m_client->get(QStringLiteral("/v1/balance_transactions"),
                                    "payout=" + payout.value(QLatin1String("id")).toString().toUtf8(), as(account));
    QCOMPARE(txns.json.value(QLatin1String("data")).toArray().size(), 3); // two charges and the payout itself
    qint64 sum = 0;
    for (const QJsonValue& t : txns.json.value(QLatin1String("data")).toArray())
        sum += t.toObject().value(QLatin1String("net")).toInteger();
    QCOMPARE(sum, 0);
    const auto after = m_client->get(QStringLiteral("/v1/balance"), {}, as(account));
    QCOMPARE(after.json[QLatin1String("available")][0][QLatin1String("amount")].toInteger(), 0);
    const auto paid = m_client->get(QStringLiteral("/v1/events"), "type=payout.*", as(account));
    QStringList types;
    for (const QJsonValue& e : paid.json.value(QLatin1String("data")).toArray())
        types.prepend(e.toObject().value(QLatin1String("type")).toString());
    QCOMPARE(types, (QStringList{"payout.created", "payout.updated", "payout.updated", "payout.paid"}));
    Q_UNUSED(first);
}

void SandboxPaymentsTest::objectsCoverFixtureKeys()
{
    const QString account = newAccount();
    const QJsonObject session = paidSession(account, 3000);
    const QString charge = session[QLatin1String("payment_intent")][QLatin1String("latest_charge")].toString();
    const auto refund =
        m_client->post(QStringLiteral("/v1/refunds"), "charge=" + charge.toUtf8() + "&amount=100", as(account));
    const auto link =
        m_client->post(QStringLiteral("/v1/payment_links"),
                       "line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=500"
                       "&line_items[0][price_data][product_data][name]=X",
                       as(account));
    const auto customer = m_client->post(QStringLiteral("/v1/customers"), "email=a%40b.example&name=A+B", as(account));
    const QList<QPair<QString, QJsonObject>> objects{
        {QStringLiteral("checkout.session"),
         m_client
             ->get(QStringLiteral("/v1/checkout/sessions/") + session.value(QLatin1String("id")).toString(), {},
                   as(account))
             .json},
        {QStringLiteral("payment_intent"), session.value(QLatin1String("payment_intent")).toObject()},
        {QStringLiteral("charge"), m_client->get(QStringLiteral("/v1/charges/") + charge, {}, as(account)).json},
        {QStringLiteral("refund"), refund.json},
        {QStringLiteral("payment_link"), link.json},
        {QStringLiteral("customer"), customer.json},
        {QStringLiteral("balance_transaction"),
         m_client->get(QStringLiteral("/v1/balance_transactions"), "limit=1", as(account))
             .json[QLatin1String("data")][0]
             .toObject()},
        {QStringLiteral("balance"), m_client->get(QStringLiteral("/v1/balance"), {}, as(account)).json},
        {QStringLiteral("event"),
         m_client->get(QStringLiteral("/v1/events"), "limit=1", as(account)).json[QLatin1String("data")][0].toObject()},
    };
    for (const auto& [type, object] : objects) {
        QVERIFY2(!object.isEmpty(), qPrintable(type));
        for (const QString& key : dp::sandbox::fixture(type).keys())
            QVERIFY2(object.contains(key), qPrintable(type + QLatin1Char('.') + key));
    }
}

void SandboxPaymentsTest::paymentIntentApi()
{
    const QString account = newAccount();
    const auto ok = m_client->post(QStringLiteral("/v1/payment_intents"),
                                   "amount=2000&currency=usd&confirm=true&payment_method=pm_card_visa", as(account));
    QCOMPARE(ok.str("status"), QStringLiteral("succeeded"));
    const auto declined =
        m_client->post(QStringLiteral("/v1/payment_intents"),
                       "amount=2000&currency=usd&confirm=true&payment_method=pm_card_chargeDeclined", as(account));
    QCOMPARE(declined.status, 402);
    QCOMPARE(declined.error("decline_code"), QStringLiteral("generic_decline"));
    QCOMPARE(declined.json[QLatin1String("error")][QLatin1String("payment_intent")][QLatin1String("status")].toString(),
             QStringLiteral("requires_payment_method"));
    const auto big =
        m_client->post(QStringLiteral("/v1/payment_intents"), "amount=100000000&currency=usd", as(account));
    QCOMPARE(big.error("code"), QStringLiteral("amount_too_large"));
    const auto legacy =
        m_client->post(QStringLiteral("/v1/charges"), "amount=1500&currency=usd&source=tok_amex", as(account));
    QCOMPARE(
        legacy.json[QLatin1String("payment_method_details")][QLatin1String("card")][QLatin1String("brand")].toString(),
        QStringLiteral("amex"));
    const auto cancelled =
        m_client->post(QStringLiteral("/v1/payment_intents"), "amount=900&currency=cad", as(account));
    const auto cancel =
        m_client->post(QStringLiteral("/v1/payment_intents/") + cancelled.str("id") + QStringLiteral("/cancel"),
                       "cancellation_reason=abandoned", as(account));
    QCOMPARE(cancel.str("status"), QStringLiteral("canceled"));
}

void SandboxPaymentsTest::idempotencyKeysExpireAfterADayOfSandboxTime()
{
    // Stripe keeps a key 24 hours; so does the sandbox, on its own clock (which a test may move forward).
    const QString account = newAccount();
    const QJsonObject session = paidSession(account, 5000);
    const QString charge = session[QLatin1String("payment_intent")][QLatin1String("latest_charge")].toString();
    const QByteArray body = "charge=" + charge.toUtf8() + "&amount=1000";
    const auto headers = as(account) + SandboxClient::Headers{{"Idempotency-Key", "refund-day"}};
    const auto first = m_client->post(QStringLiteral("/v1/refunds"), body, headers);
    QCOMPARE(first.status, 200);
    m_client->post(QStringLiteral("/v1/test_helpers/sandbox_clock"), "advance_by=" + QByteArray::number(23 * 3600));
    QCOMPARE(m_client->post(QStringLiteral("/v1/refunds"), body, headers).str("id"), first.str("id")); // replayed
    m_client->post(QStringLiteral("/v1/test_helpers/sandbox_clock"), "advance_by=" + QByteArray::number(3600));
    const auto dayLater = m_client->post(QStringLiteral("/v1/refunds"), body, headers);
    QCOMPARE(dayLater.status, 200);
    QVERIFY(dayLater.str("id") != first.str("id")); // the key is forgotten: the same request refunds again
    const auto after = m_client->get(QStringLiteral("/v1/charges/") + charge, {}, as(account));
    QCOMPARE(after.json.value(QLatin1String("amount_refunded")).toInteger(), 2000);
}

QTEST_GUILESS_MAIN(SandboxPaymentsTest)
#include "test_sandbox_payments.moc"
