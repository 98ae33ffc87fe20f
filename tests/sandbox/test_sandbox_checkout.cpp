// What customers and phones see: payment link -> hosted checkout (test cards, 3-D Secure) -> receipt; the SMS
// gateway; and the demo profile's payment history.
#include "payments/ledger.h"
#include "sandboxclient.h"
#include "server/sandboxserver.h"
#include "testenv.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QtTest>

using dp::test::SandboxClient;

namespace {

QByteArray cardForm(const QString& number)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("pat@example.com"));
    form.addQueryItem(QStringLiteral("card_number"), number);
    form.addQueryItem(QStringLiteral("card_expiry"), QStringLiteral("12 / 34"));
    form.addQueryItem(QStringLiteral("card_cvc"), QStringLiteral("123"));
    form.addQueryItem(QStringLiteral("card_name"), QStringLiteral("Pat Customer"));
    form.addQueryItem(QStringLiteral("postal_code"), QStringLiteral("62701"));
    return form.query(QUrl::FullyEncoded).toUtf8();
}

QByteArray basic(const QByteArray& sid, const QByteArray& token)
{
    return "Basic " + QByteArray(sid + ':' + token).toBase64();
}

} // namespace

class SandboxCheckoutTest : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void paymentLinkToReceipt();
    void pageRejectsBadCardInput_data();
    void pageRejectsBadCardInput();
    void declineShownOnPage();
    void threeDSecureChallengePage();
    void smsGateway();
    void smsErrors_data();
    void smsErrors();
    void demoPayments();

  private:
    QString account();
    QUrl openCheckout(qint64 amount, const QByteArray& extra = {});
    std::unique_ptr<dp::sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    QString m_account;
};

void SandboxCheckoutTest::initTestCase()
{
    dp::test::prepareEnvironment();
    m_sandbox = std::make_unique<dp::sandbox::EmbeddedSandbox>(dp::sandbox::SandboxOptions{});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
    m_account =
        m_client->post(QStringLiteral("/v1/accounts"), "type=express&business_profile[name]=Page+Motors").str("id");
    m_client->post(QStringLiteral("/v1/test_helpers/accounts/") + m_account + QStringLiteral("/complete_onboarding"),
                   {});
}

QUrl SandboxCheckoutTest::openCheckout(qint64 amount, const QByteArray& extra)
{
    const auto session = m_client->post(
        QStringLiteral("/v1/checkout/sessions"),
        "mode=payment&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=" +
            QByteArray::number(amount) + "&line_items[0][price_data][product_data][name]=Brake+job" + extra,
        {{"Stripe-Account", m_account.toUtf8()}});
    return QUrl(session.str("url"));
}

