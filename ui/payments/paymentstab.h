#pragma once

#include "auth/session.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace dp {
class AppContext;
struct PaymentRequest;
}

namespace dp::ui {

class PaymentsSync;
class PaymentsView;
class ReceiptView;
class RequestsView;

// The Payments tab. Consultants: "Request payment" and their own requests. Managers in a payment-taking team and
// Admins: every request, and the table of all payments with receipts and refunds. Keeps the local payments in sync
// (its progress goes to the main window's status bar).
class PaymentsTab : public QWidget
{
    Q_OBJECT
public:
    PaymentsTab(AppContext& ctx, Session& session, QWidget* parent = nullptr);
    ~PaymentsTab() override;

    RequestsView* requestsView() const { return m_requests; }
    PaymentsView* paymentsView() const { return m_payments; } // null for Consultants
    PaymentsSync* sync() const;

public slots:
    void openRequestDialog();
    void openReceipt(const QString& chargeId);
    void openRefund(const QString& chargeId);
    void reloadAll();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void requestSent(const dp::PaymentRequest& request);
    void syncFinished(bool ok, bool changed);
    void setNotice(const QString& text);

    AppContext& m_ctx;
    Session& m_session;
    QPointer<PaymentsSync> m_sync;
    bool m_syncDocked = false;
    QLabel* m_notice;
    QTabWidget* m_pages;
    RequestsView* m_requests;
    PaymentsView* m_payments = nullptr;
    QPointer<ReceiptView> m_receipt;
};

} // namespace dp::ui
