#pragma once

#include "auth/session.h"
#include "storage/paymentstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dp {
class PaymentQueries;
}

namespace dp::ui {

// The payments table (PAY-2/3) over the local store, within the session's scope (SEC-1). Only what the view shows
// is loaded: rowCount() grows block by block through canFetchMore()/fetchMore(); sorting, filtering and search are
// handed to the store (SQL). The COUNT and page queries run on a worker (ui/common/async.h): the model keeps what it
// shows until the answer arrives, then changes in one reset (new filter, sort, refresh) or one insertion (next
// block). An answer to a request that a newer one has replaced is dropped. loaded() follows each answer.
class PaymentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The columns follow store::PaymentColumn one to one. Money: Amount the customer paid, Fee kept by the
    // payments provider (not returned on a refund), Refunded so far, Kept = what the merchant keeps.
    enum Column
    {
        Date, Customer, RoNumber, Amount, Fee, Refunded, Kept, State, Consultant, Team, Rooftop, Payout, ColumnCount
    };
    enum Role
    {
        ChargeIdRole = Qt::UserRole + 1,
    };
    static constexpr int kBlockSize = 200;

    PaymentsModel(PaymentQueries& queries, const Session& session, QObject* parent = nullptr);

    // account id -> rooftop name, for the Rooftop column.
    void setRooftopNames(const QHash<QString, QString>& names);
    // Search, filters and the sort order; loads the first block (on a worker) and then resets the model.
    void setFilter(const store::PaymentFilter& filter);
    const store::PaymentFilter& filter() const { return m_filter; }
    // Reads the store again (after a sync or a refund), keeping as many rows loaded as before.
    void refresh();
    bool isLoading() const { return m_reloading || m_fetching; } // a query is on its way

    qint64 totalCount() const { return m_total; }     // rows matching the filter, loaded or not
    const store::PaymentRow* rowAt(int row) const;
    int rowOf(const QString& chargeId) const;           // among the loaded rows; -1 when not loaded
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalChanged(qint64 total);
    void failed(const QString& message);
    void loaded(); // after each answer of the store has been applied (or dropped as failed)

private:
    struct Loaded
    {
        qint64 total = -1; // -1: not counted (a next block)
        QList<store::PaymentRow> rows;
        QString error;
    };
    void reload(qint64 rowsWanted);
    void applyReload(const Loaded& loaded, qint64 rowsWanted);
    void applyBlock(const Loaded& loaded, qint64 offset);
    QString display(const store::PaymentRow& row, int column) const;

    PaymentQueries& m_queries;
    Session m_session;
    store::PaymentFilter m_filter;
    quint64 m_generation = 0; // bumped by every reload: older answers are dropped
    bool m_reloading = false;
    bool m_fetching = false;
    QHash<QString, QString> m_rooftops;
    QList<store::PaymentRow> m_rows;
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_changing = false; // between begin… and the end of end… of a change of ours
    QString m_error;
};

} // namespace dp::ui
