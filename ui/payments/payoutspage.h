#pragma once

#include "auth/session.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace dp {
class AppContext;
class PayoutService;
}

namespace dp::ui {

// PAY-7: the payouts to the rooftops' bank accounts (from the store the sync fills): rooftop, state, arrival date
// and amount; a payout opens its contents (PayoutDetailDialog).
class PayoutsPage : public QWidget
{
    Q_OBJECT
public:
    PayoutsPage(AppContext& ctx, const Session& session, QWidget* parent = nullptr);
    ~PayoutsPage() override;

    void reload();
    // Opens the detail of the payout on `row` of the table (as shown, after sorting).
    void openDetail(int row);

signals:
    void loaded(int count); // the list was (re)loaded
    void detailOpened(QWidget* dialog);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(const QVariant& rows);

    AppContext& m_ctx;
    Session m_session;
    std::unique_ptr<PayoutService> m_service;
    QComboBox* m_rooftop;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_refresh;
    QPushButton* m_open;
    QLabel* m_summary;
    QLabel* m_error;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    bool m_shownOnce = false;
};

} // namespace dp::ui
