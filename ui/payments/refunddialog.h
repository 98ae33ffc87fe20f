#pragma once

#include "auth/session.h"
#include "payments/refundservice.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace dp {
class AppContext;
}

namespace dp::ui {

class FormErrors;

// PAY-5: refund all or part of a payment. First the amount and the reason (checked by RefundService::prepare,
// which also stores the refund with its idempotency key), then a confirmation that states the amount, the card
// and what the customer will see; only then is it sent. A retry after a failure reuses the same key.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(AppContext& ctx, const Session& session, const QString& chargeId, QWidget* parent = nullptr);
    ~RefundDialog() override;

    // The confirmation text for a prepared refund (translated, rich text).
    static QString confirmationText(const RefundDraft& draft, const QString& rooftopName);

signals:
    void refunded(const dp::RefundRecord& refund);

private:
    QWidget* buildFormPage();
    QWidget* buildConfirmPage();
    void proceed();  // form -> confirmation
    void submit();   // confirmation -> sent
    void back();

    AppContext& m_ctx;
    Session m_session;
    QString m_chargeId;
    QString m_rooftopName;
    std::optional<RefundDraft> m_draft;
    std::unique_ptr<FormErrors> m_errors;
    QStackedWidget* m_pages;
    QLabel* m_summary;
    QLineEdit* m_amount;
    QComboBox* m_reason;
    QPushButton* m_continue;
    QLabel* m_confirmTitle;
    QLabel* m_confirmText;
    QLabel* m_confirmError;
    QPushButton* m_confirm;
};

} // namespace dp::ui
