#include "requestsmodel.h"

#include "paymentstext.h"
#include "common/async.h"
#include "foundation/money.h"
#include "payments/paymentqueries.h"
#include "foundation/phone.h"

#include <QColor>

#include <limits>
#include <optional>

namespace dp::ui {
namespace {
std::optional<MoneyField> moneyField(int column)
{
    switch (column) {
    case RequestsModel::Amount: return MoneyField::Amount;
    case RequestsModel::Fee: return MoneyField::Fee;
    case RequestsModel::Kept: return MoneyField::Kept;
    default: return std::nullopt;
    }
}
} // namespace

RequestsModel::RequestsModel(PaymentQueries& payments, const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_payments(payments)
    , m_session(session)
{
}

void RequestsModel::setRequests(const QList<PaymentRequest>& requests)
{
    beginResetModel();
    m_requests = requests;
    m_settled.clear();
    endResetModel();
    QStringList charges;
    for (const PaymentRequest& r : requests) {
        if (r.state == RequestState::Paid && !r.chargeId.isEmpty())
            charges.append(r.chargeId);
    }
    const quint64 generation = ++m_generation;
    m_loadingSettled = !charges.isEmpty();
    if (charges.isEmpty())
        return;
    using Rows = Result<QHash<QString, store::PaymentRow>>;
    PaymentQueries& queries = m_payments;
    runAsync<Rows>(
        this, [&queries, session = m_session, charges] { return queries.byIds(session, charges); },
        [this, generation](const Rows& rows) {
            if (generation != m_generation)
                return;
            m_loadingSettled = false;
            if (rows) { // a store failure leaves the cells empty, as for a payment not synced yet
                for (auto it = rows->cbegin(); it != rows->cend(); ++it)
                    m_settled.insert(it.key(), {it->fee, it->kept()});
                if (!m_requests.isEmpty())
                    emit dataChanged(index(0, Fee), index(int(m_requests.size()) - 1, Kept));
            }
            emit settledLoaded();
        });
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
    case Kept: return hasSettled ? settled->kept : std::numeric_limits<qint64>::min();
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
        case Kept: return hasSettled ? formatMoney(settled->kept, r.currency) : QString();
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
        return int((column >= Amount && column <= Kept ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return column == State ? QVariant(toneColor(requestStateTone(r.state))) : QVariant();
    case Qt::ToolTipRole:
        if (column == State && !r.failure.isEmpty())
            return r.failure;
        if (column == State && r.expiresAt > 0 && r.state != RequestState::Paid)
            return tr("The link expires %1").arg(localDateTime(r.expiresAt));
        if (column == Mobile && !r.email.isEmpty())
            return r.email;
        if (const auto field = moneyField(column))
            return moneyFieldDescription(*field);
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
        return int((section >= Amount && section <= Kept ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const auto field = moneyField(section);
        return field ? QVariant(moneyFieldDescription(*field)) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created: return tr("Sent");
    case Customer: return tr("Customer");
    case Mobile: return tr("Mobile or e-mail");
    case RoNumber: return tr("RO number");
    case Amount:
    case Fee:
    case Kept: return moneyFieldTitle(*moneyField(section));
    case State: return tr("State");
    case Rooftop: return tr("Rooftop");
    case Consultant: return tr("Consultant");
    default: return {};
    }
}

} // namespace dp::ui
