#pragma once

#include "auth/session.h"
#include "common/formerrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dp {
class AppContext;
}

namespace dp::ui {

// "Mail server…" (MNG-2): host, port, user, password (kept in the keychain) and sender address of the SMTP server
// that sends invitations and payout e-mails, with "Send test e-mail".
class MailServerDialog : public QDialog
{
    Q_OBJECT
public:
    MailServerDialog(AppContext& ctx, const Session& session, QWidget* parent = nullptr);

private:
    bool save();
    void sendTest();

    AppContext& m_ctx;
    Session m_session;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_from;
    QPushButton* m_test;
    QLabel* m_notice;
    FormErrors m_errors;
};

} // namespace dp::ui
