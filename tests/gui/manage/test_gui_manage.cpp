// The Manage tab's widgets, offscreen, against the sandbox and a real SMTP server: the invite form shows core's
// messages next to its fields and sends nothing on bad input; invitations are listed with their state and can be
// revoked; teams, members, roles, deactivation and payout e-mail recipients are changed through StaffService.
#include "guitest.h"
#include "stafffixture.h"

#include "auth/authorizer.h"
#include "manage/managetab.h"
#include "common/messagebox.h"
#include "context/appcontext.h"
#include "staff/staffservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTest>

using namespace dp;
using dp::test::click;
using dp::test::screenshot;
using dp::test::typeInto;
using dp::test::visible;

namespace {

QListWidgetItem* itemStartingWith(QListWidget* list, const QString& text)
{
    for (int i = 0; list && i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(text))
            return list->item(i);
    }
    return nullptr;
}

// The Manage area in a scroll area, as the work area shows it; one of its pages at a time.
struct ManageWindow
{
    ManageWindow(AppContext& app, Session& session)
    {
        scroll.setWidgetResizable(true);
        tab = new ui::ManageTab(app, session);
        scroll.setWidget(tab);
        scroll.resize(1200, 1000);
        scroll.show();
    }
    void show(Page page) { tab->showPage(page); }
    QScrollArea scroll;
    ui::ManageTab* tab = nullptr;
};

} // namespace

