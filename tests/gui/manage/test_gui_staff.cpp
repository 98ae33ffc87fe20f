// Seed 002 end to end through the real window, offscreen: the Admin invites the accounting employee as a Manager
// from the Manage tab, the invitation arrives by text (sandbox SMS log) and e-mail (SMTP on loopback), the employee
// registers with the code on the sign-in screen and sees the Payments tab only once the Admin has added them to a
// team that takes payments; a Consultant never sees Manage.
#include "guitest.h"
#include "stafffixture.h"

#include "auth/invitecode.h"
#include "shell/mainwindow.h"
#include "shell/navigation.h"
#include "context/appcontext.h"
#include "staff/staffservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace dp;
using dp::test::click;
using dp::test::screenshot;
using dp::test::typeInto;
using dp::test::visible;

namespace {

const QString kMarcoMobile = QStringLiteral("+15145550123");
const QString kMarcoPassword = QStringLiteral("marco password 1");

// The areas of the navigation's pages ("adminTab", "manageTab", "paymentsTab").
QStringList tabNames()
{
    QStringList names;
    if (auto* pages = visible<QStackedWidget>(QStringLiteral("navigationPages"))) {
        for (int i = 0; i < pages->count(); ++i)
            names.append(pages->widget(i)->objectName());
    }
    return names;
}

QListWidgetItem* itemStartingWith(QListWidget* list, const QString& text)
{
    for (int i = 0; list && i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(text))
            return list->item(i);
    }
    return nullptr;
}

} // namespace