void SandboxCheckoutTest::paymentLinkToReceipt()
{
    const SandboxClient::Headers as{{"Stripe-Account", m_account.toUtf8()}};
    const auto link =
        m_client->post(QStringLiteral("/v1/payment_links"),
                       "line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=123456"
                       "&line_items[0][price_data][product_data][name]=RO+4411&line_items[0][quantity]=1"
                       "&restrictions[completed_sessions][limit]=1&payment_intent_data[metadata][ro_number]=RO-4411"
                       "&metadata[ro_number]=RO-4411",
                       as);
    QCOMPARE(link.status, 200);
    const auto landing = m_client->browse(QUrl(link.str("url")));
    QCOMPARE(landing.status, 302);
    const QUrl checkoutUrl(QString::fromUtf8(landing.header("Location")));
    QVERIFY(checkoutUrl.path().startsWith(QStringLiteral("/checkout/pay/cs_test_")));
    const auto page = m_client->browse(checkoutUrl);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Page Motors"));
    QVERIFY(page.body.contains("$1,234.56"));
    QVERIFY(page.body.contains("name=\"card_number\""));
    QVERIFY(page.body.contains("4242 4242 4242 4242"));

    const auto paid = m_client->browse(checkoutUrl, cardForm(QStringLiteral("4242 4242 4242 4242")));
    QCOMPARE(paid.status, 302);
    const auto done = m_client->browse(QUrl(QString::fromUtf8(paid.header("Location"))));
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("Thanks for your payment"));

    const QString sessionId = checkoutUrl.path().section(QLatin1Char('/'), -1);
    const auto session = m_client->get(QStringLiteral("/v1/checkout/sessions/") + sessionId,
                                       "expand[]=payment_intent.latest_charge", as);
    QCOMPARE(session.str("status"), QStringLiteral("complete"));
    QCOMPARE(session.str("payment_link"), link.str("id"));
    QCOMPARE(session.json[QLatin1String("customer_details")][QLatin1String("email")].toString(),
             QStringLiteral("pat@example.com"));
    const QJsonObject charge = session.json[QLatin1String("payment_intent")][QLatin1String("latest_charge")].toObject();
    QCOMPARE(charge.value(QLatin1String("amount")).toInteger(), 123456);
    QCOMPARE(charge[QLatin1String("metadata")][QLatin1String("ro_number")].toString(), QStringLiteral("RO-4411"));
    QCOMPARE(charge[QLatin1String("billing_details")][QLatin1String("name")].toString(),
             QStringLiteral("Pat Customer"));
    const auto receipt = m_client->browse(QUrl(charge.value(QLatin1String("receipt_url")).toString()));
    QVERIFY(receipt.body.contains("$1,234.56"));
    QVERIFY(receipt.body.contains("4242"));

    // The limit of one completed session closes the link.
    const auto closed = m_client->get(QStringLiteral("/v1/payment_links/") + link.str("id"), {}, as);
    QCOMPARE(closed.json.value(QLatin1String("active")).toBool(), false);
    QCOMPARE(
        closed.json[QLatin1String("restrictions")][QLatin1String("completed_sessions")][QLatin1String("count")].toInt(),
        1);
    QCOMPARE(m_client->browse(QUrl(link.str("url"))).status, 410);
    const auto sessions =
        m_client->get(QStringLiteral("/v1/checkout/sessions"), "payment_link=" + link.str("id").toUtf8(), as);
    QCOMPARE(sessions.json.value(QLatin1String("data")).toArray().size(), 1);
}

void SandboxCheckoutTest::pageRejectsBadCardInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("email") << "email"
                           << "pat@"
                           << "email address";
    QTest::newRow("short number") << "card_number"
                                  << "4242"
                                  << "card number is incomplete";
    QTest::newRow("luhn") << "card_number"
                          << "4242424242424241"
                          << "card number is incorrect";
    QTest::newRow("expiry past") << "card_expiry"
                                 << "01 / 20"
                                 << "in the past";
    QTest::newRow("expiry month") << "card_expiry"
                                  << "13 / 34"
                                  << "invalid";
    QTest::newRow("cvc") << "card_cvc"
                         << "1"
                         << "security code";
    QTest::newRow("name") << "card_name"
                          << ""
                          << "name on the card";
}

void SandboxCheckoutTest::pageRejectsBadCardInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const QUrl url = openCheckout(5000);
    QUrlQuery form(QString::fromUtf8(cardForm(QStringLiteral("4242424242424242"))));
    form.removeAllQueryItems(field);
    form.addQueryItem(field, value);
    const auto reply = m_client->browse(url, form.query(QUrl::FullyEncoded).toUtf8());
    QVERIFY(reply.status == 400 || reply.status == 402);
    QVERIFY2(reply.body.contains(message.toUtf8()), reply.body.right(2000).constData());
    QVERIFY(reply.body.contains("id=\"payment-error\""));
    QCOMPARE(m_client->browse(url).status, 200); // still open
}

void SandboxCheckoutTest::declineShownOnPage()
{
    const QUrl url = openCheckout(7700);
    const auto declined = m_client->browse(url, cardForm(QStringLiteral("4000000000009995")));
    QCOMPARE(declined.status, 402);
    QVERIFY(declined.body.contains("Your card has insufficient funds."));
    const auto paid = m_client->browse(url, cardForm(QStringLiteral("4000056655665556")));
    QCOMPARE(paid.status, 302);
}

