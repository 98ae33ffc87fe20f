#pragma once

#include "recontypes.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace dp {
class Settings;
}

namespace dp::recon {

// The ledger accounts the day's journal posts to, set once in the settings (Settings::Key::Journal*).
struct JournalAccounts
{
    QString cardClearing = QStringLiteral("1150"); // the payments provider's balance (card receipts in transit)
    QString receivables = QStringLiteral("1200");  // customer receipts: credited with gross card receipts
    QString refunds = QStringLiteral("1200");      // debited with refunds
    QString fees = QStringLiteral("6150");         // card processing fees (expense)
    QString bank = QStringLiteral("1010");         // the bank account deposits arrive in
    static JournalAccounts fromSettings(const Settings& settings);
};

// One journal entry line: debit or credit one account. Amounts are positive minor units.
struct JournalLine
{
    qint64 rooftopId = 0;
    QString rooftopName, accountId;
    QString entry;       // "card_receipts", "fees", "refunds", "deposits"
    QString accountCode;
    QString description; // translated
    qint64 debit = 0, credit = 0;
    QString currency;
};

// Per rooftop: gross card receipts, fees, refunds and the amount deposited of one business day, balanced
// (every entry has a debit and a credit of the same amount).
struct Journal
{
    DayKey day;
    QList<JournalLine> lines;
    struct RooftopTotals
    {
        qint64 rooftopId = 0;
        QString rooftopName, accountId, currency;
        qint64 grossReceipts = 0, fees = 0, refunds = 0, deposited = 0;
    };
    QList<RooftopTotals> rooftops;
};

struct RooftopName
{
    qint64 id = 0;
    QString name, accountId;
};
// Builds the journal from a day's report. Pure.
Journal buildJournal(const DayReport& report, const QList<RooftopName>& rooftops, const JournalAccounts& accounts);
// CSV: date, time_zone, rooftop, account_id, entry, account_code, description, debit, credit, currency. SEC-4.
bool writeJournalCsv(const Journal& journal, QIODevice& out);

} // namespace dp::recon
