// PAY-8 demo files: the demo profile's DMS cashier exports and bank statements match its payments except for the
// deliberately broken lines, and are the same for the same seed.
#include "profiles/demofiles.h"
#include "sandboxclient.h"
#include "server/sandboxserver.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using dp::test::SandboxClient;

namespace {

const QByteArray kZone = "America/Chicago";
const QStringList kRooftops{QStringLiteral("main-street-motors"), QStringLiteral("northside-auto-group")};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The data lines of a CSV without quoted commas (what the demo writes for these columns), split into fields.
QList<QStringList> csvRows(const QByteArray& data)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(data).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows.append(lines.at(i).split(QLatin1Char(',')));
    return rows;
}

} // namespace

class SandboxDemoFilesTest : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void everyRooftopGetsItsFiles();
    void sameSeedSameFiles();
    void dmsExportMatchesThePaymentsExceptTheBrokenLines();
    void bankStatementsAgree();

  private:
    std::unique_ptr<dp::sandbox::EmbeddedSandbox> start(quint64 seed, const QString& dir);
    QTemporaryDir m_dir;
    std::unique_ptr<dp::sandbox::EmbeddedSandbox> m_sandbox;
    QString m_first, m_second, m_otherSeed;
};

std::unique_ptr<dp::sandbox::EmbeddedSandbox> SandboxDemoFilesTest::start(quint64 seed, const QString& dir)
{
    dp::sandbox::SandboxOptions options;
    options.profile = QStringLiteral("demo");
    options.seed = seed;
    options.demoFilesDir = dir;
    options.demoFilesZone = kZone;
    auto sandbox = std::make_unique<dp::sandbox::EmbeddedSandbox>(options);
    QString error;
    if (!sandbox->start(&error))
        qWarning("%s", qPrintable(error));
    return sandbox;
}

void SandboxDemoFilesTest::initTestCase()
{
    dp::test::prepareEnvironment();
    m_first = m_dir.filePath(QStringLiteral("first"));
    m_second = m_dir.filePath(QStringLiteral("second"));
    m_otherSeed = m_dir.filePath(QStringLiteral("seed2"));
    start(2, m_otherSeed);
    start(1, m_second);
    m_sandbox = start(1, m_first); // kept running: its charges are checked over HTTP
}

void SandboxDemoFilesTest::everyRooftopGetsItsFiles()
{
    QStringList expected{QStringLiteral("README.txt")};
    for (const QString& rooftop : kRooftops)
        expected << rooftop + QStringLiteral("-bank-statement.csv") << rooftop + QStringLiteral("-bank-statement.ofx")
                 << rooftop + QStringLiteral("-dms-cashier.csv");
    expected.sort();
    QCOMPARE(QDir(m_first).entryList(QDir::Files, QDir::Name), expected);
    const QString readme = QString::fromUtf8(readAll(QDir(m_first).filePath(QStringLiteral("README.txt"))));
    for (const char* problem : {"RO typo", "wrong amount", "card payment missing from the DMS",
                                "DMS line with no card payment", "split payment", "bank deposit 3 days late",
                                "bank deposit missing"})
        QCOMPARE(readme.count(QLatin1String(problem)), 2); // once per rooftop
    QVERIFY(readme.contains(QLatin1String(kZone)));
}

void SandboxDemoFilesTest::sameSeedSameFiles()
{
    for (const QString& name : QDir(m_first).entryList(QDir::Files)) {
        QVERIFY(!readAll(QDir(m_first).filePath(name)).isEmpty());
        QCOMPARE(readAll(QDir(m_first).filePath(name)), readAll(QDir(m_second).filePath(name)));
    }
    const QString dms = kRooftops.first() + QStringLiteral("-dms-cashier.csv");
    QVERIFY(readAll(QDir(m_first).filePath(dms)) != readAll(QDir(m_otherSeed).filePath(dms)));
}