void SandboxCheckoutTest::threeDSecureChallengePage()
{
    const QUrl url =
        openCheckout(15000, "&success_url=http%3A%2F%2F127.0.0.1%3A9%2Fpaid%3Fsession%3D%7BCHECKOUT_SESSION_ID%7D");
    const auto asked = m_client->browse(url, cardForm(QStringLiteral("4000002760003184")));
    QCOMPARE(asked.status, 302);
    const QUrl challenge(QString::fromUtf8(asked.header("Location")));
    QVERIFY(challenge.path().endsWith(QStringLiteral("/challenge")));
    const auto page = m_client->browse(challenge);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("challenged"));
    const QString sessionId = url.path().section(QLatin1Char('/'), -1);
    const SandboxClient::Headers as{{"Stripe-Account", m_account.toUtf8()}};
    const auto waiting =
        m_client->get(QStringLiteral("/v1/checkout/sessions/") + sessionId, "expand[]=payment_intent", as);
    QCOMPARE(waiting.json[QLatin1String("payment_intent")][QLatin1String("status")].toString(),
             QStringLiteral("requires_action"));

    const auto failed = m_client->browse(challenge, "result=fail");
    QCOMPARE(failed.status, 402);
    QVERIFY(failed.body.contains("failed authentication"));
    const auto again = m_client->browse(url, cardForm(QStringLiteral("4000002760003184")));
    QCOMPARE(again.status, 302);
    const auto passed = m_client->browse(challenge, "result=pass");
    QCOMPARE(passed.status, 302);
    QCOMPARE(passed.header("Location"), QByteArray("http://127.0.0.1:9/paid?session=" + sessionId.toUtf8()));
    const auto done =
        m_client->get(QStringLiteral("/v1/checkout/sessions/") + sessionId, "expand[]=payment_intent", as);
    QCOMPARE(done.str("status"), QStringLiteral("complete"));
    QCOMPARE(done.json[QLatin1String("payment_intent")][QLatin1String("status")].toString(),
             QStringLiteral("succeeded"));
}

void SandboxCheckoutTest::smsGateway()
{
    const QByteArray sid = "AC0123456789abcdef0123456789abcdef";
    const QString path = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(QString::fromLatin1(sid));
    const auto sent =
        m_client->send("POST", path, "To=%2B13125550123&From=%2B15005550006&Body=Pay+RO+4411%3A+http%3A%2F%2Fx",
                       {{"Authorization", basic(sid, "token")}}, false);
    QCOMPARE(sent.status, 201);
    QVERIFY(sent.str("sid").startsWith(QStringLiteral("SM")));
    QCOMPARE(sent.str("status"), QStringLiteral("queued"));
    QCOMPARE(sent.str("body"), QStringLiteral("Pay RO 4411: http://x"));
    const QString messagePath =
        QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(QString::fromLatin1(sid), sent.str("sid"));
    const auto read = m_client->send("GET", messagePath, {}, {{"Authorization", basic(sid, "token")}}, false);
    QCOMPARE(read.str("status"), QStringLiteral("delivered"));

    const auto bounce = m_client->send("POST", path, "To=%2B15005550002&From=%2B15005550006&Body=hi",
                                       {{"Authorization", basic(sid, "token")}}, false);
    QCOMPARE(bounce.status, 201);
    const auto bounced = m_client->send(
        "GET",
        QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(QString::fromLatin1(sid), bounce.str("sid")), {},
        {{"Authorization", basic(sid, "token")}}, false);
    QCOMPARE(bounced.str("status"), QStringLiteral("undelivered"));
    QCOMPARE(bounced.json.value(QLatin1String("error_code")).toInt(), 30003);

    const auto recorded = m_client->get(QStringLiteral("/v1/test_helpers/sms/messages"), "to=%2B13125550123");
    const QJsonArray data = recorded.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first()[QLatin1String("body")].toString(), QStringLiteral("Pay RO 4411: http://x"));
}

void SandboxCheckoutTest::smsErrors_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    const QByteArray good = basic("AC0123456789abcdef0123456789abcdef", "token");
    QTest::newRow("no auth") << QByteArray() << QByteArray("To=%2B13125550123&From=%2B15005550006&Body=x") << 401
                             << 20003;
    QTest::newRow("other account") << basic("ACffff", "token") << QByteArray("To=%2B13125550123&From=%2B1&Body=x")
                                   << 401 << 20003;
    QTest::newRow("no to") << good << QByteArray("From=%2B15005550006&Body=x") << 400 << 21604;
    QTest::newRow("no from") << good << QByteArray("To=%2B13125550123&Body=x") << 400 << 21603;
    QTest::newRow("no body") << good << QByteArray("To=%2B13125550123&From=%2B15005550006") << 400 << 21602;
    QTest::newRow("not e164") << good << QByteArray("To=312-555-0123&From=%2B15005550006&Body=x") << 400 << 21211;
    QTest::newRow("magic invalid") << good << QByteArray("To=%2B15005550001&From=%2B15005550006&Body=x") << 400
                                   << 21211;
    QTest::newRow("long body") << good
                               << QByteArray("To=%2B13125550123&From=%2B15005550006&Body=" + QByteArray(1601, 'a'))
                               << 400 << 21617;
}

