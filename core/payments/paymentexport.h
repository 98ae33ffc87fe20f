#pragma once

#include "auth/session.h"
#include "foundation/result.h"

#include <QDate>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>

namespace dp {
class Authorizer;
namespace store {
class Database;
}

// What to export: the payments created between two business dates (inclusive) in a time zone, and which columns.
struct PaymentExportRequest
{
    QDate from, to;
    QString timeZone;      // IANA id; required: the export says it in its time_zone column
    QStringList columns;   // empty = defaultColumns()
};

// CSV export of payments (X-2 `dealerpay-cli export payments`, PERF-5): streamed from one forward-only query,
// every cell neutralized (SEC-4), times in the given zone with a time_zone column, amounts as plain decimals.
// Reads within the reader's scope (SEC-1).
class PaymentExport
{
public:
    PaymentExport(store::Database& db, Authorizer& auth);

    // id, created, created_utc, time_zone, account_id, customer, email, ro_number, amount, fee, refunded, net,
    // kept, currency, status, consultant, team, description, card_brand, card_last4, payout_id, receipt_number
    static QStringList availableColumns();
    static QStringList defaultColumns();
    // Validation error (field "columns", "from", "to", "tz") for an unknown column, a bad range or zone.
    static std::optional<Error> validate(const PaymentExportRequest& request);

    // Writes the header and the rows; returns the number of rows. `progress` (may be empty) is called every
    // 10,000 rows with the count so far and returns false to cancel.
    Result<qint64> writeCsv(const Session& who, const PaymentExportRequest& request, QIODevice& out,
                            const std::function<bool(qint64)>& progress = {});

private:
    store::Database& m_db;
    Authorizer& m_auth;
};

} // namespace dp
