#pragma once

#include "auth/session.h"
#include "payments/paymentrequests.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dp {
class PaymentQueries;
}

namespace dp::ui {

// The text-to-pay requests one person may see (PAY-1), newest first; a paid request shows the fee of its payment
// and what the dealership keeps of it. Small by nature (PaymentRequestService::list caps it), so it is held in
// memory and sorted by a proxy. The payments of the paid requests are read in one query on a worker after
// setRequests(): their cells fill in (dataChanged) when it answers; settledLoaded() follows.
class RequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Created, Customer, Mobile, RoNumber, Amount, Fee, Kept, State, Rooftop, Consultant, ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value: numbers sort numerically, dates chronologically
        RequestIdRole,
    };

    RequestsModel(PaymentQueries& payments, const Session& session, QObject* parent = nullptr);

    void setRequests(const QList<PaymentRequest>& requests);
    bool isLoadingSettled() const { return m_loadingSettled; }
    const PaymentRequest* requestAt(int row) const;
    int rowOf(qint64 requestId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void settledLoaded();

private:
    struct Settled
    {
        qint64 fee = 0, kept = 0;
    };
    QVariant sortValue(const PaymentRequest& r, int column) const;

    PaymentQueries& m_payments;
    Session m_session;
    QList<PaymentRequest> m_requests;
    QHash<QString, Settled> m_settled; // charge id -> fee and what the dealership keeps of its payment
    quint64 m_generation = 0;          // bumped by setRequests(): an older answer is dropped
    bool m_loadingSettled = false;
};

} // namespace dp::ui
