#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The financing program's data as the client keeps it (CAP-5 … CAP-12), shared by the store (storage/capital*),
// the refresh job, the metrics and the Financing page. Amounts are integer minor units with their currency; rates are
// integer basis points (0.05 withheld = 500); times are UTC seconds since the epoch (0 = not set).
namespace dp::capital {

// The eight states the Financing page shows (CAP-7). "replaced" and the legacy "completed" map to FullyRepaid.
enum class OfferStatus
{
    Undelivered,
    Delivered,
    Accepted,
    PaidOut,
    Rejected,
    Canceled,
    FullyRepaid,
    Expired,
};

struct Terms
{
    qint64 advanceAmount = 0; // minor units
    qint64 feeAmount = 0;     // minor units
    QString currency;         // "usd"
    int withholdRateBps = 0;  // 0.05 -> 500
};

// One row of the local `financing_offers` table.
struct Offer
{
    QString id;               // financingoffer_...
    QString account;          // acct_... (the rooftop)
    OfferStatus status = OfferStatus::Undelivered;
    QString financingType;    // cash_advance | fixed_term_loan | flex_loan
    QString productType;      // standard | refill
    QString campaignType;     // newly_eligible_user | previously_eligible_user | repeat_user
    Terms offered;
    bool hasAcceptedTerms = false;
    Terms accepted;
    qint64 created = 0;
    qint64 expiresAt = 0;
    qint64 deliveredAt = 0;   // when mark_delivered (or the platform's e-mail) delivered it
    qint64 acceptedAt = 0;
    qint64 paidOutAt = 0;
    qint64 rejectedAt = 0;
    qint64 canceledAt = 0;
    qint64 fullyRepaidAt = 0;
    QString pendingReason;    // sandbox: deny_list | unsubscribed | invalid_email (eligible but not sent), else empty
};

// One row of `connected_account_financing_transactions` (payout, paydown, reversal).
struct Transaction
{
    QString id;               // cptxn_...
    QString account;
    QString offerId;
    QString type;             // payment (a paydown) | payout | reversal
    QString reason;           // automatic_withholding, automatic_withholding_refund, ...
    qint64 advanceAmount = 0; // part of the advance, minor units (signed as the API gives it)
    qint64 feeAmount = 0;
    qint64 totalAmount = 0;
    QString currency;
    QString linkedCharge;     // ch_... for withholding paydowns
    QString reversedTransaction;
    qint64 created = 0;       // the API's created_at
};

// One row of `financing_balances`: a paid-out financing's balance at the end of a UTC day.
struct BalanceSnapshot
{
    QString offerId;
    QString account;
    QDate day;
    qint64 remainingAdvance = 0;
    qint64 remainingFee = 0;
    qint64 paidAmount = 0;
    QString currency;
};

// Whether a merchant was eligible for financing on a day (the eligibility chart and today's CSV export).
struct EligibilityDay
{
    QDate day;
    QString account;
    bool eligible = false;
    QString reason;           // why not sent or not eligible, when known
};

// One "Revenue share: Capital" line paid to the platform (CAP-12).
struct RevenueShare
{
    QString balanceTransactionId; // txn_...
    QString offerId;              // the financing it comes from, when the line names one
    qint64 amount = 0;            // minor units, positive = earned
    QString currency;
    qint64 created = 0;
};

// Everything the metrics need, loaded at once from the store.
struct DataSet
{
    QList<Offer> offers;
    QList<Transaction> transactions;
    QList<BalanceSnapshot> balances;
    QList<EligibilityDay> eligibility;
    QList<RevenueShare> revenueShares;
};

} // namespace dp::capital
