// MNG-4 and the role table through the real widgets: sign-in errors, lockout, demo sign-in per role and the areas
// each role sees.
#include "guitest.h"
#include "testenv.h"

#include "shell/mainwindow.h"
#include "shell/navigation.h"
#include "context/appcontext.h"
#include "auth/userservice.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace dp;
using dp::test::click;
using dp::test::screenshot;
using dp::test::typeInto;
using dp::test::visible;

namespace {
QString loginError()
{
    auto* label = visible<QLabel>(QStringLiteral("loginError"));
    return label ? label->text() : QString();
}

const QString kEmail = QStringLiteral("dana@mainst.example");
const QString kPassword = QStringLiteral("Dealer-Pass-2024");
}

class TestGuiLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPasswordShowsError();
    void rightPasswordSignsIn();
    void repeatedFailuresLockTheAccount();
    void demoButtonsSignInEachRole_data();
    void demoButtonsSignInEachRole();

private:
    void signIn(ui::MainWindow& window, const QString& email, const QString& password);
};

void TestGuiLogin::initTestCase()
{
    test::prepareGuiTest();
}

void TestGuiLogin::signIn(ui::MainWindow& window, const QString& email, const QString& password)
{
    Q_UNUSED(window)
    typeInto(visible<QLineEdit>(QStringLiteral("loginEmailEdit")), email);
    typeInto(visible<QLineEdit>(QStringLiteral("loginPasswordEdit")), password);
    QVERIFY(click(visible<QPushButton>(QStringLiteral("signInButton"))));
}

void TestGuiLogin::wrongPasswordShowsError()
{
    test::TestEnv env;
    QVERIFY2(env.ok(), qPrintable(env.error()));
    QVERIFY(env.app().users().createOrganization(QStringLiteral("Main Street Motors"), QStringLiteral("Dana Whitfield"),
                                                 kEmail, kPassword).ok());
    ui::MainWindow window(env.app());
    window.resize(1280, 800);
    window.show();
    QVERIFY(visible(QStringLiteral("loginPage")));
    QVERIFY(!visible(QStringLiteral("demoBox"))); // no demo users on a real store
    QCOMPARE(window.windowTitle(), QStringLiteral("DealerPay — Main Street Motors"));
    screenshot(&window, QStringLiteral("30-login"));

    signIn(window, kEmail, QStringLiteral("wrong-password-1"));
    QTRY_VERIFY(visible(QStringLiteral("loginError")));
    QVERIFY(!visible<QLabel>(QStringLiteral("loginError"))->text().isEmpty());
    QVERIFY(!visible(QStringLiteral("workArea")));
    QVERIFY(!window.session().isValid());
    QTRY_VERIFY(visible<QPushButton>(QStringLiteral("signInButton"))->isEnabled());
    screenshot(&window, QStringLiteral("31-login-wrong-password"));
}

void TestGuiLogin::rightPasswordSignsIn()
{
    test::TestEnv env;
    QVERIFY2(env.ok(), qPrintable(env.error()));
    QVERIFY(env.app().users().createOrganization(QStringLiteral("Main Street Motors"), QStringLiteral("Dana Whitfield"),
                                                 kEmail, kPassword).ok());
    ui::MainWindow window(env.app());
    window.show();
    signIn(window, kEmail, kPassword);
    QTRY_VERIFY2(visible(QStringLiteral("workArea")), qPrintable(loginError()));
    QCOMPARE(window.session().email, kEmail);
    QVERIFY(visible<QLabel>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("Dana Whitfield")));

    // Sign out returns to the sign-in page with the e-mail remembered and the password cleared.
    QVERIFY(click(visible<QPushButton>(QStringLiteral("signOutButton"))));
    QTRY_VERIFY(visible(QStringLiteral("loginPage")));
    QVERIFY(!window.session().isValid());
    QCOMPARE(visible<QLineEdit>(QStringLiteral("loginEmailEdit"))->text(), kEmail);
    QVERIFY(visible<QLineEdit>(QStringLiteral("loginPasswordEdit"))->text().isEmpty());
}

