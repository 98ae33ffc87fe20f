// The role table of the window's navigation: which pages each role sees, and where each lands (SEC-1, issue 7).
#include "auth/roles.h"

#include <QTest>

using namespace dp;

Q_DECLARE_METATYPE(dp::Role)

namespace {
QStringList keys(const QList<Page>& pages)
{
    QStringList list;
    for (Page page : pages)
        list.append(pageKey(page));
    return list;
}
}

class TestRoles : public QObject
{
    Q_OBJECT
private slots:
    void pagesFollowTheRole_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("inPaymentTeam");
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<QString>("landing");
        const QStringList payments{QStringLiteral("requests"), QStringLiteral("allPayments"),
                                   QStringLiteral("payouts"), QStringLiteral("reconciliation"),
                                   QStringLiteral("reports")};
        const QStringList adminAndManage{QStringLiteral("connections"), QStringLiteral("billing"),
                                         QStringLiteral("financing"),   QStringLiteral("staff"),
                                         QStringLiteral("teams"),       QStringLiteral("invitations")};
        QTest::newRow("admin") << Role::Admin << false << adminAndManage + payments << "connections";
        QTest::newRow("admin in a payment team") << Role::Admin << true << adminAndManage + payments << "connections";
        QTest::newRow("manager in a payment team") << Role::Manager << true << payments << "allPayments";
        QTest::newRow("manager in no payment team") << Role::Manager << false << QStringList() << "";
        QTest::newRow("consultant") << Role::Consultant << true << QStringList{QStringLiteral("requests")}
                                    << "requests";
        QTest::newRow("consultant in no team") << Role::Consultant << false
                                               << QStringList{QStringLiteral("requests")} << "requests";
    }

    void pagesFollowTheRole()
    {
        QFETCH(Role, role);
        QFETCH(bool, inPaymentTeam);
        QFETCH(QStringList, pages);
        QFETCH(QString, landing);
        QCOMPARE(keys(pagesFor(role, inPaymentTeam)), pages);
        const std::optional<Page> landed = landingPage(role, inPaymentTeam);
        QCOMPARE(landed ? pageKey(*landed) : QString(), landing);
        // All payments exactly for those allowed to see every payment of their teams.
        QCOMPARE(pages.contains(QStringLiteral("allPayments")),
                 roleAllows(role, Permission::ViewAllPayments, inPaymentTeam));
    }

    void everyKeyReadsBack()
    {
        for (int i = int(Page::Connections); i <= int(Page::Reports); ++i) {
            const Page page = Page(i);
            QVERIFY(!pageKey(page).isEmpty());
            QCOMPARE(pageFromKey(pageKey(page)), std::optional<Page>(page));
        }
        QCOMPARE(pageFromKey(QStringLiteral("nonsense")), std::optional<Page>());
    }
};

QTEST_APPLESS_MAIN(TestRoles)
#include "test_roles.moc"
