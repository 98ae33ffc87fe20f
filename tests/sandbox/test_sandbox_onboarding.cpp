// Connect onboarding in the sandbox: account links, the hosted form, events, login links, profiles.
#include "sandboxclient.h"
#include "server/sandboxserver.h"
#include "testenv.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QtTest>

using dp::test::SandboxClient;

namespace {

const QByteArray kRefresh = "http://127.0.0.1:9/refresh";
const QByteArray kReturn = "http://127.0.0.1:9/return";

// A correctly filled US onboarding form; tests replace single fields.
QUrlQuery goodForm()
{
    QUrlQuery form;
    const QList<QPair<QString, QString>> fields{{"business_type", "company"},
                                                {"structure", "private_corporation"},
                                                {"legal_name", "Test Motors LLC"},
                                                {"phone", "(202) 555-0143"},
                                                {"tax_id", "12-3456789"},
                                                {"line1", "1 Main St"},
                                                {"city", "Springfield"},
                                                {"state", "IL"},
                                                {"postal_code", "62701"},
                                                {"mcc", "5511"},
                                                {"product_description", "New and used cars"},
                                                {"rep_first_name", "Jenny"},
                                                {"rep_last_name", "Rosen"},
                                                {"rep_title", "CFO"},
                                                {"rep_dob", "1980-04-05"},
                                                {"rep_email", "jenny@testmotors.example"},
                                                {"rep_phone", "+12025550188"},
                                                {"owner1_first", "Jenny"},
                                                {"owner1_last", "Rosen"},
                                                {"owner1_percent", "60"},
                                                {"bank_holder", "Test Motors LLC"},
                                                {"routing_number", "110000000"},
                                                {"account_number", "000123456789"},
                                                {"account_number_confirm", "000123456789"},
                                                {"tos", "accepted"}};
    for (const auto& [key, value] : fields)
        form.addQueryItem(key, value);
    return form;
}

QByteArray encoded(QUrlQuery form)
{
    return form.query(QUrl::FullyEncoded).toUtf8();
}

QStringList ids(const SandboxClient::Reply& list)
{
    QStringList out;
    for (const QJsonValue& item : list.json.value(QLatin1String("data")).toArray())
        out.append(item.toObject().value(QLatin1String("id")).toString());
    return out;
}

} // namespace

class SandboxOnboardingTest : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void accountLinkRequiredParams_data();
    void accountLinkRequiredParams();
    void linkIsSingleUseAndExpires();
    void formRejectsBadInput_data();
    void formRejectsBadInput();
    void formCompletesOnboarding();
    void whatTheAccountHasIsNotAskedAgain();
    void canadianForm();
    void testHelperCompletesAndLoginLink();
    void eventFilters_data();
    void eventFilters();
    void demoProfileIsDeterministic();

  private:
    QString createAccount(const QByteArray& extra = {});
    QUrl accountLink(const QString& account);
    std::unique_ptr<dp::sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void SandboxOnboardingTest::initTestCase()
{
    dp::test::prepareEnvironment();
    m_sandbox = std::make_unique<dp::sandbox::EmbeddedSandbox>(dp::sandbox::SandboxOptions{});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

QString SandboxOnboardingTest::createAccount(const QByteArray& extra)
{
    return m_client->post(QStringLiteral("/v1/accounts"), "type=express&email=admin%40testmotors.example" + extra)
        .str("id");
}

QUrl SandboxOnboardingTest::accountLink(const QString& account)
{
    const auto link = m_client->post(QStringLiteral("/v1/account_links"),
                                     "account=" + account.toUtf8() + "&type=account_onboarding&refresh_url=" +
                                         QUrl::toPercentEncoding(QString::fromLatin1(kRefresh)) +
                                         "&return_url=" + QUrl::toPercentEncoding(QString::fromLatin1(kReturn)));
    if (link.status != 200)
        qWarning() << link.body;
    return QUrl(link.str("url"));
}

void SandboxOnboardingTest::accountLinkRequiredParams_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("param");
    const QByteArray urls = "&refresh_url=https%3A%2F%2Fa.example%2Fr&return_url=https%3A%2F%2Fa.example%2Fd";
    QTest::newRow("no account") << QByteArray("type=account_onboarding" + urls) << 400 << QStringLiteral("account");
    QTest::newRow("no type") << QByteArray("account=ACCT" + urls) << 400 << QStringLiteral("type");
    QTest::newRow("bad type") << QByteArray("account=ACCT&type=bogus" + urls) << 400 << QStringLiteral("type");
    QTest::newRow("no refresh_url") << QByteArray(
                                           "account=ACCT&type=account_onboarding&return_url=https%3A%2F%2Fa.example")
                                    << 400 << QStringLiteral("refresh_url");
    QTest::newRow("no return_url") << QByteArray(
                                          "account=ACCT&type=account_onboarding&refresh_url=https%3A%2F%2Fa.example")
                                   << 400 << QStringLiteral("return_url");
    QTest::newRow("bad url")
        << QByteArray("account=ACCT&type=account_onboarding&refresh_url=nope&return_url=https%3A%2F%2Fa.example") << 400
        << QStringLiteral("refresh_url");
    QTest::newRow("unknown account") << QByteArray("account=acct_missing&type=account_onboarding" + urls) << 400
                                     << QStringLiteral("account");
    QTest::newRow("ok") << QByteArray("account=ACCT&type=account_onboarding" + urls) << 200 << QString();
}

