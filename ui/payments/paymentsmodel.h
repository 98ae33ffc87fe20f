#pragma once

#include "storage/paymentstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dp::ui {

// The payments table (PAY-2/3) over the local store. Only what the view shows is loaded: rowCount() grows block by
// block through canFetchMore()/fetchMore(); sorting, filtering and search are handed to PaymentStore (SQL).
class PaymentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The columns follow store::PaymentColumn one to one.
    enum Column
    {
        Date, Customer, RoNumber, Amount, Fee, Net, Refunded, State, Consultant, Team, Rooftop, Payout, ColumnCount
    };
    enum Role
    {
        ChargeIdRole = Qt::UserRole + 1,
    };
    static constexpr int kBlockSize = 200;

    explicit PaymentsModel(store::PaymentStore& store, QObject* parent = nullptr);

    // account id -> rooftop name, for the Rooftop column.
    void setRooftopNames(const QHash<QString, QString>& names);
    // Search, filters and the sort order; resets the model and loads the first block.
    void setFilter(const store::PaymentFilter& filter);
    const store::PaymentFilter& filter() const { return m_filter; }
    // Reads the store again (after a sync or a refund), keeping as many rows loaded as before.
    void refresh();

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

private:
    void reload(qint64 rowsWanted);
    QList<store::PaymentRow> load(qint64 offset, qint64 limit);
    QString display(const store::PaymentRow& row, int column) const;

    store::PaymentStore& m_store;
    store::PaymentFilter m_filter;
    QHash<QString, QString> m_rooftops;
    QList<store::PaymentRow> m_rows;
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_changing = false; // between begin… and the end of end… of a change of ours
    QString m_error;
};

} // namespace dp::ui
