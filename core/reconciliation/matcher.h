#pragma once

#include "recontypes.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace dp::recon {

// The automatic matching rules of PAY-8, in memory, with hash joins only (never a loop over pairs): a million DMS
// lines against a million payments in well under the 3 s of PERF-4. Pure: the service loads the day's items,
// leaves out those already in a match, and stores what this returns.
//
// Order of the rules:
//   1. DMS lines with an RO: grouped by RO (normalized) and account; the group's sum equals the sum of the day's
//      card payments with that RO → one match (several lines or several payments for one RO: split payments).
//      The RO on both sides but the sums differ → a difference (nothing matched).
//   2. Negative DMS lines (refunds): by RO and amount against the day's refunds, else by amount and time.
//   3. Positive DMS lines without an RO (or whose RO no payment has): same amount, the closest payment in time
//      within the window, same business day; a line without a time only when exactly one payment has the amount.
//      An RO that is on no payment is left unmatched (an RO typo is for a person to look at) unless
//      `amountMatchForUnknownRo` is set.
//   4. Payouts to bank deposits: same amount, deposit date within ± 2 business days of the arrival date, the
//      closest date first.
struct MatchOptions
{
    qint64 timeWindowSecs = 30 * 60;
    int depositBusinessDays = 2;
    bool amountMatchForUnknownRo = false;
};

// What the rules found. Each group is one match to store (kind auto).
struct MatchGroup
{
    MatchRule rule = MatchRule::RoAndAmount;
    MatchItems items;
};

struct MatchOutcome
{
    QList<MatchGroup> groups;
    QList<AmountDifference> differences;
    QList<qint64> unmatchedDmsLineIds;
    QStringList unmatchedPaymentIds, unmatchedRefundIds, unmatchedPayoutIds;
    QList<qint64> unmatchedDepositIds;
};

class Matcher
{
public:
    explicit Matcher(MatchOptions options = {});

    // DMS lines against card payments and refunds. Lines and items of any account: a line with an account only
    // matches items of that account.
    MatchOutcome matchDms(const QList<DmsLine>& lines, const QList<PaymentItem>& payments,
                          const QList<RefundItem>& refunds) const;
    // Payouts against bank deposits (positive deposits only).
    MatchOutcome matchDeposits(const QList<PayoutItem>& payouts, const QList<BankDeposit>& deposits) const;

    // Monday to Friday (bank holidays are not known).
    static bool isBusinessDay(const QDate& date);
    // Business days from a to b: 0 for the same day, negative when b is before a; weekends are skipped.
    static int businessDaysBetween(const QDate& a, const QDate& b);

private:
    MatchOptions m_options;
};

} // namespace dp::recon
