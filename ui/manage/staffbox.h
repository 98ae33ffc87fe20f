#pragma once

#include "auth/session.h"
#include "staff/staffservice.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace dp {
class AppContext;
}

namespace dp::ui {

// The staff (MNG-4): name, e-mail, role (changed in place, after a confirmation), teams and status, with Deactivate /
// Reactivate. Your own row cannot be changed here; core refuses the last Admin too.
class StaffBox : public QGroupBox
{
    Q_OBJECT
public:
    StaffBox(AppContext& ctx, Session& session, QWidget* parent = nullptr);
    void setData(const QList<StaffMember>& staff, const QList<Team>& teams);

signals:
    void changed();

private:
    void changeRole(const StaffMember& member, Role role);
    void toggleActive(const StaffMember& member);
    void report(const Status& status, const QString& success);

    AppContext& m_ctx;
    Session& m_session;
    QTableWidget* m_table;
    QLabel* m_notice;
};

} // namespace dp::ui
