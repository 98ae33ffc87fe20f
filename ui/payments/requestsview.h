#pragma once

#include "auth/session.h"
#include "payments/paymentrequests.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dp {
class AppContext;
}

namespace dp::ui {

class RequestsModel;

// The "Requests" page: every text-to-pay request the person may see (Consultants: their own) with its state, and
// Resend, Cancel, Copy link and, once paid, the receipt.
class RequestsView : public QWidget
{
    Q_OBJECT
public:
    RequestsView(AppContext& ctx, const Session& session, QWidget* parent = nullptr);

    RequestsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

public slots:
    void reload(); // from the local store, keeping the selection
    void select(qint64 requestId);
    void setNotice(const QString& text);

signals:
    void receiptRequested(const QString& chargeId);

private:
    const PaymentRequest* current() const;
    void updateActions();
    void resend();
    void cancelRequest();
    void finishAction(const Result<PaymentRequest>& result, const QString& doneText);

    AppContext& m_ctx;
    Session m_session;
    RequestsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QLabel* m_count;
    QLabel* m_notice;
    QLabel* m_error;
    QPushButton* m_resend;
    QPushButton* m_cancel;
    QPushButton* m_copy;
    QPushButton* m_receipt;
};

} // namespace dp::ui
