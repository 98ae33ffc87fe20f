// The repositories of core/storage: a statement the store refuses (a unique constraint, a trigger standing for a full
// disk or a lost connection) is an error the caller sees, never a silent no-op.
#include "auth/passwordhash.h"
#include "auth/userservice.h"
#include "foundation/clock.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/payoutrepository.h"
#include "storage/rooftoprepository.h"
#include "storage/teamrepository.h"
#include "storage/userrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace dp;

class TestRepositories : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    int m_count = 0;

    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        password::testing::setIterations(1000);
    }

    void init()
    {
        store::Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_count));
        m_db = std::make_unique<store::Database>(options);
        QVERIFY(m_db->open().ok());
    }

    void cleanup() { m_db.reset(); }

    void teamNameTakenIsAnError()
    {
        store::TeamRepository teams(m_db->connection());
        const auto first = teams.insert(QStringLiteral("Sales desk"), true, 1000);
        QVERIFY(first.ok());
        const auto second = teams.insert(QStringLiteral("Sales desk"), false, 1001); // teams.name is UNIQUE
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Store);
        QVERIFY(!second.error().message.isEmpty());
        const auto all = teams.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().name, QStringLiteral("Sales desk"));
        QVERIFY(all->first().takesPayments);
    }

    void memberTwiceIsAnError()
    {
        store::TeamRepository teams(m_db->connection());
        const auto team = teams.insert(QStringLiteral("Service cashiers"), true, 1000);
        QVERIFY(team.ok());
        QVERIFY(teams.addMember(team.value(), 7).ok());
        const Status again = teams.addMember(team.value(), 7);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Store);
        const auto found = teams.find(team.value());
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(found.value()->memberIds, QList<qint64>{7});
    }

    void emailTakenIsAnError()
    {
        store::UserRepository users(m_db->connection());
        const store::NewUser dana{QStringLiteral("Dana"), QStringLiteral("dana@example.com"), {}, QStringLiteral("admin"),
                                  QStringLiteral("x"), false, 1000};
        const auto id = users.insertUser(dana);
        QVERIFY(id.ok());
        const auto twice = users.insertUser(dana); // users.email is UNIQUE
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, Error::Code::Store);
        const auto found = users.find(id.value());
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(found.value()->email, QStringLiteral("dana@example.com"));
        QCOMPARE(found.value()->role, QStringLiteral("admin"));
        QVERIFY(!users.find(id.value() + 1).value().has_value());
    }

    void rooftopsWithoutAccountCanBeMany()
    {
        // The account id is UNIQUE; rooftops not connected yet hold NULL, never '' (which would collide).
        store::RooftopRepository rooftops(m_db->connection());
        QVERIFY(rooftops.insert(QStringLiteral("North"), {}, 1000).ok());
        QVERIFY(rooftops.insert(QStringLiteral("South"), {}, 1000).ok());
        QVERIFY(rooftops.insert(QStringLiteral("East"), QStringLiteral("acct_1"), 1000).ok());
        const auto taken = rooftops.insert(QStringLiteral("West"), QStringLiteral("acct_1"), 1000);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().code, Error::Code::Store);
        QCOMPARE(rooftops.connectedAccountIds().value(), QStringList{QStringLiteral("acct_1")});
        QCOMPARE(rooftops.all().value().size(), 3);
    }

    void queuedTwiceIsNotAFailure()
    {
        // A second workstation queueing the same payout is expected (its key is taken): false, not an error.
        store::PayoutRepository outbox(m_db->connection());
        const store::PayoutNotice notice{QStringLiteral("po_1"), QStringLiteral("acct_1"), 177230, QStringLiteral("usd"),
                                         2000, 3, 1000};
        QCOMPARE(outbox.queue(notice).value(), true);
        QCOMPARE(outbox.queue(notice).value(), false);
        const auto due = outbox.due(10, 1000);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 1);
        QCOMPARE(outbox.claim(QStringLiteral("po_1"), 0, QStringLiteral("sending"), 1300).value(), true);
        QCOMPARE(outbox.claim(QStringLiteral("po_1"), 0, QStringLiteral("sending"), 1300).value(), false);
        const auto mail = outbox.mail(QStringLiteral("po_1"));
        QVERIFY(mail.ok() && mail->has_value());
        QCOMPARE(mail.value()->amount, qint64(177230));
        QCOMPARE(mail.value()->paymentCount, 3);

        store::SeenEventRepository seen(m_db->connection());
        QCOMPARE(seen.markSeen(QStringLiteral("evt_1"), QStringLiteral("account.updated"), QStringLiteral("acct_1"), 5).value(), true);
        QCOMPARE(seen.markSeen(QStringLiteral("evt_1"), QStringLiteral("account.updated"), QStringLiteral("acct_1"), 5).value(), false);
    }

    void refusedWriteIsAnError()
    {
        // A write the store refuses is reported: here a failed log-in that could not be counted must not read as a
        // plain "wrong password" (a guesser would never be locked out).
        ManualClock clock(1'000'000);
        store::AuditLog audit(*m_db);
        UserService users(*m_db, audit, clock);
        QVERIFY(users.seedDemo(QStringLiteral("Acme Motors")).ok());
        QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse_users BEFORE UPDATE ON users"
                                    " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
        const auto login = users.login(QStringLiteral("marco.manager@demo.dealerpay.test"), QStringLiteral("wrong-password"));
        QVERIFY(!login.ok());
        QCOMPARE(login.error().code, Error::Code::Store);
        QVERIFY2(login.error().message.contains(QStringLiteral("disk I/O error")), qPrintable(login.error().message));

        QVERIFY(exec(QStringLiteral("DROP TRIGGER refuse_users")));
        const auto wrong = users.login(QStringLiteral("marco.manager@demo.dealerpay.test"), QStringLiteral("wrong-password"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, Error::Code::Auth);
        const auto right = users.login(QStringLiteral("marco.manager@demo.dealerpay.test"), UserService::kDemoPassword);
        QVERIFY(right.ok());
        QVERIFY(right->inPaymentTeam);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
