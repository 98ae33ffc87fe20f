// Enter means the dialog's main action, in every dialog of the application (refund dialog aside: its own test):
// Enter in a field presses the main button (or shows its validation errors, the dialog still open with what was
// typed), never Cancel; the main button is the one drawn as the default; Escape cancels; Tab walks the fields
// from top to bottom. Real dialogs, offscreen, on the demo workspace.
#include "guitest.h"
#include "paymentsguitest.h"
#include "testenv.h"

#include "admin/accountdialogs.h"
#include "admin/connectdialog.h"
#include "admin/payoutsettingsdialog.h"
#include "common/reauthdialog.h"
#include "context/appcontext.h"
#include "demo/demoseed.h"
#include "manage/invitebox.h"
#include "manage/mailserverdialog.h"
#include "onboarding/connectionservice.h"
#include "payments/receiptview.h"
#include "payments/requestdialog.h"
#include "shell/changepassworddialog.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include <functional>

using namespace dp;
using dp::test::screenshot;
using dp::test::typeInto;

namespace {

enum class Outcome
{
    ErrorsShown, // the main action ran and refused the input: errors next to the fields, dialog open, text kept
    Accepted,    // the main action ran and closed the dialog
    Closed,      // the main action is Close
};

struct DialogCase
{
    std::function<QDialog*()> make;
    QString field; // object name of the input typed into; empty: the dialog's initial focus
    QString text;  // what is typed there
    QString mainButton; // object name of the main button; empty: `standard`
    QDialogButtonBox::StandardButton standard = QDialogButtonBox::NoButton;
    Outcome outcome = Outcome::ErrorsShown;
};

QPushButton* mainButtonOf(QDialog* dialog, const DialogCase& c)
{
    if (!c.mainButton.isEmpty())
        return dialog->findChild<QPushButton*>(c.mainButton);
    for (auto* box : dialog->findChildren<QDialogButtonBox*>()) {
        if (QPushButton* button = box->button(c.standard))
            return button;
    }
    return nullptr;
}

QStringList visibleErrors(QWidget* dialog)
{
    QStringList shown;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->objectName().endsWith(QLatin1String("Error")) && label->isVisible() && !label->text().isEmpty())
            shown.append(label->objectName());
    }
    return shown;
}

} // namespace

class TestGuiDialogKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void enterMeansTheMainAction_data();
    void enterMeansTheMainAction();
    void requestDialogAcceptsTheNationalPhoneFormat();
    void connectWizardShowsAllErrorsOfAStepOnThatStep();
    void inviteFormShowsAllItsErrorsAtOnce();
    void cleanupTestCase();

private:
    QDialog* show(QDialog* dialog);
    std::unique_ptr<test::TestEnv> m_env;
    Session m_admin, m_manager, m_consultant;
    Session m_reauthSession;
    QHash<QString, DialogCase> m_cases;
};

