#pragma once

#include "api/paymentobjects.h"
#include "foundation/result.h"
#include "payments/paymentstate.h"
#include "paymentscope.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace dp::store {
class Database;

// One row of the payments table (PAY-2/3). Money in minor units of `currency`: `amount` paid by the customer,
// `fee` kept by the payments provider (never returned on a refund), `net` = amount − fee as the balance
// transaction says, `refunded` so far; kept() is what the merchant keeps (amount − fee − refunded).
struct PaymentRow
{
    QString id, accountId, currency, customer, email, roNumber, consultant, team, description;
    QString cardBrand, cardLast4, receiptUrl, receiptNumber, paymentIntent, payoutId, failure;
    PaymentState state = PaymentState::Pending;
    qint64 created = 0, amount = 0, fee = 0, net = 0, refunded = 0, requestId = 0;
    bool refundUnresolved = false; // a refund was sent and its answer lost: "Refund outcome unknown — checking"
    QVariant sortKey; // the stored value of the filter's sort column (set by keysetPage: the cursor of the next page)
    qint64 kept() const { return keptAmount(state, amount, fee, refunded); }
};

// A refund of one payment as stored (PAY-5).
struct RefundRow
{
    QString id, chargeId, currency, reason, status, requestedBy;
    qint64 amount = 0, created = 0;
};

enum class PaymentColumn
{
    Created, Customer, RoNumber, Amount, Fee, Refunded, Kept, State, Consultant, Team, Account, Payout,
};

// Where a keyset page starts: the sort key and the id of the row next to it (PERF-2). Empty: from either end.
struct PageKey
{
    QVariant value;
    QString id;
    bool isNull() const { return id.isEmpty(); }
};

struct PaymentFilter
{
    QString search;           // words: customer, RO number, consultant, description, e-mail, charge id
    QList<PaymentState> states; // empty = all
    qint64 from = 0, to = 0;  // created, UTC seconds, [from, to); 0 = open
    QString team, consultant, accountId;
    PaymentColumn sortColumn = PaymentColumn::Created;
    bool descending = true;
};

// Queries over the local payments; sorting, filtering and search happen in SQL so that a table of a million rows
// only ever loads what is visible. Every read takes the reader's scope (SEC-1) and filters in SQL: a row outside
// it is never read (byId answers NotFound, as for a payment that does not exist).
// Callers with a Session go through payments/paymentqueries.h, which builds the scope.
class PaymentStore
{
public:
    explicit PaymentStore(Database& db);
    Result<qint64> count(const PaymentScope& scope, const PaymentFilter& filter);
    Result<QList<PaymentRow>> page(const PaymentScope& scope, const PaymentFilter& filter, qint64 offset, int limit);
    // Keyset paging (PERF-2), in the filter's order by (sort column, id). Forward: the rows after `key` (from the first
    // row when `key` is null); backward: the rows before `key` (from the last row), returned in the filter's order too.
    // `skip` rows next to the key are passed over first (0 when the key is the row next to the page). Each row carries
    // its sortKey, the cursor of the page after (or before) it.
    Result<QList<PaymentRow>> keysetPage(const PaymentScope& scope, const PaymentFilter& filter, const PageKey& key,
                                         bool backward, qint64 skip, int limit);
    Result<PaymentRow> byId(const PaymentScope& scope, const QString& id);
    Result<QList<PaymentRow>> byIds(const PaymentScope& scope, const QStringList& ids); // in no particular order
    // "team", "consultant", "account_id" for the filter lists
    Result<QStringList> distinctValues(const PaymentScope& scope, const QString& column);
    Result<QList<RefundRow>> refundsOf(const PaymentScope& scope, const QString& chargeId); // oldest first

    // Batch upsert inside the caller's transaction (sync). Keeps payout_id and request_id already known.
    static bool upsertCharges(QSqlDatabase& db, const QString& accountId, const QList<api::Charge>& charges,
                              QString* error);

private:
    // scanSortIndex: the search filters the rows of the sort index as they are read (+rowid: SQLite does not look the
    // matches up one by one, then sort them) — the faster plan when the search matches many rows.
    QString whereClause(const PaymentScope& scope, const PaymentFilter& filter, QVariantList& binds,
                        bool scanSortIndex = false) const;
    bool searchMatchesMany(const QString& search); // at least kManyMatches rows (SQLite full-text index)
    void rememberMatches(const QString& search, bool many);
    Database& m_db;
    // What searchMatchesMany() (or a count) found for the last searches: the pages after the first need not ask.
    // Shared by the threads that read through this store.
    QMutex m_matchesMutex;
    QHash<QString, bool> m_manyMatches;
};

} // namespace dp::store
