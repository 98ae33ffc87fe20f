#pragma once

#include "auth/session.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dp {
class UserService;
}

namespace dp::ui {

// Re-authentication before sensitive payment details (ONB-4): the password again, checked by
// users().reauthenticate; on success `session` (the main window's) carries the new reauthenticatedAt.
class ReauthDialog : public QDialog
{
    Q_OBJECT
public:
    ReauthDialog(UserService& users, Session& session, const QString& reason, QWidget* parent = nullptr);

private:
    void submit();

    UserService& m_users;
    Session& m_session;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_ok;
};

// Runs users.reauthenticate off the UI thread on a copy of the session; done(status, updated session).
void reauthenticateAsync(QObject* context, UserService& users, const Session& session, const QString& password,
                         std::function<void(const Status&, const Session&)> done);

} // namespace dp::ui
