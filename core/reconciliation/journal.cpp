#include "journal.h"

#include "amounttext.h"

#include "foundation/csvwriter.h"
#include "foundation/money.h"
#include "foundation/settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace dp::recon {

JournalAccounts JournalAccounts::fromSettings(const Settings& settings)
{
    JournalAccounts a;
    auto read = [&](Settings::Key key, QString& into) {
        const QString v = settings.string(key).trimmed();
        if (!v.isEmpty())
            into = v;
    };
    read(Settings::Key::JournalAccountClearing, a.cardClearing);
    read(Settings::Key::JournalAccountReceivables, a.receivables);
    read(Settings::Key::JournalAccountRefunds, a.refunds);
    read(Settings::Key::JournalAccountFees, a.fees);
    read(Settings::Key::JournalAccountBank, a.bank);
    return a;
}

Journal buildJournal(const DayReport& report, const QList<RooftopName>& rooftops, const JournalAccounts& accounts)
{
    Journal journal;
    journal.day = report.state.key;
    QHash<QString, RooftopName> byAccount;
    QHash<qint64, RooftopName> byId;
    for (const RooftopName& r : rooftops) {
        if (!r.accountId.isEmpty())
            byAccount.insert(r.accountId, r);
        byId.insert(r.id, r);
    }
    // Totals per payments account, in the order rooftops are given ('' = deposits of no known rooftop).
    QMap<QString, Journal::RooftopTotals> totals;
    auto totalsOf = [&](const QString& account) -> Journal::RooftopTotals& {
        auto it = totals.find(account);
        if (it == totals.end()) {
            Journal::RooftopTotals t;
            const RooftopName r = byAccount.value(account);
            t.rooftopId = r.id;
            t.rooftopName = r.name;
            t.accountId = account;
            t.currency = report.totals.currency;
            it = totals.insert(account, t);
        }
        return *it;
    };
    for (const PaymentItem& p : report.payments) {
        Journal::RooftopTotals& t = totalsOf(p.accountId);
        t.grossReceipts += p.amount;
        t.fees += p.fee;
        if (!p.currency.isEmpty())
            t.currency = p.currency;
    }
    for (const RefundItem& r : report.refunds)
        totalsOf(r.accountId).refunds += r.amount;
    // A deposit belongs to the rooftop of the payout it matches, else to the rooftop it was imported for.
    QHash<qint64, QString> depositAccount;
    QHash<QString, QString> payoutAccount;
    for (const PayoutItem& p : report.payouts)
        payoutAccount.insert(p.id, p.accountId);
    for (const Match& m : report.matches) {
        for (const qint64 d : m.items.depositIds) {
            for (const QString& p : m.items.payoutIds)
                depositAccount.insert(d, payoutAccount.value(p));
        }
    }
    for (const BankDeposit& d : report.deposits) {
        if (d.amount <= 0 || d.postedDate != report.state.key.date)
            continue;
        QString account = depositAccount.value(d.id);
        if (account.isEmpty() && d.rooftopId > 0)
            account = byId.value(d.rooftopId).accountId;
        totalsOf(account).deposited += d.amount;
    }

    auto entry = [&](const Journal::RooftopTotals& t, const QString& kind, const QString& description, qint64 amount,
                     const QString& debitAccount, const QString& creditAccount) {
        if (amount == 0)
            return;
        JournalLine debit{t.rooftopId, t.rooftopName, t.accountId, kind, debitAccount, description, amount, 0,
                          t.currency};
        JournalLine credit = debit;
        credit.accountCode = creditAccount;
        credit.debit = 0;
        credit.credit = amount;
        journal.lines.append(debit);
        journal.lines.append(credit);
    };
    for (const Journal::RooftopTotals& t : std::as_const(totals)) {
        journal.rooftops.append(t);
        entry(t, QStringLiteral("card_receipts"),
              QCoreApplication::translate("Journal", "Card receipts (gross)"), t.grossReceipts, accounts.cardClearing,
              accounts.receivables);
        entry(t, QStringLiteral("fees"), QCoreApplication::translate("Journal", "Card processing fees"), t.fees,
              accounts.fees, accounts.cardClearing);
        entry(t, QStringLiteral("refunds"), QCoreApplication::translate("Journal", "Card refunds"), t.refunds,
              accounts.refunds, accounts.cardClearing);
        entry(t, QStringLiteral("deposits"), QCoreApplication::translate("Journal", "Payouts deposited in the bank"),
              t.deposited, accounts.bank, accounts.cardClearing);
    }
    return journal;
}

bool writeJournalCsv(const Journal& journal, QIODevice& out)
{
    CsvWriter csv(out);
    csv.writeRow({QStringLiteral("date"), QStringLiteral("time_zone"), QStringLiteral("rooftop"),
                  QStringLiteral("account_id"), QStringLiteral("entry"), QStringLiteral("account_code"),
                  QStringLiteral("description"), QStringLiteral("debit"), QStringLiteral("credit"),
                  QStringLiteral("currency")});
    const QString date = journal.day.date.toString(Qt::ISODate);
    const QString zone = journal.day.timeZone.isEmpty() ? QStringLiteral("UTC") : journal.day.timeZone;
    for (const JournalLine& l : journal.lines) {
        const int decimals = currencyExponent(l.currency);
        csv.writeRow({date, zone, l.rooftopName, l.accountId, l.entry, l.accountCode, l.description,
                      l.debit ? formatAmountPlain(l.debit, decimals) : QString(),
                      l.credit ? formatAmountPlain(l.credit, decimals) : QString(), l.currency.toUpper()});
    }
    return csv.flush();
}

} // namespace dp::recon