class TestGuiStaff : public QObject
{
    Q_OBJECT
private:
    void signIn(const QString& email, const QString& password)
    {
        QTRY_VERIFY(visible(QStringLiteral("loginPage")));
        typeInto(visible<QLineEdit>(QStringLiteral("loginEmailEdit")), email);
        typeInto(visible<QLineEdit>(QStringLiteral("loginPasswordEdit")), password);
        QVERIFY(click(visible<QPushButton>(QStringLiteral("signInButton"))));
        QTRY_VERIFY(visible(QStringLiteral("workArea")));
    }
    void signOut()
    {
        QVERIFY(click(visible<QPushButton>(QStringLiteral("signOutButton"))));
        QTRY_VERIFY(visible(QStringLiteral("loginPage")));
    }
    void openPage(const QString& key, const QString& area)
    {
        auto* nav = visible<ui::Navigation>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QVERIFY(nav->setCurrentPage(key));
        QTRY_VERIFY(visible(area));
    }

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void invitedManagerSeesPaymentsOnlyInAPaymentTeam()
    {
        test::StaffFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Session admin = f.admin();
        QVERIFY(admin.isValid());
        ui::MainWindow window(f.app());
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The Admin invites Marco as a Manager from the Manage tab.
        signIn(admin.email, test::StaffFixture::password());
        QVERIFY(tabNames().contains(QStringLiteral("manageTab")));
        openPage(QStringLiteral("invitations"), QStringLiteral("manageTab"));
        typeInto(visible<QLineEdit>(QStringLiteral("inviteNameEdit")), QStringLiteral("Marco Alvarez"));
        typeInto(visible<QLineEdit>(QStringLiteral("inviteEmailEdit")), QStringLiteral("marco@mainstreet.test"));
        typeInto(visible<QLineEdit>(QStringLiteral("inviteMobileEdit")), QStringLiteral("+1 514 555 0123"));
        auto* role = visible<QComboBox>(QStringLiteral("inviteRoleCombo"));
        role->setCurrentIndex(role->findData(int(Role::Manager)));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("sendInvitationButton"))));
        QTRY_VERIFY(visible<QLabel>(QStringLiteral("inviteNotice")));
        screenshot(&window, QStringLiteral("70-manage-invited"));

        // The text and the e-mail carry the same code.
        const QList<test::SmsRecord> texts = f.smsTo(kMarcoMobile);
        QCOMPARE(texts.size(), 1);
        const QString code = test::StaffFixture::codeIn(texts[0].body);
        QVERIFY(!code.isEmpty());
        QVERIFY(f.smtp().waitFor(1));
        QCOMPARE(test::StaffFixture::codeIn(f.smtp().messages().value(0).text), code);
        signOut();

        // Marco registers with the code on the sign-in screen, and is signed in without the Payments tab.
        QVERIFY(click(visible<QPushButton>(QStringLiteral("haveInvitationButton"))));
        QTRY_VERIFY(visible(QStringLiteral("acceptInvitePage")));
        typeInto(visible<QLineEdit>(QStringLiteral("inviteCodeEdit")), invitecode::format(code).toLower());
        QVERIFY(click(visible<QPushButton>(QStringLiteral("checkCodeButton"))));
        QTRY_VERIFY(visible<QLabel>(QStringLiteral("invitationPreview")));
        QVERIFY(visible<QLabel>(QStringLiteral("invitationPreview"))->text().contains(QStringLiteral("Marco Alvarez")));
        typeInto(visible<QLineEdit>(QStringLiteral("invitePasswordEdit")), kMarcoPassword);
        typeInto(visible<QLineEdit>(QStringLiteral("inviteConfirmEdit")), kMarcoPassword);
        screenshot(&window, QStringLiteral("71-accept-invitation"));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("acceptInvitationButton"))));
        QTRY_VERIFY(visible(QStringLiteral("workArea")));
        QCOMPARE(window.session().email, QStringLiteral("marco@mainstreet.test"));
        QCOMPARE(window.session().role, Role::Manager);
        QVERIFY(!tabNames().contains(QStringLiteral("paymentsTab")));
        QVERIFY(!tabNames().contains(QStringLiteral("manageTab")));
        screenshot(&window, QStringLiteral("72-manager-without-team"));
        signOut();

        // The code works once.
        QVERIFY(click(visible<QPushButton>(QStringLiteral("haveInvitationButton"))));
        typeInto(visible<QLineEdit>(QStringLiteral("inviteCodeEdit")), code);
        QVERIFY(click(visible<QPushButton>(QStringLiteral("checkCodeButton"))));
        QTRY_VERIFY(visible<QLabel>(QStringLiteral("inviteCodeError")));
        QVERIFY(
            visible<QLabel>(QStringLiteral("inviteCodeError"))->text().contains(QStringLiteral("already been used")));
        QVERIFY(!visible<QPushButton>(QStringLiteral("acceptInvitationButton"))->isEnabled());
        QVERIFY(click(visible<QPushButton>(QStringLiteral("backToSignInButton"))));

        // The Admin creates a team that takes payments and adds Marco to it.
        signIn(admin.email, test::StaffFixture::password());
        openPage(QStringLiteral("teams"), QStringLiteral("manageTab"));
        typeInto(visible<QLineEdit>(QStringLiteral("teamNameEdit")), QStringLiteral("Service cashiers"));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("createTeamButton"))));
        QTRY_COMPARE(visible<QListWidget>(QStringLiteral("teamsList"))->count(), 1);
        QVERIFY(click(visible<QCheckBox>(QStringLiteral("takesPaymentsCheck"))));
        QListWidgetItem* member = nullptr;
        QTRY_VERIFY((member = itemStartingWith(visible<QListWidget>(QStringLiteral("teamMembersList")),
                                               QStringLiteral("Marco Alvarez"))));
        member->setCheckState(Qt::Checked);
        QTRY_COMPARE(f.app().staff().teams(admin)->value(0).memberIds.size(), 1);
        QVERIFY(f.app().staff().teams(admin)->value(0).takesPayments);
        screenshot(&window, QStringLiteral("73-manage-team"));
        signOut();

        signIn(QStringLiteral("marco@mainstreet.test"), kMarcoPassword);
        QVERIFY(tabNames().contains(QStringLiteral("paymentsTab")));
        QVERIFY(!tabNames().contains(QStringLiteral("manageTab")));
        signOut();
    }

    void consultantNeverSeesManage()
    {
        test::StaffFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Session admin = f.admin();
        auto team = f.app().staff().createTeam(admin, QStringLiteral("Service advisors"), true);
        QVERIFY(team.ok());
        const Session chloe = f.join(QStringLiteral("Chloe Tremblay"), Role::Consultant, {team->id});
        QVERIFY(chloe.isValid());
        ui::MainWindow window(f.app());
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        signIn(chloe.email, test::StaffFixture::password());
        QVERIFY(tabNames().contains(QStringLiteral("paymentsTab")));
        QVERIFY(!tabNames().contains(QStringLiteral("manageTab")));
        QVERIFY(!tabNames().contains(QStringLiteral("adminTab")));
        QVERIFY(!visible(QStringLiteral("inviteBox")));
    }

    void registrationLinkOpensTheInvitation()
    {
        test::StaffFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        auto invited = f.app().staff().invite(f.admin(), {QStringLiteral("Sam Okafor"),
                                                          QStringLiteral("sam@mainstreet.test"),
                                                          QStringLiteral("+15145550177"),
                                                          Role::Admin,
                                                          {}});
        QVERIFY(invited.ok());
        ui::MainWindow window(f.app());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // What the GUI does with a dealerpay://register?code=... argument.
        const QUrl link = invitecode::registrationUrl(invited->code);
        window.openInvitation(invitecode::codeFromUrl(link));
        QTRY_VERIFY(visible(QStringLiteral("acceptInvitePage")));
        QVERIFY(visible<QLabel>(QStringLiteral("invitationPreview"))->text().contains(QStringLiteral("Sam Okafor")));
        QVERIFY(visible<QPushButton>(QStringLiteral("acceptInvitationButton"))->isEnabled());
        typeInto(visible<QLineEdit>(QStringLiteral("invitePasswordEdit")), QStringLiteral("sam password 12"));
        typeInto(visible<QLineEdit>(QStringLiteral("inviteConfirmEdit")), QStringLiteral("sam password 21"));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("acceptInvitationButton"))));
        QTRY_VERIFY(visible<QLabel>(QStringLiteral("inviteConfirmError")));
        typeInto(visible<QLineEdit>(QStringLiteral("inviteConfirmEdit")), QStringLiteral("sam password 12"));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("acceptInvitationButton"))));
        QTRY_VERIFY(visible(QStringLiteral("workArea")));
        QVERIFY(tabNames().contains(QStringLiteral("manageTab")));

        // Sam changes the password right away (MNG-4).
        QVERIFY(click(visible<QPushButton>(QStringLiteral("changePasswordButton"))));
        QTRY_VERIFY(visible(QStringLiteral("changePasswordDialog")));
        typeInto(visible<QLineEdit>(QStringLiteral("currentPasswordEdit")), QStringLiteral("sam password 12"));
        typeInto(visible<QLineEdit>(QStringLiteral("newPasswordEdit")), QStringLiteral("short"));
        typeInto(visible<QLineEdit>(QStringLiteral("confirmPasswordEdit")), QStringLiteral("short"));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("changePasswordOkButton"))));
        QTRY_VERIFY(visible<QLabel>(QStringLiteral("newPasswordError")));
        typeInto(visible<QLineEdit>(QStringLiteral("newPasswordEdit")), QStringLiteral("sam new password 3"));
        typeInto(visible<QLineEdit>(QStringLiteral("confirmPasswordEdit")), QStringLiteral("sam new password 3"));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("changePasswordOkButton"))));
        QTRY_VERIFY(!visible(QStringLiteral("changePasswordDialog")));
        signOut();
        signIn(QStringLiteral("sam@mainstreet.test"), QStringLiteral("sam new password 3"));
    }
};

QTEST_MAIN(TestGuiStaff)
#include "test_gui_staff.moc"