void SandboxOnboardingTest::accountLinkRequiredParams()
{
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(QString, param);
    const QString account = createAccount();
    const auto reply = m_client->post(QStringLiteral("/v1/account_links"), form.replace("ACCT", account.toUtf8()));
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QCOMPARE(reply.error("param"), param);
        return;
    }
    QCOMPARE(reply.str("object"), QStringLiteral("account_link"));
    const qint64 created = reply.json.value(QLatin1String("created")).toInteger();
    QCOMPARE(reply.json.value(QLatin1String("expires_at")).toInteger(), created + 300);
    QVERIFY(reply.str("url").startsWith(m_sandbox->baseUrl().toString() + QStringLiteral("/connect/onboarding/")));
}

void SandboxOnboardingTest::linkIsSingleUseAndExpires()
{
    const QString account = createAccount("&business_profile[mcc]=5521&company[name]=Prefilled+Motors");
    const QUrl url = accountLink(account);
    const auto page = m_client->browse(url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("<form"));
    QVERIFY(page.body.contains("name=\"routing_number\""));
    QVERIFY(page.body.contains("Employer Identification Number"));
    QVERIFY(page.body.contains("value=\"Prefilled Motors\"")); // what the platform prefilled
    QVERIFY(page.body.contains("<option value=\"5521\" selected>"));
    const auto again = m_client->browse(url);
    QCOMPARE(again.status, 302);
    QCOMPARE(again.header("Location"), kRefresh);

    const QUrl expiring = accountLink(account);
    m_client->post(QStringLiteral("/v1/test_helpers/sandbox_clock"), "advance_by=301");
    const auto expired = m_client->browse(expiring);
    QCOMPARE(expired.status, 302);
    QCOMPARE(expired.header("Location"), kRefresh);
    QCOMPARE(
        m_client->browse(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/connect/onboarding/nope"))).status,
        404);
}

void SandboxOnboardingTest::formRejectsBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("routing checksum") << "routing_number"
                                      << "110000001"
                                      << "routing_number";
    QTest::newRow("routing length") << "routing_number"
                                    << "11000000"
                                    << "routing_number";
    QTest::newRow("ein prefix") << "tax_id"
                                << "00-3456789"
                                << "tax_id";
    QTest::newRow("ein length") << "tax_id"
                                << "12-345678"
                                << "tax_id";
    QTest::newRow("account short") << "account_number"
                                   << "123"
                                   << "account_number";
    QTest::newRow("account mismatch") << "account_number_confirm"
                                      << "000123456780"
                                      << "account_number_confirm";
    QTest::newRow("email") << "rep_email"
                           << "jenny@"
                           << "rep_email";
    QTest::newRow("phone") << "phone"
                           << "555"
                           << "phone";
    QTest::newRow("dob minor") << "rep_dob"
                               << "2015-01-01"
                               << "rep_dob";
    QTest::newRow("dob garbage") << "rep_dob"
                                 << "yesterday"
                                 << "rep_dob";
    QTest::newRow("zip") << "postal_code"
                         << "ABCDE"
                         << "postal_code";
    QTest::newRow("mcc") << "mcc"
                         << "1234"
                         << "mcc";
    QTest::newRow("no tos") << "tos"
                            << ""
                            << "tos";
    QTest::newRow("no name") << "legal_name"
                             << ""
                             << "legal_name";
    QTest::newRow("owner percent") << "owner1_percent"
                                   << "140"
                                   << "owner1_percent";
}

