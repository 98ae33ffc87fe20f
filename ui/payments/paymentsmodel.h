#pragma once

#include "auth/session.h"
#include "paymentsloader.h"
#include "storage/paymentstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

namespace dp {
class PaymentQueries;
}

namespace dp::ui {

// The payments table (PAY-2/3) over the local store, within the session's scope (SEC-1), fast on a million rows
// (PERF-2). rowCount() grows block by block through canFetchMore()/fetchMore() (or at once to every row with
// showAllRows(), for Ctrl+End); the rows themselves sit in a bounded cache of blocks: a block far from the rows the
// view last asked for is evicted and read again when shown (data() says "Loading…" meanwhile). Every block is read by
// keyset from the nearest row whose sort key is known — the next block, the previous one, or either end of the
// table — so the last rows cost what the first do. Sorting, filtering and search are the store's (SQL, indexes,
// FTS). The count and the pages are read on a thread of the model's own (PaymentsLoader, its own store
// connection): the model keeps what it shows until the answer arrives, then changes in one reset (new filter, sort,
// refresh), one insertion (next block) or one dataChanged (a block filled in). An answer to a request that a newer
// one has replaced is dropped. loaded() follows each answer.
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
    static constexpr int kDefaultMaxBlocks = 64; // 12,800 rows at most in memory

    PaymentsModel(PaymentQueries& queries, const Session& session, QObject* parent = nullptr);
    ~PaymentsModel() override;

    // account id -> rooftop name, for the Rooftop column.
    void setRooftopNames(const QHash<QString, QString>& names);
    // Search, filters and the sort order; loads the first block (on a worker) and then resets the model.
    void setFilter(const store::PaymentFilter& filter);
    const store::PaymentFilter& filter() const { return m_filter; }
    // Reads the store again (after a sync or a refund), keeping as many rows as before (the cached ones read again).
    void refresh();
    // Every row of the filter gets its place at once (Ctrl+End); only the rows shown are then read.
    void showAllRows();
    bool isLoading() const { return m_reloading || m_fetching || !m_filling.isEmpty(); } // a query is on its way

    // The cache: at most `blocks` blocks of kBlockSize rows (at least 2).
    void setMaxCachedBlocks(int blocks);
    int cachedBlockCount() const { return int(m_blocks.size()); }
    bool isCached(int row) const { return rowAt(row) != nullptr; }

    qint64 totalCount() const { return m_total; }     // rows matching the filter, loaded or not
    const store::PaymentRow* rowAt(int row) const;     // nullptr when the row is not in the cache
    int rowOf(const QString& chargeId) const;           // among the cached rows (a hash); -1 when not cached
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
    struct Block
    {
        QList<store::PaymentRow> rows;
        quint64 used = 0;
    };
    void reload(qint64 rowsWanted, bool sameRows = false); // sameRows: only the order changed, the count stands
    void answered(const PaymentsAnswer& answer);
    void applyReload(const PaymentsAnswer& answer);
    void applyGrow(const PaymentsAnswer& answer);
    void applyFill(const PaymentsAnswer& answer);
    PaymentsRead::Run runFor(qint64 first, int limit) const; // from the nearest known key
    void keep(qint64 first, const QList<store::PaymentRow>& rows); // into the cache, its keys and the id hash
    void evictFarBlocks();
    void want(int block) const; // data() of a row not cached: read its block soon
    void readWanted();
    QString display(const store::PaymentRow& row, int column) const;

    PaymentQueries& m_queries;
    Session m_session;
    PaymentsLoader* m_loader;
    store::PaymentFilter m_filter;
    quint64 m_generation = 0; // bumped by every reload: older answers are dropped
    bool m_reloading = false;
    bool m_fetching = false;
    QSet<int> m_filling; // blocks on their way to the cache
    QHash<QString, QString> m_rooftops;
    QHash<int, Block> m_blocks;              // block number -> its rows
    QMap<qint64, store::PageKey> m_keys;     // row -> its keyset cursor, for the first and last row of each block read
    QHash<QString, qint64> m_rowOfId;        // the cached rows by charge id
    mutable QList<int> m_wanted;             // blocks data() was asked for, not cached
    mutable bool m_wantQueued = false;
    mutable quint64 m_clock = 0;             // use order of blocks
    int m_focus = 0;                         // the block the view asked for last: eviction keeps what is near it
    int m_maxBlocks = kDefaultMaxBlocks;
    qint64 m_rows = 0;                       // rowCount()
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_changing = false; // between begin… and the end of end… of a change of ours
    QString m_error;
};

} // namespace dp::ui
