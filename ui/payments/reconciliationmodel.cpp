#include "reconciliationmodel.h"

#include "payments/paymentstext.h"

#include <QColor>

namespace dp::ui {

ReconTableModel::ReconTableModel(QStringList headers, QSet<int> numericColumns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
    , m_numeric(std::move(numericColumns))
{
}

void ReconTableModel::setRows(QList<ReconRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReconTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ReconTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReconRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(column);
    case Qt::UserRole: {
        const QVariant key = row.sortKeys.value(column);
        return key.isNull() ? QVariant(row.cells.value(column)) : key;
    }
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case Qt::ForegroundRole:
        return row.tone ? QVariant(toneColor(*row.tone)) : QVariant();
    case Qt::TextAlignmentRole:
        return m_numeric.contains(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReconTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return m_headers.value(section);
    if (role == Qt::TextAlignmentRole)
        return m_numeric.contains(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace dp::ui
