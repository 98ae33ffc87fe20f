// The window's left navigation (issue 7, section 6): each role sees exactly its pages under their area headings,
// lands on its page (a Manager in a payment team on All payments), moves with the keyboard, and comes back to the
// page it used last. The pages not built yet say what they will hold.
#include "guitest.h"
#include "stafffixture.h"

#include "auth/roles.h"
#include "context/appcontext.h"
#include "foundation/settings.h"
#include "shell/navigation.h"
#include "shell/workarea.h"
#include "staff/staffservice.h"

#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QStackedWidget>
#include <QTest>

using namespace dp;
using dp::test::screenshot;
using dp::test::visible;

class TestGuiNavigation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesFollowTheRole_data();
    void pagesFollowTheRole();
    void keyboardMovesBetweenPages();
    void lastPageIsRememberedPerUser();
    void cleanupTestCase();

private:
    // The work area of this user in a main window, as after signing in.
    ui::Navigation* open(const Session& who);

    std::unique_ptr<test::StaffFixture> m_f;
    std::unique_ptr<QMainWindow> m_host;
    Session m_session; // the work area keeps a reference
    QHash<QString, Session> m_users;
};

void TestGuiNavigation::initTestCase()
{
    test::prepareGuiTest();
    m_f = std::make_unique<test::StaffFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    const Session admin = m_f->admin();
    auto team = m_f->app().staff().createTeam(admin, QStringLiteral("Service cashiers"), true);
    auto quiet = m_f->app().staff().createTeam(admin, QStringLiteral("Body shop"), false);
    QVERIFY(team.ok() && quiet.ok());
    m_users.insert(QStringLiteral("admin"), admin);
    m_users.insert(QStringLiteral("manager in a payment team"),
                   m_f->join(QStringLiteral("Marco Alvarez"), Role::Manager, {team->id}));
    m_users.insert(QStringLiteral("manager in no payment team"),
                   m_f->join(QStringLiteral("Nina Park"), Role::Manager, {quiet->id}));
    m_users.insert(QStringLiteral("consultant"), m_f->join(QStringLiteral("Chloe Tremblay"), Role::Consultant, {team->id}));
    for (const Session& s : std::as_const(m_users))
        QVERIFY(s.isValid());
    QVERIFY(m_users.value(QStringLiteral("manager in a payment team")).inPaymentTeam);
    QVERIFY(!m_users.value(QStringLiteral("manager in no payment team")).inPaymentTeam);
}

void TestGuiNavigation::cleanupTestCase()
{
    m_host.reset();
    m_f.reset();
}

ui::Navigation* TestGuiNavigation::open(const Session& who)
{
    m_host.reset();
    m_session = who;
    m_host = std::make_unique<QMainWindow>();
    auto* work = new ui::WorkArea(m_f->app(), m_session);
    m_host->setCentralWidget(work);
    m_host->resize(1200, 760);
    m_host->show();
    if (!QTest::qWaitForWindowExposed(m_host.get()))
        return nullptr;
    return work->navigation();
}

void TestGuiNavigation::pagesFollowTheRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QString>("landing");
    QTest::addColumn<QStringList>("headings");
    const QStringList payments{QStringLiteral("requests"), QStringLiteral("allPayments"), QStringLiteral("payouts"),
                               QStringLiteral("reconciliation"), QStringLiteral("reports")};
    QTest::newRow("admin") << QStringLiteral("admin")
                           << QStringList{QStringLiteral("connections"), QStringLiteral("billing"),
                                          QStringLiteral("financing"), QStringLiteral("staff"),
                                          QStringLiteral("teams"), QStringLiteral("invitations")} + payments
                           << QStringLiteral("connections")
                           << QStringList{QStringLiteral("ADMIN"), QStringLiteral("MANAGE"), QStringLiteral("PAYMENTS")};
    QTest::newRow("manager in a payment team") << QStringLiteral("manager in a payment team") << payments
                                               << QStringLiteral("allPayments")
                                               << QStringList{QStringLiteral("PAYMENTS")};
    QTest::newRow("manager in no payment team") << QStringLiteral("manager in no payment team")
                                                << QStringList{QStringLiteral("welcome")} << QStringLiteral("welcome")
                                                << QStringList();
    QTest::newRow("consultant") << QStringLiteral("consultant") << QStringList{QStringLiteral("requests")}
                                << QStringLiteral("requests") << QStringList{QStringLiteral("PAYMENTS")};
}

