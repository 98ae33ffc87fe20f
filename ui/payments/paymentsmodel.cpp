#include "paymentsmodel.h"

#include "paymentstext.h"
#include "common/async.h"
#include "foundation/money.h"
#include "payments/paymentqueries.h"

#include <QColor>
#include <QScopedValueRollback>

#include <algorithm>
#include <iterator>

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
    , m_loader(new PaymentsLoader(queries, session, this))
{
    connect(m_loader, &PaymentsLoader::answered, this, &PaymentsModel::answered);
}

PaymentsModel::~PaymentsModel()
{
    delete m_loader; // waits for the read in progress; what it answers afterwards is not delivered
    m_loader = nullptr;
}

void PaymentsModel::setRooftopNames(const QHash<QString, QString>& names)
{
    m_rooftops = names;
    if (m_rows > 0)
        emit dataChanged(index(0, Rooftop), index(int(m_rows) - 1, Rooftop), {Qt::DisplayRole});
}

void PaymentsModel::setFilter(const store::PaymentFilter& filter)
{
    m_filter = filter;
    reload(kBlockSize);
}

void PaymentsModel::refresh()
{
    reload(qMax<qint64>(kBlockSize, m_rows));
}

void PaymentsModel::setMaxCachedBlocks(int blocks)
{
    m_maxBlocks = qMax(2, blocks);
    evictFarBlocks();
}

void PaymentsModel::reload(qint64 rowsWanted, bool sameRows)
{
    PaymentsRead read;
    read.kind = PaymentsRead::Kind::Reload;
    read.generation = ++m_generation;
    read.rowsWanted = rowsWanted;
    // A new sort of rows already counted (and no count on its way) need not count them again.
    read.knownTotal = sameRows && m_loaded && !m_reloading && m_error.isEmpty() ? m_total : -1;
    // The first block, then the runs of cached blocks (a refresh reads again what the view had), from the start.
    QList<int> blocks = m_blocks.keys();
    blocks.append(0);
    std::sort(blocks.begin(), blocks.end());
    for (int b : blocks) {
        const qint64 first = qint64(b) * kBlockSize;
        if (first >= rowsWanted)
            break;
        if (!read.runs.isEmpty() && read.runs.last().first + read.runs.last().limit == first)
            read.runs.last().limit += kBlockSize;
        else if (read.runs.isEmpty() || read.runs.last().first < first)
            read.runs.append({first, kBlockSize, {}, false, first});
    }
    m_reloading = true;
    m_fetching = false; // a block on its way belongs to the old filter: its answer is dropped
    m_filling.clear();
    m_loader->post(read, m_filter);
}

void PaymentsModel::answered(const PaymentsAnswer& answer)
{
    if (answer.read.generation != m_generation)
        return;
    switch (answer.read.kind) {
    case PaymentsRead::Kind::Reload: applyReload(answer); break;
    case PaymentsRead::Kind::Grow: applyGrow(answer); break;
    case PaymentsRead::Kind::Fill: applyFill(answer); break;
    }
}

void PaymentsModel::applyReload(const PaymentsAnswer& answer)
{
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        m_blocks.clear();
        m_keys.clear();
        m_rowOfId.clear();
        m_wanted.clear();
        m_total = answer.total;
        m_error = answer.error;
        for (int i = 0; i < answer.rows.size(); ++i)
            keep(answer.read.runs.at(i).first, answer.rows.at(i));
        const qint64 firstBlock = answer.rows.isEmpty() ? 0 : answer.rows.first().size();
        if (firstBlock < qMin<qint64>(kBlockSize, m_total)) // the store changed between count and page
            m_total = firstBlock;
        m_rows = qMin(answer.read.rowsWanted, m_total);
        m_focus = 0;
        m_loaded = true;
        m_reloading = false;
        endResetModel();
    }
    evictFarBlocks();
    emit totalChanged(m_total);
    if (!m_error.isEmpty())
        emit failed(m_error);
    emit loaded();
}

PaymentsRead::Run PaymentsModel::runFor(qint64 first, int limit) const
{
    const qint64 last = first + limit - 1;
    PaymentsRead::Run best{first, limit, {}, false, first}; // from the first row
    if (m_total - 1 - last < best.skip)                     // from the last row
        best = {first, limit, {}, true, m_total - 1 - last};
    auto after = m_keys.lowerBound(first); // the first known row at or after `first`
    if (after != m_keys.begin()) {
        const auto before = std::prev(after);
        if (first - before.key() - 1 < best.skip)
            best = {first, limit, before.value(), false, first - before.key() - 1};
    }
    const auto next = m_keys.upperBound(last);
    if (next != m_keys.end() && next.key() - last - 1 < best.skip)
        best = {first, limit, next.value(), true, next.key() - last - 1};
    return best;
}

void PaymentsModel::keep(qint64 first, const QList<store::PaymentRow>& rows)
{
    for (qsizetype start = 0; start < rows.size(); start += kBlockSize) {
        const int b = int((first + start) / kBlockSize);
        Block& block = m_blocks[b];
        for (const store::PaymentRow& old : std::as_const(block.rows))
            m_rowOfId.remove(old.id);
        block.rows = rows.mid(start, kBlockSize);
        block.used = ++m_clock;
        const qint64 row = first + start;
        for (qsizetype i = 0; i < block.rows.size(); ++i)
            m_rowOfId.insert(block.rows.at(i).id, row + i);
        m_keys.insert(row, {block.rows.first().sortKey, block.rows.first().id});
        m_keys.insert(row + block.rows.size() - 1, {block.rows.last().sortKey, block.rows.last().id});
    }
}

