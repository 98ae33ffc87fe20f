#pragma once

#include "auth/session.h"
#include "staff/staffservice.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dp {
class AppContext;
}

namespace dp::ui {

// The invitations sent (MNG-2): who, role, how it went out, state (Pending, Accepted, Expired, Revoked) and expiry,
// with Resend (a new code and expiry) and Revoke for the selected one.
class InvitationsBox : public QGroupBox
{
    Q_OBJECT
public:
    InvitationsBox(AppContext& ctx, Session& session, QWidget* parent = nullptr);
    void reload();

signals:
    void changed();

private:
    void updateButtons();
    const Invitation* selected() const;
    void resendSelected();
    void revokeSelected();

    AppContext& m_ctx;
    Session& m_session;
    QList<Invitation> m_invitations;
    QTableWidget* m_table;
    QPushButton* m_resend;
    QPushButton* m_revoke;
    QLabel* m_notice;
};

} // namespace dp::ui
