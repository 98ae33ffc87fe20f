#pragma once

#include <QJsonObject>
#include <QString>

namespace dp::sandbox {

class SandboxState;

// Balance transactions, automatic payouts and balances of one account ("" = the platform).
namespace ledger {

// PAY-2: 3.25 % + 30 cents per successful charge, the percentage rounded half up, in integer cents.
qint64 processingFee(qint64 amount);

struct Entry
{
    QString type;              // charge, refund, payout, ...
    QString reportingCategory; // charge, refund, payout, ...
    qint64 amount = 0;
    qint64 fee = 0;
    QString currency;
    QString source; // ch_/re_/po_ id
    QString description;
    qint64 availableOn = 0; // 0 = immediately
};
// Stores a balance transaction created now (sandbox clock) and returns it.
QJsonObject record(SandboxState& state, const QString& account, const Entry& entry);

// Runs the account's payout schedule up to the sandbox clock: one automatic payout per scheduled day for the funds
// that became available, and marks payouts whose arrival date passed as paid (payout.paid).
void catchUp(SandboxState& state, const QString& account);

// GET /v1/balance for the account.
QJsonObject balance(SandboxState& state, const QString& account);
// The balance as it stood at `at` (no catching up).
QJsonObject balanceAt(const SandboxState& state, const QString& account, qint64 at);

// The stored object with its time-dependent status brought up to date ("pending" -> "available").
QJsonObject withCurrentStatus(const SandboxState& state, QJsonObject balanceTransaction);

constexpr qint64 kDay = 86400;

} // namespace ledger
} // namespace dp::sandbox
