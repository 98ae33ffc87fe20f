#include "changepassworddialog.h"

#include "common/dialogbuttons.h"
#include "common/async.h"
#include "staff/staffservice.h"
#include "common/uistyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp::ui {

ChangePasswordDialog::ChangePasswordDialog(StaffService& staff, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_session(session)
    , m_current(new QLineEdit)
    , m_new(new QLineEdit)
    , m_confirm(new QLineEdit)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto* form = new QFormLayout;
    const struct { QLineEdit* edit; const char* name; QString label; QString field; } rows[] = {
        {m_current, "currentPassword", tr("Current password:"), QStringLiteral("current_password")},
        {m_new, "newPassword", tr("New password:"), QStringLiteral("new_password")},
        {m_confirm, "confirmPassword", tr("Confirm new password:"), QStringLiteral("confirm")},
    };
    for (const auto& row : rows) {
        row.edit->setObjectName(QLatin1String(row.name) + QLatin1String("Edit"));
        row.edit->setEchoMode(QLineEdit::Password);
        QLabel* error = makeErrorLabel(QLatin1String(row.name) + QLatin1String("Error"));
        form->addRow(row.label, withError(row.edit, error));
        m_errors.add({row.field}, row.edit, error);
    }
    form->addRow(QString(), makeHintLabel(tr("At least 10 characters, with a letter and a digit.")));
    QLabel* general = makeErrorLabel(QStringLiteral("changePasswordError"));
    m_errors.setGeneral(general);

    auto* buttons = makeDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel, QDialogButtonBox::Ok);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Change password"));
    m_ok->setObjectName(QStringLiteral("changePasswordOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void ChangePasswordDialog::submit()
{
    if (m_new->text() != m_confirm->text()) {
        m_errors.show(Error::validation(QStringLiteral("confirm"), tr("The two passwords are not the same.")));
        return;
    }
    m_errors.clear();
    setBusy(m_ok, true, tr("Changing…"));
    StaffService& staff = m_staff;
    const Session who = m_session;
    const QString current = m_current->text(), next = m_new->text();
    runAsync<Status>(
        this, [&staff, who, current, next] { return staff.changePassword(who, current, next); },
        [this](Status status) {
            setBusy(m_ok, false);
            if (!status.ok()) {
                m_errors.show(status.error());
                return;
            }
            accept();
        });
}

} // namespace dp::ui
