#include "firstrunpage.h"

#include "common/async.h"
#include "context/appcontext.h"
#include "auth/userservice.h"
#include "common/uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
QLineEdit* makeEdit(const QString& objectName, bool password = false)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    if (password)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}
}

FirstRunPage::FirstRunPage(AppContext& ctx, QWidget* parent)
    : CenteredCard(95, parent)
    , m_ctx(ctx)
    , m_orgName(makeEdit(QStringLiteral("orgNameEdit")))
    , m_adminName(makeEdit(QStringLiteral("adminNameEdit")))
    , m_email(makeEdit(QStringLiteral("adminEmailEdit")))
    , m_password(makeEdit(QStringLiteral("adminPasswordEdit"), true))
    , m_confirm(makeEdit(QStringLiteral("adminConfirmEdit"), true))
    , m_create(new QPushButton(tr("Create organization")))
{
    setObjectName(QStringLiteral("firstRunPage"));
    addBrandHeader(tr("Welcome! Let's set up DealerPay for your dealership."));
    auto* intro = new QLabel(tr("Create your organization and the administrator account you will sign in with. "
                                "You can invite accounting staff and service managers afterwards."));
    intro->setWordWrap(true);
    column()->addWidget(intro);

    auto addRow = [this](QFormLayout* form, const QString& label, QLineEdit* edit, const QStringList& fields,
                         const QString& errorName) {
        QLabel* error = makeErrorLabel(errorName);
        form->addRow(label, withError(edit, error));
        m_errors.add(fields, edit, error);
    };

    auto* orgBox = new QGroupBox(tr("Your organization"));
    auto* orgForm = new QFormLayout(orgBox);
    addRow(orgForm, tr("Organization name:"), m_orgName,
           {QStringLiteral("orgName"), QStringLiteral("organization"), QStringLiteral("organizationName")},
           QStringLiteral("orgNameError"));
    m_orgName->setPlaceholderText(tr("e.g. Main Street Motors"));
    column()->addWidget(orgBox);

    auto* adminBox = new QGroupBox(tr("Administrator account"));
    auto* adminForm = new QFormLayout(adminBox);
    addRow(adminForm, tr("Your name:"), m_adminName,
           {QStringLiteral("adminName"), QStringLiteral("name"), QStringLiteral("userName")},
           QStringLiteral("adminNameError"));
    addRow(adminForm, tr("E-mail:"), m_email, {QStringLiteral("email")}, QStringLiteral("adminEmailError"));
    addRow(adminForm, tr("Password:"), m_password, {QStringLiteral("password")}, QStringLiteral("adminPasswordError"));
    addRow(adminForm, tr("Confirm password:"), m_confirm, {QStringLiteral("confirm")},
           QStringLiteral("adminConfirmError"));
    adminForm->addRow(QString(), makeHintLabel(tr("At least 10 characters, with a letter and a digit.")));
    column()->addWidget(adminBox);

    QLabel* general = makeErrorLabel(QStringLiteral("firstRunError"));
    m_errors.setGeneral(general);
    column()->addWidget(general);

    m_create->setObjectName(QStringLiteral("createOrgButton"));
    m_create->setDefault(true);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    column()->addWidget(buttons);

    auto* invited = new QPushButton(tr("I have an invitation code"));
    invited->setObjectName(QStringLiteral("haveInvitationButton"));
    invited->setFlat(true);
    column()->addWidget(invited, 0, Qt::AlignLeft);
    connect(invited, &QPushButton::clicked, this, &FirstRunPage::invitationCodeRequested);

    connect(m_create, &QPushButton::clicked, this, &FirstRunPage::submit);
    for (QLineEdit* edit : {m_orgName, m_adminName, m_email, m_password, m_confirm})
        connect(edit, &QLineEdit::returnPressed, this, &FirstRunPage::submit);
}

void FirstRunPage::submit()
{
    if (!m_create->isEnabled())
        return;
    if (m_password->text() != m_confirm->text()) {
        m_errors.show(Error::validation(QStringLiteral("confirm"), tr("The two passwords are not the same.")));
        return;
    }
    m_errors.clear();
    setBusy(m_create, true, tr("Creating…"));
    UserService& users = m_ctx.users();
    const QString org = m_orgName->text().trimmed(), name = m_adminName->text().trimmed(),
                  email = m_email->text().trimmed(), password = m_password->text();
    runAsync<Result<Session>>(
        this, [&users, org, name, email, password] { return users.createOrganization(org, name, email, password); },
        [this](Result<Session> result) {
            setBusy(m_create, false);
            if (!result.ok()) {
                m_errors.show(result.error());
                return;
            }
            m_password->clear();
            m_confirm->clear();
            emit created(result.value());
        });
}

} // namespace dp::ui
