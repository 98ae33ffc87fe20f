#pragma once

#include "auth/session.h"
#include "common/formerrors.h"
#include "onboarding/connectionservice.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dp::ui {

// ONB-6: payout schedule and statement descriptor of a connected rooftop, with a live statement preview.
// Saving goes through ConnectionService::updatePayoutSettings; on error the dialog stays open with the message
// next to the field.
class PayoutSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    PayoutSettingsDialog(ConnectionService& connections, const Session& session, const Rooftop& rooftop,
                         QWidget* parent = nullptr);

signals:
    void saved(const dp::Rooftop& rooftop);

private:
    void updateVisibility();
    void updatePreview();
    void submit();
    api::PayoutSchedule schedule() const;

    ConnectionService& m_connections;
    const Session& m_session;
    qint64 m_rooftopId;
    QFormLayout* m_form;
    QComboBox* m_interval;
    QComboBox* m_weekday;
    QSpinBox* m_monthDay;
    QSpinBox* m_delay;
    QLineEdit* m_descriptor;
    QLabel* m_preview;
    QPushButton* m_save;
    FormErrors m_errors;
};

} // namespace dp::ui