void SandboxOnboardingTest::formRejectsBadInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    const QString account = createAccount();
    const QUrl url = accountLink(account);
    QCOMPARE(m_client->browse(url).status, 200);
    QUrlQuery form = goodForm();
    form.removeQueryItem(field);
    form.addQueryItem(field, value);
    const auto reply = m_client->browse(url, encoded(form));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("<form"));
    QVERIFY2(reply.body.contains(QByteArray("id=\"" + errorField.toUtf8() + "-error\"")) ||
                 errorField == QLatin1String("tos"),
             reply.body.right(400).constData());
    QVERIFY(reply.body.contains("class=\"banner\""));
    // Entered values are kept, and nothing was submitted.
    QVERIFY(reply.body.contains("value=\"Jenny\""));
    const auto after = m_client->get(QStringLiteral("/v1/accounts/") + account);
    QCOMPARE(after.json.value(QLatin1String("details_submitted")).toBool(), false);
}

void SandboxOnboardingTest::formCompletesOnboarding()
{
    const QString account = createAccount();
    const qint64 before =
        m_client->get(QStringLiteral("/v1/test_helpers/sandbox_clock")).json.value(QLatin1String("now")).toInteger();
    const QUrl url = accountLink(account);
    QCOMPARE(m_client->browse(url).status, 200);
    QUrlQuery bad = goodForm();
    bad.removeQueryItem(QStringLiteral("routing_number"));
    bad.addQueryItem(QStringLiteral("routing_number"), QStringLiteral("123456789"));
    const auto rejected = m_client->browse(url, encoded(bad));
    QCOMPARE(rejected.status, 400);
    QVERIFY(rejected.body.contains("routing_number-error"));

    const auto done = m_client->browse(url, encoded(goodForm()));
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("You're all set"));
    QVERIFY(done.body.contains(QByteArray("href=\"" + kReturn + "\"")));
    QCOMPARE(m_client->browse(url).status, 302); // used up

    const auto completed = m_client->get(QStringLiteral("/v1/accounts/") + account);
    QCOMPARE(completed.json.value(QLatin1String("details_submitted")).toBool(), true);
    QCOMPARE(completed.json.value(QLatin1String("charges_enabled")).toBool(), true);
    QCOMPARE(completed.json.value(QLatin1String("payouts_enabled")).toBool(), true);
    QCOMPARE(completed.json[QLatin1String("requirements")][QLatin1String("currently_due")].toArray().size(), 0);
    QVERIFY(completed.json[QLatin1String("requirements")][QLatin1String("disabled_reason")].isNull());
    QCOMPARE(completed.json[QLatin1String("capabilities")][QLatin1String("card_payments")].toString(),
             QStringLiteral("active"));
    QCOMPARE(completed.json[QLatin1String("company")][QLatin1String("name")].toString(),
             QStringLiteral("Test Motors LLC"));
    QCOMPARE(completed.json[QLatin1String("company")][QLatin1String("tax_id_provided")].toBool(), true);
    QVERIFY(!completed.body.contains("3456789")); // the tax id itself is never shown
    const QJsonObject bank = completed.json[QLatin1String("external_accounts")][QLatin1String("data")][0].toObject();
    QCOMPARE(bank.value(QLatin1String("last4")).toString(), QStringLiteral("6789"));
    QCOMPARE(bank.value(QLatin1String("bank_name")).toString(), QStringLiteral("STRIPE TEST BANK"));
    QCOMPARE(bank.value(QLatin1String("routing_number")).toString(), QStringLiteral("110000000"));
    QVERIFY(!completed.body.contains("000123456789"));

    const SandboxClient::Headers as{{"Stripe-Account", account.toUtf8()}};
    const auto events = m_client->get(
        QStringLiteral("/v1/events"),
        "types[]=account.updated&types[]=capability.updated&created[gte]=" + QByteArray::number(before), as);
    QCOMPARE(events.status, 200);
    QStringList types;
    for (const QJsonValue& e : events.json.value(QLatin1String("data")).toArray())
        types.append(e.toObject().value(QLatin1String("type")).toString());
    QCOMPARE(types.count(QStringLiteral("account.updated")), 1);
    QCOMPARE(types.count(QStringLiteral("capability.updated")), 2);
    const auto updated = m_client->get(QStringLiteral("/v1/events"), "type=account.updated", as);
    const QJsonObject event = updated.json[QLatin1String("data")][0].toObject();
    QCOMPARE(
        event[QLatin1String("data")][QLatin1String("previous_attributes")][QLatin1String("charges_enabled")].toBool(
            true),
        false);
    QCOMPARE(event.value(QLatin1String("account")).toString(), account);
    const auto single =
        m_client->get(QStringLiteral("/v1/events/") + event.value(QLatin1String("id")).toString(), {}, as);
    QCOMPARE(single.json, event);
    QCOMPARE(m_client->get(QStringLiteral("/v1/events/") + event.value(QLatin1String("id")).toString()).status, 404);
}

