// The sandbox's API conventions over real HTTP: auth, accounts, validation, pagination, idempotency, faults.
#include "server/fixtures.h"
#include "sandboxclient.h"
#include "server/sandboxserver.h"
#include "testenv.h"

#include <QJsonArray>
#include <QSet>
#include <QTcpSocket>
#include <QtTest>

using dp::test::SandboxClient;

class SandboxApiTest : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanup();
    void authentication_data();
    void authentication();
    void unknownUrlAndAccountHeader();
    void keepAliveReusesConnection();
    void createRetrieveUpdateDelete();
    void accountKeysCoverFixture();
    void accountValidation_data();
    void accountValidation();
    void pagination();
    void paginationErrors_data();
    void paginationErrors();
    void idempotentReplay();
    void idempotencyMismatchAndValidationNotStored();
    void faultsStatusThenSuccess();
    void faultsRetryHeaders();
    void faultsResetAndTruncate();

  private:
    void restartSandbox();
    QString createAccount(const QByteArray& extra = {}, const SandboxClient::Headers& headers = {});
    std::unique_ptr<dp::sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void SandboxApiTest::initTestCase()
{
    dp::test::prepareEnvironment();
    restartSandbox();
}

void SandboxApiTest::restartSandbox()
{
    m_client.reset();
    m_sandbox = std::make_unique<dp::sandbox::EmbeddedSandbox>(dp::sandbox::SandboxOptions{});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void SandboxApiTest::cleanup()
{
    m_client->setKey(QStringLiteral("sk_test_dealerpay"));
    m_client->del(QStringLiteral("/v1/test_helpers/faults"));
}

QString SandboxApiTest::createAccount(const QByteArray& extra, const SandboxClient::Headers& headers)
{
    const auto reply = m_client->post(QStringLiteral("/v1/accounts"), "type=express&country=US" + extra, headers);
    if (reply.status != 200)
        qWarning() << reply.body;
    return reply.str("id");
}

void SandboxApiTest::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QByteArray() << 401;
    QTest::newRow("bearer test key") << QByteArray("Bearer sk_test_abc123") << 200;
    QTest::newRow("basic test key") << QByteArray("Basic " + QByteArray("sk_test_abc123:").toBase64()) << 200;
    QTest::newRow("live key") << QByteArray("Bearer sk_live_51Habcdefghijklmnop") << 401;
    QTest::newRow("publishable key") << QByteArray("Bearer pk_test_abcdefghijkl") << 401;
    QTest::newRow("bare prefix") << QByteArray("Bearer sk_test_") << 401;
    QTest::newRow("other scheme") << QByteArray("Token sk_test_abc123") << 401;
}

void SandboxApiTest::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    SandboxClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const auto reply = m_client->send("GET", QStringLiteral("/v1/accounts"), {}, headers, false);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("Request-Id").startsWith("req_"));
    QVERIFY(!reply.header("Stripe-Version").isEmpty());
    if (status == 401) {
        QCOMPARE(reply.error("type"), QStringLiteral("invalid_request_error"));
        QVERIFY(!reply.body.contains("51Habcdefghijklmnop")); // never the full key
    }
}

void SandboxApiTest::unknownUrlAndAccountHeader()
{
    const auto unknown = m_client->get(QStringLiteral("/v1/no_such_thing"));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.error("message").contains(QStringLiteral("Unrecognized request URL")));

    const auto badAccount = m_client->get(QStringLiteral("/v1/events"), {}, {{"Stripe-Account", "acct_doesnotexist"}});
    QCOMPARE(badAccount.status, 403);
    QCOMPARE(badAccount.error("code"), QStringLiteral("account_invalid"));

    const auto missing = m_client->get(QStringLiteral("/v1/accounts/acct_nope"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.error("code"), QStringLiteral("resource_missing"));
    QCOMPARE(missing.error("param"), QStringLiteral("id"));

    const auto version = m_client->get(QStringLiteral("/v1/accounts"), {}, {{"Stripe-Version", "2024-09-30.acacia"}});
    QCOMPARE(version.header("Stripe-Version"), QByteArray("2024-09-30.acacia"));
}

