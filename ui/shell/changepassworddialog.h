#pragma once

#include "auth/session.h"
#include "common/formerrors.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace dp {
class StaffService;
}

namespace dp::ui {

// "Change password…" for the signed-in user (MNG-4): the current password, then the new one twice.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(StaffService& staff, const Session& session, QWidget* parent = nullptr);

private:
    void submit();

    StaffService& m_staff;
    Session m_session;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    QPushButton* m_ok;
    FormErrors m_errors;
};

} // namespace dp::ui