void TestGuiDialogKeys::initTestCase()
{
    test::prepareEnvironment();
    test::prepareGuiTest();
    m_env = std::make_unique<test::TestEnv>(QStringLiteral("demo"));
    QVERIFY2(m_env->ok(), qPrintable(m_env->error()));
    AppContext& ctx = m_env->app();
    const Status seeded = seedDemoWorkspace(ctx, QStringLiteral("Demo Motors"));
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
    m_admin = test::demoUser(ctx, Role::Admin);
    m_manager = test::demoUser(ctx, Role::Manager);
    m_consultant = test::demoUser(ctx, Role::Consultant);
    QVERIFY(m_admin.isValid() && m_manager.isValid() && m_consultant.isValid());
    m_reauthSession = m_admin;
    Rooftop connected;
    for (const Rooftop& r : ctx.connections().rooftops()) {
        if (r.status == ConnectionStatus::Connected)
            connected = r;
    }
    QVERIFY(connected.id > 0);
    auto added = ctx.connections().addRooftop(m_admin, QStringLiteral("Demo Motors Uptown"));
    QVERIFY(added.ok());
    const Rooftop fresh = added.value();

    using B = QDialogButtonBox;
    m_cases = {
        {QStringLiteral("request payment"),
         {[&ctx, this] { return new ui::RequestDialog(ctx, m_consultant); }, QStringLiteral("customerEdit"),
          QStringLiteral("Jordan Miller"), QStringLiteral("sendRequestButton"), B::NoButton, Outcome::ErrorsShown}},
        {QStringLiteral("request payment, in the amount"),
         {[&ctx, this] { return new ui::RequestDialog(ctx, m_consultant); }, QStringLiteral("amountEdit"),
          QStringLiteral("12.50"), QStringLiteral("sendRequestButton"), B::NoButton, Outcome::ErrorsShown}},
        {QStringLiteral("add rooftop"),
         {[&ctx, this] { return new ui::AddRooftopDialog(ctx.connections(), m_admin); },
          QStringLiteral("rooftopNameEdit"), QStringLiteral("Demo Motors Uptown"),
          QStringLiteral("addRooftopOkButton"), B::NoButton, Outcome::ErrorsShown}},
        {QStringLiteral("allowed countries"),
         {[&ctx, this] { return new ui::AllowedCountriesDialog(ctx.connections(), m_admin); },
          QStringLiteral("countryCheck_US"), QString(), QStringLiteral("countriesSaveButton"), B::NoButton,
          Outcome::Accepted}},
        {QStringLiteral("payout settings"),
         {[&ctx, this, connected] { return new ui::PayoutSettingsDialog(ctx.connections(), m_admin, connected); },
          QStringLiteral("descriptorEdit"), QStringLiteral("x"), QStringLiteral("payoutSaveButton"), B::NoButton,
          Outcome::ErrorsShown}},
        {QStringLiteral("mail server"),
         {[&ctx, this] { return new ui::MailServerDialog(ctx, m_admin); }, QStringLiteral("smtpHostEdit"),
          QStringLiteral("not a host name!"), QStringLiteral("saveMailServerButton"), B::NoButton,
          Outcome::ErrorsShown}},
        {QStringLiteral("change password"),
         {[&ctx, this] { return new ui::ChangePasswordDialog(ctx.staff(), m_consultant); },
          QStringLiteral("currentPasswordEdit"), QStringLiteral("not the password 1"),
          QStringLiteral("changePasswordOkButton"), B::NoButton, Outcome::ErrorsShown}},
        {QStringLiteral("re-authentication"),
         {[&ctx, this] {
              return new ui::ReauthDialog(ctx.users(), m_reauthSession, QStringLiteral("See the bank details."));
          },
          QStringLiteral("reauthPasswordEdit"), QStringLiteral("not the password 1"), QStringLiteral("reauthOkButton"),
          B::NoButton, Outcome::ErrorsShown}},
        {QStringLiteral("connect, business details"),
         {[&ctx, this, fresh] {
              auto* dialog = new ui::ConnectDialog(ctx, m_admin, fresh);
              dialog->findChild<QPushButton*>(QStringLiteral("nextButton"))->click(); // to step 2
              return dialog;
          },
          QStringLiteral("taxIdEdit"), QStringLiteral("12-345"), QStringLiteral("nextButton"), B::NoButton,
          Outcome::ErrorsShown}},
        {QStringLiteral("receipt"),
         {[&ctx, this] { return new ui::ReceiptView(ctx, m_manager, QStringLiteral("ch_unknown")); }, QString(),
          QString(), QString(), B::Close, Outcome::Closed}},
        {QStringLiteral("ask accounting"),
         {[] { return new ui::AccountingRequestDialog(QStringLiteral("Demo Motors"), QStringLiteral("Dana")); },
          QString(), QString(), QString(), B::Close, Outcome::Closed}},
        {QStringLiteral("bank details"),
         {[] { return new ui::SensitiveDetailsDialog(QStringLiteral("Demo Motors"), SensitiveDetails{}); },
          QString(), QString(), QString(), B::Close, Outcome::Closed}},
    };
}