void SandboxDemoFilesTest::dmsExportMatchesThePaymentsExceptTheBrokenLines()
{
    SandboxClient client(m_sandbox->baseUrl());
    const QJsonArray accounts = client.get(QStringLiteral("/v1/accounts"), "limit=100").json.value("data").toArray();
    const qint64 day = dp::sandbox::demoReconciliationDay(QDateTime::currentSecsSinceEpoch());
    const QString date = QDateTime::fromSecsSinceEpoch(day, Qt::UTC).date().toString(Qt::ISODate);
    int refunds = 0;
    for (const QString& rooftop : kRooftops) {
        const QByteArray data = readAll(QDir(m_first).filePath(rooftop + QStringLiteral("-dms-cashier.csv")));
        QVERIFY(data.startsWith("Date,Time,RO Number,Customer,Amount,Payment Type,Reference\r\n"));
        QString account;
        for (const QJsonValue& a : accounts) {
            if (a[QLatin1String("business_profile")][QLatin1String("name")].toString().toLower().replace(
                    QLatin1Char(' '), QLatin1Char('-')) == rooftop)
                account = a[QLatin1String("id")].toString();
        }
        QVERIFY(!account.isEmpty());
        // The last day's card payments, by RO.
        const auto charges = client.get(QStringLiteral("/v1/charges"),
                                        "limit=100&created[gte]=" + QByteArray::number(day) +
                                            "&created[lt]=" + QByteArray::number(day + 86400),
                                        {{"Stripe-Account", account.toUtf8()}});
        QHash<QString, qint64> paid; // RO -> total
        for (const QJsonValue& c : charges.json.value("data").toArray()) {
            if (c[QLatin1String("status")].toString() == QLatin1String("succeeded"))
                paid[c[QLatin1String("metadata")][QLatin1String("ro_number")].toString()] +=
                    c[QLatin1String("amount")].toInteger();
        }
        QVERIFY(paid.size() >= 4);
        int exact = 0, wrongAmount = 0, unknownRo = 0, splits = 0;
        QString previous;
        for (const QStringList& row : csvRows(data)) {
            QCOMPARE(row.size(), 7);
            QVERIFY2(previous <= row.at(0) + row.at(1), "lines in time order");
            previous = row.at(0) + row.at(1);
            const qint64 cents = qRound64(row.at(4).toDouble() * 100); // test only: the file's decimal text
            if (cents < 0)
                ++refunds;
            if (row.at(0) != date || cents < 0)
                continue;
            if (row.at(6).contains(QLatin1String(" + ")))
                ++splits;
            if (!paid.contains(row.at(2)))
                ++unknownRo;
            else if (paid.take(row.at(2)) == cents)
                ++exact;
            else
                ++wrongAmount;
        }
        QCOMPARE(splits, 1);      // one RO paid with two cards: one line, its total
        QCOMPARE(wrongAmount, 1); // the wrong amount
        QCOMPARE(unknownRo, 2);   // the RO typo, the line with no card payment
        QCOMPARE(paid.size(), 2); // the typo's real RO, the payment missing from the DMS
        QVERIFY(exact >= 2);
    }
    QVERIFY(refunds > 0);
}

void SandboxDemoFilesTest::bankStatementsAgree()
{
    for (const QString& rooftop : kRooftops) {
        const QList<QStringList> rows =
            csvRows(readAll(QDir(m_first).filePath(rooftop + QStringLiteral("-bank-statement.csv"))));
        const QByteArray ofx = readAll(QDir(m_first).filePath(rooftop + QStringLiteral("-bank-statement.ofx")));
        QVERIFY(ofx.startsWith("OFXHEADER:100"));
        QVERIFY(rows.size() >= 5);
        QCOMPARE(int(ofx.count("<STMTTRN>")), int(rows.size()));
        for (const QStringList& row : rows) {
            QCOMPARE(row.size(), 4);
            QVERIFY(row.at(2).toDouble() > 0);
            QVERIFY(ofx.contains(QByteArray("<TRNAMT>" + row.at(2).toLatin1() + "<FITID>" + row.at(3).toLatin1())));
        }
    }
}

QTEST_GUILESS_MAIN(SandboxDemoFilesTest)
#include "test_sandbox_demofiles.moc"
