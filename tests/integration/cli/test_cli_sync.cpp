// `dealerpay-cli sync` run as a process against the sandbox fills a fresh store that equals the server (same
// charges, amounts, refunded amounts, refunds; no duplicates), a second run adds nothing, and the API key is
// taken only from the environment or the keychain — never from argv, never printed.
#include "testenv.h"

#include "api/apiclient.h"
#include "api/objects.h"
#include "api/paymentobjects.h"
#include "context/appcontext.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

namespace {

const QString kKey = QStringLiteral("sk_test_cli_7f3a9c2e51d84b06");

struct Run
{
    int exitCode = -1;
    QString out, err;
};

struct ChargeRow
{
    qint64 amount = 0, refunded = 0;
    bool operator==(const ChargeRow& o) const { return amount == o.amount && refunded == o.refunded; }
};

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestEnv> m_env;
    QTemporaryDir m_home; // the CLI's HOME, data and config dirs: never the user's

    QProcessEnvironment environment(const QString& key) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DEALERPAY_API_KEY"));
        if (!key.isEmpty())
            env.insert(QStringLiteral("DEALERPAY_API_KEY"), key);
        env.insert(QStringLiteral("DEALERPAY_SECRETS"), QStringLiteral("file")); // no keychain prompt in tests
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
        return env;
    }

    Run cli(const QStringList& args, const QString& key = kKey) const
    {
        QProcess p;
        p.setProcessEnvironment(environment(key));
        p.start(QStringLiteral(DEALERPAY_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(240'000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString storePath(const QString& name) const { return m_home.filePath(name); }

    QStringList syncArgs(const QString& store) const
    {
        return {QStringLiteral("sync"), QStringLiteral("--api-base"), m_env->baseUrl().toString(),
                QStringLiteral("--db"), store, QStringLiteral("--settings"), m_home.filePath(QStringLiteral("cli.ini"))};
    }

    QStringList serverAccounts()
    {
        QStringList out;
        m_env->app().api().forEachPage(QStringLiteral("/v1/accounts"), {}, {}, [&](const QJsonArray& data) {
            for (const QJsonValue& v : data)
                out.append(api::Account::fromJson(v.toObject()).id);
            return true;
        });
        return out;
    }

    QHash<QString, ChargeRow> serverCharges()
    {
        QHash<QString, ChargeRow> out;
        for (const QString& account : serverAccounts()) {
            const auto r = m_env->app().api().forEachPage(QStringLiteral("/v1/charges"), {{QStringLiteral("limit"), 100}},
                                                          account, [&](const QJsonArray& data) {
                for (const QJsonValue& v : data) {
                    const auto c = api::Charge::fromJson(v.toObject());
                    out.insert(c.id, {c.amount, c.amountRefunded});
                }
                return true;
            });
            if (!r.ok())
                qWarning("listing charges failed: %s", qPrintable(r.error.message));
        }
        return out;
    }

    QSet<QString> serverRefunds()
    {
        QSet<QString> out;
        for (const QString& account : serverAccounts()) {
            m_env->app().api().forEachPage(QStringLiteral("/v1/refunds"), {{QStringLiteral("limit"), 100}}, account,
                                           [&](const QJsonArray& data) {
                for (const QJsonValue& v : data)
                    out.insert(v.toObject().value(QLatin1String("id")).toString());
                return true;
            });
        }
        return out;
    }

    struct Local
    {
        QHash<QString, ChargeRow> charges;
        QSet<QString> refunds;
        qint64 paymentRows = 0, refundRows = 0;
    };

    static Local readStore(const QString& path)
    {
        Local local;
        store::Database::Options options;
        options.path = path;
        store::Database db(options);
        if (!db.open().ok())
            return local;
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id, amount, refunded FROM payments"));
        while (q.next()) {
            const QSqlRecord r = q.record();
            local.charges.insert(r.value(QStringLiteral("id")).toString(),
                                 {r.value(QStringLiteral("amount")).toLongLong(),
                                  r.value(QStringLiteral("refunded")).toLongLong()});
            ++local.paymentRows;
        }
        q.exec(QStringLiteral("SELECT id FROM refunds"));
        while (q.next()) {
            local.refunds.insert(q.record().value(QStringLiteral("id")).toString());
            ++local.refundRows;
        }
        return local;
    }

    static void verifyKeyNotShown(const Run& r)
    {
        QVERIFY2(!r.out.contains(kKey) && !r.err.contains(kKey), "the API key was printed");
        QVERIFY2(!r.out.contains(QStringLiteral("sk_live_")) && !r.err.contains(QStringLiteral("sk_live_")),
                 "an API key was printed");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_env = std::make_unique<test::TestEnv>(QStringLiteral("demo"), 7);
        QVERIFY2(m_env->ok(), qPrintable(m_env->error()));
    }

    void syncFillsAFreshStoreThatEqualsTheServer()
    {
        const QString store = storePath(QStringLiteral("fresh.sqlite"));
        const Run first = cli(syncArgs(store));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        verifyKeyNotShown(first);
        QVERIFY2(first.err.contains(QStringLiteral("[sync] Syncing")), qPrintable(first.err)); // progress on stderr
        QCOMPARE(first.out.trimmed().count(QLatin1Char('\n')), 0);                           // one-line summary
        QVERIFY2(first.out.startsWith(QStringLiteral("Synced ")), qPrintable(first.out));

        const auto server = serverCharges();
        QVERIFY(server.size() > 1000);
        Local local = readStore(store);
        QCOMPARE(local.paymentRows, qint64(server.size())); // no duplicates
        QVERIFY(local.charges == server);                     // same charges, amounts and refunded amounts
        const QSet<QString> refunds = serverRefunds();
        QVERIFY(!refunds.isEmpty());
        QCOMPARE(local.refunds, refunds);
        QCOMPARE(local.refundRows, qint64(refunds.size()));

        // A second run adds nothing.
        const Run second = cli(syncArgs(store));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        verifyKeyNotShown(second);
        const Local again = readStore(store);
        QCOMPARE(again.paymentRows, local.paymentRows);
        QVERIFY(again.charges == server);
        QCOMPARE(again.refundRows, local.refundRows);
        QVERIFY2(second.out.startsWith(QStringLiteral("Synced 0 payment")), qPrintable(second.out));
    }

    void keyOnTheCommandLineIsRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--api-key VALUE") << QStringLiteral("--api-key");
        QTest::newRow("--api-key=VALUE") << QStringLiteral("--api-key=") + kKey;
        QTest::newRow("--key VALUE") << QStringLiteral("--key");
    }
    void keyOnTheCommandLineIsRefused()
    {
        QFETCH(QString, option);
        const QString store = storePath(QStringLiteral("argv.sqlite"));
        QStringList args = syncArgs(store);
        args.append(option);
        if (!option.contains(QLatin1Char('=')))
            args.append(kKey);
        const Run r = cli(args, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("never taken from the command line")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("DEALERPAY_API_KEY")));
        QVERIFY(r.out.isEmpty());
        verifyKeyNotShown(r);
        QVERIFY(!QFile::exists(store)); // nothing was done
    }

    void failsClearly_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("apiBase"); // empty: the sandbox
        QTest::addColumn<QString>("db");      // relative to the test's home
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no key") << QString() << QString() << QStringLiteral("nokey.sqlite") << 3
                                << QStringLiteral("No API key: set the environment variable DEALERPAY_API_KEY");
        QTest::newRow("key refused (401)") << QStringLiteral("sk_live_wrong_0123456789") << QString()
                                           << QStringLiteral("refused.sqlite") << 5
                                           << QStringLiteral("refused the API key (HTTP 401)");
        QTest::newRow("unreachable") << kKey << QStringLiteral("http://127.0.0.1:9") << QStringLiteral("down.sqlite") << 5
                                     << QStringLiteral("cannot be reached");
        QTest::newRow("not a URL") << kKey << QStringLiteral("not a url") << QStringLiteral("url.sqlite") << 5
                                   << QStringLiteral("is not the address of a payments API");
        QTest::newRow("PostgreSQL") << kKey << QString() << QStringLiteral("postgresql://dp@localhost/dealerpay") << 4
                                    << QStringLiteral("PostgreSQL stores are not supported yet");
        QTest::newRow("folder missing") << kKey << QString() << QStringLiteral("missing/dir/store.sqlite") << 4
                                        << QStringLiteral("does not exist");
    }
    void failsClearly()
    {
        QFETCH(QString, key);
        QFETCH(QString, apiBase);
        QFETCH(QString, db);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString store = db.contains(QLatin1String("://")) ? db : storePath(db);
        QStringList args = syncArgs(store);
        if (!apiBase.isEmpty())
            args[2] = apiBase;
        const Run r = cli(args, key);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        verifyKeyNotShown(r);
        if (!key.isEmpty())
            QVERIFY2(!r.err.contains(key), "the key was printed");
    }

    void readOnlyStoreIsRefused()
    {
        const QString store = storePath(QStringLiteral("readonly.sqlite"));
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner));
        if (QFileInfo(store).isWritable())
            QSKIP("this user (root) writes to read-only files");
        const Run r = cli(syncArgs(store));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be written to")), qPrintable(r.err));
    }

    void helpListsTheExitCodes()
    {
        for (const QStringList& args : {QStringList{QStringLiteral("sync"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("--help")}}) {
            const Run r = cli(args, {});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Exit codes:")), qPrintable(r.out));
            QVERIFY(r.out.contains(QStringLiteral("DEALERPAY_API_KEY")));
        }
    }

    void jobsRunOnceRunsEachJob()
    {
        const QString store = storePath(QStringLiteral("jobs.sqlite"));
        const Run r = cli({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("--once"),
                           QStringLiteral("--api-base"), m_env->baseUrl().toString(), QStringLiteral("--db"), store,
                           QStringLiteral("--settings"), m_home.filePath(QStringLiteral("cli.ini"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        verifyKeyNotShown(r);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("payout-mail: ")), qPrintable(r.out));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("refund-recovery: ")), qPrintable(r.out));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("sync: Synced ")), qPrintable(r.out));
        QCOMPARE(readStore(store).paymentRows, qint64(serverCharges().size()));
    }

    void jobsRunKeepsGoingUntilSigterm()
    {
        QProcess p;
        p.setProcessEnvironment(environment(kKey));
        p.start(QStringLiteral(DEALERPAY_CLI_PATH),
                {QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("--api-base"), m_env->baseUrl().toString(),
                 QStringLiteral("--db"), storePath(QStringLiteral("scheduled.sqlite")), QStringLiteral("--settings"),
                 m_home.filePath(QStringLiteral("cli.ini"))});
        QVERIFY(p.waitForStarted());
        // It runs on schedule: the first runs end, and it is still there.
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(p.readAllStandardOutput())).contains(QStringLiteral("sync: ")),
                                 120'000);
        QCOMPARE(p.state(), QProcess::Running);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "test_cli_sync.moc"