void PaymentsModel::evictFarBlocks()
{
    while (m_blocks.size() > m_maxBlocks) {
        // The farthest from the rows the view asked for last; of two as far, the one used longest ago.
        auto victim = m_blocks.end();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (victim == m_blocks.end())
                victim = it;
            const int distance = qAbs(it.key() - m_focus), worst = qAbs(victim.key() - m_focus);
            if (distance > worst || (distance == worst && it->used < victim->used))
                victim = it;
        }
        for (const store::PaymentRow& r : std::as_const(victim->rows))
            m_rowOfId.remove(r.id);
        m_blocks.erase(victim);
    }
}

const store::PaymentRow* PaymentsModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const auto it = m_blocks.constFind(row / kBlockSize);
    if (it == m_blocks.constEnd() || row % kBlockSize >= it->rows.size())
        return nullptr;
    return &it->rows.at(row % kBlockSize);
}

int PaymentsModel::rowOf(const QString& chargeId) const
{
    const qint64 row = m_rowOfId.value(chargeId, -1);
    return row < m_rows ? int(row) : -1;
}

int PaymentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int PaymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PaymentsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows < m_total;
}

void PaymentsModel::fetchMore(const QModelIndex& parent)
{
    // Not from a slot of our own change notification (a view or a tester reacting to modelReset/rowsInserted):
    // the rows of that change are not settled yet. One block at a time, none while the filter changes.
    if (m_changing || m_reloading || m_fetching || !canFetchMore(parent))
        return;
    m_fetching = true;
    PaymentsRead read;
    read.kind = PaymentsRead::Kind::Grow;
    read.generation = m_generation;
    read.runs.append(runFor(m_rows, int(qMin<qint64>(kBlockSize, m_total - m_rows))));
    m_focus = int(m_rows / kBlockSize);
    m_loader->post(read, m_filter);
}

void PaymentsModel::applyGrow(const PaymentsAnswer& answer)
{
    m_fetching = false;
    const qint64 first = answer.read.runs.first().first;
    const QList<store::PaymentRow> rows = answer.rows.value(0);
    if (!answer.error.isEmpty()) {
        m_error = answer.error;
        emit failed(m_error);
    } else if (first != m_rows) { // showAllRows() came first: the rows are in place, fill them in
        keep(first, rows);
        emit dataChanged(index(int(first), 0), index(int(first + rows.size()) - 1, ColumnCount - 1));
    } else if (rows.isEmpty()) { // the store shrank under us: stop asking
        m_total = first;
        emit totalChanged(m_total);
    } else {
        const QScopedValueRollback changing(m_changing, true);
        beginInsertRows({}, int(first), int(first + rows.size()) - 1);
        keep(first, rows);
        m_rows += rows.size();
        endInsertRows();
    }
    evictFarBlocks();
    emit loaded();
}

void PaymentsModel::showAllRows()
{
    if (m_reloading || m_rows >= m_total)
        return;
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, int(m_rows), int(m_total) - 1);
    m_rows = m_total;
    endInsertRows();
}

void PaymentsModel::want(int block) const
{
    if (m_reloading || m_filling.contains(block) || m_blocks.contains(block))
        return;
    if (!m_wanted.contains(block))
        m_wanted.append(block);
    if (!m_wantQueued) {
        m_wantQueued = true;
        QMetaObject::invokeMethod(const_cast<PaymentsModel*>(this), &PaymentsModel::readWanted, Qt::QueuedConnection);
    }
}

void PaymentsModel::readWanted()
{
    m_wantQueued = false;
    // The last blocks asked for are the ones on screen now; older wishes were scrolled past.
    const QList<int> wanted = m_wanted.mid(qMax<qsizetype>(0, m_wanted.size() - m_maxBlocks / 2));
    m_wanted.clear();
    if (m_reloading || wanted.isEmpty())
        return;
    m_focus = wanted.last();
    for (int b : wanted) {
        const qint64 first = qint64(b) * kBlockSize;
        if (m_filling.contains(b) || m_blocks.contains(b) || first >= m_rows)
            continue;
        PaymentsRead read;
        read.kind = PaymentsRead::Kind::Fill;
        read.generation = m_generation;
        read.runs.append(runFor(first, int(qMin<qint64>(kBlockSize, m_total - first))));
        m_filling.insert(b);
        m_loader->post(read, m_filter);
    }
}

void PaymentsModel::applyFill(const PaymentsAnswer& answer)
{
    const qint64 first = answer.read.runs.first().first;
    m_filling.remove(int(first / kBlockSize));
    const QList<store::PaymentRow> rows = answer.rows.value(0);
    if (!answer.error.isEmpty()) {
        m_error = answer.error;
        emit failed(m_error);
    } else if (!rows.isEmpty() && first < m_rows) {
        keep(first, rows);
        const int last = int(qMin<qint64>(first + rows.size(), m_rows)) - 1;
        emit dataChanged(index(int(first), 0), index(last, ColumnCount - 1));
        evictFarBlocks();
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
    reload(kBlockSize, true);
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
    const store::PaymentRow* cached = rowAt(index.row());
    const int column = index.column();
    if (!cached) { // not read yet, or evicted: its block is read, and dataChanged follows
        want(index.row() / kBlockSize);
        if (role == Qt::DisplayRole && column == Date)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return toneColor(Tone::Neutral);
        return {};
    }
    const store::PaymentRow& r = *cached;
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
