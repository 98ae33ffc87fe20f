#include "acceptinvitepage.h"

#include "common/async.h"
#include "manage/managecommon.h"
#include "context/appcontext.h"
#include "staff/staffservice.h"
#include "common/uistyle.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp::ui {

AcceptInvitePage::AcceptInvitePage(AppContext& ctx, QWidget* parent)
    : CenteredCard(72, parent)
    , m_ctx(ctx)
    , m_code(new QLineEdit)
    , m_check(makeButton(tr("Check code"), QStringLiteral("checkCodeButton")))
    , m_preview(makeNoticeLabel(QStringLiteral("invitationPreview")))
    , m_passwordBox(new QGroupBox(tr("Choose your password")))
    , m_password(new QLineEdit)
    , m_confirm(new QLineEdit)
    , m_accept(makeButton(tr("Create my account"), QStringLiteral("acceptInvitationButton")))
{
    setObjectName(QStringLiteral("acceptInvitePage"));
    addBrandHeader(tr("Join your team on DealerPay."));

    auto* codeBox = new QGroupBox(tr("Your invitation"));
    auto* codeLayout = new QVBoxLayout(codeBox);
    codeLayout->addWidget(makeHintLabel(tr("Enter the code from the text message or e-mail you received. Letters "
                                           "may be typed in lower case; hyphens are optional.")));
    m_code->setObjectName(QStringLiteral("inviteCodeEdit"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    QLabel* codeError = makeErrorLabel(QStringLiteral("inviteCodeError"));
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_check);
    codeLayout->addLayout(codeRow);
    codeLayout->addWidget(codeError);
    codeLayout->addWidget(m_preview);
    column()->addWidget(codeBox);
    m_errors.add({QStringLiteral("code")}, m_code, codeError);

    m_password->setObjectName(QStringLiteral("invitePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("inviteConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(m_passwordBox);
    QLabel* passwordError = makeErrorLabel(QStringLiteral("invitePasswordError"));
    QLabel* confirmError = makeErrorLabel(QStringLiteral("inviteConfirmError"));
    form->addRow(tr("Password:"), withError(m_password, passwordError));
    form->addRow(tr("Confirm password:"), withError(m_confirm, confirmError));
    form->addRow(QString(), makeHintLabel(tr("At least 10 characters, with a letter and a digit.")));
    m_errors.add({QStringLiteral("password")}, m_password, passwordError);
    m_errors.add({QStringLiteral("confirm")}, m_confirm, confirmError);
    m_passwordBox->setObjectName(QStringLiteral("invitePasswordBox"));
    column()->addWidget(m_passwordBox);

    QLabel* general = makeErrorLabel(QStringLiteral("acceptInviteError"));
    m_errors.setGeneral(general);
    column()->addWidget(general);

    auto* back = makeButton(tr("Back to sign in"), QStringLiteral("backToSignInButton"));
    back->setFlat(true);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    buttons->addButton(back, QDialogButtonBox::RejectRole);
    column()->addWidget(buttons);

    connect(m_check, &QPushButton::clicked, this, &AcceptInvitePage::check);
    connect(m_code, &QLineEdit::returnPressed, this, &AcceptInvitePage::check);
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        m_passwordBox->setEnabled(false);
        m_accept->setEnabled(false);
        showNotice(m_preview, {}, Tone::Neutral);
    });
    connect(m_accept, &QPushButton::clicked, this, &AcceptInvitePage::submit);
    connect(m_confirm, &QLineEdit::returnPressed, this, &AcceptInvitePage::submit);
    connect(back, &QPushButton::clicked, this, &AcceptInvitePage::back);
    reset();
}

void AcceptInvitePage::reset()
{
    m_errors.clear();
    for (QLineEdit* edit : {m_code, m_password, m_confirm})
        edit->clear();
    showNotice(m_preview, {}, Tone::Neutral);
    m_passwordBox->setEnabled(false);
    m_accept->setEnabled(false);
    m_code->setFocus();
}

void AcceptInvitePage::setCode(const QString& code)
{
    reset();
    m_code->setText(code);
    check();
}

void AcceptInvitePage::check()
{
    m_errors.clear();
    auto preview = m_ctx.staff().lookup(m_code->text());
    if (!preview.ok()) {
        m_errors.show(preview.error());
        showNotice(m_preview, {}, Tone::Neutral);
        m_passwordBox->setEnabled(false);
        m_accept->setEnabled(false);
        return;
    }
    const InvitationPreview& p = preview.value();
    const QString expires = QLocale().toString(QDateTime::fromSecsSinceEpoch(p.expiresAt).toLocalTime(),
                                               QLocale::ShortFormat);
    showNotice(m_preview,
               tr("Welcome, <b>%1</b>. %2 invited you to join <b>%3</b> as %4. You will sign in with <b>%5</b>.")
                       .arg(p.name.toHtmlEscaped(), p.invitedBy.toHtmlEscaped(), p.organization.toHtmlEscaped(),
                            roleDisplayName(p.role).toHtmlEscaped(), p.email.toHtmlEscaped())
                   + QStringLiteral("<br>") + tr("This invitation expires on %1.").arg(expires.toHtmlEscaped()),
               Tone::Neutral);
    m_passwordBox->setEnabled(true);
    m_accept->setEnabled(true);
    m_password->setFocus();
}

void AcceptInvitePage::submit()
{
    if (!m_accept->isEnabled())
        return;
    if (m_password->text() != m_confirm->text()) {
        m_errors.show(Error::validation(QStringLiteral("confirm"), tr("The two passwords are not the same.")));
        return;
    }
    m_errors.clear();
    setBusy(m_accept, true, tr("Creating…"));
    StaffService& staff = m_ctx.staff();
    const QString code = m_code->text(), password = m_password->text();
    runAsync<Result<Session>>(
        this, [&staff, code, password] { return staff.accept(code, password); },
        [this](Result<Session> result) {
            setBusy(m_accept, false);
            if (!result.ok()) {
                m_errors.show(result.error());
                return;
            }
            const Session session = result.value();
            reset();
            emit signedIn(session);
        });
}

} // namespace dp::ui
