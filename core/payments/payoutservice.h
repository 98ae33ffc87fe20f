#pragma once

#include "auth/session.h"
#include "foundation/result.h"
#include "storage/payoutlistrepository.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace dp {
class Authorizer;
namespace api {
class ApiClient;
}
namespace store {
class Database;
}

// One line of a payout's detail: a payment, a refund, a fee, an adjustment (or another movement of the balance).
struct PayoutLine
{
    enum class Kind
    {
        Payment,
        Refund,
        Fee,
        Adjustment,
        Other
    };
    Kind kind = Kind::Other;
    QString transactionId, type, source, description, currency;
    qint64 amount = 0; // signed, minor units: what the line adds to the payout
    qint64 created = 0;
};

// What a payout contains (PAY-7): its balance transactions as lines (each payment with its fee as a separate line),
// totals by kind, and whether they add up to the payout's amount.
struct PayoutDetail
{
    store::PayoutListRow payout;
    QList<PayoutLine> lines; // oldest first
    qint64 payments = 0, refunds = 0, fees = 0, adjustments = 0, other = 0; // sums of the lines of each kind
    qint64 total = 0;                                                      // sum of every line
    int paymentCount = 0;
    bool balanced() const { return total == payout.amount; }
};

QString payoutStatusText(const QString& status); // translated: "Paid", "In transit", ...
QString payoutLineKindText(PayoutLine::Kind kind); // translated: "Payment", "Refund", "Fee", ...

// The payouts to the rooftops' bank accounts: the list from the store (filled by the sync), and each payout's
// contents from the API's balance transactions. Readers need ViewAllPayments (SEC-1).
class PayoutService
{
public:
    PayoutService(api::ApiClient& api, store::Database& db, Authorizer& auth);

    // Arrival date in [from, to) (UTC seconds, optional), newest first; one rooftop or all.
    Result<QList<store::PayoutListRow>> list(const Session& who, std::optional<qint64> from = std::nullopt,
                                             std::optional<qint64> to = std::nullopt,
                                             std::optional<qint64> rooftopId = std::nullopt);
    // The payout's balance transactions (every page), as lines; a payout not in the store is read from the API.
    Result<PayoutDetail> detail(const Session& who, const QString& accountId, const QString& payoutId,
                                const std::atomic_bool* cancel = nullptr);

private:
    api::ApiClient& m_api;
    store::PayoutListRepository m_repo;
    Authorizer& m_auth;
};

} // namespace dp
