// The Payments tab inside the real main window, for each demo role: Consultants get "Request payment" and their
// own requests only, Managers in a payment team and Admins also the table of all payments with Refund; the sync
// status sits in the status bar and leaves with the signed-out user.
#include "guitest.h"
#include "paymentsguitest.h"
#include "testenv.h"

#include "shell/mainwindow.h"
#include "shell/navigation.h"
#include "payments/paymentssync.h"
#include "payments/paymentstab.h"
#include "payments/paymentsview.h"
#include "context/appcontext.h"
#include "demo/demoseed.h"
#include "foundation/settings.h"

#include <QPushButton>
#include <QStatusBar>
#include <QStackedWidget>
#include <QTest>

using namespace dp;
using dp::test::click;
using dp::test::visible;

class TestGuiPaymentsRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabFollowsTheRole_data();
    void tabFollowsTheRole();
    void cleanupTestCase();

private:
    std::unique_ptr<test::TestEnv> m_env;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestGuiPaymentsRoles::initTestCase()
{
    test::prepareGuiTest();
    m_env = std::make_unique<test::TestEnv>(QStringLiteral("demo"));
    QVERIFY2(m_env->ok(), qPrintable(m_env->error()));
    m_env->app().settings().setValue(Settings::Key::EventPollSeconds, 3600);
    const Status seeded = seedDemoWorkspace(m_env->app(), QStringLiteral("Demo Motors"));
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
    m_window = std::make_unique<ui::MainWindow>(m_env->app());
    m_window->resize(1440, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiPaymentsRoles::cleanupTestCase()
{
    m_window.reset();
}

void TestGuiPaymentsRoles::tabFollowsTheRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("pages");
    QTest::addColumn<bool>("refund");
    QTest::newRow("consultant") << QStringLiteral("consultant") << 1 << false;
    QTest::newRow("manager") << QStringLiteral("manager") << 2 << true;
    QTest::newRow("admin") << QStringLiteral("admin") << 2 << true;
}

void TestGuiPaymentsRoles::tabFollowsTheRole()
{
    QFETCH(QString, role);
    QFETCH(int, pages);
    QFETCH(bool, refund);
    QTRY_VERIFY(visible(QStringLiteral("demoLogin_") + role));
    QVERIFY(click(visible<QPushButton>(QStringLiteral("demoLogin_") + role)));
    QTRY_VERIFY(visible(QStringLiteral("workArea")));

    auto* nav = visible<ui::Navigation>(QStringLiteral("navigation"));
    auto* payments = m_window->findChild<ui::PaymentsTab*>(QStringLiteral("paymentsTab"));
    QVERIFY(nav && payments);
    QVERIFY(nav->setCurrentPage(QStringLiteral("requests")));
    QVERIFY(visible(QStringLiteral("requestPaymentButton")));
    auto* pageStack = payments->findChild<QStackedWidget*>(QStringLiteral("paymentsPages"));
    QCOMPARE(pageStack->count(), pages);
    QCOMPARE(payments->paymentsView() != nullptr, pages == 2);
    QCOMPARE(nav->pages().contains(QStringLiteral("allPayments")), pages == 2);
    if (payments->paymentsView()) {
        QVERIFY(nav->setCurrentPage(QStringLiteral("allPayments")));
        QVERIFY(visible(QStringLiteral("paymentsTable")));
    }
    QCOMPARE(visible(QStringLiteral("refundButton")) != nullptr, refund);

    // The sync reports in the main window's status bar, and goes away with the user.
    QVERIFY(m_window->statusBar()->findChild<ui::PaymentsSync*>(QStringLiteral("syncStatus")));
    QVERIFY(test::waitForSync(payments));
    test::screenshot(m_window.get(), QStringLiteral("45-main-window-") + role);
    QVERIFY(click(visible<QPushButton>(QStringLiteral("signOutButton"))));
    QTRY_VERIFY(!m_window->statusBar()->findChild<ui::PaymentsSync*>(QStringLiteral("syncStatus")));
}

QTEST_MAIN(TestGuiPaymentsRoles)
#include "test_gui_payments_roles.moc"
