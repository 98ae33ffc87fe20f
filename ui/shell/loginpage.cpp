#include "loginpage.h"

#include "common/async.h"
#include "context/appcontext.h"
#include "auth/userservice.h"
#include "common/uistyle.h"
#include "foundation/settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp::ui {

LoginPage::LoginPage(AppContext& ctx, QWidget* parent)
    : CenteredCard(80, parent)
    , m_ctx(ctx)
    , m_email(new QLineEdit)
    , m_password(new QLineEdit)
    , m_signIn(new QPushButton(tr("Sign in")))
    , m_error(makeErrorLabel(QStringLiteral("loginError")))
    , m_demoBox(new QGroupBox(tr("Try the demo")))
    , m_demoButtons(new QVBoxLayout)
{
    setObjectName(QStringLiteral("loginPage"));
    addBrandHeader(QString());
    m_subtitle = findChild<QLabel*>(QStringLiteral("brandSubtitle"));

    auto* box = new QGroupBox(tr("Sign in"));
    auto* form = new QFormLayout(box);
    m_email->setObjectName(QStringLiteral("loginEmailEdit"));
    m_password->setObjectName(QStringLiteral("loginPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Password:"), m_password);
    form->addRow(m_error);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    column()->addWidget(box);

    m_demoBox->setObjectName(QStringLiteral("demoBox"));
    auto* demoLayout = new QVBoxLayout(m_demoBox);
    demoLayout->addWidget(makeHintLabel(tr("This store holds demo data. Sign in as one of the sample staff members "
                                           "to see what each role can do (password for every demo user: %1).")
                                            .arg(UserService::kDemoPassword)));
    demoLayout->addLayout(m_demoButtons);
    column()->addWidget(m_demoBox);

    auto* invited = new QPushButton(tr("I have an invitation code"));
    invited->setObjectName(QStringLiteral("haveInvitationButton"));
    invited->setFlat(true);
    column()->addWidget(invited, 0, Qt::AlignLeft);
    connect(invited, &QPushButton::clicked, this, &LoginPage::invitationCodeRequested);

    auto submit = [this] { signIn(m_email->text().trimmed(), m_password->text(), m_signIn); };
    connect(m_signIn, &QPushButton::clicked, this, submit);
    connect(m_email, &QLineEdit::returnPressed, this, submit);
    connect(m_password, &QLineEdit::returnPressed, this, submit);
}

void LoginPage::reload()
{
    const QString org = m_ctx.users().organizationName();
    m_subtitle->setText(org.isEmpty() ? tr("Sign in to continue.") : tr("Sign in to %1.").arg(org));
    if (m_email->text().isEmpty())
        m_email->setText(m_ctx.settings().string(Settings::Key::LastUserEmail));
    m_password->clear();
    showError(m_error, {});

    while (QLayoutItem* item = m_demoButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<UserInfo> demo = m_ctx.users().demoUsers();
    for (const UserInfo& user : demo) {
        auto* button = new QPushButton(tr("Sign in as %1 (%2)").arg(user.name, roleDisplayName(user.role)));
        button->setObjectName(QStringLiteral("demoLogin_") + roleKey(user.role));
        const QString email = user.email;
        connect(button, &QPushButton::clicked, this,
                [this, email, button] { signIn(email, UserService::kDemoPassword, button); });
        m_demoButtons->addWidget(button);
    }
    m_demoBox->setVisible(!demo.isEmpty());
    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
}

void LoginPage::signIn(const QString& email, const QString& password, QPushButton* button)
{
    showError(m_error, {});
    setBusy(button, true, tr("Signing in…"));
    UserService& users = m_ctx.users();
    runAsync<Result<Session>>(
        this, [&users, email, password] { return users.login(email, password); },
        [this, button](Result<Session> result) {
            setBusy(button, false);
            if (!result.ok()) {
                showError(m_error, result.error().message);
                m_password->selectAll();
                m_password->setFocus();
                return;
            }
            m_password->clear();
            emit signedIn(result.value());
        });
}

} // namespace dp::ui
