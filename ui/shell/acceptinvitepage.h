#pragma once

#include "auth/session.h"
#include "common/centeredcard.h"
#include "common/formerrors.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dp {
class AppContext;
}

namespace dp::ui {

// "I have an invitation code" (MNG-2): the invitee pastes the code of their text or e-mail (or arrives with it from a
// dealerpay://register?code=... link), sees who invited them and as what, chooses a password and is signed in.
class AcceptInvitePage : public CenteredCard
{
    Q_OBJECT
public:
    explicit AcceptInvitePage(AppContext& ctx, QWidget* parent = nullptr);
    // Fills in the code (from a dealerpay:// link) and checks it.
    void setCode(const QString& code);
    void reset();

signals:
    void signedIn(const dp::Session& session);
    void back();

private:
    void check();
    void submit();

    AppContext& m_ctx;
    QLineEdit* m_code;
    QPushButton* m_check;
    QLabel* m_preview;
    QGroupBox* m_passwordBox;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QPushButton* m_accept;
    FormErrors m_errors;
};

} // namespace dp::ui
