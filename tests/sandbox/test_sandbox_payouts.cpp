// Payouts in the sandbox over HTTP: each account's schedule run by a test clock, business-day arrival dates,
// pending -> in_transit -> paid or failed, a payout's contents (charges, refunds, fees, adjustments) summing to its
// amount, balance.available, and the Reporting API's runs and CSV files.
#include "payments/ledger.h"
#include "sandboxclient.h"
#include "server/fixtures.h"
#include "server/sandboxserver.h"
#include "testenv.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QtTest>

using dp::test::SandboxClient;

namespace {

constexpr qint64 kDay = 86400;

QDate utcDate(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date();
}

bool weekend(const QDate& d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

} // namespace

class SandboxPayoutsTest : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void scheduleFollowedWithTestClock_data();
    void scheduleFollowedWithTestClock();
    void payoutContentsSumToItsAmount();
    void failingBankAccountFailsThePayout();
    void testClockValidation();
    void reportRunDownloadsCsv_data();
    void reportRunDownloadsCsv();
    void reportRunValidation();
    void objectsCoverFixtureKeys();

  private:
    QString newAccount(const QByteArray& schedule = {});
    void charge(const QString& account, qint64 amount);
    QJsonArray payoutsOf(const QString& account);
    QJsonArray contentsOf(const QString& account, const QString& payout);
    // A test clock at the sandbox's now, advanced by `days`.
    void advanceDays(int days);
    qint64 now() { return m_client->get(QStringLiteral("/v1/test_helpers/sandbox_clock")).json[QLatin1String("now")].toInteger(); }
    SandboxClient::Headers as(const QString& account) const { return {{"Stripe-Account", account.toUtf8()}}; }
    std::unique_ptr<dp::sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void SandboxPayoutsTest::initTestCase()
{
    dp::test::prepareEnvironment();
    m_sandbox = std::make_unique<dp::sandbox::EmbeddedSandbox>(dp::sandbox::SandboxOptions{});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

QString SandboxPayoutsTest::newAccount(const QByteArray& schedule)
{
    const QString id =
        m_client->post(QStringLiteral("/v1/accounts"), "type=express&business_profile[name]=Payout+Motors").str("id");
    m_client->post(QStringLiteral("/v1/test_helpers/accounts/") + id + QStringLiteral("/complete_onboarding"), {});
    if (!schedule.isEmpty()) {
        const auto updated = m_client->post(QStringLiteral("/v1/accounts/") + id, schedule);
        if (updated.status != 200)
            qWarning("schedule: %s", updated.body.constData());
    }
    return id;
}

void SandboxPayoutsTest::charge(const QString& account, qint64 amount)
{
    const auto c = m_client->post(QStringLiteral("/v1/charges"),
                                  "amount=" + QByteArray::number(amount) + "&currency=usd&source=tok_visa", as(account));
    QCOMPARE(c.status, 200);
}

QJsonArray SandboxPayoutsTest::payoutsOf(const QString& account)
{
    return m_client->get(QStringLiteral("/v1/payouts"), "limit=100", as(account)).json[QLatin1String("data")].toArray();
}

// Every balance transaction of a payout, paging two at a time through the payout's index.
QJsonArray SandboxPayoutsTest::contentsOf(const QString& account, const QString& payout)
{
    QJsonArray all;
    QByteArray query = "limit=2&payout=" + payout.toUtf8();
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = m_client->get(QStringLiteral("/v1/balance_transactions"), query, as(account));
        if (page.status != 200)
            return {};
        const QJsonArray data = page.json[QLatin1String("data")].toArray();
        for (const QJsonValue& v : data)
            all.append(v);
        if (!page.json[QLatin1String("has_more")].toBool() || data.isEmpty())
            break;
        query = "limit=2&payout=" + payout.toUtf8() + "&starting_after=" +
                data.last()[QLatin1String("id")].toString().toUtf8();
    }
    return all;
}

void SandboxPayoutsTest::advanceDays(int days)
{
    const qint64 at = now();
    const auto clock =
        m_client->post(QStringLiteral("/v1/test_helpers/test_clocks"), "name=payouts&frozen_time=" + QByteArray::number(at));
    QCOMPARE(clock.status, 200);
    QCOMPARE(clock.str("object"), QStringLiteral("test_helpers.test_clock"));
    const auto advanced = m_client->post(QStringLiteral("/v1/test_helpers/test_clocks/") + clock.str("id") +
                                             QStringLiteral("/advance"),
                                         "frozen_time=" + QByteArray::number(at + days * kDay));
    QCOMPARE(advanced.status, 200);
    QCOMPARE(advanced.str("status"), QStringLiteral("advancing"));
    const auto ready = m_client->get(QStringLiteral("/v1/test_helpers/test_clocks/") + clock.str("id"));
    QCOMPARE(ready.str("status"), QStringLiteral("ready"));
    QCOMPARE(ready.json[QLatin1String("frozen_time")].toInteger(), at + days * kDay);
    QVERIFY(now() >= at + days * kDay);
}

void SandboxPayoutsTest::scheduleFollowedWithTestClock_data()
{
    QTest::addColumn<QByteArray>("schedule");
    QTest::addColumn<QString>("interval");
    QTest::newRow("daily") << QByteArray() << QStringLiteral("daily");
    QTest::newRow("weekly on wednesday")
        << QByteArray("settings[payouts][schedule][interval]=weekly&settings[payouts][schedule][weekly_anchor]=wednesday")
        << QStringLiteral("weekly");
    QTest::newRow("monthly on the 10th")
        << QByteArray("settings[payouts][schedule][interval]=monthly&settings[payouts][schedule][monthly_anchor]=10")
        << QStringLiteral("monthly");
    QTest::newRow("manual") << QByteArray("settings[payouts][schedule][interval]=manual") << QStringLiteral("manual");
    QTest::newRow("daily, 7 days delay")
        << QByteArray("settings[payouts][schedule][interval]=daily&settings[payouts][schedule][delay_days]=7")
        << QStringLiteral("delay7");
}

void SandboxPayoutsTest::scheduleFollowedWithTestClock()
{
    QFETCH(QByteArray, schedule);
    QFETCH(QString, interval);
    const QString account = newAccount(schedule);
    const qint64 start = now();
    for (int day = 0; day < 3; ++day) { // three days of payments
        charge(account, 10000 + day);
        charge(account, 25000 + day);
        advanceDays(1);
    }
    advanceDays(45);
    const QJsonArray payouts = payoutsOf(account);
    if (interval == QLatin1String("manual")) {
        QCOMPARE(payouts.size(), 0);
        const auto balance = m_client->get(QStringLiteral("/v1/balance"), {}, as(account));
        QVERIFY(balance.json[QLatin1String("available")][0][QLatin1String("amount")].toInteger() > 0);
        return;
    }
    QVERIFY(!payouts.isEmpty());
    qint64 total = 0;
    for (const QJsonValue& v : payouts) {
        const QJsonObject po = v.toObject();
        const QDate created = utcDate(po[QLatin1String("created")].toInteger());
        const QDate arrival = utcDate(po[QLatin1String("arrival_date")].toInteger());
        QCOMPARE(po[QLatin1String("status")].toString(), QStringLiteral("paid"));
        QVERIFY(po[QLatin1String("automatic")].toBool());
        QVERIFY2(!weekend(created), qPrintable(created.toString(Qt::ISODate)));
        QVERIFY2(!weekend(arrival), qPrintable(arrival.toString(Qt::ISODate)));
        QVERIFY(arrival > created);
        QCOMPARE(po[QLatin1String("arrival_date")].toInteger() % kDay, 0);
        if (interval == QLatin1String("weekly")) // Wednesday, or the next business day after a holiday
            QVERIFY2(created.dayOfWeek() >= Qt::Wednesday, qPrintable(created.toString(Qt::ISODate)));
        if (interval == QLatin1String("monthly"))
            QVERIFY2(created.day() >= 10 && created.day() <= 14, qPrintable(created.toString(Qt::ISODate)));
        if (interval == QLatin1String("delay7")) // funds of the first day are available 7 days later at the earliest
            QVERIFY(po[QLatin1String("created")].toInteger() >= (start / kDay + 7) * kDay);
        total += po[QLatin1String("amount")].toInteger();
    }
    if (interval == QLatin1String("weekly") || interval == QLatin1String("monthly"))
        QVERIFY(payouts.size() <= 2);
    qint64 expected = 0;
    for (int day = 0; day < 3; ++day)
        expected += 10000 + day + 25000 + day - dp::sandbox::ledger::processingFee(10000 + day) -
                    dp::sandbox::ledger::processingFee(25000 + day);
    QCOMPARE(total, expected);
    // Every payout went pending -> in_transit -> paid, with its events, and funds announced balance.available.
    const auto events = m_client->get(QStringLiteral("/v1/events"), "limit=100&type=payout.*", as(account));
    QStringList types;
    for (const QJsonValue& e : events.json[QLatin1String("data")].toArray())
        types.append(e[QLatin1String("type")].toString());
    QCOMPARE(types.count(QStringLiteral("payout.created")), payouts.size());
    QCOMPARE(types.count(QStringLiteral("payout.paid")), payouts.size());
    QCOMPARE(types.count(QStringLiteral("payout.updated")), 2 * payouts.size());
    QStringList statuses;
    for (const QJsonValue& e : events.json[QLatin1String("data")].toArray()) {
        if (e[QLatin1String("type")].toString() == QLatin1String("payout.updated"))
            statuses.append(e[QLatin1String("data")][QLatin1String("previous_attributes")][QLatin1String("status")]
                                .toString());
    }
    QCOMPARE(statuses.count(QStringLiteral("pending")), payouts.size());
    QCOMPARE(statuses.count(QStringLiteral("in_transit")), payouts.size());
    const auto available = m_client->get(QStringLiteral("/v1/events"), "type=balance.available", as(account));
    QVERIFY(!available.json[QLatin1String("data")].toArray().isEmpty());
    QCOMPARE(available.json[QLatin1String("data")][0][QLatin1String("data")][QLatin1String("object")]
                           [QLatin1String("object")].toString(),
             QStringLiteral("balance"));
}

void SandboxPayoutsTest::payoutContentsSumToItsAmount()
{
    const QString account = newAccount();
    charge(account, 12345);
    charge(account, 67890);
    const auto c = m_client->post(QStringLiteral("/v1/charges"), "amount=5000&currency=usd&source=tok_visa", as(account));
    const auto refund =
        m_client->post(QStringLiteral("/v1/refunds"), "amount=1500&charge=" + c.str("id").toUtf8(), as(account));
    QCOMPARE(refund.status, 200);
    const auto adjustment = m_client->post(QStringLiteral("/v1/test_helpers/balance_adjustments"),
                                           "amount=-250&description=Chargeback+fee+waived", as(account));
    QCOMPARE(adjustment.status, 200);
    advanceDays(10);
    const QJsonArray payouts = payoutsOf(account);
    QCOMPARE(payouts.size(), 1);
    const QJsonObject po = payouts.first().toObject();
    const QJsonArray contents = contentsOf(account, po[QLatin1String("id")].toString());
    QStringList types;
    qint64 net = 0, fees = 0, own = 0;
    for (const QJsonValue& v : contents) {
        const QString type = v[QLatin1String("type")].toString();
        types.append(type);
        if (type == QLatin1String("payout")) {
            own = v[QLatin1String("amount")].toInteger();
            continue;
        }
        QCOMPARE(v[QLatin1String("net")].toInteger(), v[QLatin1String("amount")].toInteger() - v[QLatin1String("fee")].toInteger());
        net += v[QLatin1String("net")].toInteger();
        fees += v[QLatin1String("fee")].toInteger();
    }
    types.sort();
    QCOMPARE(types, (QStringList{"adjustment", "charge", "charge", "charge", "payout", "refund"}));
    QCOMPARE(net, po[QLatin1String("amount")].toInteger());
    QCOMPARE(own, -po[QLatin1String("amount")].toInteger());
    using dp::sandbox::ledger::processingFee;
    QCOMPARE(fees, processingFee(12345) + processingFee(67890) + processingFee(5000));
    QCOMPARE(net, 12345 + 67890 + 5000 - fees - 1500 - 250);
    // An unknown payout is a resource_missing error on the `payout` parameter.
    const auto unknown = m_client->get(QStringLiteral("/v1/balance_transactions"), "payout=po_unknown", as(account));
    QCOMPARE(unknown.error("code"), QStringLiteral("resource_missing"));
    QCOMPARE(unknown.error("param"), QStringLiteral("payout"));
}

void SandboxPayoutsTest::failingBankAccountFailsThePayout()
{
    const QString account = newAccount();
    const auto bank = m_client->post(QStringLiteral("/v1/accounts/") + account,
                                     "external_account[object]=bank_account&external_account[country]=US"
                                     "&external_account[routing_number]=110000000"
                                     "&external_account[account_number]=000111111116");
    QVERIFY2(bank.status == 200, bank.body.constData());
    charge(account, 20000);
    advanceDays(10);
    const QJsonArray payouts = payoutsOf(account);
    QCOMPARE(payouts.size(), 1); // the bank account is errored after the failure: no further payouts
    const QJsonObject po = payouts.first().toObject();
    QCOMPARE(po[QLatin1String("status")].toString(), QStringLiteral("failed"));
    QCOMPARE(po[QLatin1String("failure_code")].toString(), QStringLiteral("no_account"));
    QVERIFY(!po[QLatin1String("failure_message")].toString().isEmpty());
    const auto back = m_client->get(QStringLiteral("/v1/balance_transactions/") +
                                        po[QLatin1String("failure_balance_transaction")].toString(),
                                    {}, as(account));
    QCOMPARE(back.str("type"), QStringLiteral("payout_failure"));
    QCOMPARE(back.json[QLatin1String("amount")].toInteger(), po[QLatin1String("amount")].toInteger());
    const auto balance = m_client->get(QStringLiteral("/v1/balance"), {}, as(account));
    QCOMPARE(balance.json[QLatin1String("available")][0][QLatin1String("amount")].toInteger(),
             po[QLatin1String("amount")].toInteger()); // the funds came back
    const auto failed = m_client->get(QStringLiteral("/v1/events"), "type=payout.failed", as(account));
    QCOMPARE(failed.json[QLatin1String("data")].toArray().size(), 1);
}

void SandboxPayoutsTest::testClockValidation()
{
    const qint64 at = now();
    QCOMPARE(m_client->post(QStringLiteral("/v1/test_helpers/test_clocks"), "name=x").status, 400);
    const auto clock = m_client->post(QStringLiteral("/v1/test_helpers/test_clocks"),
                                      "frozen_time=" + QByteArray::number(at));
    const QString path = QStringLiteral("/v1/test_helpers/test_clocks/") + clock.str("id");
    const auto back = m_client->post(path + QStringLiteral("/advance"), "frozen_time=" + QByteArray::number(at - 1));
    QCOMPARE(back.status, 400);
    QCOMPARE(back.error("param"), QStringLiteral("frozen_time"));
    const auto list = m_client->get(QStringLiteral("/v1/test_helpers/test_clocks"));
    QVERIFY(!list.json[QLatin1String("data")].toArray().isEmpty());
    QCOMPARE(m_client->del(path).json[QLatin1String("deleted")].toBool(), true);
    QCOMPARE(m_client->get(path).status, 404);
}

void SandboxPayoutsTest::reportRunDownloadsCsv_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("columns");
    QTest::addColumn<QStringList>("header");
    QTest::newRow("balance summary") << QStringLiteral("balance.summary.1") << QByteArray()
                                     << QStringList{"category", "currency", "description", "net_amount"};
    QTest::newRow("itemized payouts")
        << QStringLiteral("payouts.itemized.3")
        << QByteArray("&parameters[columns][]=payout_id&parameters[columns][]=effective_at&parameters[columns][]=gross"
                      "&parameters[columns][]=payout_status&parameters[columns][]=payout_expected_arrival_date")
        << QStringList{"payout_id", "effective_at", "gross", "payout_status", "payout_expected_arrival_date"};
    QTest::newRow("balance change from activity")
        << QStringLiteral("balance_change_from_activity.itemized.3")
        << QByteArray("&parameters[columns][]=balance_transaction_id&parameters[columns][]=created"
                      "&parameters[columns][]=reporting_category&parameters[columns][]=gross&parameters[columns][]=fee"
                      "&parameters[columns][]=net&parameters[columns][]=automatic_payout_id"
                      "&parameters[columns][]=payment_metadata[ro_number]")
        << QStringList{"balance_transaction_id", "created", "reporting_category", "gross", "fee", "net",
                       "automatic_payout_id", "payment_metadata[ro_number]"};
}

