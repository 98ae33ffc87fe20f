#include "paymentsmodel.h"

#include "paymentstext.h"
#include "foundation/money.h"

#include <QColor>
#include <QScopedValueRollback>

namespace dp::ui {

PaymentsModel::PaymentsModel(store::PaymentStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void PaymentsModel::setRooftopNames(const QHash<QString, QString>& names)
{
    m_rooftops = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Rooftop), index(int(m_rows.size()) - 1, Rooftop), {Qt::DisplayRole});
}

void PaymentsModel::setFilter(const store::PaymentFilter& filter)
{
    m_filter = filter;
    reload(kBlockSize);
}

void PaymentsModel::refresh()
{
    reload(qMax<qint64>(kBlockSize, m_rows.size()));
}

QList<store::PaymentRow> PaymentsModel::load(qint64 offset, qint64 limit)
{
    auto page = m_store.page(m_filter, offset, int(limit));
    if (!page.ok()) {
        m_error = page.error().message;
        emit failed(m_error);
        return {};
    }
    return page.value();
}

void PaymentsModel::reload(qint64 rowsWanted)
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    auto counted = m_store.count(m_filter);
    m_total = counted.ok() ? counted.value() : 0;
    if (!counted.ok())
        m_error = counted.error().message;
    if (m_total > 0) {
        auto page = m_store.page(m_filter, 0, int(qMin(rowsWanted, m_total)));
        if (page.ok())
            m_rows = page.value();
        else
            m_error = page.error().message;
    }
    if (m_rows.size() < qMin(rowsWanted, m_total)) // the store changed between count and page
        m_total = m_rows.size();
    m_loaded = true;
    endResetModel();
    emit totalChanged(m_total);
    if (!m_error.isEmpty())
        emit failed(m_error);
}

const store::PaymentRow* PaymentsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PaymentsModel::rowOf(const QString& chargeId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == chargeId)
            return i;
    }
    return -1;
}

int PaymentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PaymentsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void PaymentsModel::fetchMore(const QModelIndex& parent)
{
    // Not from a slot of our own change notification (a view or a tester reacting to modelReset/rowsInserted):
    // the rows of that change are not settled yet.
    if (m_changing || !canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    const QList<store::PaymentRow> more = load(m_rows.size(), qMin<qint64>(kBlockSize, m_total - m_rows.size()));
    if (more.isEmpty()) { // the store shrank under us: stop asking
        m_total = m_rows.size();
        emit totalChanged(m_total);
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void PaymentsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sortColumn = static_cast<store::PaymentColumn>(column);
    const bool descending = order == Qt::DescendingOrder;
    if (m_loaded && sortColumn == m_filter.sortColumn && descending == m_filter.descending)
        return;
    m_filter.sortColumn = sortColumn;
    m_filter.descending = descending;
    reload(kBlockSize);
}

QString PaymentsModel::display(const store::PaymentRow& r, int column) const
{
    const bool settled = r.state != QLatin1String("failed") && r.state != QLatin1String("pending");
    switch (column) {
    case Date: return localDateTime(r.created);
    case Customer: return r.customer;
    case RoNumber: return r.roNumber;
    case Amount: return formatMoney(r.amount, r.currency);
    case Fee: return settled ? formatMoney(r.fee, r.currency) : QString();
    case Net: return settled ? formatMoney(r.net, r.currency) : QString();
    case Refunded: return r.refunded > 0 ? formatMoney(r.refunded, r.currency) : QString();
    case State: return paymentStateText(r.state);
    case Consultant: return r.consultant;
    case Team: return r.team;
    case Rooftop: return m_rooftops.value(r.accountId, tr("Unknown rooftop"));
    case Payout: return r.payoutId;
    default: return {};
    }
}

QVariant PaymentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::PaymentRow& r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::TextAlignmentRole:
        if (column >= Amount && column <= Refunded)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == State)
            return toneColor(paymentStateTone(r.state));
        return {};
    case Qt::ToolTipRole:
        if (column == State && !r.failure.isEmpty())
            return r.failure;
        if (column == Customer && !r.email.isEmpty())
            return r.email;
        if (column == Payout && !r.payoutId.isEmpty())
            return tr("Paid out in %1").arg(r.payoutId);
        if (column == Payout)
            return tr("Not paid out yet");
        return {};
    case ChargeIdRole:
        return r.id;
    default:
        return {};
    }
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section >= Amount && section <= Refunded ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Customer: return tr("Customer");
    case RoNumber: return tr("RO number");
    case Amount: return tr("Amount");
    case Fee: return tr("Fee");
    case Net: return tr("Net");
    case Refunded: return tr("Refunded");
    case State: return tr("State");
    case Consultant: return tr("Consultant");
    case Team: return tr("Team");
    case Rooftop: return tr("Rooftop");
    case Payout: return tr("Payout");
    default: return {};
    }
}

} // namespace dp::ui
