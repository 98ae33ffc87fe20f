// The Payments tab inside the real main window, for each demo role: Consultants get "Request payment" and their
// own requests only, Managers in a payment team and Admins also the table of payments with Refund — a Manager only
// the payments of their payment-taking team (SEC-1), an Admin every team's; the sync status sits in the status bar
// and leaves with the signed-out user.
#include "guitest.h"
#include "paymentsguitest.h"
#include "testenv.h"

#include "shell/mainwindow.h"
#include "shell/navigation.h"
#include "payments/paymentssync.h"
#include "payments/paymentstab.h"
#include "payments/paymentsmodel.h"
#include "payments/paymentsview.h"
#include "context/appcontext.h"
#include "demo/demoseed.h"
#include "foundation/settings.h"

#include <QComboBox>
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
    QTest::addColumn<QStringList>("teams"); // the teams whose payments the table shows (the demo data has two)
    QTest::newRow("consultant") << QStringLiteral("consultant") << 1 << false << QStringList();
    QTest::newRow("manager") << QStringLiteral("manager") << 2 << true << QStringList{QStringLiteral("Service cashiers")};
    QTest::newRow("admin") << QStringLiteral("admin") << 2 << true
                           << QStringList{QStringLiteral("Sales desk"), QStringLiteral("Service cashiers")};
}

void TestGuiPaymentsRoles::tabFollowsTheRole()
{
    QFETCH(QString, role);
    QFETCH(int, pages);
    QFETCH(bool, refund);
    QFETCH(QStringList, teams);
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
    if (ui::PaymentsView* view = payments->paymentsView()) {
        ui::PaymentsModel* model = view->model();
        QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
        view->reload(); // the team list after the sync
        QTRY_VERIFY(!model->isLoading());
        auto* teamFilter = view->findChild<QComboBox*>(QStringLiteral("teamFilter"));
        QStringList listed;
        for (int i = 1; i < teamFilter->count(); ++i)
            listed.append(teamFilter->itemData(i).toString());
        QCOMPARE(listed, teams);
        while (model->canFetchMore({})) { // every row, not only the first block
            model->fetchMore({});
            QTRY_VERIFY(!model->isLoading());
        }
        QCOMPARE(qint64(model->rowCount()), model->totalCount());
        for (int i = 0; i < model->rowCount(); ++i)
            QVERIFY2(teams.contains(model->rowAt(i)->team), qPrintable(model->rowAt(i)->team));
    }
    test::screenshot(m_window.get(), QStringLiteral("45-main-window-") + role);
    QVERIFY(click(visible<QPushButton>(QStringLiteral("signOutButton"))));
    QTRY_VERIFY(!m_window->statusBar()->findChild<ui::PaymentsSync*>(QStringLiteral("syncStatus")));
}

QTEST_MAIN(TestGuiPaymentsRoles)
#include "test_gui_payments_roles.moc"