void SandboxPayoutsTest::reportRunDownloadsCsv()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, columns);
    QFETCH(QStringList, header);
    static const QString account = [this] {
        const QString a = newAccount();
        charge(a, 10000);
        charge(a, 20000);
        advanceDays(10);
        return a;
    }();
    const qint64 end = now();
    const QByteArray form = "report_type=" + type.toUtf8() + "&parameters[interval_start]=" +
                            QByteArray::number(end - 30 * kDay) + "&parameters[interval_end]=" +
                            QByteArray::number(end) + "&parameters[timezone]=America/Toronto" +
                            "&parameters[connected_account]=" + account.toUtf8() + columns;
    const auto run = m_client->post(QStringLiteral("/v1/reporting/report_runs"), form);
    QVERIFY2(run.status == 200, run.body.constData());
    QCOMPARE(run.str("status"), QStringLiteral("pending"));
    QVERIFY(run.json[QLatin1String("result")].isNull());
    const auto done = m_client->get(QStringLiteral("/v1/reporting/report_runs/") + run.str("id"));
    QCOMPARE(done.str("status"), QStringLiteral("succeeded"));
    const QJsonObject file = done.json[QLatin1String("result")].toObject();
    QCOMPARE(file[QLatin1String("object")].toString(), QStringLiteral("file"));
    QCOMPARE(file[QLatin1String("purpose")].toString(), QStringLiteral("finance_report_run"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/files/") + file[QLatin1String("id")].toString()).str("id"),
             file[QLatin1String("id")].toString());
    const QUrl url(file[QLatin1String("url")].toString());
    const auto csv = m_client->get(url.path());
    QCOMPARE(csv.status, 200);
    QCOMPARE(csv.body.size(), file[QLatin1String("size")].toInteger());
    SandboxClient anonymous(m_sandbox->baseUrl(), QStringLiteral("nope"));
    QCOMPARE(anonymous.get(url.path()).status, 401); // the file needs the API key
    const QList<QByteArray> lines = csv.body.trimmed().split('\n');
    QCOMPARE(QString::fromUtf8(lines.first().trimmed()).split(QLatin1Char(',')), header);
    if (type == QLatin1String("balance.summary.1")) {
        QCOMPARE(lines.size(), 7);
        QVERIFY(csv.body.contains("ending_balance,usd,Ending balance,0.00"));
        QVERIFY(csv.body.contains("activity_gross,usd,Activity before fees,300.00"));
    } else if (type == QLatin1String("payouts.itemized.3")) {
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).contains(",paid,"));
        QVERIFY(lines.at(1).contains(QByteArray::number(30000 - 355 - 680) .insert(3, '.')));
    } else {
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).contains(",charge,100.00,3.55,96.45,po_"));
        QVERIFY(lines.at(1).endsWith("RO-1001") || lines.at(1).trimmed().endsWith(","));
    }
    const auto list = m_client->get(QStringLiteral("/v1/reporting/report_runs"));
    QVERIFY(!list.json[QLatin1String("data")].toArray().isEmpty());
}