void SandboxApiTest::keepAliveReusesConnection()
{
    QTcpSocket socket;
    socket.connectToHost(m_sandbox->baseUrl().host(), quint16(m_sandbox->baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray request = "GET /v1/accounts?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Authorization: Bearer sk_test_keepalive\r\n\r\n";
    for (int i = 0; i < 3; ++i) {
        socket.write(request);
        QByteArray received;
        while (!received.contains("\"url\":\"/v1/accounts\"}") && socket.waitForReadyRead(5000))
            received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 200"), received.constData());
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
}

void SandboxApiTest::createRetrieveUpdateDelete()
{
    const auto created =
        m_client->post(QStringLiteral("/v1/accounts"),
                       "controller[stripe_dashboard][type]=express&controller[fees][payer]=application"
                       "&controller[losses][payments]=application&email=owner%40dealer.example"
                       "&business_type=company&business_profile[mcc]=5511"
                       "&business_profile[name]=Test+Motors&company[name]=Test+Motors+LLC"
                       "&capabilities[card_payments][requested]=true&capabilities[transfers][requested]=true"
                       "&metadata[dealer_id]=42");
    QCOMPARE(created.status, 200);
    const QString id = created.str("id");
    QVERIFY(id.startsWith(QStringLiteral("acct_")));
    QCOMPARE(id.size(), 21);
    QCOMPARE(created.str("type"), QStringLiteral("express"));
    QCOMPARE(created.str("country"), QStringLiteral("US"));
    QCOMPARE(created.json.value(QLatin1String("charges_enabled")).toBool(), false);
    QCOMPARE(created.json.value(QLatin1String("details_submitted")).toBool(), false);
    QCOMPARE(created.json.value(QLatin1String("capabilities")).toObject().value(QLatin1String("transfers")).toString(),
             QStringLiteral("inactive"));
    const QJsonObject requirements = created.json.value(QLatin1String("requirements")).toObject();
    const QVariantList due = requirements.value(QLatin1String("currently_due")).toArray().toVariantList();
    QVERIFY(due.contains(QStringLiteral("external_account")));
    QVERIFY(due.contains(QStringLiteral("tos_acceptance.date")));
    QVERIFY(due.contains(QStringLiteral("representative.first_name")));
    QVERIFY(!due.contains(QStringLiteral("business_profile.mcc"))); // prefilled
    QVERIFY(!due.contains(QStringLiteral("company.name")));
    QCOMPARE(requirements.value(QLatin1String("disabled_reason")).toString(), QStringLiteral("requirements.past_due"));

    const auto retrieved = m_client->get(QStringLiteral("/v1/accounts/") + id);
    QCOMPARE(retrieved.status, 200);
    QCOMPARE(retrieved.json, created.json);

    const auto updated =
        m_client->post(QStringLiteral("/v1/accounts/") + id,
                       "email=billing%40dealer.example&metadata[dealer_id]=&metadata[rooftop]=north"
                       "&settings[payouts][schedule][interval]=weekly&settings[payouts][schedule][weekly_anchor]=friday"
                       "&settings[payments][statement_descriptor]=TEST+MOTORS");
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.str("email"), QStringLiteral("billing@dealer.example"));
    QCOMPARE(updated.json.value(QLatin1String("metadata")).toObject(),
             (QJsonObject{{QStringLiteral("rooftop"), QStringLiteral("north")}}));
    const QJsonObject schedule =
        updated.json[QLatin1String("settings")][QLatin1String("payouts")][QLatin1String("schedule")].toObject();
    QCOMPARE(schedule.value(QLatin1String("interval")).toString(), QStringLiteral("weekly"));
    QCOMPARE(schedule.value(QLatin1String("weekly_anchor")).toString(), QStringLiteral("friday"));

    const auto events =
        m_client->get(QStringLiteral("/v1/events"), "type=account.updated", {{"Stripe-Account", id.toUtf8()}});
    QCOMPARE(events.status, 200);
    const QJsonArray data = events.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    const QJsonObject event = data.first().toObject();
    QCOMPARE(event.value(QLatin1String("account")).toString(), id);
    QCOMPARE(event[QLatin1String("data")][QLatin1String("previous_attributes")][QLatin1String("email")].toString(),
             QStringLiteral("owner@dealer.example"));
    QCOMPARE(event[QLatin1String("data")][QLatin1String("object")][QLatin1String("email")].toString(),
             QStringLiteral("billing@dealer.example"));
    // Platform events never include connected-account events.
    const auto platform = m_client->get(QStringLiteral("/v1/events"), "type=account.updated");
    QCOMPARE(platform.json.value(QLatin1String("data")).toArray().size(), 0);

    const auto deleted = m_client->del(QStringLiteral("/v1/accounts/") + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.value(QLatin1String("deleted")).toBool(), true);
    QCOMPARE(m_client->get(QStringLiteral("/v1/accounts/") + id).status, 404);
}

void SandboxApiTest::accountKeysCoverFixture()
{
    const QString id = createAccount();
    const auto account = m_client->get(QStringLiteral("/v1/accounts/") + id);
    const QJsonObject fixture = dp::sandbox::fixture(QStringLiteral("account"));
    QVERIFY(!fixture.isEmpty());
    for (const QString& key : fixture.keys())
        QVERIFY2(account.json.contains(key), qPrintable(key));
    const auto link = m_client->post(QStringLiteral("/v1/account_links"),
                                     "account=" + id.toUtf8() +
                                         "&type=account_onboarding&refresh_url=http%3A%2F%2Flocalhost%2Fr"
                                         "&return_url=http%3A%2F%2Flocalhost%2Fdone");
    for (const QString& key : dp::sandbox::fixture(QStringLiteral("account_link")).keys())
        QVERIFY2(link.json.contains(key), qPrintable(key));
}

void SandboxApiTest::accountValidation_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("param");
    const QByteArray s = "settings[payouts][schedule]";
    QTest::newRow("weekly without anchor")
        << QByteArray(s + "[interval]=weekly") << 400 << QString::fromLatin1(s + "[weekly_anchor]");
    QTest::newRow("weekly bad anchor") << QByteArray(s + "[interval]=weekly&" + s + "[weekly_anchor]=someday") << 400
                                       << QString::fromLatin1(s + "[weekly_anchor]");
    QTest::newRow("weekly ok") << QByteArray(s + "[interval]=weekly&" + s + "[weekly_anchor]=monday") << 200
                               << QString();
    QTest::newRow("monthly without anchor")
        << QByteArray(s + "[interval]=monthly") << 400 << QString::fromLatin1(s + "[monthly_anchor]");
    QTest::newRow("monthly anchor 32") << QByteArray(s + "[interval]=monthly&" + s + "[monthly_anchor]=32") << 400
                                       << QString::fromLatin1(s + "[monthly_anchor]");
    QTest::newRow("monthly anchor 31") << QByteArray(s + "[interval]=monthly&" + s + "[monthly_anchor]=31") << 200
                                       << QString();
    QTest::newRow("bad interval") << QByteArray(s + "[interval]=hourly") << 400
                                  << QString::fromLatin1(s + "[interval]");
    QTest::newRow("delay minimum") << QByteArray(s + "[delay_days]=minimum") << 200 << QString();
    QTest::newRow("delay 7") << QByteArray(s + "[delay_days]=7") << 200 << QString();
    QTest::newRow("delay 1") << QByteArray(s + "[delay_days]=1") << 400 << QString::fromLatin1(s + "[delay_days]");
    QTest::newRow("delay text") << QByteArray(s + "[delay_days]=soon") << 400
                                << QString::fromLatin1(s + "[delay_days]");
    const QByteArray d = "settings[payments][statement_descriptor]=";
    QTest::newRow("descriptor ok") << QByteArray(d + "MAIN+STREET+MOTORS") << 200 << QString();
    QTest::newRow("descriptor 5 chars") << QByteArray(d + "AUTOS") << 200 << QString();
    QTest::newRow("descriptor too short")
        << QByteArray(d + "AUTO") << 400 << QStringLiteral("settings[payments][statement_descriptor]");
    QTest::newRow("descriptor 23 chars") << QByteArray(d + "ABCDEFGHIJKLMNOPQRSTUVW") << 400
                                         << QStringLiteral("settings[payments][statement_descriptor]");
    QTest::newRow("descriptor star") << QByteArray(d + "MAIN*MOTORS") << 400
                                     << QStringLiteral("settings[payments][statement_descriptor]");
    QTest::newRow("descriptor quote") << QByteArray(d + "JOE%27S+AUTOS") << 400
                                      << QStringLiteral("settings[payments][statement_descriptor]");
    QTest::newRow("descriptor no letter")
        << QByteArray(d + "12345678") << 400 << QStringLiteral("settings[payments][statement_descriptor]");
    QTest::newRow("descriptor angle") << QByteArray(d + "AUTO%3CS%3E") << 400
                                      << QStringLiteral("settings[payments][statement_descriptor]");
    QTest::newRow("unknown param") << QByteArray("colour=red") << 400 << QStringLiteral("colour");
    QTest::newRow("bad email") << QByteArray("email=not-an-email") << 400 << QStringLiteral("email");
    QTest::newRow("bad business type") << QByteArray("business_type=llama") << 400 << QStringLiteral("business_type");
    QTest::newRow("bad routing")
        << QByteArray("external_account[object]=bank_account&external_account[routing_number]=110000001"
                      "&external_account[account_number]=000123456789")
        << 400 << QStringLiteral("external_account[routing_number]");
    QTest::newRow("bank ok") << QByteArray(
                                    "external_account[object]=bank_account&external_account[routing_number]=110000000"
                                    "&external_account[account_number]=000123456789")
                             << 200 << QString();
}

void SandboxApiTest::accountValidation()
{
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(QString, param);
    const QString id = createAccount();
    const auto reply = m_client->post(QStringLiteral("/v1/accounts/") + id, form);
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QCOMPARE(reply.error("type"), QStringLiteral("invalid_request_error"));
        QCOMPARE(reply.error("param"), param);
        QVERIFY(!reply.error("message").isEmpty());
    }
}