// The platform sent the EIN and the bank account when it created the account: the hosted page asks for neither
// (the requirements follow what the account has), completes without them and keeps what was sent.
void SandboxOnboardingTest::whatTheAccountHasIsNotAskedAgain()
{
    const QString account = createAccount(
        "&business_profile[name]=Downtown+Motors&company[name]=Test+Motors+LLC&company[tax_id]=123456789"
        "&external_account[object]=bank_account&external_account[country]=US&external_account[currency]=usd"
        "&external_account[routing_number]=110000000&external_account[account_number]=000111222333");
    const auto created = m_client->get(QStringLiteral("/v1/accounts/") + account);
    const QJsonArray due = created.json[QLatin1String("requirements")][QLatin1String("currently_due")].toArray();
    QVERIFY(!due.isEmpty());
    QVERIFY(!due.contains(QStringLiteral("company.tax_id")));
    QVERIFY(!due.contains(QStringLiteral("external_account")));

    const QUrl url = accountLink(account);
    const auto page = m_client->browse(url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Set up payments for Downtown Motors"));
    QVERIFY(!page.body.contains("name=\"tax_id\""));
    QVERIFY(page.body.contains("id=\"tax_id_provided\""));
    QVERIFY(!page.body.contains("name=\"account_number\""));
    QVERIFY(!page.body.contains("name=\"routing_number\""));
    QVERIFY(page.body.contains("id=\"bank_provided\""));

    QUrlQuery form = goodForm();
    for (const char* key : {"tax_id", "routing_number", "account_number", "account_number_confirm"})
        form.removeQueryItem(QString::fromLatin1(key));
    const auto done = m_client->browse(url, encoded(form));
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("You're all set"));
    const auto completed = m_client->get(QStringLiteral("/v1/accounts/") + account);
    QCOMPARE(completed.json.value(QLatin1String("details_submitted")).toBool(), true);
    QCOMPARE(completed.json[QLatin1String("requirements")][QLatin1String("currently_due")].toArray().size(), 0);
    QCOMPARE(completed.json[QLatin1String("company")][QLatin1String("tax_id_provided")].toBool(), true);
    const QJsonArray banks = completed.json[QLatin1String("external_accounts")][QLatin1String("data")].toArray();
    QCOMPARE(banks.size(), 1);
    QCOMPARE(banks.first().toObject().value(QLatin1String("last4")).toString(), QStringLiteral("2333"));
}