void SandboxPayoutsTest::reportRunValidation()
{
    const auto types = m_client->get(QStringLiteral("/v1/reporting/report_types"));
    QCOMPARE(types.json[QLatin1String("data")].toArray().size(), 3);
    const auto one = m_client->get(QStringLiteral("/v1/reporting/report_types/payouts.itemized.3"));
    QCOMPARE(one.json[QLatin1String("version")].toInt(), 3);
    QVERIFY(one.json[QLatin1String("default_columns")].toArray().contains(QStringLiteral("payout_id")));
    QCOMPARE(m_client->get(QStringLiteral("/v1/reporting/report_types/nope.1")).status, 404);
    const qint64 end = now();
    const QByteArray interval = "&parameters[interval_start]=" + QByteArray::number(end - kDay) +
                                "&parameters[interval_end]=" + QByteArray::number(end);
    auto param = [&](const QByteArray& form) {
        return m_client->post(QStringLiteral("/v1/reporting/report_runs"), form).error("param");
    };
    QCOMPARE(param("report_type=nope.1" + interval), QStringLiteral("report_type"));
    QCOMPARE(param("report_type=payouts.itemized.3&parameters[interval_start]=1"),
             QStringLiteral("parameters[interval_end]"));
    QCOMPARE(param("report_type=payouts.itemized.3" + interval + "&parameters[columns][]=bogus"),
             QStringLiteral("parameters[columns]"));
    QCOMPARE(param("report_type=payouts.itemized.3" + interval + "&parameters[timezone]=Mars/Olympus"),
             QStringLiteral("parameters[timezone]"));
    QCOMPARE(param("report_type=payouts.itemized.3&parameters[interval_start]=" + QByteArray::number(end - kDay) +
                   "&parameters[interval_end]=" + QByteArray::number(end + 3600)),
             QStringLiteral("parameters[interval_end]"));
}