class TestGuiManage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void inviteFormShowsErrorsThenSends()
    {
        test::StaffFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        Session admin = f.admin();
        auto team = f.app().staff().createTeam(admin, QStringLiteral("Service cashiers"), true);
        QVERIFY(team.ok());
        ManageWindow w(f.app(), admin);
        w.show(Page::Invitations);
        QVERIFY(QTest::qWaitForWindowExposed(&w.scroll));
        screenshot(&w.scroll, QStringLiteral("60-manage"));

        typeInto(visible<QLineEdit>(QStringLiteral("inviteNameEdit")), QStringLiteral("Marco Alvarez"));
        typeInto(visible<QLineEdit>(QStringLiteral("inviteEmailEdit")), QStringLiteral("marco@mainstreet.test"));
        typeInto(visible<QLineEdit>(QStringLiteral("inviteMobileEdit")), QStringLiteral("555-0123")); // no area code
        QVERIFY(click(visible<QPushButton>(QStringLiteral("sendInvitationButton"))));
        QTRY_VERIFY(visible<QLabel>(QStringLiteral("inviteMobileError")));
        QVERIFY(visible<QLabel>(QStringLiteral("inviteMobileError"))->text().contains(QStringLiteral("area code")));
        QVERIFY(!visible(QStringLiteral("inviteEmailError")));
        QVERIFY(f.app().staff().invitations(admin)->isEmpty());
        QVERIFY(f.smsTo(QStringLiteral("+15145550123")).isEmpty());
        screenshot(&w.scroll, QStringLiteral("61-manage-invite-error"));

        // The national format is accepted, stored and texted as E.164.
        typeInto(visible<QLineEdit>(QStringLiteral("inviteMobileEdit")), QStringLiteral("(514) 555-0123"));
        auto* role = visible<QComboBox>(QStringLiteral("inviteRoleCombo"));
        role->setCurrentIndex(role->findData(int(Role::Manager)));
        QListWidgetItem* teamItem = itemStartingWith(visible<QListWidget>(QStringLiteral("inviteTeamsList")),
                                                     QStringLiteral("Service cashiers"));
        QVERIFY(teamItem);
        teamItem->setCheckState(Qt::Checked);
        QVERIFY(click(visible<QPushButton>(QStringLiteral("sendInvitationButton"))));
        QTRY_VERIFY(visible<QLabel>(QStringLiteral("inviteNotice")));
        QVERIFY2(visible<QLabel>(QStringLiteral("inviteNotice"))->text().contains(QStringLiteral("by text and e-mail")),
                 qPrintable(visible<QLabel>(QStringLiteral("inviteNotice"))->text()));
        QVERIFY(!visible(QStringLiteral("inviteMobileError")));
        QCOMPARE(visible<QLineEdit>(QStringLiteral("inviteNameEdit"))->text(), QString());
        QCOMPARE(f.smsTo(QStringLiteral("+15145550123")).size(), 1);
        QVERIFY(f.smtp().waitFor(1));

        auto invitations = f.app().staff().invitations(admin);
        QCOMPARE(invitations->size(), 1);
        QCOMPARE(invitations->value(0).role, Role::Manager);
        QCOMPARE(invitations->value(0).teamIds, QList<qint64>{team->id});
        auto* table = visible<QTableWidget>(QStringLiteral("invitationsTable"));
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Marco Alvarez"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Pending"));
        QCOMPARE(invitations->value(0).mobile, QStringLiteral("+15145550123"));
        // The number is shown formatted, not raw.
        QVERIFY2(table->item(0, 2)->text().endsWith(QStringLiteral("(514) 555-0123")), qPrintable(table->item(0, 2)->text()));
        screenshot(&w.scroll, QStringLiteral("62-manage-invited"));

        table->selectRow(0);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(click(visible<QPushButton>(QStringLiteral("revokeInvitationButton"))));
        QTRY_COMPARE(visible<QTableWidget>(QStringLiteral("invitationsTable"))->item(0, 3)->text(),
                     QStringLiteral("Revoked"));
        QCOMPARE(f.app().staff().invitations(admin)->value(0).state, InvitationState::Revoked);
    }

    void teamsRolesAndRecipients()
    {
        test::StaffFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        Session admin = f.admin();
        const Session marco = f.join(QStringLiteral("Marco Alvarez"), Role::Manager);
        QVERIFY(marco.isValid());
        ManageWindow w(f.app(), admin);
        w.show(Page::Teams);
        QVERIFY(QTest::qWaitForWindowExposed(&w.scroll));

        // A team, created empty; then it takes payments and Marco joins it.
        typeInto(visible<QLineEdit>(QStringLiteral("teamNameEdit")), QStringLiteral("Service cashiers"));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("createTeamButton"))));
        QTRY_COMPARE(visible<QListWidget>(QStringLiteral("teamsList"))->count(), 1);
        QVERIFY(click(visible<QCheckBox>(QStringLiteral("takesPaymentsCheck"))));
        QTRY_VERIFY(f.app().staff().teams(admin)->value(0).takesPayments);
        QListWidgetItem* member = nullptr;
        QTRY_VERIFY((member = itemStartingWith(visible<QListWidget>(QStringLiteral("teamMembersList")),
                                               QStringLiteral("Marco Alvarez"))));
        member->setCheckState(Qt::Checked);
        QTRY_COMPARE(f.app().staff().teams(admin)->value(0).memberIds, QList<qint64>{marco.userId});
        Session refreshed = marco;
        QVERIFY(f.app().authorizer().refresh(refreshed));
        QVERIFY(tabsFor(refreshed.role, refreshed.inPaymentTeam).payments);

        // A duplicate team name is refused under the name field.
        typeInto(visible<QLineEdit>(QStringLiteral("teamNameEdit")), QStringLiteral("service CASHIERS"));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("createTeamButton"))));
        QTRY_VERIFY(visible<QLabel>(QStringLiteral("teamNameError")));
        QCOMPARE(f.app().staff().teams(admin)->size(), 1);
        screenshot(&w.scroll, QStringLiteral("63-manage-teams"));

        // Payout e-mails go to Marco (on the Staff page).
        w.show(Page::Staff);
        QListWidgetItem* recipient = itemStartingWith(visible<QListWidget>(QStringLiteral("payoutRecipientsList")),
                                                      QStringLiteral("Marco Alvarez"));
        QVERIFY(recipient);
        recipient->setCheckState(Qt::Checked);
        QVERIFY(click(visible<QPushButton>(QStringLiteral("saveRecipientsButton"))));
        QTRY_COMPARE(f.app().staff().payoutRecipients(admin).value(), QList<qint64>{marco.userId});

        // Marco becomes a Consultant, then is deactivated; the Admin's own row cannot be changed.
        auto* role = visible<QComboBox>(QStringLiteral("roleCombo_%1").arg(marco.userId));
        QVERIFY(role);
        QVERIFY(!visible<QComboBox>(QStringLiteral("roleCombo_%1").arg(admin.userId))->isEnabled());
        QVERIFY(!visible<QPushButton>(QStringLiteral("activeButton_%1").arg(admin.userId))->isEnabled());
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        role->setCurrentIndex(role->findData(int(Role::Consultant)));
        emit role->activated(role->currentIndex());
        auto roleOf = [&f, &admin](qint64 userId) {
            const QList<StaffMember> staff = f.app().staff().staff(admin).value();
            for (const StaffMember& m : staff)
                if (m.id == userId)
                    return m.role;
            return Role::Admin;
        };
        QTRY_COMPARE(roleOf(marco.userId), Role::Consultant);
        QCoreApplication::sendPostedEvents(); // the tab reloads (queued) and rebuilds its rows
        QCoreApplication::processEvents();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(click(visible<QPushButton>(QStringLiteral("activeButton_%1").arg(marco.userId))));
        QTRY_COMPARE(visible<QPushButton>(QStringLiteral("activeButton_%1").arg(marco.userId))->text(),
                     QStringLiteral("Reactivate"));
        QVERIFY(!f.app().authorizer().refresh(refreshed));
        screenshot(&w.scroll, QStringLiteral("64-manage-staff"));
    }
};

QTEST_MAIN(TestGuiManage)
#include "test_gui_manage.moc"
