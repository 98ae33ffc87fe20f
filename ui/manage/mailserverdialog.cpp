#include "mailserverdialog.h"

#include "common/dialogbuttons.h"
#include "common/async.h"
#include "auth/secretstore.h"
#include "managecommon.h"
#include "context/appcontext.h"
#include "notify/mailserver.h"
#include "common/uistyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dp::ui {

MailServerDialog::MailServerDialog(AppContext& ctx, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_from(new QLineEdit)
    , m_test(makeButton(tr("Send test e-mail"), QStringLiteral("sendTestMailButton")))
    , m_notice(makeNoticeLabel(QStringLiteral("mailServerNotice")))
{
    setObjectName(QStringLiteral("mailServerDialog"));
    setWindowTitle(tr("Mail server"));
    const MailServerSettings current = mailserver::current(ctx, true);
    m_host->setObjectName(QStringLiteral("smtpHostEdit"));
    m_host->setText(current.host);
    m_host->setPlaceholderText(QStringLiteral("smtp.example.com"));
    m_port->setObjectName(QStringLiteral("smtpPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(current.port);
    m_user->setObjectName(QStringLiteral("smtpUserEdit"));
    m_user->setText(current.user);
    m_password->setObjectName(QStringLiteral("smtpPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(current.hasPassword ? tr("(unchanged)") : QString());
    m_from->setObjectName(QStringLiteral("smtpFromEdit"));
    m_from->setText(current.fromAddress);
    m_from->setPlaceholderText(tr("payments@your-dealership.com"));

    auto* form = new QFormLayout;
    const struct { QString label; QWidget* input; QString field; const char* error; } rows[] = {
        {tr("Server:"), m_host, QStringLiteral("host"), "smtpHostError"},
        {tr("Port:"), m_port, QStringLiteral("port"), "smtpPortError"},
        {tr("User name:"), m_user, QStringLiteral("user"), "smtpUserError"},
        {tr("Password:"), m_password, QStringLiteral("password"), "smtpPasswordError"},
        {tr("Sender address:"), m_from, QStringLiteral("from"), "smtpFromError"},
    };
    for (const auto& row : rows) {
        QLabel* error = makeErrorLabel(QLatin1String(row.error));
        form->addRow(row.label, withError(row.input, error));
        m_errors.add({row.field}, row.input, error);
    }
    form->addRow(QString(), makeHintLabel(tr("DealerPay uses STARTTLS when the server offers it, and requires it "
                                             "before sending a password over the network. The password is kept in "
                                             "%1.").arg(ctx.secrets().backendName())));
    QLabel* general = makeErrorLabel(QStringLiteral("mailServerError"));
    m_errors.setGeneral(general);

    auto* buttons = makeDialogButtons(this, QDialogButtonBox::Save | QDialogButtonBox::Cancel, QDialogButtonBox::Save);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveMailServerButton"));
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &MailServerDialog::sendTest);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

bool MailServerDialog::save()
{
    m_errors.clear();
    MailServerSettings s;
    s.host = m_host->text();
    s.port = m_port->value();
    s.user = m_user->text();
    s.password = m_password->text();
    s.fromAddress = m_from->text();
    const Status saved = mailserver::save(m_ctx, m_session, s);
    if (!saved.ok()) {
        m_errors.show(saved.error());
        return false;
    }
    m_password->clear();
    m_password->setPlaceholderText(mailserver::current(m_ctx, true).hasPassword ? tr("(unchanged)") : QString());
    return true;
}

void MailServerDialog::sendTest()
{
    showNotice(m_notice, {}, Tone::Neutral);
    if (!save())
        return;
    setBusy(m_test, true, tr("Sending…"));
    AppContext& ctx = m_ctx;
    const Session who = m_session;
    runAsync<Status>(
        this, [&ctx, who] { return mailserver::sendTest(ctx, who, who.email); },
        [this](Status status) {
            setBusy(m_test, false);
            if (status.ok())
                showNotice(m_notice, tr("A test e-mail went to %1.").arg(m_session.email.toHtmlEscaped()),
                           Tone::Success);
            else
                showNotice(m_notice, status.error().message.toHtmlEscaped(), Tone::Danger);
        });
}

} // namespace dp::ui
