#pragma once

#include "common/uistyle.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace dp::ui {

// One row of a reconciliation list: its cells as shown, what sorts them, its colour and what it stands for in
// core (a DMS line, a payment or refund, a match, a payout or a bank deposit).
struct ReconRow
{
    QStringList cells;
    QVariantList sortKeys; // per column; a missing or null key sorts by the cell's text
    std::optional<Tone> tone; // the row's text colour (differences, unmatched items); none = the default
    QString toolTip;
    enum class Kind { DmsLine, Payment, Refund, Match, Payout, Deposit } kind = Kind::DmsLine;
    qint64 number = 0; // DMS line id, match id or deposit id
    QString id;        // ch_, re_ or po_ id
    qint64 amount = 0; // minor units, for the selection's totals
};

// The rows of one reconciliation list (QTableView + QSortFilterProxyModel sorting on Qt::UserRole).
class ReconTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ReconTableModel(QStringList headers, QSet<int> numericColumns, QObject* parent = nullptr);

    void setRows(QList<ReconRow> rows);
    const ReconRow& rowAt(int row) const { return m_rows.at(row); }
    const QList<ReconRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QSet<int> m_numeric;
    QList<ReconRow> m_rows;
};

} // namespace dp::ui
