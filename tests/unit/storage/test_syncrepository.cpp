// the sync's SQL in one repository — positions, refunds, payouts, payout links, events applied; a write
// that fails is an error the sync sees, never skipped.
#include "storage/database.h"
#include "storage/syncrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace dp;
using dp::store::Database;
using dp::store::SyncRepository;

class TestSyncRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_n));
        m_db = std::make_unique<Database>(options);
        QVERIFY(m_db->open().ok());
    }

    void positionStartsUnknownThenFollowsTheCursor()
    {
        SyncRepository repo(*m_db);
        auto before = repo.position(QStringLiteral("acct_1"), QStringLiteral("charges"));
        QVERIFY(before.ok());
        QVERIFY(!before->known);
        QVERIFY(repo.startBackfill(QStringLiteral("acct_1"), QStringLiteral("charges"), 940, 1000).ok());
        QVERIFY(repo.startBackfill(QStringLiteral("acct_1"), QStringLiteral("charges"), 990, 1050).ok()); // no-op
        QCOMPARE(repo.eventsSince(QStringLiteral("acct_1")).value(), qint64(940));
        QString error;
        QVERIFY(m_db->transaction([&](QSqlDatabase& db) {
            return SyncRepository::saveCursor(db, QStringLiteral("acct_1"), QStringLiteral("charges"),
                                              QStringLiteral("ch_9"), true, 1100, &error);
        }));
        auto after = repo.position(QStringLiteral("acct_1"), QStringLiteral("charges"));
        QVERIFY(after->known);
        QVERIFY(after->done);
        QCOMPARE(after->cursor, QStringLiteral("ch_9"));
        QVERIFY(repo.saveEventsSince(QStringLiteral("acct_1"), 1200).ok());
        QCOMPARE(repo.eventsSince(QStringLiteral("acct_1")).value(), qint64(1200));
    }

    void cursorWithoutPositionIsAnError()
    {
        QString error;
        QVERIFY(!m_db->transaction([&](QSqlDatabase& db) {
            return SyncRepository::saveCursor(db, QStringLiteral("acct_x"), QStringLiteral("refunds"),
                                              QStringLiteral("re_1"), false, 1, &error);
        }));
        QVERIFY(!error.isEmpty());
    }

    void refundsAndPayoutsUpsertWithoutDuplicates()
    {
        SyncRepository repo(*m_db);
        api::Refund r;
        r.id = QStringLiteral("re_1");
        r.charge = QStringLiteral("ch_1");
        r.amount = 500;
        r.currency = QStringLiteral("usd");
        r.status = QStringLiteral("pending");
        r.created = 10;
        QVERIFY(repo.storeRefunds(QStringLiteral("acct_1"), {r}).ok());
        r.status = QStringLiteral("succeeded");
        QVERIFY(repo.storeRefunds(QStringLiteral("acct_1"), {r}).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM refunds")), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM refunds WHERE status = 'succeeded' AND amount = 500")), qint64(1));

        api::Payout p;
        p.id = QStringLiteral("po_1");
        p.amount = 9000;
        p.currency = QStringLiteral("usd");
        p.status = QStringLiteral("in_transit");
        p.arrivalDate = 100;
        QVERIFY(repo.storePayouts(QStringLiteral("acct_1"), {p}).ok());
        p.status = QStringLiteral("paid");
        p.arrivalDate = 120;
        QVERIFY(repo.storePayouts(QStringLiteral("acct_1"), {p}).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payouts WHERE status = 'paid' AND arrival_date = 120")), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payouts")), qint64(1));
    }

    void eventsAreMarkedOnce()
    {
        SyncRepository repo(*m_db);
        api::Event e;
        e.id = QStringLiteral("evt_1");
        e.type = QStringLiteral("charge.succeeded");
        e.created = 50;
        QVERIFY(!repo.eventSeen(e.id).value());
        QVERIFY(repo.markEventSeen(e, QStringLiteral("acct_1")).ok());
        QVERIFY(repo.markEventSeen(e, QStringLiteral("acct_1")).ok()); // read twice: still one row
        QVERIFY(repo.eventSeen(e.id).value());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events_seen")), qint64(1));
    }

    void failedWritesAreErrors()
    {
        SyncRepository repo(*m_db);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE events_seen")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE payouts")));
        api::Event e;
        e.id = QStringLiteral("evt_2");
        QVERIFY(!repo.eventSeen(e.id).ok());
        const Status marked = repo.markEventSeen(e, QStringLiteral("acct_1"));
        QVERIFY(!marked.ok());
        QCOMPARE(marked.error().code, Error::Code::Store);
        api::Payout p;
        p.id = QStringLiteral("po_2");
        QVERIFY(!repo.storePayouts(QStringLiteral("acct_1"), {p}).ok());
    }
};

QTEST_GUILESS_MAIN(TestSyncRepository)
#include "test_syncrepository.moc"