void TestGuiNavigation::pagesFollowTheRole()
{
    QFETCH(QString, user);
    QFETCH(QStringList, pages);
    QFETCH(QString, landing);
    QFETCH(QStringList, headings);
    m_f->app().settings().reset(Settings::Key::UiLastPages);
    const Session who = m_users.value(user);
    ui::Navigation* nav = open(who);
    QVERIFY(nav);
    QCOMPARE(nav->pages(), pages);
    QCOMPARE(nav->currentPage(), landing);
    QCOMPARE(pages.contains(QStringLiteral("allPayments")), who.can(Permission::ViewAllPayments));

    // The area headings are in the list but cannot be chosen.
    QListWidget* list = nav->list();
    QStringList shownHeadings;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->flags() == Qt::NoItemFlags)
            shownHeadings.append(list->item(row)->text());
    }
    QCOMPARE(shownHeadings, headings);
    QCOMPARE(list->count(), pages.size() + headings.size());
    QVERIFY(!list->accessibleName().isEmpty());
    screenshot(m_host.get(), QStringLiteral("36-navigation-") + QString(user).replace(QLatin1Char(' '), QLatin1Char('-')));

    // Every page shows something: the pages to come say what they will hold.
    for (const QString& key : pages) {
        QVERIFY(nav->setCurrentPage(key));
        QCOMPARE(nav->currentPage(), key);
        QWidget* page = nav->currentWidget();
        QVERIFY(page && page->isVisible());
        if (key == QLatin1String("payouts") || key == QLatin1String("reports")
            || key == QLatin1String("reconciliation")) { // real pages (PAY-7, PAY-6, PAY-8)
            QCOMPARE(page->objectName(), key + QStringLiteral("Page"));
            QVERIFY(visible(key == QLatin1String("payouts")  ? QStringLiteral("payoutsTable")
                            : key == QLatin1String("reports") ? QStringLiteral("reportRun")
                                                              : QStringLiteral("importDmsButton")));
        }
        if (key == QLatin1String("billing") || key == QLatin1String("financing")) {
            QCOMPARE(page->objectName(), key + QStringLiteral("Page"));
            auto* text = page->findChild<QLabel*>(QStringLiteral("comingSoonText"));
            QVERIFY(text && text->isVisible() && text->text().size() > 40);
        }
    }
    if (pages.contains(QStringLiteral("teams"))) {
        QVERIFY(nav->setCurrentPage(QStringLiteral("teams")));
        QVERIFY(visible(QStringLiteral("teamsList")));
        QVERIFY(!visible(QStringLiteral("inviteNameEdit")));
        QVERIFY(nav->setCurrentPage(QStringLiteral("invitations")));
        QVERIFY(visible(QStringLiteral("inviteNameEdit")));
        QVERIFY(nav->setCurrentPage(QStringLiteral("staff")));
        QVERIFY(visible(QStringLiteral("payoutRecipientsList"))); // the payout e-mails' recipients
        QVERIFY(visible(QStringLiteral("mailServerButton")));     // and the mail server they go through
    }
    if (pages.contains(QStringLiteral("allPayments"))) {
        QVERIFY(nav->setCurrentPage(QStringLiteral("allPayments")));
        QVERIFY(visible(QStringLiteral("paymentsTable")));
        QVERIFY(nav->setCurrentPage(QStringLiteral("requests")));
        QVERIFY(visible(QStringLiteral("requestsView")));
        QVERIFY(!visible(QStringLiteral("paymentsTable")));
    }
    QVERIFY(!nav->setCurrentPage(QStringLiteral("nonsense")));
}

void TestGuiNavigation::keyboardMovesBetweenPages()
{
    m_f->app().settings().reset(Settings::Key::UiLastPages);
    ui::Navigation* nav = open(m_users.value(QStringLiteral("admin")));
    QVERIFY(nav);
    QListWidget* list = nav->list();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(nav->currentPage(), QStringLiteral("connections"));
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(nav->currentPage(), QStringLiteral("billing"));
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(nav->currentPage(), QStringLiteral("financing"));
    QTest::keyClick(list, Qt::Key_Down); // over the "Manage" heading
    QCOMPARE(nav->currentPage(), QStringLiteral("staff"));
    QVERIFY(visible(QStringLiteral("manageTab")));
    QTest::keyClick(list, Qt::Key_Up); // and back over it
    QCOMPARE(nav->currentPage(), QStringLiteral("financing"));
    QTest::keyClick(list, Qt::Key_End);
    QCOMPARE(nav->currentPage(), QStringLiteral("reports"));
    QTest::keyClick(list, Qt::Key_Home); // not onto the "Admin" heading
    QCOMPARE(nav->currentPage(), QStringLiteral("connections"));
    QCOMPARE(list->currentItem()->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Connections"));
    QVERIFY(visible(QStringLiteral("adminTab")));
    QTest::keyClick(list, Qt::Key_PageDown);
    QVERIFY(list->currentItem()->flags() & Qt::ItemIsSelectable);
    QTest::keyClick(list, Qt::Key_PageUp);
    QCOMPARE(nav->currentPage(), QStringLiteral("connections"));
}

void TestGuiNavigation::lastPageIsRememberedPerUser()
{
    m_f->app().settings().reset(Settings::Key::UiLastPages);
    const Session admin = m_users.value(QStringLiteral("admin"));
    const Session manager = m_users.value(QStringLiteral("manager in a payment team"));
    ui::Navigation* nav = open(admin);
    QVERIFY(nav);
    QVERIFY(nav->setCurrentPage(QStringLiteral("teams")));
    nav = open(manager);
    QCOMPARE(nav->currentPage(), QStringLiteral("allPayments")); // the Admin's choice is theirs only
    QVERIFY(nav->setCurrentPage(QStringLiteral("requests")));
    nav = open(admin);
    QCOMPARE(nav->currentPage(), QStringLiteral("teams"));
    QVERIFY(visible(QStringLiteral("teamsList")));
    nav = open(manager);
    QCOMPARE(nav->currentPage(), QStringLiteral("requests"));
}

QTEST_MAIN(TestGuiNavigation)
#include "test_gui_navigation.moc"
