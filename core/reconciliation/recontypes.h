#pragma once

// The words of the daily reconciliation (PAY-8): DMS cashier lines, bank deposits, matches, days and their state.
// Plain values shared by the parsers, the matcher, the repositories (core/storage) and the service; no logic here.
// Money is integer minor units of `currency`; times are UTC seconds; a business date is a calendar day in the
// zone the day is reconciled in.

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dp::recon {

// One reconciled day: a business date for one rooftop (rooftopId > 0) or for all of them (0), in a time zone
// (IANA id, e.g. "America/Toronto") that says where the day starts and ends.
struct DayKey
{
    QDate date;
    qint64 rooftopId = 0; // 0 = all rooftops
    QString timeZone;     // IANA id; empty = UTC
};

// Which column of a DMS export holds what (0-based; -1 = absent). Date and amount are required; the RO number is
// what matching relies on first. Recognized from the header words, else chosen by a person and remembered per DMS.
struct DmsColumnMapping
{
    int date = -1, time = -1, roNumber = -1, customer = -1, amount = -1, paymentType = -1, reference = -1;
    int currency = -1;
    enum class DateOrder { Auto, YearMonthDay, DayMonthYear, MonthDayYear };
    DateOrder dateOrder = DateOrder::Auto; // Auto: ISO, else day-first unless a value proves month-first
    bool hasHeader = true;                 // false: the first record is already a line

    bool isUsable() const { return date >= 0 && amount >= 0; }
    QJsonObject toJson() const;
    static DmsColumnMapping fromJson(const QJsonObject& json);
    friend bool operator==(const DmsColumnMapping&, const DmsColumnMapping&) = default;
};

// One line of a DMS cashier export, as imported (table dms_lines).
struct DmsLine
{
    qint64 id = 0;           // 0 until stored
    qint64 importId = 0;
    qint64 rooftopId = 0;    // 0 = not said
    QString accountId;       // the rooftop's payments account, '' = not said
    QDate businessDate;
    qint64 at = 0;           // UTC seconds of date + time in the day's zone; 0 when the export has no time
    QString roNumber;        // as written in the export
    QString roKey;           // normalized for matching (normalizeRoNumber)
    qint64 amount = 0;       // minor units; negative = a refund
    QString currency = QStringLiteral("usd");
    QString paymentType, reference, customer;
    int lineNumber = 0;      // line of the file (1-based, the header is line 1)
};

// A line of an import that could not be read: where and why, in words.
struct BadLine
{
    int line = 0;
    QString reason;
};

// A deposit on the bank statement (table bank_deposits).
struct BankDeposit
{
    qint64 id = 0;
    qint64 importId = 0;
    qint64 rooftopId = 0;
    QDate postedDate;
    qint64 amount = 0; // minor units; credits positive, debits negative
    QString currency = QStringLiteral("usd");
    QString fitId;     // OFX FITID, or the bank's transaction id of a CSV; may be empty
    QString name, memo, reference;
    int lineNumber = 0;
};

// The payments side as the matcher and the day's view see it.
struct PaymentItem
{
    QString id;         // ch_…
    QString accountId;
    QString roNumber, roKey, customer;
    qint64 created = 0; // UTC seconds
    qint64 amount = 0, fee = 0, refunded = 0;
    QString currency;
    QString payoutId;   // '' until paid out
};
struct RefundItem
{
    QString id;         // re_…
    QString chargeId, accountId, roNumber, roKey;
    qint64 created = 0;
    qint64 amount = 0;  // positive, as the API gives it
    QString currency;
};
struct PayoutItem
{
    QString id;         // po_…
    QString accountId;
    qint64 amount = 0;
    QString currency, status;
    QDate arrivalDate;  // in the day's zone
};

// How a match was made.
enum class MatchRule
{
    RoAndAmount,    // the RO's DMS lines sum to its card payments
    AmountAndTime,  // no RO: same amount, within the time window, same day
    Refund,         // a negative DMS line and a refund (by RO, else by amount and time)
    PayoutDeposit,  // a payout and a bank deposit: same amount, arrival date within 2 business days
    Manual,         // a person matched them, with a note
};
QString matchRuleKey(MatchRule rule);                 // stored form: "ro_amount", "amount_time", ...
MatchRule matchRuleFromKey(const QString& key);
QString matchRuleText(MatchRule rule);                // translated, for people

// What a match holds: ids of each side. DMS lines and deposits by their row id, the rest by their API id.
struct MatchItems
{
    QList<qint64> dmsLineIds;
    QStringList paymentIds, refundIds, payoutIds;
    QList<qint64> depositIds;
    bool isEmpty() const
    {
        return dmsLineIds.isEmpty() && paymentIds.isEmpty() && refundIds.isEmpty() && payoutIds.isEmpty()
            && depositIds.isEmpty();
    }
};

// A stored match (tables recon_matches and recon_match_items).
struct Match
{
    qint64 id = 0;
    QDate businessDate;
    qint64 rooftopId = 0;
    bool manual = false;   // kind: auto / manual
    MatchRule rule = MatchRule::Manual;
    MatchItems items;
    QString note;
    qint64 userId = 0;
    QString userName;
    qint64 createdAt = 0;
};

// An RO present on both sides whose amounts differ (neither side is matched).
struct AmountDifference
{
    QString roNumber;
    QList<qint64> dmsLineIds;
    QStringList paymentIds;
    qint64 dmsTotal = 0, paymentTotal = 0;
    qint64 difference() const { return dmsTotal - paymentTotal; }
};

// A reconciled day's state (table reconciliation_days). rowVersion grows with every change of the day (an import,
// a match, an unmatch, a close, a reopen): a change made with an older version is refused (REL-4).
struct DayState
{
    DayKey key;
    bool closed = false;
    qint64 rowVersion = 0; // 0 = the day was never touched (it is open)
    qint64 closedBy = 0;
    QString closedByName;
    qint64 closedAt = 0;
    qint64 reopenedBy = 0;
    QString reopenedByName;
    qint64 reopenedAt = 0;
    QString reopenReason;
};

// The totals of each side of a day, in minor units (one currency per store is assumed: the first seen).
struct DayTotals
{
    QString currency = QStringLiteral("usd");
    qint64 dmsTotal = 0, dmsMatched = 0, dmsUnmatched = 0;
    qint64 paymentsTotal = 0, paymentsMatched = 0, paymentsUnmatched = 0;
    qint64 refundsTotal = 0, fees = 0;
    qint64 payoutsTotal = 0, depositsTotal = 0, depositsMatched = 0;
    qint64 differencesTotal = 0; // sum of |dmsTotal − paymentTotal| over the differences
};

// Everything a day's screen (and the CLI summary) shows.
struct DayReport
{
    DayState state;
    QList<DmsLine> dmsLines;          // every DMS line of the day
    QList<PaymentItem> payments;      // every card payment of the day
    QList<RefundItem> refunds;        // every refund of the day
    QList<PayoutItem> payouts;        // payouts arriving within the day ± 2 business days
    QList<BankDeposit> deposits;      // deposits posted on the day
    QList<Match> matches;             // active matches touching the day
    QList<AmountDifference> differences;
    QList<qint64> unmatchedDmsLineIds;
    QStringList unmatchedPaymentIds, unmatchedRefundIds, unmatchedPayoutIds;
    QList<qint64> unmatchedDepositIds;
    QStringList paymentsWithoutPayout; // settled card payments of the day not yet in a payout
    DayTotals totals;
};

} // namespace dp::recon