void SandboxOnboardingTest::canadianForm()
{
    const QString account = createAccount("&country=CA");
    const QUrl url = accountLink(account);
    const auto page = m_client->browse(url);
    QVERIFY(page.body.contains("name=\"transit_number\""));
    QVERIFY(page.body.contains("Business Number (BN)"));
    QUrlQuery form = goodForm();
    for (const char* key : {"routing_number", "tax_id", "state", "postal_code", "transit_number", "institution_number"})
        form.removeAllQueryItems(QLatin1String(key));
    form.addQueryItem(QStringLiteral("tax_id"), QStringLiteral("1234567890")); // NEQ
    form.addQueryItem(QStringLiteral("state"), QStringLiteral("QC"));
    form.addQueryItem(QStringLiteral("postal_code"), QStringLiteral("H2X 1Y4"));
    form.addQueryItem(QStringLiteral("transit_number"), QStringLiteral("1100"));
    form.addQueryItem(QStringLiteral("institution_number"), QStringLiteral("000"));
    const auto bad = m_client->browse(url, encoded(form));
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("transit_number-error"));
    form.removeAllQueryItems(QStringLiteral("transit_number"));
    form.addQueryItem(QStringLiteral("transit_number"), QStringLiteral("11000"));
    const auto done = m_client->browse(url, encoded(form));
    QCOMPARE(done.status, 200);
    const auto account2 = m_client->get(QStringLiteral("/v1/accounts/") + account);
    const QJsonObject bank = account2.json[QLatin1String("external_accounts")][QLatin1String("data")][0].toObject();
    QCOMPARE(bank.value(QLatin1String("routing_number")).toString(), QStringLiteral("11000-000"));
    QCOMPARE(bank.value(QLatin1String("currency")).toString(), QStringLiteral("cad"));
}

void SandboxOnboardingTest::testHelperCompletesAndLoginLink()
{
    const QString account = createAccount("&business_profile[name]=Helper+Motors");
    const auto early = m_client->post(QStringLiteral("/v1/accounts/") + account + QStringLiteral("/login_links"), {});
    QCOMPARE(early.status, 400);
    const auto done = m_client->post(
        QStringLiteral("/v1/test_helpers/accounts/") + account + QStringLiteral("/complete_onboarding"), {});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json.value(QLatin1String("charges_enabled")).toBool(), true);
    QCOMPARE(done.json[QLatin1String("external_accounts")][QLatin1String("data")][0][QLatin1String("last4")].toString(),
             QStringLiteral("6789"));

    const auto link = m_client->post(QStringLiteral("/v1/accounts/") + account + QStringLiteral("/login_links"), {});
    QCOMPARE(link.status, 200);
    QCOMPARE(link.str("object"), QStringLiteral("login_link"));
    const auto dashboard = m_client->browse(QUrl(link.str("url")));
    QCOMPARE(dashboard.status, 200);
    QVERIFY(dashboard.body.contains("Helper Motors"));
    QVERIFY(dashboard.body.contains("Daily"));
    QCOMPARE(m_client->browse(QUrl(link.str("url"))).status, 410); // single use

    const QString standard = m_client->post(QStringLiteral("/v1/accounts"), "type=standard").str("id");
    QCOMPARE(m_client->post(QStringLiteral("/v1/accounts/") + standard + QStringLiteral("/login_links"), {}).status,
             400);

    const QString pending = createAccount();
    const auto restricted =
        m_client->post(QStringLiteral("/v1/test_helpers/accounts/") + pending + QStringLiteral("/complete_onboarding"),
                       "outcome=pending_verification");
    QCOMPARE(restricted.json.value(QLatin1String("charges_enabled")).toBool(), false);
    QCOMPARE(restricted.json[QLatin1String("requirements")][QLatin1String("disabled_reason")].toString(),
             QStringLiteral("requirements.pending_verification"));
}