QDialog* TestGuiDialogKeys::show(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestGuiDialogKeys::enterMeansTheMainAction_data()
{
    QTest::addColumn<QString>("name");
    QStringList names = m_cases.keys();
    names.sort();
    for (const QString& name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << name;
}

void TestGuiDialogKeys::enterMeansTheMainAction()
{
    QFETCH(QString, name);
    const DialogCase c = m_cases.value(name);
    std::unique_ptr<QDialog> owner(c.make());
    QDialog* dialog = show(owner.get());
    QVERIFY(dialog);

    // The main button is the one drawn as the default; Cancel never is.
    QPushButton* main = mainButtonOf(dialog, c);
    QVERIFY2(main, "no main button");
    QVERIFY2(main->isDefault(), qPrintable(QStringLiteral("default is not %1 (focus: %2 %3)").arg(main->text(),
             dialog->focusWidget() ? QString::fromLatin1(dialog->focusWidget()->metaObject()->className()) : QString(),
             dialog->focusWidget() ? dialog->focusWidget()->objectName() : QString())));
    for (QPushButton* other : dialog->findChildren<QPushButton*>()) {
        if (other != main)
            QVERIFY2(!other->isDefault(), qPrintable(other->text() + QStringLiteral(" is drawn as the default")));
    }

    // Tab walks the line edits from top to bottom (then left to right).
    QList<QLineEdit*> order;
    QWidget* start = dialog->nextInFocusChain();
    for (QWidget* w = start; w && w != dialog; w = w->nextInFocusChain()) {
        if (auto* edit = qobject_cast<QLineEdit*>(w); edit && edit->isVisible() && edit->isEnabled()
            && (edit->focusPolicy() & Qt::TabFocus))
            order.append(edit);
    }
    for (int i = 1; i < order.size(); ++i) {
        const QPoint a = order[i - 1]->mapTo(dialog, QPoint(0, 0));
        const QPoint b = order[i]->mapTo(dialog, QPoint(0, 0));
        QVERIFY2(a.y() < b.y() || (a.y() == b.y() && a.x() < b.x()),
                 qPrintable(QStringLiteral("Tab goes from %1 to %2").arg(order[i - 1]->objectName(),
                                                                         order[i]->objectName())));
    }

    QWidget* target = c.field.isEmpty() ? dialog->focusWidget() : dialog->findChild<QWidget*>(c.field);
    if (!target)
        target = dialog;
    QVERIFY2(target->isVisible(), qPrintable(c.field));
    target->setFocus(Qt::TabFocusReason);
    auto* edit = qobject_cast<QLineEdit*>(target);
    if (edit && !c.text.isEmpty())
        typeInto(edit, c.text);
    QTest::keyClick(target, Qt::Key_Return);

    switch (c.outcome) {
    case Outcome::ErrorsShown:
        QTRY_VERIFY2(!visibleErrors(dialog).isEmpty(), "Enter showed no validation error");
        screenshot(dialog, QStringLiteral("dialog-keys-") + QString(name).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY2(dialog->isVisible(), "Enter closed the dialog");
        if (edit)
            QCOMPARE(edit->text(), c.text);
        // Escape cancels.
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        break;
    case Outcome::Accepted:
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        break;
    case Outcome::Closed:
        QTRY_VERIFY(!dialog->isVisible());
        break;
    }
}

void TestGuiDialogKeys::requestDialogAcceptsTheNationalPhoneFormat()
{
    std::unique_ptr<QDialog> owner(new ui::RequestDialog(m_env->app(), m_consultant));
    QDialog* dialog = show(owner.get());
    QVERIFY(dialog);
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("customerEdit")), QStringLiteral("Jordan Miller"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("mobileEdit")), QStringLiteral("(514) 555-0142"));
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("mobileEdit")), Qt::Key_Return);
    // Every error at once (amount and RO number are missing), none for the phone number.
    const QStringList errors = visibleErrors(dialog);
    QVERIFY2(errors.contains(QStringLiteral("amountError")), qPrintable(errors.join(QLatin1Char(','))));
    QVERIFY2(errors.contains(QStringLiteral("roError")), qPrintable(errors.join(QLatin1Char(','))));
    QVERIFY2(!errors.contains(QStringLiteral("mobileError")), qPrintable(errors.join(QLatin1Char(','))));
    QVERIFY(dialog->isVisible());
    // The first field at fault has the focus.
    QVERIFY(dialog->focusWidget());
    QCOMPARE(dialog->focusWidget()->objectName(), QStringLiteral("amountEdit"));
}

