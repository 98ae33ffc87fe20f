#pragma once

#include "auth/session.h"
#include "common/formerrors.h"
#include "staff/staffservice.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dp {
class AppContext;
}

namespace dp::ui {

// "Invite consultant" (MNG-1): name, e-mail, mobile, role and teams, with each core validation message shown under
// its field. The invitation goes out by text and e-mail (MNG-2); a channel that failed is said, with the code to
// hand over in person.
class InviteBox : public QGroupBox
{
    Q_OBJECT
public:
    InviteBox(AppContext& ctx, Session& session, QWidget* parent = nullptr);
    void setTeams(const QList<Team>& teams);

signals:
    void invited();

private:
    void submit();
    void showOutcome(const InviteDelivery& delivery);

    AppContext& m_ctx;
    Session& m_session;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_mobile;
    QComboBox* m_role;
    QListWidget* m_teams;
    QPushButton* m_send;
    QLabel* m_notice;
    FormErrors m_errors;
};

} // namespace dp::ui
