// X-2 / PAY-8: `dealerpay-cli reconcile`, run as a process on a prepared store: the summary (text and --json), exit
// codes fit for cron (0 even with unmatched lines, 2 for bad input with nothing imported, 1 otherwise), re-runs.
#include "reconfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace dp;

namespace {

const QDate kDay(2026, 11, 30);
const QString kZone = QStringLiteral("America/Toronto");

struct Run
{
    int exitCode = -1;
    QString out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestCliReconcile : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ReconFixture> f;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(f->dir() + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    Run cli(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), f->dir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), f->dir() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), f->dir() + QStringLiteral("/config"));
        env.remove(QStringLiteral("DEALERPAY_API_KEY")); // reconcile needs no API key
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEALERPAY_CLI_PATH), QStringList{QStringLiteral("reconcile")} + args);
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

    QStringList dayArgs(const QString& dms)
    {
        return {QStringLiteral("--db"), f->storePath(), QStringLiteral("--date"), kDay.toString(Qt::ISODate),
                QStringLiteral("--tz"), kZone, QStringLiteral("--dms"), dms};
    }

    static QByteArray goodDms()
    {
        return "Date;Heure;N\xC2\xB0 facture;Client;Montant\n"
               "30/11/2026;09:00;RO-1001;Ann;125,00\n"
               "30/11/2026;10:00;RO-1002;Ben;300,00\n"
               "30/11/2026;11:00;RO-1030;Cy;80,00\n"   // RO typo
               "30/11/2026;15:00;RO-1007;Fay;42,00\n"; // no card payment
    }

