#pragma once

#include "reconciliationmodel.h"
#include "reconciliation/recontypes.h"

#include <QHash>
#include <QList>
#include <QString>

// How the Reconciliation page words a day's report (presentation only, translated): the rows of its lists.
namespace dp::ui::reconrows {

// Column layouts of the lists.
enum DmsColumn { DmsTime, DmsRo, DmsCustomer, DmsAmount, DmsType, DmsColumnCount };
enum PaymentColumn { PayTime, PayRo, PayCustomer, PayAmount, PayColumnCount };
enum MatchColumn { MatchHow, MatchRo, MatchCustomer, MatchDms, MatchPayments, MatchNote, MatchColumnCount };
enum PayoutColumn { PayoutRooftop, PayoutArrival, PayoutAmount, PayoutDeposit, PayoutDepositAmount, PayoutState,
                    PayoutColumnCount };

QStringList dmsHeaders();
QStringList paymentHeaders();
QStringList matchHeaders();
QStringList payoutHeaders();

// The unmatched DMS lines; those of an amount difference in amber, with the difference in their tooltip.
QList<ReconRow> unmatchedDms(const recon::DayReport& report);
// The unmatched card payments and refunds (refunds negative); differences in amber.
QList<ReconRow> unmatchedPayments(const recon::DayReport& report);
// The matches of DMS lines with payments or refunds.
QList<ReconRow> matched(const recon::DayReport& report);
// The payouts around the day with their bank deposit, then the deposits that match no payout. `rooftops`: account
// id -> rooftop name.
QList<ReconRow> payouts(const recon::DayReport& report, const QHash<QString, QString>& rooftops);

// "$1,397.62 (2 payments)": the card payments of a match.
QString matchedPaymentsText(qint64 paid, const QString& currency, int count);
// The longest name of a matching rule, for the column's width.
QString longestRuleText();
// "12 lines · $4,310.20"
QString totalText(const QList<ReconRow>& rows, const QString& currency);
// A time of the day in the user's zone ("2:05 PM"); empty for 0.
QString localTime(qint64 utcSecs);

} // namespace dp::ui::reconrows
