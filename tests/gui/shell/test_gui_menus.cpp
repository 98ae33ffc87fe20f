// The menu bar and the keyboard shortcuts of the frequent actions (issue 7, section 6): New request (Ctrl+N), Find
// (Ctrl+F), Sync now (F5), Refund (Ctrl+R on a selected payment), the pages (Ctrl+1...), About; each offered by role.
#include "guitest.h"
#include "paymentsguitest.h"
#include "testenv.h"

#include "context/appcontext.h"
#include "demo/demoseed.h"
#include "foundation/settings.h"
#include "payments/paymentsmodel.h"
#include "payments/paymentssync.h"
#include "payments/paymentstab.h"
#include "payments/paymentsview.h"
#include "shell/mainwindow.h"
#include "shell/navigation.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dp;
using dp::test::click;
using dp::test::visible;

namespace {
QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}
}

class TestGuiMenus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signedOutHasFileAndHelpOnly();
    void managerShortcuts();
    void consultantIsOfferedNoRefund();
    void cleanupTestCase();

private:
    bool signIn(const QString& role);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QStringList menuNames() const;
    QAction* action(const QString& name) const { return m_window->findChild<QAction*>(name); }

    std::unique_ptr<test::TestEnv> m_env;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestGuiMenus::initTestCase()
{
    test::prepareGuiTest();
    m_env = std::make_unique<test::TestEnv>(QStringLiteral("demo"));
    QVERIFY2(m_env->ok(), qPrintable(m_env->error()));
    m_env->app().settings().setValue(Settings::Key::EventPollSeconds, 3600);
    const Status seeded = seedDemoWorkspace(m_env->app(), QStringLiteral("Demo Motors"));
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
}

void TestGuiMenus::cleanupTestCase()
{
    m_window.reset();
    m_env.reset();
}

bool TestGuiMenus::signIn(const QString& role)
{
    m_window.reset();
    m_env->app().settings().reset(Settings::Key::UiLastPages);
    m_window = std::make_unique<ui::MainWindow>(m_env->app());
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    if (role.isEmpty())
        return true;
    if (!click(visible<QPushButton>(QStringLiteral("demoLogin_") + role)))
        return false;
    if (!QTest::qWaitFor([] { return visible(QStringLiteral("workArea")) != nullptr; }, 20000))
        return false;
    auto* payments = m_window->findChild<ui::PaymentsTab*>(QStringLiteral("paymentsTab"));
    if (!payments || !test::waitForSync(payments))
        return false;
    m_window->activateWindow(); // the offscreen platform may leave no window active once the sign-in page goes
    return QTest::qWaitForWindowActive(m_window.get());
}

void TestGuiMenus::press(int key, Qt::KeyboardModifiers modifiers)
{
    // Shortcuts go to the active window; the offscreen platform activates none again when a dialog closes.
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
    QTest::qWait(0);
}

QStringList TestGuiMenus::menuNames() const
{
    QStringList names;
    for (QAction* a : m_window->menuBar()->actions()) {
        if (a->menu())
            names.append(a->menu()->objectName());
    }
    return names;
}

void TestGuiMenus::signedOutHasFileAndHelpOnly()
{
    QVERIFY(signIn(QString()));
    QCOMPARE(menuNames(), (QStringList{QStringLiteral("fileMenu"), QStringLiteral("helpMenu")}));
    QVERIFY(action(QStringLiteral("quitAction")));
    QCOMPARE(action(QStringLiteral("quitAction"))->shortcut(), QKeySequence(QKeySequence::Quit));

    // About names the version.
    action(QStringLiteral("aboutAction"))->trigger();
    QTRY_VERIFY(visible<QMessageBox>(QStringLiteral("aboutBox")));
    QVERIFY(visible<QMessageBox>(QStringLiteral("aboutBox"))->text().contains(QCoreApplication::applicationVersion()));
    visible<QMessageBox>(QStringLiteral("aboutBox"))->close();
}

