#pragma once

#include "auth/session.h"
#include "staff/staffservice.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;

namespace dp {
class AppContext;
}

namespace dp::ui {

// MNG-5: who receives the e-mail of each bank payout (amount, arrival date, number of payments).
class PayoutRecipientsBox : public QGroupBox
{
    Q_OBJECT
public:
    PayoutRecipientsBox(AppContext& ctx, Session& session, QWidget* parent = nullptr);
    void setData(const QList<StaffMember>& staff);

signals:
    void changed();

private:
    void save();

    AppContext& m_ctx;
    Session& m_session;
    QListWidget* m_list;
    QPushButton* m_save;
    QLabel* m_mailWarning;
    QLabel* m_notice;
};

} // namespace dp::ui