void TestGuiLogin::repeatedFailuresLockTheAccount()
{
    test::TestEnv env;
    QVERIFY2(env.ok(), qPrintable(env.error()));
    QVERIFY(env.app().users().createOrganization(QStringLiteral("Main Street Motors"), QStringLiteral("Dana Whitfield"),
                                                 kEmail, kPassword).ok());
    ui::MainWindow window(env.app());
    window.show();
    QString wrongMessage;
    for (int i = 0; i < UserService::kMaxFailedLogins; ++i) {
        signIn(window, kEmail, QStringLiteral("wrong-password-1"));
        QTRY_VERIFY(visible<QPushButton>(QStringLiteral("signInButton"))->isEnabled());
        QVERIFY(visible(QStringLiteral("loginError")));
        if (i == 0)
            wrongMessage = visible<QLabel>(QStringLiteral("loginError"))->text();
    }
    // Locked: even the right password is refused, with a different message.
    signIn(window, kEmail, kPassword);
    QTRY_VERIFY(visible<QPushButton>(QStringLiteral("signInButton"))->isEnabled());
    QVERIFY(visible(QStringLiteral("loginError")));
    QVERIFY(visible<QLabel>(QStringLiteral("loginError"))->text() != wrongMessage);
    QVERIFY(!visible(QStringLiteral("workArea")));
    screenshot(&window, QStringLiteral("32-login-locked"));
}

void TestGuiLogin::demoButtonsSignInEachRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("adminTab");
    QTest::addColumn<bool>("manageTab");
    QTest::addColumn<bool>("paymentsTab");
    QTest::newRow("admin") << QStringLiteral("admin") << true << true << true;
    QTest::newRow("manager") << QStringLiteral("manager") << false << false << true; // in a payment team
    QTest::newRow("consultant") << QStringLiteral("consultant") << false << false << true;
}

void TestGuiLogin::demoButtonsSignInEachRole()
{
    QFETCH(QString, role);
    QFETCH(bool, adminTab);
    QFETCH(bool, manageTab);
    QFETCH(bool, paymentsTab);
    test::TestEnv env;
    QVERIFY2(env.ok(), qPrintable(env.error()));
    QVERIFY(env.app().users().seedDemo(QStringLiteral("Demo Motors")).ok());
    ui::MainWindow window(env.app());
    window.resize(1280, 800);
    window.show();
    QVERIFY(visible(QStringLiteral("demoBox")));
    QCOMPARE(visible(QStringLiteral("demoBox"))->findChildren<QPushButton*>().size(),
             env.app().users().demoUsers().size());
    if (role == QLatin1String("admin"))
        screenshot(&window, QStringLiteral("33-login-demo"));

    auto* button = visible<QPushButton>(QStringLiteral("demoLogin_") + role);
    QVERIFY(button);
    QVERIFY(button->text().contains(roleDisplayName(roleFromKey(role))));
    QVERIFY(click(button));
    QTRY_VERIFY2(visible(QStringLiteral("workArea")), qPrintable(loginError()));
    QCOMPARE(roleKey(window.session().role), role);

    auto* areas = visible<QStackedWidget>(QStringLiteral("navigationPages"));
    QVERIFY(areas);
    auto hasTab = [areas](const QString& name) {
        for (int i = 0; i < areas->count(); ++i) {
            if (areas->widget(i)->objectName() == name)
                return true;
        }
        return false;
    };
    QCOMPARE(hasTab(QStringLiteral("adminTab")), adminTab);
    QCOMPARE(hasTab(QStringLiteral("manageTab")), manageTab);
    QCOMPARE(hasTab(QStringLiteral("paymentsTab")), paymentsTab);
    QVERIFY(visible<QLabel>(QStringLiteral("userLabel"))->text().contains(roleDisplayName(window.session().role)));
    screenshot(&window, QStringLiteral("34-signed-in-") + role);
    if (manageTab) {
        QVERIFY(visible<ui::Navigation>(QStringLiteral("navigation"))->setCurrentPage(QStringLiteral("staff")));
        QVERIFY(visible(QStringLiteral("manageTab")));
        screenshot(&window, QStringLiteral("35-manage-tab"));
    }
}

QTEST_MAIN(TestGuiLogin)
#include "test_gui_login.moc"
