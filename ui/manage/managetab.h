#pragma once

#include "auth/roles.h"
#include "auth/session.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace dp {
class AppContext;
}

namespace dp::ui {

class InviteBox;
class InvitationsBox;
class StaffBox;
class TeamsBox;
class PayoutRecipientsBox;

// The Manage area (MNG-1 ... MNG-5, Admins only), one page at a time: Staff (the staff with their roles, who
// receives the payout e-mails, the mail server), Teams, and Invitations (invite staff, the invitations sent). A
// change on one page reloads them all. Every change goes through StaffService, which checks the role.
class ManageTab : public QWidget
{
    Q_OBJECT
public:
    ManageTab(AppContext& ctx, Session& session, QWidget* parent = nullptr);
    void reload();
    void showPage(dp::Page page); // Staff, Teams or Invitations

protected:
    void showEvent(QShowEvent* event) override;

private:
    void editMailServer();
    QVBoxLayout* addPage(const QString& objectName);

    AppContext& m_ctx;
    Session& m_session;
    QLabel* m_error;
    QLabel* m_mailStatus;
    InviteBox* m_invite;
    InvitationsBox* m_invitations;
    StaffBox* m_staff;
    TeamsBox* m_teams;
    PayoutRecipientsBox* m_recipients;
    QStackedWidget* m_pages;
};

} // namespace dp::ui
