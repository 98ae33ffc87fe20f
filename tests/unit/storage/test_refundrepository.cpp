// Schema v4 and RefundRepository: one refund in flight per charge, enforced by the store itself, and stores written
// before v4 (several prepared or unknown refunds on one charge) brought in line by the migration.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/refundrepository.h"
#include "storage/schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <tuple>

using namespace dp;
using dp::store::Database;
using dp::store::RefundRepository;

class TestRefundRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QJsonObject payload(qint64 amount) { return {{QStringLiteral("amount"), amount}}; }
    static Database::Options sqlite(const QString& path)
    {
        Database::Options options;
        options.path = path;
        return options;
    }

private slots:
    void oneRefundInFlightPerCharge_data()
    {
        QTest::addColumn<QString>("firstState");
        QTest::addColumn<bool>("secondAllowed");
        QTest::newRow("prepared blocks") << QStringLiteral("prepared") << false;
        QTest::newRow("sending blocks") << QStringLiteral("sending") << false;
        QTest::newRow("succeeded does not") << QStringLiteral("succeeded") << true;
        QTest::newRow("failed does not") << QStringLiteral("failed") << true;
        QTest::newRow("not sent does not") << QStringLiteral("not_sent") << true;
        QTest::newRow("discarded does not") << QStringLiteral("discarded") << true;
    }
    void oneRefundInFlightPerCharge()
    {
        QFETCH(QString, firstState);
        QFETCH(bool, secondAllowed);
        Database db(sqlite(m_dir.filePath(QStringLiteral("inflight-%1.sqlite").arg(firstState))));
        QVERIFY(db.open().ok());
        RefundRepository repo(db);
        QVERIFY(repo.insertPrepared(QStringLiteral("k1"), QStringLiteral("ch_1"), payload(100), 10).ok());
        if (firstState != QLatin1String("prepared"))
            QVERIFY(repo.transition(QStringLiteral("k1"), {QStringLiteral("prepared")}, firstState, {}, 11).value());
        QVERIFY(repo.insertPrepared(QStringLiteral("other"), QStringLiteral("ch_2"), payload(100), 12).ok());
        const Status second = repo.insertPrepared(QStringLiteral("k2"), QStringLiteral("ch_1"), payload(100), 13);
        QCOMPARE(second.ok(), secondAllowed);
        if (!secondAllowed)
            QCOMPARE(second.error().code, Error::Code::Conflict);
        // A transition only moves from the states given: a refund already sent is never "prepared" again.
        QVERIFY(!repo.transition(QStringLiteral("k1"), {QStringLiteral("nonexistent")}, QStringLiteral("sending"), {}, 14)
                     .value());
    }

    void migrationBringsOldStoresInLine()
    {
        // A store at schema v3 holding what the old code left behind on charge ch_1: two drafts never sent (Back
        // then Continue) and two refunds of unknown outcome; on ch_2 one refund of unknown outcome.
        const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            const QList<QStringList> steps{store::schemaV1(), store::schemaV2Staff(), store::schemaV3Payments()};
            for (const QStringList& step : steps) {
                for (QString sql : step) {
                    if (sql.startsWith(QLatin1String("PG:")))
                        continue;
                    if (sql.startsWith(QLatin1String("SQLITE:")))
                        sql = sql.mid(7);
                    sql.replace(QLatin1String("%ID%"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
                    QVERIFY2(q.exec(sql), qPrintable(sql));
                }
            }
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1), (2), (3)")));
            const QList<std::tuple<QString, QString, QString, int>> rows{
                {QStringLiteral("p1"), QStringLiteral("ch_1"), QStringLiteral("prepared"), 1},
                {QStringLiteral("p2"), QStringLiteral("ch_1"), QStringLiteral("prepared"), 2},
                {QStringLiteral("s1"), QStringLiteral("ch_1"), QStringLiteral("sending"), 3},
                {QStringLiteral("s2"), QStringLiteral("ch_1"), QStringLiteral("sending"), 4},
                {QStringLiteral("s3"), QStringLiteral("ch_2"), QStringLiteral("sending"), 5}};
            for (const auto& [key, charge, state, created] : rows) {
                q.prepare(QStringLiteral("INSERT INTO pending_ops (idem_key, kind, subject, payload, state, created_at,"
                                         " updated_at) VALUES (?, 'refund', ?, '{}', ?, ?, ?)"));
                q.addBindValue(key);
                q.addBindValue(charge);
                q.addBindValue(state);
                q.addBindValue(created);
                q.addBindValue(created);
                QVERIFY(q.exec());
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        Database db(sqlite(path));
        const Status opened = db.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(db.schemaVersion(), store::latestSchemaVersion());
        RefundRepository repo(db);
        const auto state = [&repo](const QString& key) { return repo.byKey(key).value()->state; };
        QCOMPARE(state(QStringLiteral("p1")), QStringLiteral("discarded"));
        QCOMPARE(state(QStringLiteral("p2")), QStringLiteral("discarded"));
        QCOMPARE(state(QStringLiteral("s1")), QStringLiteral("sending")); // the oldest keeps its place
        QCOMPARE(state(QStringLiteral("s2")), QStringLiteral("verify"));  // resolved by the server check only
        QCOMPARE(state(QStringLiteral("s3")), QStringLiteral("sending"));
        QCOMPARE(repo.unresolved().value().size(), 3);
        QCOMPARE(repo.chargesWithUnresolved().value(), (QSet<QString>{QStringLiteral("ch_1"), QStringLiteral("ch_2")}));
        QCOMPARE(repo.openFor(QStringLiteral("ch_1")).value()->key, QStringLiteral("s1"));
        QCOMPARE(repo.insertPrepared(QStringLiteral("new"), QStringLiteral("ch_2"), payload(1), 9).error().code,
                 Error::Code::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestRefundRepository)
#include "test_refundrepository.moc"
