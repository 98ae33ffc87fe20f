#include "paymentsmodel.h"

#include "paymentstext.h"
#include "common/async.h"
#include "foundation/money.h"
#include "payments/paymentqueries.h"

#include <QColor>
#include <QScopedValueRollback>

#include <optional>

namespace dp::ui {
namespace {
std::optional<MoneyField> moneyField(int column)
{
    switch (column) {
    case PaymentsModel::Amount: return MoneyField::Amount;
    case PaymentsModel::Fee: return MoneyField::Fee;
    case PaymentsModel::Refunded: return MoneyField::Refunded;
    case PaymentsModel::Kept: return MoneyField::Kept;
    default: return std::nullopt;
    }
}
} // namespace

PaymentsModel::PaymentsModel(PaymentQueries& queries, const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
    , m_session(session)
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

void PaymentsModel::reload(qint64 rowsWanted)
{
    const quint64 generation = ++m_generation;
    m_reloading = true;
    m_fetching = false; // a block on its way belongs to the old filter: its answer is dropped
    PaymentQueries& queries = m_queries;
    runAsync<Loaded>(
        this,
        [&queries, session = m_session, filter = m_filter, rowsWanted] {
            Loaded out;
            const auto counted = queries.count(session, filter);
            if (!counted) {
                out.error = counted.error().message;
                out.total = 0;
                return out;
            }
            out.total = counted.value();
            if (out.total > 0) {
                auto page = queries.page(session, filter, 0, int(qMin(rowsWanted, out.total)));
                if (page)
                    out.rows = std::move(page).value();
                else
                    out.error = page.error().message;
            }
            return out;
        },
        [this, generation, rowsWanted](const Loaded& answer) {
            if (generation == m_generation)
                applyReload(answer, rowsWanted);
        });
}

void PaymentsModel::applyReload(const Loaded& answer, qint64 rowsWanted)
{
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        m_rows = answer.rows;
        m_total = answer.total;
        m_error = answer.error;
        if (m_rows.size() < qMin(rowsWanted, m_total)) // the store changed between count and page
            m_total = m_rows.size();
        m_loaded = true;
        m_reloading = false;
        endResetModel();
    }
    emit totalChanged(m_total);
    if (!m_error.isEmpty())
        emit failed(m_error);
    emit loaded();
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
    // the rows of that change are not settled yet. One block at a time, none while the filter changes.
    if (m_changing || isLoading() || !canFetchMore(parent))
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const qint64 offset = m_rows.size();
    const int limit = int(qMin<qint64>(kBlockSize, m_total - offset));
    PaymentQueries& queries = m_queries;
    runAsync<Loaded>(
        this,
        [&queries, session = m_session, filter = m_filter, offset, limit] {
            Loaded out;
            auto page = queries.page(session, filter, offset, limit);
            if (page)
                out.rows = std::move(page).value();
            else
                out.error = page.error().message;
            return out;
        },
        [this, generation, offset](const Loaded& answer) {
            if (generation == m_generation && m_fetching && offset == m_rows.size())
                applyBlock(answer, offset);
        });
}

void PaymentsModel::applyBlock(const Loaded& answer, qint64 offset)
{
    m_fetching = false;
    if (!answer.error.isEmpty()) {
        m_error = answer.error;
        emit failed(m_error);
    } else if (answer.rows.isEmpty()) { // the store shrank under us: stop asking
        m_total = offset;
        emit totalChanged(m_total);
    } else {
        const QScopedValueRollback changing(m_changing, true);
        const int first = int(offset);
        beginInsertRows({}, first, first + int(answer.rows.size()) - 1);
        m_rows.append(answer.rows);
        endInsertRows();
    }
    emit loaded();
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
    const bool settled = isSettled(r.state);
    switch (column) {
    case Date: return localDateTime(r.created);
    case Customer: return r.customer;
    case RoNumber: return r.roNumber;
    case Amount: return formatMoney(r.amount, r.currency);
    case Fee: return settled ? formatMoney(r.fee, r.currency) : QString();
    case Refunded: return r.refunded > 0 ? formatMoney(r.refunded, r.currency) : QString();
    case Kept: return settled ? formatMoney(r.kept(), r.currency) : QString();
    case State:
        return r.refundUnresolved ? tr("Refund outcome unknown — checking") : paymentStateText(r.state);
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
        if (column >= Amount && column <= Kept)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == State)
            return toneColor(r.refundUnresolved ? Tone::Warning : paymentStateTone(r.state));
        return {};
    case Qt::ToolTipRole:
        if (column == State && r.refundUnresolved)
            return tr("A refund of this payment was sent but its answer was lost. DealerPay asks the payments server "
                      "what happened before anything is sent again; open Refund… to check now.");
        if (column == State && !r.failure.isEmpty())
            return r.failure;
        if (const auto field = moneyField(column))
            return moneyFieldDescription(*field);
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
        return int((section >= Amount && section <= Kept ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const auto field = moneyField(section);
        return field ? QVariant(moneyFieldDescription(*field)) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    if (const auto field = moneyField(section))
        return moneyFieldTitle(*field);
    switch (section) {
    case Date: return tr("Date");
    case Customer: return tr("Customer");
    case RoNumber: return tr("RO number");
    case State: return tr("State");
    case Consultant: return tr("Consultant");
    case Team: return tr("Team");
    case Rooftop: return tr("Rooftop");
    case Payout: return tr("Payout");
    default: return {};
    }
}

} // namespace dp::ui
