#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace dp;
using dp::store::AuditLog;
using dp::store::Database;

namespace {

Session user(qint64 id, const QString& name)
{
    Session s;
    s.userId = id;
    s.name = name;
    return s;
}

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;

    // A migrated store with five entries, ids 1..5.
    void fill(AuditLog& log)
    {
        const Session dana = user(1, QString::fromUtf8("Dana Whitfield"));
        const Session marco = user(2, QString::fromUtf8("Marco Álvarez"));
        QVERIFY(log.record(dana, "organization.created", {{"name", "Acme Motors"}}, 1000));
        QVERIFY(log.record(dana, "staff.invited", {{"email", "marco@example.com"}, {"role", "manager"}}, 1010));
        QVERIFY(log.record(marco, "payment.refunded", {{"amount", 12500}, {"currency", "usd"}, {"id", "re_1"}}, 1020));
        QVERIFY(log.record(marco, "payment.captured", {{"amount", 990}}, 1030));
        QVERIFY(log.record(dana, "payments.payout_settings", {{"interval", "weekly"}}, 1040));
    }

private slots:
    void init()
    {
        Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++m_count));
        m_db = std::make_unique<Database>(options);
        const Status opened = m_db->open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    }
    void cleanup() { m_db.reset(); }

    void emptyLogVerifies()
    {
        AuditLog log(*m_db);
        const AuditLog::Verification v = log.verify();
        QVERIFY(v.ok);
        QCOMPARE(v.rows, 0);
        QCOMPARE(v.firstBadId, 0);
    }

    void chainVerifies()
    {
        AuditLog log(*m_db);
        fill(log);
        const AuditLog::Verification v = log.verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.rows, 5);
        QCOMPARE(v.firstBadId, 0);
        QVERIFY(v.problem.isEmpty());
    }

    void hashFormula()
    {
        AuditLog log(*m_db);
        fill(log);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec("SELECT at, user_id, user_name, action, details, prev_hash, hash FROM audit_log ORDER BY id"));
        QString prev(64, QLatin1Char('0')); // the first row chains onto 64 zeros
        while (q.next()) {
            QCOMPARE(q.value(5).toString(), prev);
            const QString text = prev + "|" + q.value(0).toString() + "|" + q.value(1).toString() + "|"
                + q.value(2).toString() + "|" + q.value(3).toString() + "|" + q.value(4).toString();
            const QString expected =
                QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
            QCOMPARE(q.value(6).toString(), expected);
            prev = expected;
        }
        QVERIFY(q.exec("SELECT details FROM audit_log WHERE id = 3"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("{\"amount\":12500,\"currency\":\"usd\",\"id\":\"re_1\"}"));
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBadId");
        QTest::newRow("details altered") << "UPDATE audit_log SET details = '{\"amount\":1}' WHERE id = 3" << qint64(3);
        QTest::newRow("action altered") << "UPDATE audit_log SET action = 'payment.voided' WHERE id = 3" << qint64(3);
        QTest::newRow("user altered") << "UPDATE audit_log SET user_id = 1, user_name = 'Dana Whitfield' WHERE id = 4"
                                      << qint64(4);
        QTest::newRow("time altered") << "UPDATE audit_log SET at = 999 WHERE id = 2" << qint64(2);
        QTest::newRow("middle row deleted") << "DELETE FROM audit_log WHERE id = 3" << qint64(4);
        QTest::newRow("first row deleted") << "DELETE FROM audit_log WHERE id = 1" << qint64(2);
        QTest::newRow("prev link altered") << "UPDATE audit_log SET prev_hash = hash WHERE id = 5" << qint64(5);
        QTest::newRow("last entry altered") << "UPDATE audit_log SET details = '{}' WHERE id = 5" << qint64(5);
    }
    void tampering()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, firstBadId);
        AuditLog log(*m_db);
        fill(log);
        QVERIFY(exec(*m_db, sql));
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadId, firstBadId);
        QVERIFY(v.problem.contains(QString::number(firstBadId)));
    }

    void rehashedRowStillDetected()
    {
        // Someone who alters a row and recomputes its hash breaks the link of the next row.
        AuditLog log(*m_db);
        fill(log);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec("SELECT at, user_id, user_name, action, prev_hash FROM audit_log WHERE id = 3"));
        QVERIFY(q.next());
        const QString details = QStringLiteral("{\"amount\":1}");
        const QString text = q.value(4).toString() + "|" + q.value(0).toString() + "|" + q.value(1).toString() + "|"
            + q.value(2).toString() + "|" + q.value(3).toString() + "|" + details;
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE audit_log SET details = '%1', hash = '%2' WHERE id = 3")
                                .arg(details, hash)));
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadId, 4);
    }

    void appendsAfterTamperingDoNotHideIt()
    {
        AuditLog log(*m_db);
        fill(log);
        QVERIFY(exec(*m_db, "DELETE FROM audit_log WHERE id = 2"));
        QVERIFY(log.record(user(1, "Dana"), "late.entry", {}, 2000));
        QCOMPARE(log.verify().firstBadId, 3);
    }

    void latestNewestFirst()
    {
        AuditLog log(*m_db);
        fill(log);
        const QList<AuditLog::Entry> entries = log.latest(2);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, 5);
        QCOMPARE(entries.at(0).action, QStringLiteral("payments.payout_settings"));
        QCOMPARE(entries.at(0).details.value("interval").toString(), QStringLiteral("weekly"));
        QCOMPARE(entries.at(1).id, 4);
        QCOMPARE(entries.at(1).userId, 2);
        QCOMPARE(entries.at(1).userName, QString::fromUtf8("Marco Álvarez"));
        QCOMPARE(entries.at(1).at, 1030);
        QCOMPARE(entries.at(1).details.value("amount").toInteger(), 990);
        QCOMPARE(log.latest(100).size(), 5);
        QCOMPARE(log.latest(0).size(), 0);
    }

    void concurrentAppendsKeepOneChain()
    {
        AuditLog log(*m_db);
        auto writer = [&](qint64 userId) {
            for (int i = 0; i < 15; ++i)
                log.record(user(userId, QStringLiteral("writer %1").arg(userId)), "test.append", {{"i", i}}, 3000 + i);
        };
        std::unique_ptr<QThread> a(QThread::create(writer, 1));
        std::unique_ptr<QThread> b(QThread::create(writer, 2));
        a->start();
        b->start();
        writer(3);
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        const AuditLog::Verification v = log.verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.rows, 45);
    }

    void storeFailureReported()
    {
        Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("unmigrated.sqlite"));
        Database raw(options); // never opened: no audit_log table
        AuditLog log(raw);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("AuditLog: could not record test.fail"));
        QVERIFY(!log.record(user(1, "Dana"), "test.fail", {}, 1));
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.ok);
        QVERIFY(!v.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"
