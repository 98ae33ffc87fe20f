#include "requestsmodel.h"

#include "paymentstext.h"
#include "storage/paymentstore.h"
#include "foundation/money.h"
#include "foundation/phone.h"

#include <QColor>

namespace dp::ui {

RequestsModel::RequestsModel(store::PaymentStore& payments, QObject* parent)
    : QAbstractTableModel(parent)
    , m_payments(payments)
{
}

void RequestsModel::setRequests(const QList<PaymentRequest>& requests)
{
    beginResetModel();
    m_requests = requests;
    m_settled.clear();
    for (const PaymentRequest& r : requests) {
        if (r.state != RequestState::Paid || r.chargeId.isEmpty())
            continue;
        if (const auto payment = m_payments.byId(r.chargeId))
            m_settled.insert(r.chargeId, {payment->fee, payment->net});
    }
    endResetModel();
}

const PaymentRequest* RequestsModel::requestAt(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

int RequestsModel::rowOf(qint64 requestId) const
{
    for (int i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).id == requestId)
            return i;
    }
    return -1;
}

int RequestsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int RequestsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestsModel::sortValue(const PaymentRequest& r, int column) const
{
    const auto settled = m_settled.constFind(r.chargeId);
    const bool hasSettled = !r.chargeId.isEmpty() && settled != m_settled.cend();
    switch (column) {
    case Created: return r.createdAt;
    case Amount: return r.amount;
    case Fee: return hasSettled ? settled->fee : qint64(-1);
    case Net: return hasSettled ? settled->net : qint64(-1);
    case State: return int(r.state);
    default: return {};
    }
}

QVariant RequestsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentRequest& r = m_requests.at(index.row());
    const int column = index.column();
    const auto settled = m_settled.constFind(r.chargeId);
    const bool hasSettled = !r.chargeId.isEmpty() && settled != m_settled.cend();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Created: return localDateTime(r.createdAt);
        case Customer: return r.customerName;
        case Mobile: return r.mobile.isEmpty() ? r.email : phone::format(r.mobile);
        case RoNumber: return r.roNumber;
        case Amount: return formatMoney(r.amount, r.currency);
        case Fee: return hasSettled ? formatMoney(settled->fee, r.currency) : QString();
        case Net: return hasSettled ? formatMoney(settled->net, r.currency) : QString();
        case State: return requestStateText(r.state);
        case Rooftop: return r.rooftopName;
        case Consultant: return r.consultantName;
        default: return {};
        }
    case SortRole: {
        const QVariant raw = sortValue(r, column);
        return raw.isValid() ? raw : data(index, Qt::DisplayRole).toString().toLower();
    }
    case RequestIdRole:
        return r.id;
    case Qt::TextAlignmentRole:
        return int((column >= Amount && column <= Net ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return column == State ? QVariant(toneColor(requestStateTone(r.state))) : QVariant();
    case Qt::ToolTipRole:
        if (column == State && !r.failure.isEmpty())
            return r.failure;
        if (column == State && r.expiresAt > 0 && r.state != RequestState::Paid)
            return tr("The link expires %1").arg(localDateTime(r.expiresAt));
        if (column == Mobile && !r.email.isEmpty())
            return r.email;
        return {};
    default:
        return {};
    }
}

QVariant RequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section >= Amount && section <= Net ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created: return tr("Sent");
    case Customer: return tr("Customer");
    case Mobile: return tr("Mobile or e-mail");
    case RoNumber: return tr("RO number");
    case Amount: return tr("Amount");
    case Fee: return tr("Fee");
    case Net: return tr("Net");
    case State: return tr("State");
    case Rooftop: return tr("Rooftop");
    case Consultant: return tr("Consultant");
    default: return {};
    }
}

} // namespace dp::ui
