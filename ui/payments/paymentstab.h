#pragma once

#include "auth/roles.h"
#include "auth/session.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace dp {
class AppContext;
struct PaymentRequest;
}

namespace dp::ui {

class PaymentsSync;
class PaymentsView;
class ReceiptView;
class RequestsView;

// The Payments area, one page at a time (the navigation chooses it): Consultants: "Request payment" and their own
// requests. Managers in a payment-taking team and Admins: every request, and the table of all payments with
// receipts and refunds. Keeps the local payments in sync (its progress goes to the main window's status bar).
class PaymentsTab : public QWidget
{
    Q_OBJECT
public:
    PaymentsTab(AppContext& ctx, Session& session, QWidget* parent = nullptr);
    ~PaymentsTab() override;

    RequestsView* requestsView() const { return m_requests; }
    PaymentsView* paymentsView() const { return m_payments; } // null for Consultants
    PaymentsSync* sync() const;
    bool canRefundSelected() const; // All payments shown, a payment selected that can be refunded
    // Puts the sync status into the main window's status bar (once this area is in the window).
    void dockSync();

public slots:
    void openRequestDialog();
    void openReceipt(const QString& chargeId);
    void openRefund(const QString& chargeId);
    void reloadAll();
    void showPage(dp::Page page); // Requests or AllPayments (Requests when there is no table of all payments)
    void refundSelected();
    void startSync();

signals:
    void pageShown(dp::Page page); // also when the area turns to a page by itself (Requests after a request)

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
    QStackedWidget* m_pages;
    RequestsView* m_requests;
    PaymentsView* m_payments = nullptr;
    QPointer<ReceiptView> m_receipt;
};

} // namespace dp::ui