void TestGuiDialogKeys::connectWizardShowsAllErrorsOfAStepOnThatStep()
{
    AppContext& ctx = m_env->app();
    auto added = ctx.connections().addRooftop(m_admin, QStringLiteral("Demo Motors — Airport"));
    QVERIFY(added.ok());
    std::unique_ptr<QDialog> owner(new ui::ConnectDialog(ctx, m_admin, added.value()));
    QDialog* dialog = show(owner.get());
    QVERIFY(dialog);
    auto* next = dialog->findChild<QPushButton*>(QStringLiteral("nextButton"));
    next->click();
    auto* details = dialog->findChild<QWidget*>(QStringLiteral("businessDetailsPage"));
    QVERIFY(details->isVisible());
    // The rooftop's own name is asked, prefilled with the rooftop's name (not the organization's).
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("rooftopNameEdit"))->text(),
             QStringLiteral("Demo Motors — Airport"));

    // Three mistakes on step 2: all shown at once, on step 2, when Next is pressed.
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")), QStringLiteral("accounting@"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("taxIdEdit")), QStringLiteral("12-345"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("routingEdit")), QStringLiteral("123456789"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("accountNumberEdit")), QStringLiteral("000123456789"));
    next->click();
    QVERIFY(details->isVisible());
    QStringList errors = visibleErrors(dialog);
    errors.sort();
    QCOMPARE(errors, (QStringList{QStringLiteral("emailError"), QStringLiteral("routingError"),
                                  QStringLiteral("taxIdError")}));
    screenshot(dialog, QStringLiteral("connect-step2-all-errors"));

    // Fixed: step 3. Connect without the attestation nor the password: both errors at once, on step 3.
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")), QStringLiteral("accounting@demo.test"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("taxIdEdit")), QStringLiteral("12-3456789"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("routingEdit")), QStringLiteral("110000000"));
    next->click();
    QVERIFY(visibleErrors(dialog).isEmpty());
    auto* confirm = dialog->findChild<QWidget*>(QStringLiteral("confirmPage"));
    QVERIFY(confirm->isVisible());
    dialog->findChild<QPushButton*>(QStringLiteral("connectSubmitButton"))->click();
    errors = visibleErrors(dialog);
    errors.sort();
    QCOMPARE(errors, (QStringList{QStringLiteral("attestError"), QStringLiteral("reauthPasswordError")}));
    QVERIFY(confirm->isVisible());

    // A password typed is kept by a validation error (the attestation is still missing).
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("reauthPasswordEdit"));
    typeInto(password, QStringLiteral("some password 1"));
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(visibleErrors(dialog), QStringList{QStringLiteral("attestError")});
    QCOMPARE(password->text(), QStringLiteral("some password 1"));
    QVERIFY(confirm->isVisible());
}

void TestGuiDialogKeys::inviteFormShowsAllItsErrorsAtOnce()
{
    ui::InviteBox box(m_env->app(), m_admin);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    auto* name = box.findChild<QLineEdit*>(QStringLiteral("inviteNameEdit"));
    auto* email = box.findChild<QLineEdit*>(QStringLiteral("inviteEmailEdit"));
    auto* mobile = box.findChild<QLineEdit*>(QStringLiteral("inviteMobileEdit"));
    typeInto(email, QStringLiteral("marco@"));
    typeInto(mobile, QStringLiteral("(514) 555-0142")); // the national format is accepted
    QTest::keyClick(mobile, Qt::Key_Return);            // Enter sends, as the button does
    QTRY_VERIFY(!visibleErrors(&box).isEmpty());
    QStringList errors = visibleErrors(&box);
    errors.sort();
    QCOMPARE(errors, (QStringList{QStringLiteral("inviteEmailError"), QStringLiteral("inviteNameError")}));
    QCOMPARE(email->text(), QStringLiteral("marco@"));
    QCOMPARE(mobile->text(), QStringLiteral("(514) 555-0142"));
    screenshot(&box, QStringLiteral("invite-all-errors"));

    typeInto(name, QStringLiteral("Marco Alvarez"));
    typeInto(mobile, QStringLiteral("555-0142")); // no area code
    box.findChild<QPushButton*>(QStringLiteral("sendInvitationButton"))->click();
    QTRY_VERIFY(visibleErrors(&box).contains(QStringLiteral("inviteMobileError")));
    errors = visibleErrors(&box);
    errors.sort();
    QCOMPARE(errors, (QStringList{QStringLiteral("inviteEmailError"), QStringLiteral("inviteMobileError")}));
}

void TestGuiDialogKeys::cleanupTestCase()
{
    m_env.reset();
}

QTEST_MAIN(TestGuiDialogKeys)
#include "test_gui_dialog_keys.moc"
