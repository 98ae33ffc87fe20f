#pragma once

#include "auth/session.h"

#include <QWidget>

class QLabel;

namespace dp {
class AppContext;
}

namespace dp::ui {

class InviteBox;
class InvitationsBox;
class StaffBox;
class TeamsBox;
class PayoutRecipientsBox;

// The Manage tab (MNG-1 ... MNG-5, Admins only): invite staff, the invitations sent, the staff with their roles,
// the teams and who receives the payout e-mails. Every change goes through StaffService, which checks the role.
class ManageTab : public QWidget
{
    Q_OBJECT
public:
    ManageTab(AppContext& ctx, Session& session, QWidget* parent = nullptr);
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void editMailServer();

    AppContext& m_ctx;
    Session& m_session;
    QLabel* m_error;
    QLabel* m_mailStatus;
    InviteBox* m_invite;
    InvitationsBox* m_invitations;
    StaffBox* m_staff;
    TeamsBox* m_teams;
    PayoutRecipientsBox* m_recipients;
};

} // namespace dp::ui
