#include "reauthdialog.h"

#include "dialogbuttons.h"
#include "async.h"
#include "auth/userservice.h"
#include "uistyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
struct ReauthOutcome
{
    Session session;
    Status status;
};
}

void reauthenticateAsync(QObject* context, UserService& users, const Session& session, const QString& password,
                         std::function<void(const Status&, const Session&)> done)
{
    runAsync<ReauthOutcome>(
        context,
        [&users, session, password] {
            Session updated = session;
            Status status = users.reauthenticate(updated, password);
            return ReauthOutcome{updated, std::move(status)};
        },
        [done = std::move(done)](ReauthOutcome outcome) { done(outcome.status, outcome.session); });
}

ReauthDialog::ReauthDialog(UserService& users, Session& session, const QString& reason, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_session(session)
    , m_password(new QLineEdit)
    , m_error(makeErrorLabel(QStringLiteral("reauthPasswordError")))
{
    setObjectName(QStringLiteral("reauthDialog"));
    setWindowTitle(tr("Confirm it's you"));

    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto* text = new QLabel(reason);
    text->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);

    m_password->setObjectName(QStringLiteral("reauthPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Your password (%1):").arg(session.email), withError(m_password, m_error));

    auto* buttons = makeDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel, QDialogButtonBox::Ok);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Continue"));
    m_ok->setObjectName(QStringLiteral("reauthOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReauthDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumTextWidth(this, 80);
}

void ReauthDialog::submit()
{
    showError(m_error, {});
    setBusy(m_ok, true, tr("Checking…"));
    reauthenticateAsync(this, m_users, m_session, m_password->text(), [this](const Status& status, const Session& s) {
        setBusy(m_ok, false);
        if (!status.ok()) {
            showError(m_error, status.error().message);
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        m_session.reauthenticatedAt = s.reauthenticatedAt;
        accept();
    });
}

} // namespace dp::ui
