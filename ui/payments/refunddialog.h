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
// and what the customer will see; only then is it sent. A refund of unknown outcome (timeout, reset, reply cut) is
// never dropped: Back, Cancel and closing keep it, the dialog shows it when it opens again, and the next action
// first asks the server (RefundService::check) before the same refund, with the same key, is sent again.
// Enter does the page's main action (Continue, Refund); Escape cancels.
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
    void loadPayment(); // the summary and the refundable amount, from the store
    void showPage(int page); // and makes that page's main button the default (Enter)
    void showConfirmation();
    void showOutcome(const QString& status); // the line under the summary; empty hides it
    void showUnresolved(const QString& status);
    void startNewRefund(const QString& status);
    void startCheck(bool userAction); // asks the server what became of the refund of unknown outcome
    void proceed();  // form -> confirmation
    void submit();   // confirmation -> sent
    void back();

    AppContext& m_ctx;
    Session m_session;
    QString m_chargeId;
    QString m_rooftopName;
    std::optional<RefundDraft> m_draft;
    bool m_unresolved = false; // m_draft was sent and its outcome is unknown: it is kept until the server says
    std::unique_ptr<FormErrors> m_errors;
    QStackedWidget* m_pages;
    QLabel* m_summary;
    QLabel* m_outcome; // "Refund outcome unknown — checking"
    QLineEdit* m_amount;
    QComboBox* m_reason;
    QPushButton* m_continue;
    QLabel* m_confirmTitle;
    QLabel* m_confirmText;
    QLabel* m_confirmError;
    QPushButton* m_confirm;
};

} // namespace dp::ui