void SandboxApiTest::pagination()
{
    restartSandbox(); // a fresh, empty sandbox
    QStringList ids;
    for (int i = 0; i < 25; ++i)
        ids.prepend(createAccount("&metadata[n]=" + QByteArray::number(i))); // newest first
    QStringList seen;
    QList<QStringList> pages;
    QString after;
    bool more = true;
    while (more) {
        const auto page =
            m_client->get(QStringLiteral("/v1/accounts"),
                          "limit=10" + (after.isEmpty() ? QByteArray() : "&starting_after=" + after.toUtf8()));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.str("object"), QStringLiteral("list"));
        QCOMPARE(page.str("url"), QStringLiteral("/v1/accounts"));
        QStringList pageIds;
        for (const QJsonValue& item : page.json.value(QLatin1String("data")).toArray())
            pageIds.append(item.toObject().value(QLatin1String("id")).toString());
        pages.append(pageIds);
        seen += pageIds;
        more = page.json.value(QLatin1String("has_more")).toBool();
        after = pageIds.last();
        QVERIFY(pages.size() <= 3);
    }
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(0).size(), 10);
    QCOMPARE(pages.at(2).size(), 5);
    QCOMPARE(seen, ids); // every account once, newest first
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 25);

    const auto previous =
        m_client->get(QStringLiteral("/v1/accounts"), "limit=10&ending_before=" + pages.at(2).first().toUtf8());
    QStringList previousIds;
    for (const QJsonValue& item : previous.json.value(QLatin1String("data")).toArray())
        previousIds.append(item.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(previousIds, pages.at(1));
    QCOMPARE(previous.json.value(QLatin1String("has_more")).toBool(), true);
    const auto first =
        m_client->get(QStringLiteral("/v1/accounts"), "limit=10&ending_before=" + pages.at(1).first().toUtf8());
    QCOMPARE(first.json.value(QLatin1String("has_more")).toBool(), false);
    QCOMPARE(first.json.value(QLatin1String("data")).toArray().size(), 10);

    const auto defaultLimit = m_client->get(QStringLiteral("/v1/accounts"));
    QCOMPARE(defaultLimit.json.value(QLatin1String("data")).toArray().size(), 10);
    const auto all = m_client->get(QStringLiteral("/v1/accounts"), "limit=100");
    QCOMPARE(all.json.value(QLatin1String("data")).toArray().size(), 25);
    QCOMPARE(all.json.value(QLatin1String("has_more")).toBool(), false);
}