void TestGuiMenus::managerShortcuts()
{
    QVERIFY(signIn(QStringLiteral("manager")));
    QCOMPARE(menuNames(), (QStringList{QStringLiteral("fileMenu"), QStringLiteral("editMenu"),
                                       QStringLiteral("viewMenu"), QStringLiteral("paymentsMenu"),
                                       QStringLiteral("helpMenu")}));
    auto* nav = visible<ui::Navigation>(QStringLiteral("navigation"));
    auto* payments = m_window->findChild<ui::PaymentsTab*>(QStringLiteral("paymentsTab"));
    QVERIFY(nav && payments && payments->paymentsView());
    QCOMPARE(nav->currentPage(), QStringLiteral("allPayments")); // not an empty Requests page
    QVERIFY(!action(QStringLiteral("exportAction"))->isEnabled()); // arrives with Reports

    // F5: sync now.
    QSignalSpy started(payments->sync(), &ui::PaymentsSync::started);
    press(Qt::Key_F5);
    QTRY_COMPARE(started.size(), 1);
    QVERIFY(test::waitForSync(payments));

    // Ctrl+F: the search field of the page shown.
    m_window->findChild<QWidget*>(QStringLiteral("paymentsTable"))->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), QStringLiteral("paymentsSearch"));

    // Ctrl+R: offered once a payment that can be refunded is selected.
    ui::PaymentsView* view = payments->paymentsView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    view->findChild<QWidget*>(QStringLiteral("paymentsTable"))->setFocus();
    QAction* refund = action(QStringLiteral("refundAction"));
    QVERIFY(refund->isVisible());
    for (int row = 0; row < qMin(200, view->model()->rowCount()) && !payments->canRefundSelected(); ++row)
        view->selectCharge(view->model()->rowAt(row)->id);
    QVERIFY(payments->canRefundSelected());
    QTRY_VERIFY(refund->isEnabled());
    press(Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(visible<QDialog>(QStringLiteral("refundDialog")));
    visible<QDialog>(QStringLiteral("refundDialog"))->reject();
    QTRY_VERIFY(!visible(QStringLiteral("refundDialog")));

    // Ctrl+1: the first page, Requests; Ctrl+N: a new payment request.
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(nav->currentPage(), QStringLiteral("requests"));
    QVERIFY(action(QStringLiteral("viewAction_requests"))->isChecked());
    QVERIFY(!refund->isEnabled()); // no payment selected on this page
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(visible<QDialog>(QStringLiteral("requestDialog")));
    visible<QDialog>(QStringLiteral("requestDialog"))->reject();
    QTRY_VERIFY(!visible(QStringLiteral("requestDialog")));
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), QStringLiteral("requestsSearch"));

    // File > Sign out.
    action(QStringLiteral("signOutAction"))->trigger();
    QTRY_VERIFY(visible(QStringLiteral("loginPage")));
    QTRY_COMPARE(menuNames(), (QStringList{QStringLiteral("fileMenu"), QStringLiteral("helpMenu")}));
}

void TestGuiMenus::consultantIsOfferedNoRefund()
{
    QVERIFY(signIn(QStringLiteral("consultant")));
    auto* nav = visible<ui::Navigation>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->currentPage(), QStringLiteral("requests"));
    QVERIFY(!action(QStringLiteral("refundAction"))->isVisible());
    QVERIFY(action(QStringLiteral("newRequestAction"))->isVisible());
    QVERIFY(!action(QStringLiteral("viewAction_allPayments")));
    press(Qt::Key_R, Qt::ControlModifier);
    QTest::qWait(50);
    QVERIFY(!visible(QStringLiteral("refundDialog")));
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(visible<QDialog>(QStringLiteral("requestDialog")));
    visible<QDialog>(QStringLiteral("requestDialog"))->reject();
}

QTEST_MAIN(TestGuiMenus)
#include "test_gui_menus.moc"
