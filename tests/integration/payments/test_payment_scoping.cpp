// SEC-1: payments, requests, refunds and receipts are read within the reader's scope, filtered in SQL by core.
// A Manager of team A never gets a row of team B through any core call; a Consultant sees only the payments of
// their own requests; an Admin sees all; a Manager demoted to Consultant loses the team's payments at once.
#include "paymentfixture.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "payments/paymentqueries.h"
#include "payments/refundservice.h"
#include "staff/staffservice.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTest>

using namespace dp;

class TestPaymentScoping : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentFixture> f;
    Session m_managerB, m_consultantB;
    // label -> charge id: "A-consultant" (consultant of team A), "A-manager" (the Manager of team A's own request),
    // "B-consultant" (consultant of team B).
    QHash<QString, QString> m_charges;
    QHash<QString, qint64> m_requests;

    Session reader(const QString& name) const
    {
        if (name == QLatin1String("admin"))
            return f->admin;
        if (name == QLatin1String("managerA"))
            return f->manager;
        if (name == QLatin1String("managerB"))
            return m_managerB;
        if (name == QLatin1String("consultantA"))
            return f->consultant;
        if (name == QLatin1String("consultantB"))
            return m_consultantB;
        return f->outsideManager;
    }
    QStringList chargesOf(const QStringList& labels) const
    {
        QStringList ids;
        for (const QString& l : labels)
            ids.append(m_charges.value(l));
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    int pendingRefunds()
    {
        QSqlQuery q(f->app().database().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM pending_ops WHERE kind = 'refund'")) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        f = std::make_unique<test::PaymentFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        // Team A is the fixture's "Service cashiers" (manager, consultant); team B takes payments too.
        auto teamB = f->app().staff().createTeam(f->admin, QStringLiteral("Body shop"), true);
        QVERIFY2(teamB.ok(), teamB.ok() ? "" : qPrintable(teamB.error().message));
        m_managerB = test::addTestUser(f->app(), QStringLiteral("Bella Bodyshop"), Role::Manager, false);
        m_consultantB = test::addTestUser(f->app(), QStringLiteral("Bruno Bodyshop"), Role::Consultant, false);
        for (Session* s : {&m_managerB, &m_consultantB}) {
            QVERIFY(f->app().staff().addMember(f->admin, teamB->id, s->userId).ok());
            s->inPaymentTeam = true;
        }
        const std::pair<QString, const Session*> payers[] = {
            {QStringLiteral("A-consultant"), &f->consultant},
            {QStringLiteral("A-manager"), &f->manager},
            {QStringLiteral("B-consultant"), &m_consultantB},
        };
        qint64 amount = 12000;
        for (const auto& [label, who] : payers) {
            auto paid = f->paidRequest(*who, amount += 1000);
            QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().message));
            QCOMPARE(paid->state, RequestState::Paid);
            QVERIFY(!paid->chargeId.isEmpty());
            m_charges.insert(label, paid->chargeId);
            m_requests.insert(label, paid->id);
        }
        QCOMPARE(f->app().payments().byId(f->admin, m_charges.value(QStringLiteral("B-consultant")))->team,
                 QStringLiteral("Body shop"));
        // One refund on B's payment, by B's Manager, so that refund reads have something to leak.
        auto draft = f->app().refunds().prepare(m_managerB, m_charges.value(QStringLiteral("B-consultant")), 500,
                                                QStringLiteral("requested_by_customer"));
        QVERIFY2(draft.ok(), draft.ok() ? "" : qPrintable(draft.error().message));
        QVERIFY(f->app().refunds().submit(m_managerB, draft->key).ok());
    }

    void readsStayInScope_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("visible");
        QTest::addColumn<QStringList>("teams");
        QTest::newRow("Admin: all") << "admin" << QStringList{"A-consultant", "A-manager", "B-consultant"}
                                    << QStringList{"Body shop", "Service cashiers"};
        QTest::newRow("Manager A: team A") << "managerA" << QStringList{"A-consultant", "A-manager"}
                                           << QStringList{"Service cashiers"};
        QTest::newRow("Manager B: team B") << "managerB" << QStringList{"B-consultant"} << QStringList{"Body shop"};
        QTest::newRow("Consultant A: own") << "consultantA" << QStringList{"A-consultant"} << QStringList{"Service cashiers"};
        QTest::newRow("Consultant B: own") << "consultantB" << QStringList{"B-consultant"} << QStringList{"Body shop"};
        QTest::newRow("Manager outside payment teams: none") << "outside" << QStringList{} << QStringList{};
    }
    void readsStayInScope()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, visible);
        QFETCH(QStringList, teams);
        const Session s = reader(who);
        PaymentQueries& payments = f->app().payments();
        const QStringList expected = chargesOf(visible);

        // count and page
        QCOMPARE(payments.count(s, {}).value(), qint64(expected.size()));
        QStringList paged;
        for (const store::PaymentRow& r : payments.page(s, {}, 0, 100).value())
            paged.append(r.id);
        std::sort(paged.begin(), paged.end());
        QCOMPARE(paged, expected);

        // byId / byIds (the receipt), refunds of a payment, refund eligibility: every charge, in scope or not
        QCOMPARE(payments.byIds(s, m_charges.values()).value().size(), expected.size());
        for (auto it = m_charges.cbegin(); it != m_charges.cend(); ++it) {
            const bool mine = expected.contains(it.value());
            const auto one = payments.byId(s, it.value());
            QCOMPARE(one.ok(), mine);
            if (!mine)
                QCOMPARE(one.error().code, Error::Code::NotFound); // the same answer as a payment that does not exist
            const auto refunds = payments.refundsOf(s, it.value());
            QVERIFY(refunds.ok());
            QCOMPARE(refunds->size(), mine && it.key() == QLatin1String("B-consultant") ? 1 : 0);
            QCOMPARE(f->app().refunds().refundsFor(s, it.value()).size(), refunds->size()); // the service agrees
            QCOMPARE(payments.refundEligibility(s, it.value()).ok(), mine);
        }

        // the filter lists
        QCOMPARE(payments.distinctValues(s, QStringLiteral("team")).value(), teams);
        const QStringList consultants = payments.distinctValues(s, QStringLiteral("consultant")).value();
        QCOMPARE(consultants.contains(QStringLiteral("Bruno Bodyshop")), visible.contains(QStringLiteral("B-consultant")));

        // search and an explicit filter on the other team find nothing of it
        store::PaymentFilter other;
        other.team = QStringLiteral("Body shop");
        QCOMPARE(payments.count(s, other).value(), qint64(visible.contains(QStringLiteral("B-consultant")) ? 1 : 0));
        store::PaymentFilter search;
        search.search = QStringLiteral("Bruno");
        QCOMPARE(payments.count(s, search).value(), qint64(visible.contains(QStringLiteral("B-consultant")) ? 1 : 0));

        // the requests list and a request read by id
        QSet<qint64> listed;
        for (const PaymentRequest& r : f->app().requests().list(s).value())
            listed.insert(r.id);
        for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
            QCOMPARE(listed.contains(it.value()), visible.contains(it.key()));
            QCOMPARE(f->app().requests().get(s, it.value()).ok(), visible.contains(it.key()));
        }
    }

    void managerCannotRefundOrCancelAnotherTeams()
    {
        const QString chargeB = m_charges.value(QStringLiteral("B-consultant"));
        const int before = pendingRefunds();
        auto refused = f->app().refunds().prepare(f->manager, chargeB, 100, QStringLiteral("requested_by_customer"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::NotFound);
        QCOMPARE(pendingRefunds(), before); // nothing stored, nothing sent
        auto resend = f->app().requests().resend(f->manager, m_requests.value(QStringLiteral("B-consultant")));
        QVERIFY(!resend.ok());
        auto cancel = f->app().requests().cancel(f->manager, m_requests.value(QStringLiteral("B-consultant")));
        QVERIFY(!cancel.ok());
        // Their own team's payment: allowed.
        QVERIFY(f->app().refunds().prepare(f->manager, m_charges.value(QStringLiteral("A-consultant")), 100,
                                           QStringLiteral("requested_by_customer")).ok());
    }

    void demotedManagerLosesTheTeamAtOnce()
    {
        // The open session still says Manager; core re-reads the role from the store.
        QVERIFY(f->app().staff().changeRole(f->admin, f->manager.userId, Role::Consultant).ok());
        QStringList seen;
        for (const store::PaymentRow& r : f->app().payments().page(f->manager, {}, 0, 100).value())
            seen.append(r.id);
        QCOMPARE(seen, QStringList{m_charges.value(QStringLiteral("A-manager"))}); // their own request only
        QVERIFY(!f->app().payments().byId(f->manager, m_charges.value(QStringLiteral("A-consultant"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestPaymentScoping)
#include "test_payment_scoping.moc"
