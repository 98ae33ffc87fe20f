#pragma once

#include "auth/session.h"
#include "payments/paymentrequests.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dp {
class AppContext;
}

namespace dp::ui {

class FormErrors;

// PAY-1 "Request payment": who pays, how much and for which repair order; shows the fee and what the rooftop
// receives; checks the input with core (nothing is sent on bad input), then creates the link and texts / e-mails it.
class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    RequestDialog(AppContext& ctx, const Session& session, QWidget* parent = nullptr);
    ~RequestDialog() override;

signals:
    void sent(const dp::PaymentRequest& request);
    // A call reached the API (even when delivery failed afterwards): the requests list should be read again.
    void requestsChanged();

private:
    void buildForm();
    void updatePreview();
    std::optional<qint64> amount() const; // nullopt when the text is not an amount
    QString currency() const;
    void send();

    AppContext& m_ctx;
    Session m_session;
    std::unique_ptr<FormErrors> m_errors;
    QComboBox* m_rooftop;
    QLineEdit* m_customer;
    QLineEdit* m_mobile;
    QLineEdit* m_email;
    QLineEdit* m_amount;
    QComboBox* m_method;
    QLineEdit* m_ro;
    QLineEdit* m_description;
    QCheckBox* m_bySms;
    QCheckBox* m_byEmail;
    QLabel* m_preview;
    QLabel* m_general;
    QPushButton* m_send;
};

} // namespace dp::ui