void SandboxPayoutsTest::objectsCoverFixtureKeys()
{
    auto covers = [](const QString& type, const QJsonObject& object) -> QString {
        for (const QString& key : dp::sandbox::fixture(type).keys()) {
            if (!object.contains(key))
                return type + QStringLiteral(" lacks ") + key;
        }
        return QString();
    };
    const qint64 at = now();
    const auto clock = m_client->post(QStringLiteral("/v1/test_helpers/test_clocks"),
                                      "frozen_time=" + QByteArray::number(at));
    QCOMPARE(covers(QStringLiteral("test_helpers.test_clock"), clock.json), QString());
    const auto type = m_client->get(QStringLiteral("/v1/reporting/report_types/balance.summary.1"));
    QCOMPARE(covers(QStringLiteral("reporting.report_type"), type.json), QString());
    const auto run = m_client->post(QStringLiteral("/v1/reporting/report_runs"),
                                    "report_type=balance.summary.1&parameters[interval_start]=" +
                                        QByteArray::number(at - kDay) + "&parameters[interval_end]=" +
                                        QByteArray::number(at));
    QCOMPARE(covers(QStringLiteral("reporting.report_run"), run.json), QString());
    const auto done = m_client->get(QStringLiteral("/v1/reporting/report_runs/") + run.str("id"));
    QCOMPARE(covers(QStringLiteral("file"), done.json[QLatin1String("result")].toObject()), QString());
}

QTEST_GUILESS_MAIN(SandboxPayoutsTest)
#include "test_sandbox_payouts.moc"
