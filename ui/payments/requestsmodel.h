#pragma once

#include "payments/paymentrequests.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dp::store {
class PaymentStore;
}

namespace dp::ui {

// The text-to-pay requests one person may see (PAY-1), newest first; a paid request shows the fee and net of its
// payment. Small by nature (PaymentRequestService::list caps it), so it is held in memory and sorted by a proxy.
class RequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Created, Customer, Mobile, RoNumber, Amount, Fee, Net, State, Rooftop, Consultant, ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value: numbers sort numerically, dates chronologically
        RequestIdRole,
    };

    explicit RequestsModel(store::PaymentStore& payments, QObject* parent = nullptr);

    void setRequests(const QList<PaymentRequest>& requests);
    const PaymentRequest* requestAt(int row) const;
    int rowOf(qint64 requestId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Settled
    {
        qint64 fee = 0, net = 0;
    };
    QVariant sortValue(const PaymentRequest& r, int column) const;

    store::PaymentStore& m_payments;
    QList<PaymentRequest> m_requests;
    QHash<QString, Settled> m_settled; // charge id -> fee and net from its balance transaction
};

} // namespace dp::ui