void SandboxApiTest::paginationErrors_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("param");
    QTest::newRow("limit 0") << QByteArray("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit 101") << QByteArray("limit=101") << QStringLiteral("limit");
    QTest::newRow("limit text") << QByteArray("limit=ten") << QStringLiteral("limit");
    QTest::newRow("unknown cursor") << QByteArray("starting_after=acct_unknown") << QStringLiteral("starting_after");
    QTest::newRow("unknown before") << QByteArray("ending_before=acct_unknown") << QStringLiteral("ending_before");
    QTest::newRow("both cursors") << QByteArray("starting_after=a&ending_before=b") << QStringLiteral("ending_before");
    QTest::newRow("bad created op") << QByteArray("created[after]=5") << QStringLiteral("created[after]");
    QTest::newRow("bad created value") << QByteArray("created[gt]=yesterday") << QStringLiteral("created[gt]");
}

void SandboxApiTest::paginationErrors()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, param);
    const auto reply = m_client->get(QStringLiteral("/v1/accounts"), query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error("param"), param);
}

void SandboxApiTest::idempotentReplay()
{
    const QByteArray form = "type=express&email=idem%40dealer.example";
    const auto first = m_client->post(QStringLiteral("/v1/accounts"), form, {{"Idempotency-Key", "replay-1"}});
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    const auto second = m_client->post(QStringLiteral("/v1/accounts"), form, {{"Idempotency-Key", "replay-1"}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(second.header("Request-Id") != first.header("Request-Id"));
    // Same parameters in another order are the same request.
    const auto reordered = m_client->post(QStringLiteral("/v1/accounts"), "email=idem%40dealer.example&type=express",
                                          {{"Idempotency-Key", "replay-1"}});
    QCOMPARE(reordered.str("id"), first.str("id"));
    const auto log =
        m_client->get(QStringLiteral("/v1/test_helpers/requests"), "path=/v1/accounts&idempotency_key=replay-1");
    QCOMPARE(log.json.value(QLatin1String("count")).toInt(), 3);
    // A key is scoped to the account it was used for.
    const auto list = m_client->get(QStringLiteral("/v1/accounts"), "limit=100");
    int matches = 0;
    for (const QJsonValue& item : list.json.value(QLatin1String("data")).toArray())
        matches += item.toObject().value(QLatin1String("email")).toString() == QLatin1String("idem@dealer.example");
    QCOMPARE(matches, 1);
}

void SandboxApiTest::idempotencyMismatchAndValidationNotStored()
{
    const QString id = createAccount();
    const auto ok = m_client->post(QStringLiteral("/v1/accounts/") + id, "email=a%40b.example",
                                   {{"Idempotency-Key", "mismatch-1"}});
    QCOMPARE(ok.status, 200);
    const auto other = m_client->post(QStringLiteral("/v1/accounts/") + id, "email=c%40d.example",
                                      {{"Idempotency-Key", "mismatch-1"}});
    QCOMPARE(other.status, 400);
    QCOMPARE(other.error("type"), QStringLiteral("idempotency_error"));
    const auto otherPath =
        m_client->post(QStringLiteral("/v1/accounts"), "email=a%40b.example", {{"Idempotency-Key", "mismatch-1"}});
    QCOMPARE(otherPath.error("type"), QStringLiteral("idempotency_error"));

    // A validation failure is not kept: the corrected request under the same key executes.
    const auto invalid =
        m_client->post(QStringLiteral("/v1/accounts/") + id, "settings[payments][statement_descriptor]=X*",
                       {{"Idempotency-Key", "validation-1"}});
    QCOMPARE(invalid.status, 400);
    const auto retried =
        m_client->post(QStringLiteral("/v1/accounts/") + id, "settings[payments][statement_descriptor]=GOOD+NAME",
                       {{"Idempotency-Key", "validation-1"}});
    QCOMPARE(retried.status, 200);
    QVERIFY(retried.header("Idempotent-Replayed").isEmpty());
}

void SandboxApiTest::faultsStatusThenSuccess()
{
    const auto fault =
        m_client->post(QStringLiteral("/v1/test_helpers/faults"), "path=/v1/accounts&method=POST&status=500&count=2");
    QCOMPARE(fault.status, 200);
    const QByteArray form = "type=express&email=fault%40dealer.example";
    const SandboxClient::Headers key{{"Idempotency-Key", "fault-key-1"}};
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto failed = m_client->post(QStringLiteral("/v1/accounts"), form, key);
        QCOMPARE(failed.status, 500);
        QCOMPARE(failed.error("type"), QStringLiteral("api_error"));
    }
    const auto succeeded = m_client->post(QStringLiteral("/v1/accounts"), form, key);
    QCOMPARE(succeeded.status, 200);
    QVERIFY(succeeded.str("id").startsWith(QStringLiteral("acct_")));
    const auto log = m_client->get(QStringLiteral("/v1/test_helpers/requests"), "idempotency_key=fault-key-1");
    const QJsonArray entries = log.json.value(QLatin1String("data")).toArray();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("status")).toInt(), 500);
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("fault")).toString(), QStringLiteral("status"));
    QCOMPARE(entries.at(2).toObject().value(QLatin1String("status")).toInt(), 200);
    // GETs were not affected by the POST-only fault.
    QCOMPARE(m_client->get(QStringLiteral("/v1/accounts")).status, 200);
}