private slots:
    void init()
    {
        f = std::make_unique<test::ReconFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        auto at = [](int h, int m) { return test::ReconFixture::at(kDay, QTime(h, m), kZone); };
        QVERIFY(f->addCharge(QStringLiteral("ch_a"), 12500, QStringLiteral("RO-1001"), at(9, 5)));
        QVERIFY(f->addCharge(QStringLiteral("ch_b1"), 10000, QStringLiteral("RO-1002"), at(10, 0)));
        QVERIFY(f->addCharge(QStringLiteral("ch_b2"), 20000, QStringLiteral("RO-1002"), at(10, 1)));
        QVERIFY(f->addCharge(QStringLiteral("ch_typo"), 8000, QStringLiteral("RO-1003"), at(11, 0)));
        QVERIFY(f->addPayout(QStringLiteral("po_1"), 77700, at(12, 0)));
    }
    void cleanup() { f.reset(); }

    void jsonSummaryAndExitZeroWithUnmatchedLines()
    {
        const QString bank = writeFile(QStringLiteral("bank.ofx"),
                                       "OFXHEADER:100\n<OFX><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261201"
                                       "<TRNAMT>777.00<FITID>F1<NAME>PAYOUT</STMTTRN></BANKTRANLIST></OFX>\n");
        const Run r = cli(dayArgs(writeFile(QStringLiteral("dms.csv"), goodDms()))
                          + QStringList{QStringLiteral("--bank"), bank, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("date")).toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(o.value(QLatin1String("dms_lines")).toInt(), 4);
        QCOMPARE(o.value(QLatin1String("matched")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("unmatched_dms")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("unmatched_payments")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("differences")).toInt(), 0);
        QVERIFY(o.value(QLatin1String("bad_lines")).isArray());
        QCOMPARE(o.value(QLatin1String("bad_lines")).toArray().size(), 0);
        QCOMPARE(o.value(QLatin1String("deposits_added")).toInt(), 1);
        // The run is audited as the system actor, and the matches are in the store for the desktop app.
        const auto report = f->service().report(f->manager, {kDay, 0, kZone});
        QVERIFY(report.ok());
        QCOMPARE(report.value().matches.size(), 2);

        // Again from cron: nothing is added twice.
        const Run again = cli(dayArgs(f->dir() + QStringLiteral("/dms.csv")) + QStringList{QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.json().value(QLatin1String("dms_lines")).toInt(), 4);
        QCOMPARE(again.json().value(QLatin1String("lines_added")).toInt(), 0);
        QVERIFY(again.json().value(QLatin1String("already_imported")).toBool());
        QCOMPARE(again.json().value(QLatin1String("matched")).toInt(), 2);
    }

    void textSummary()
    {
        const Run r = cli(dayArgs(writeFile(QStringLiteral("dms.csv"), goodDms())));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("2026-11-30 (America/Toronto): 4 DMS line")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(", 2 matched, 2 unmatched DMS line")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(", 1 unmatched payment")), qPrintable(r.out));
    }

    void badLinesExitTwoAndImportNothing()
    {
        const QString dms = writeFile(QStringLiteral("bad.csv"), "Date,RO,Amount\n2026-11-30,RO-1001,125.00\n"
                                                                 "2026-11-30,RO-1002,three hundred\n"
                                                                 "2026-13-45,RO-1003,80.00\n");
        const Run r = cli(dayArgs(dms) + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        const QJsonArray bad = r.json().value(QLatin1String("bad_lines")).toArray();
        QCOMPARE(bad.size(), 2);
        QCOMPARE(bad.at(0).toObject().value(QLatin1String("line")).toInt(), 3);
        QVERIFY(bad.at(0).toObject().value(QLatin1String("reason")).toString().contains(QLatin1String("three hundred")));
        QCOMPARE(bad.at(1).toObject().value(QLatin1String("line")).toInt(), 4);
        QCOMPARE(r.json().value(QLatin1String("dms_lines")).toInt(), 0);
        const auto report = f->service().report(f->manager, {kDay, 0, kZone});
        QCOMPARE(report.value().dmsLines.size(), 0);
        // Text mode: each bad line on stderr with its line number.
        const Run text = cli(dayArgs(dms));
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.err.contains(QStringLiteral("line 3")), qPrintable(text.err));
    }

    void badBankStatementImportsNothingAtAll()
    {
        const QString bank = writeFile(QStringLiteral("bank.csv"), "Date,Amount\n2026-11-30,x\n");
        const Run r = cli(dayArgs(writeFile(QStringLiteral("dms.csv"), goodDms()))
                          + QStringList{QStringLiteral("--bank"), bank, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(QLatin1String("bad_lines")).toArray().size(), 1);
        QCOMPARE(f->service().report(f->manager, {kDay, 0, kZone}).value().dmsLines.size(), 0);
    }

    void badCommandLinesExitTwo()
    {
        const Run none = cli({QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 2);
        const QString error = none.json().value(QLatin1String("error")).toString();
        QVERIFY2(error.contains(QLatin1String("--db")) && error.contains(QLatin1String("--date"))
                     && error.contains(QLatin1String("--tz")) && error.contains(QLatin1String("--dms")),
                 qPrintable(error)); // every mistake at once
        QStringList badZone = dayArgs(writeFile(QStringLiteral("dms.csv"), goodDms()));
        badZone[5] = QStringLiteral("Mars/Olympus");
        QCOMPARE(cli(badZone).exitCode, 2);
        QCOMPARE(cli(dayArgs(f->dir() + QStringLiteral("/missing.csv"))).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--api-key"), QStringLiteral("sk_test_x")}).exitCode, 2);
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("Exit codes")));
    }

    void closedDayIsBadInputAndAMissingStoreFails()
    {
        QVERIFY(f->service().closeDay(f->admin, {kDay, 0, kZone}, 0).ok());
        const Run closed = cli(dayArgs(writeFile(QStringLiteral("dms.csv"), goodDms())));
        QCOMPARE(closed.exitCode, 2);
        QVERIFY2(closed.err.contains(QLatin1String("closed")), qPrintable(closed.err));
        QStringList noStore = dayArgs(f->dir() + QStringLiteral("/dms.csv"));
        noStore[1] = f->dir() + QStringLiteral("/nowhere.sqlite");
        const Run missing = cli(noStore);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("nowhere.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestCliReconcile)
#include "test_cli_reconcile.moc"
