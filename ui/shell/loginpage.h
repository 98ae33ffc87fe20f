#pragma once

#include "auth/session.h"
#include "common/centeredcard.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace dp {
class AppContext;
}

namespace dp::ui {

// E-mail and password, plus one button per demo user on a demo store ("Try the demo").
class LoginPage : public CenteredCard
{
    Q_OBJECT
public:
    explicit LoginPage(AppContext& ctx, QWidget* parent = nullptr);
    // Re-reads the organization name and the demo users (call before showing the page).
    void reload();

signals:
    void signedIn(const dp::Session& session);
    void invitationCodeRequested(); // "I have an invitation code" (MNG-2)

private:
    void signIn(const QString& email, const QString& password, QPushButton* button);

    AppContext& m_ctx;
    QLabel* m_subtitle;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QLabel* m_error;
    QGroupBox* m_demoBox;
    QVBoxLayout* m_demoButtons;
};

} // namespace dp::ui
