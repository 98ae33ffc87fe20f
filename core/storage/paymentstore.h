#pragma once

#include "api/paymentobjects.h"
#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace dp::store {
class Database;

// One row of the payments table (PAY-2/3). `state` is what the dealership sees: succeeded, partially_refunded,
// refunded, failed or pending.
struct PaymentRow
{
    QString id, accountId, currency, state, customer, email, roNumber, consultant, team, description;
    QString cardBrand, cardLast4, receiptUrl, receiptNumber, paymentIntent, payoutId, failure;
    qint64 created = 0, amount = 0, fee = 0, net = 0, refunded = 0, requestId = 0;
};

enum class PaymentColumn
{
    Created, Customer, RoNumber, Amount, Fee, Net, Refunded, State, Consultant, Team, Account, Payout,
};

struct PaymentFilter
{
    QString search;           // words: customer, RO number, consultant, description, e-mail, charge id
    QStringList states;       // empty = all
    qint64 from = 0, to = 0;  // created, UTC seconds, [from, to); 0 = open
    QString team, consultant, accountId;
    PaymentColumn sortColumn = PaymentColumn::Created;
    bool descending = true;
};

// Queries over the local payments; sorting, filtering and search happen in SQL so that a table of a million rows
// only ever loads what is visible.
class PaymentStore
{
public:
    explicit PaymentStore(Database& db);
    Result<qint64> count(const PaymentFilter& filter);
    Result<QList<PaymentRow>> page(const PaymentFilter& filter, qint64 offset, int limit);
    std::optional<PaymentRow> byId(const QString& id);
    QStringList distinctValues(const QString& column); // "team", "consultant", "account_id" for the filter lists

    // Batch upsert inside the caller's transaction (sync). Keeps payout_id and request_id already known.
    static bool upsertCharges(QSqlDatabase& db, const QString& accountId, const QList<api::Charge>& charges,
                              QString* error);
    static QString stateFor(const QString& chargeStatus, qint64 amount, qint64 refunded);

private:
    QString whereClause(const PaymentFilter& filter, QVariantList& binds) const;
    Database& m_db;
};

} // namespace dp::store
