// X-2 / SEC-4 / PERF-5: `dealerpay-cli export payments`, run as a process on a prepared store: the days in the
// given zone, the chosen columns, an explicit time zone, formula-like cells neutralized, exit codes.
#include "reconfixture.h"

#include "foundation/csvreader.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace dp;

namespace {

const QString kZone = QStringLiteral("America/Toronto");

struct Run
{
    int exitCode = -1;
    QString out, err;
};

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ReconFixture> f;

    Run cli(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), f->dir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), f->dir() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), f->dir() + QStringLiteral("/config"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEALERPAY_CLI_PATH), QStringList{QStringLiteral("export"), QStringLiteral("payments")} + args);
        Run r;
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }

    QStringList args(const QString& from, const QString& to, const QString& out)
    {
        return {QStringLiteral("--db"), f->storePath(), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                QStringLiteral("--tz"), kZone, QStringLiteral("--out"), out};
    }

    CsvTable readBack(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return parseCsvText(QString::fromUtf8(file.readAll()), QLatin1Char(','));
    }

private slots:
    void init()
    {
        f = std::make_unique<test::ReconFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        // 2026-11-30 00:30 in Toronto is 05:30 UTC; 2026-11-30 23:30 in Toronto is already 12-01 in UTC.
        QVERIFY(f->addCharge(QStringLiteral("ch_1"), 12500, QStringLiteral("=HYPERLINK(\"http://x\")"),
                             test::ReconFixture::at(QDate(2026, 11, 30), QTime(0, 30), kZone), 436));
        QVERIFY(f->addCharge(QStringLiteral("ch_2"), 100, QStringLiteral("+1-555"),
                             test::ReconFixture::at(QDate(2026, 11, 30), QTime(23, 30), kZone), 33));
        QVERIFY(f->addCharge(QStringLiteral("ch_3"), 999, QStringLiteral("@SUM(A1)"),
                             test::ReconFixture::at(QDate(2026, 12, 1), QTime(0, 1), kZone), 33));
        QVERIFY(f->addCharge(QStringLiteral("ch_0"), 500, QStringLiteral("RO-0"),
                             test::ReconFixture::at(QDate(2026, 11, 29), QTime(23, 59), kZone), 16));
    }
    void cleanup() { f.reset(); }

    void defaultColumnsOneDayInTheZone()
    {
        const QString out = f->dir() + QStringLiteral("/payments.csv");
        const Run r = cli(args(QStringLiteral("2026-11-30"), QStringLiteral("2026-11-30"), out));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("2 payment")), qPrintable(r.out));
        const CsvTable t = readBack(out);
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records.first(), QStringList({"id", "created", "time_zone", "account_id", "ro_number", "customer",
                                                 "amount", "fee", "refunded", "currency", "status", "payout_id"}));
        const QStringList first = t.records.at(1);
        QCOMPARE(first.at(0), QStringLiteral("ch_1"));
        QCOMPARE(first.at(1), QStringLiteral("2026-11-30 00:30:00")); // local time, not UTC
        QCOMPARE(first.at(2), kZone);
        QCOMPARE(first.at(4), QStringLiteral("'=HYPERLINK(\"http://x\")")); // SEC-4
        QCOMPARE(first.at(6), QStringLiteral("125.00"));
        QCOMPARE(first.at(7), QStringLiteral("4.36"));
        QCOMPARE(first.at(8), QStringLiteral("0.00"));
        QCOMPARE(first.at(10), QStringLiteral("succeeded"));
        QCOMPARE(t.records.at(2).at(0), QStringLiteral("ch_2"));
        QCOMPARE(t.records.at(2).at(1), QStringLiteral("2026-11-30 23:30:00"));
        QCOMPARE(t.records.at(2).at(4), QStringLiteral("'+1-555"));
        QCOMPARE(t.records.at(2).at(6), QStringLiteral("1.00"));
    }

    void chosenColumnsAndStdout()
    {
        QStringList a = args(QStringLiteral("2026-11-29"), QStringLiteral("2026-12-01"), QStringLiteral("-"));
        a << QStringLiteral("--columns") << QStringLiteral("ro_number,created_utc,amount");
        const Run r = cli(a);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CsvTable t = parseCsvText(r.out, QLatin1Char(','));
        QCOMPARE(t.records.size(), 5);
        QCOMPARE(t.records.first(), QStringList({"ro_number", "created_utc", "amount"}));
        QCOMPARE(t.records.at(1), QStringList({"RO-0", "2026-11-30 04:59:00", "5.00"}));
        QCOMPARE(t.records.at(4), QStringList({"'@SUM(A1)", "2026-12-01 05:01:00", "9.99"}));
    }

    void badInputExitsTwoAndWritesNothing()
    {
        const QString out = f->dir() + QStringLiteral("/nothing.csv");
        QStringList unknown = args(QStringLiteral("2026-11-30"), QStringLiteral("2026-11-30"), out);
        unknown << QStringLiteral("--columns") << QStringLiteral("id,password");
        const Run r = cli(unknown);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));
        QStringList zone = args(QStringLiteral("2026-11-30"), QStringLiteral("2026-11-29"), out);
        zone[7] = QStringLiteral("Nowhere/City");
        const Run both = cli(zone);
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains(QLatin1String("Nowhere/City")) && both.err.contains(QLatin1String("before")));
        QVERIFY(!QFile::exists(out));
        QStringList noStore = args(QStringLiteral("2026-11-30"), QStringLiteral("2026-11-30"), out);
        noStore[1] = f->dir() + QStringLiteral("/none.sqlite");
        QCOMPARE(cli(noStore).exitCode, 1);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