void SandboxApiTest::faultsRetryHeaders()
{
    m_client->post(QStringLiteral("/v1/test_helpers/faults"),
                   "path=/v1/accounts&status=429&retry_after=3&should_retry=true");
    const auto limited = m_client->get(QStringLiteral("/v1/accounts"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.error("code"), QStringLiteral("rate_limit"));
    QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
    QCOMPARE(limited.header("Stripe-Should-Retry"), QByteArray("true"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/accounts")).status, 200);
    const auto badFault = m_client->post(QStringLiteral("/v1/test_helpers/faults"), "path=/v1/accounts&mode=explode");
    QCOMPARE(badFault.error("param"), QStringLiteral("mode"));
}

void SandboxApiTest::faultsResetAndTruncate()
{
    // Reset: the connection closes without a byte of reply (QNetworkAccessManager would silently resend a GET on
    // a reused connection, so a raw socket shows what the server does).
    m_client->post(QStringLiteral("/v1/test_helpers/faults"), "path=/v1/accounts&method=GET&mode=reset");
    QTcpSocket socket;
    socket.connectToHost(m_sandbox->baseUrl().host(), quint16(m_sandbox->baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v1/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sk_test_reset\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(socket.readAll().isEmpty());
    const auto log = m_client->get(QStringLiteral("/v1/test_helpers/requests"), "path=/v1/accounts&method=GET");
    const QJsonArray entries = log.json.value(QLatin1String("data")).toArray();
    QCOMPARE(entries.last().toObject().value(QLatin1String("fault")).toString(), QStringLiteral("reset"));
    QCOMPARE(entries.last().toObject().value(QLatin1String("status")).toInt(), 0);
    QCOMPARE(m_client->get(QStringLiteral("/v1/accounts")).status, 200);

    // Truncated: the account is created, the reply is cut; the retry with the same key replays the same account.
    m_client->post(QStringLiteral("/v1/test_helpers/faults"), "path=/v1/accounts&method=POST&mode=truncate");
    const QByteArray form = "type=express&email=truncate%40dealer.example";
    const SandboxClient::Headers key{{"Idempotency-Key", "truncate-1"}};
    const auto cut = m_client->post(QStringLiteral("/v1/accounts"), form, key);
    QVERIFY(cut.json.isEmpty());
    const auto retry = m_client->post(QStringLiteral("/v1/accounts"), form, key);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));

    m_client->post(QStringLiteral("/v1/test_helpers/faults"), "path=/v1/accounts/&method=GET&mode=slow&delay_ms=300");
    QElapsedTimer timer;
    timer.start();
    const auto slow = m_client->get(QStringLiteral("/v1/accounts/") + retry.str("id"));
    QCOMPARE(slow.status, 200);
    QVERIFY(timer.elapsed() >= 250);
}

QTEST_GUILESS_MAIN(SandboxApiTest)
#include "test_sandbox_api.moc"
