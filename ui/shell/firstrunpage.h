#pragma once

#include "auth/session.h"
#include "common/centeredcard.h"
#include "common/formerrors.h"

class QLineEdit;
class QPushButton;

namespace dp {
class AppContext;
}

namespace dp::ui {

// First start on an empty store: the organization and its first administrator (users().createOrganization).
class FirstRunPage : public CenteredCard
{
    Q_OBJECT
public:
    explicit FirstRunPage(AppContext& ctx, QWidget* parent = nullptr);

signals:
    void created(const dp::Session& session);
    void invitationCodeRequested(); // "I have an invitation code" (MNG-2)

private:
    void submit();

    AppContext& m_ctx;
    QLineEdit* m_orgName;
    QLineEdit* m_adminName;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QPushButton* m_create;
    FormErrors m_errors;
};

} // namespace dp::ui