void SandboxCheckoutTest::smsErrors()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(int, code);
    SandboxClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const auto reply =
        m_client->send("POST", QStringLiteral("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"),
                       form, headers, false);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json.value(QLatin1String("code")).toInt(), code);
}

void SandboxCheckoutTest::demoPayments()
{
    dp::sandbox::SandboxOptions options;
    options.profile = QStringLiteral("demo");
    options.seed = 11;
    QElapsedTimer timer;
    timer.start();
    dp::sandbox::EmbeddedSandbox demo(options);
    QVERIFY(demo.start());
    qInfo("demo profile ready in %lld ms", timer.elapsed());
    SandboxClient client(demo.baseUrl());
    const QJsonArray accounts = client.get(QStringLiteral("/v1/accounts")).json.value(QLatin1String("data")).toArray();
    const QString mainStreet = accounts.last()[QLatin1String("id")].toString();
    const SandboxClient::Headers as{{"Stripe-Account", mainStreet.toUtf8()}};
    int charges = 0, failed = 0, refunded = 0;
    QString after;
    while (true) {
        const auto page = client.get(QStringLiteral("/v1/charges"),
                                     "limit=100&expand[]=data.balance_transaction" +
                                         (after.isEmpty() ? QByteArray() : "&starting_after=" + after.toUtf8()),
                                     as);
        for (const QJsonValue& v : page.json.value(QLatin1String("data")).toArray()) {
            const QJsonObject c = v.toObject();
            ++charges;
            failed += c.value(QLatin1String("status")).toString() == QLatin1String("failed");
            refunded += c.value(QLatin1String("amount_refunded")).toInteger() > 0;
            if (c.value(QLatin1String("status")).toString() == QLatin1String("succeeded")) {
                QCOMPARE(c[QLatin1String("balance_transaction")][QLatin1String("fee")].toInteger(),
                         dp::sandbox::ledger::processingFee(c.value(QLatin1String("amount")).toInteger()));
            }
            QVERIFY(!c[QLatin1String("metadata")][QLatin1String("ro_number")].toString().isEmpty());
            QVERIFY(!c[QLatin1String("metadata")][QLatin1String("consultant")].toString().isEmpty());
            QVERIFY(!c.value(QLatin1String("customer")).toString().isEmpty());
            after = c.value(QLatin1String("id")).toString();
        }
        if (!page.json.value(QLatin1String("has_more")).toBool())
            break;
    }
    QVERIFY2(charges > 800, qPrintable(QString::number(charges)));
    QVERIFY(failed > 5);
    QVERIFY(refunded > 10);
    const auto payouts = client.get(QStringLiteral("/v1/payouts"), "limit=100&status=paid", as);
    QCOMPARE(payouts.json.value(QLatin1String("data")).toArray().size(), 100);
    const QJsonObject payout = payouts.json[QLatin1String("data")][5].toObject();
    const auto txns = client.get(QStringLiteral("/v1/balance_transactions"),
                                 "limit=100&payout=" + payout.value(QLatin1String("id")).toString().toUtf8(), as);
    qint64 net = 0;
    for (const QJsonValue& t : txns.json.value(QLatin1String("data")).toArray())
        net += t.toObject().value(QLatin1String("net")).toInteger();
    QCOMPARE(net, 0); // the payout takes exactly what its transactions brought in
    QVERIFY(payout.value(QLatin1String("arrival_date")).toInteger() >
            payout.value(QLatin1String("created")).toInteger());

    dp::sandbox::EmbeddedSandbox twin(options);
    QVERIFY(twin.start());
    SandboxClient twinClient(twin.baseUrl());
    const auto mine = client.get(QStringLiteral("/v1/charges"), "limit=3", as);
    const auto theirs = twinClient.get(QStringLiteral("/v1/charges"), "limit=3", as);
    for (int i = 0; i < 3; ++i) { // same seed, same history (receipt urls differ by port)
        for (const char* key : {"id", "amount", "metadata", "customer", "payment_intent", "billing_details"})
            QCOMPARE(theirs.json[QLatin1String("data")][i][QLatin1String(key)],
                     mine.json[QLatin1String("data")][i][QLatin1String(key)]);
    }
}

QTEST_GUILESS_MAIN(SandboxCheckoutTest)
#include "test_sandbox_checkout.moc"