void SandboxOnboardingTest::eventFilters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::newRow("all") << QByteArray() << 200 << 4;
    QTest::newRow("wildcard") << QByteArray("type=account.*") << 200 << 2;
    QTest::newRow("star") << QByteArray("type=*") << 200 << 4;
    QTest::newRow("capability") << QByteArray("type=capability.updated") << 200 << 2;
    QTest::newRow("types") << QByteArray("types[]=account.updated&types[]=capability.updated") << 200 << 3;
    QTest::newRow("indexed types") << QByteArray("types[0]=account.updated") << 200 << 1;
    QTest::newRow("future") << QByteArray("created[gt]=99999999999") << 200 << 0;
    QTest::newRow("type and types") << QByteArray("type=a&types[]=b") << 400 << 0;
    QByteArray many;
    for (int i = 0; i < 21; ++i)
        many += "&types[]=t" + QByteArray::number(i);
    QTest::newRow("21 types") << many.mid(1) << 400 << 0;
}

void SandboxOnboardingTest::eventFilters()
{
    QFETCH(QByteArray, query);
    QFETCH(int, status);
    QFETCH(int, count);
    static QString account;
    if (account.isEmpty()) {
        account = createAccount();
        m_client->post(QStringLiteral("/v1/test_helpers/accounts/") + account + QStringLiteral("/complete_onboarding"),
                       {});
    }
    const auto reply = m_client->get(QStringLiteral("/v1/events"), query, {{"Stripe-Account", account.toUtf8()}});
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(reply.json.value(QLatin1String("data")).toArray().size(), count);
}

void SandboxOnboardingTest::demoProfileIsDeterministic()
{
    dp::sandbox::SandboxOptions options;
    options.profile = QStringLiteral("demo");
    options.seed = 7;
    QStringList firstIds;
    for (int run = 0; run < 2; ++run) {
        dp::sandbox::EmbeddedSandbox sandbox(options);
        QVERIFY(sandbox.start());
        SandboxClient client(sandbox.baseUrl());
        const auto list = client.get(QStringLiteral("/v1/accounts"));
        QCOMPARE(list.json.value(QLatin1String("data")).toArray().size(), 3);
        QStringList names;
        for (const QJsonValue& a : list.json.value(QLatin1String("data")).toArray())
            names.append(a[QLatin1String("business_profile")][QLatin1String("name")].toString());
        QCOMPARE(names, (QStringList{"Lakeside Kia", "Northside Auto Group", "Main Street Motors"}));
        const QJsonArray data = list.json.value(QLatin1String("data")).toArray();
        QCOMPARE(data.at(0)[QLatin1String("charges_enabled")].toBool(), false);
        QCOMPARE(data.at(1)[QLatin1String("charges_enabled")].toBool(), true);
        QCOMPARE(data.at(2)[QLatin1String("payouts_enabled")].toBool(), true);
        if (run == 0)
            firstIds = ids(list);
        else
            QCOMPARE(ids(list), firstIds);
    }
    options.seed = 8;
    dp::sandbox::EmbeddedSandbox other(options);
    QVERIFY(other.start());
    QVERIFY(ids(SandboxClient(other.baseUrl()).get(QStringLiteral("/v1/accounts"))) != firstIds);

    options.profile = QStringLiteral("nonsense");
    dp::sandbox::EmbeddedSandbox bad(options);
    QString error;
    QVERIFY(!bad.start(&error));
    QVERIFY(error.contains(QStringLiteral("nonsense")));
}

QTEST_GUILESS_MAIN(SandboxOnboardingTest)
#include "test_sandbox_onboarding.moc"
