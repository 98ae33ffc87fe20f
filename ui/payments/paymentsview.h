#pragma once

#include "auth/session.h"
#include "storage/paymentstore.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dp {
class AppContext;
}

namespace dp::ui {

class PaymentsModel;

// The "All payments" page (PAY-2/3): one table of every payment with search (debounced), filters on state, date
// range, team, consultant and rooftop, sorting on every column, and the receipt and refund of the selected row.
class PaymentsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 200;

    PaymentsView(AppContext& ctx, const Session& session, QWidget* parent = nullptr);

    PaymentsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString selectedCharge() const;
    // The filter the inputs describe now, in the model's sort order.
    store::PaymentFilter currentFilter() const;

public slots:
    void reload();                        // after a sync or a refund: rows, count and filter choices
    void selectCharge(const QString& chargeId);

signals:
    void receiptRequested(const QString& chargeId);
    void refundRequested(const QString& chargeId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // Ctrl+End: the last row, without reading the rest

private:
    void buildFilters(QGridLayout* grid);
    void fillChoices();
    void applyFilter();
    void dateRangeChanged();
    void clearFilters();
    void updateActions();
    void showCount(qint64 total);
    const store::PaymentRow* selectedRow() const;

    AppContext& m_ctx;
    Session m_session;
    PaymentsModel* m_model;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_state;
    QComboBox* m_dates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_team;
    QComboBox* m_consultant;
    QComboBox* m_rooftop;
    QLabel* m_count;
    QLabel* m_error;
    QPushButton* m_receipt;
    QPushButton* m_refund;
    QTimer m_searchTimer;
    QString m_reselect; // the payment to select again once a reload has arrived
};

} // namespace dp::ui
