#pragma once

#include "auth/session.h"
#include "common/formerrors.h"
#include "staff/staffservice.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dp {
class AppContext;
}

namespace dp::ui {

// Teams (MNG-3): create, rename, "takes payments", and members (checked = in the team). A Manager sees the
// Payments tab only while in a team that takes payments.
class TeamsBox : public QGroupBox
{
    Q_OBJECT
public:
    TeamsBox(AppContext& ctx, Session& session, QWidget* parent = nullptr);
    void setData(const QList<StaffMember>& staff, const QList<Team>& teams);

signals:
    void changed();

private:
    const Team* selected() const;
    void showSelected();
    void createTeam();
    void renameTeam();
    void setTakesPayments(bool takes);
    void memberToggled(qint64 userId, bool member);
    void report(const Status& status);

    AppContext& m_ctx;
    Session& m_session;
    QList<Team> m_teams;
    QList<StaffMember> m_staff;
    QListWidget* m_list;
    QLineEdit* m_name;
    QPushButton* m_create;
    QPushButton* m_rename;
    QCheckBox* m_takesPayments;
    QLabel* m_membersTitle;
    QListWidget* m_members;
    QLabel* m_error;
    FormErrors m_errors;
};

} // namespace dp::ui
