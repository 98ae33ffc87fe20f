#include "ledger.h"

#include "businessdays.h"
#include "server/fixtures.h"
#include "server/jsonutil.h"
#include "server/sandboxstate.h"

#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QMap>

namespace dp::sandbox::ledger {

namespace {

const QString kTxn = QStringLiteral("balance_transaction");
const QString kPayout = QStringLiteral("payout");

qint64 dayStart(qint64 t)
{
    return t - ((t % kDay) + kDay) % kDay;
}

QDate dateOf(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date();
}

qint64 startOf(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// Whether a weekly or monthly schedule names `date` itself (before moving to a business day).
bool nominalDay(const QJsonObject& schedule, const QString& interval, const QDate& date)
{
    if (interval == QLatin1String("weekly")) {
        static const QStringList days{QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                      QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                      QStringLiteral("friday"),    QStringLiteral("saturday"),
                                      QStringLiteral("sunday")};
        return days.indexOf(schedule.value(QLatin1String("weekly_anchor")).toString()) + 1 == date.dayOfWeek();
    }
    // monthly: 29-31 fall back to the month's last day
    return date.day() == qMin(int(schedule.value(QLatin1String("monthly_anchor")).toInteger(1)), date.daysInMonth());
}

// Whether the account's payout schedule pays out on `day`: daily on every business day; weekly and monthly on the
// anchor day, or on the first business day after it when the anchor falls on a weekend or holiday; manual never.
bool scheduledOn(const QJsonObject& schedule, qint64 day)
{
    const QString interval = schedule.value(QLatin1String("interval")).toString(QStringLiteral("daily"));
    const QDate date = dateOf(day);
    if (interval == QLatin1String("manual") || !businessdays::isBusinessDay(date))
        return false;
    if (interval == QLatin1String("daily"))
        return true;
    for (QDate d = date;; d = d.addDays(-1)) {
        if (nominalDay(schedule, interval, d))
            return true;
        if (businessdays::isBusinessDay(d.addDays(-1)))
            return false;
    }
}

QJsonObject defaultBank(const SandboxState& state, const QString& account)
{
    return jsonAt(state.store().get(account), QStringLiteral("external_accounts.data")).toArray().first().toObject();
}

// Stripe's test bank account numbers whose payouts fail, and what the failure says.
QPair<QString, QString> failureFor(SandboxState& state, const QString& bankId)
{
    static const QHash<QString, QPair<QString, QString>> failures{
        {QStringLiteral("000111111116"),
         {QStringLiteral("no_account"),
          QStringLiteral("The bank account details on file are probably incorrect. No bank account could be located "
                         "with those details.")}},
        {QStringLiteral("000111111113"),
         {QStringLiteral("account_closed"), QStringLiteral("The bank account has been closed.")}},
        {QStringLiteral("000222222227"),
         {QStringLiteral("insufficient_funds"),
          QStringLiteral("Your Stripe account has insufficient funds to cover the payout.")}},
        {QStringLiteral("000333333335"),
         {QStringLiteral("debit_not_authorized"),
          QStringLiteral("Debit transactions are not approved on the bank account.")}},
        {QStringLiteral("000444444440"),
         {QStringLiteral("invalid_currency"),
          QStringLiteral("The bank was unable to process this payout because of its currency.")}},
    };
    if (bankId.isEmpty())
        return {};
    return failures.value(state.privateData(bankId).value(QLatin1String("account_number")).toString());
}

void createPayout(SandboxState& state, const QString& account, qint64 day, qint64 amount, const QString& currency,
                  const QStringList& txns)
{
    LedgerBook& book = state.ledger();
    const qint64 created = qMin(day + 300, state.now()); // 00:05 UTC on the payout day
    const qint64 previousPin = state.pinnedClock();
    state.pinClock(created);
    QJsonObject payout = skeleton(kPayout);
    const QString id = state.newId(QStringLiteral("po_"));
    payout.insert(QStringLiteral("id"), id);
    payout.insert(QStringLiteral("amount"), amount);
    payout.insert(QStringLiteral("arrival_date"), startOf(businessdays::nextBusinessDay(dateOf(day))));
    payout.insert(QStringLiteral("automatic"), true);
    payout.insert(QStringLiteral("created"), created);
    payout.insert(QStringLiteral("currency"), currency);
    payout.insert(QStringLiteral("description"), QStringLiteral("STRIPE PAYOUT"));
    const QString destination = defaultBank(state, account).value(QLatin1String("id")).toString();
    payout.insert(QStringLiteral("destination"),
                  destination.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(destination));
    payout.insert(QStringLiteral("livemode"), false);
    payout.insert(QStringLiteral("metadata"), QJsonObject());
    payout.insert(QStringLiteral("method"), QStringLiteral("standard"));
    payout.insert(QStringLiteral("reconciliation_status"), QStringLiteral("completed"));
    payout.insert(QStringLiteral("source_type"), QStringLiteral("card"));
    payout.insert(QStringLiteral("status"), QStringLiteral("pending"));
    payout.insert(QStringLiteral("trace_id"), QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")},
                                                          {QStringLiteral("value"), QJsonValue::Null}});
    payout.insert(QStringLiteral("type"), QStringLiteral("bank_account"));
    const QJsonObject txn = record(state, account,
                                   {QStringLiteral("payout"), QStringLiteral("payout"), -amount, 0, currency, id,
                                    QStringLiteral("STRIPE PAYOUT"), created});
    book.unpaid[account].removeAll(txn.value(QLatin1String("id")).toString());
    payout.insert(QStringLiteral("balance_transaction"), txn.value(QLatin1String("id")));
    const QStringList contents = txns + QStringList{txn.value(QLatin1String("id")).toString()};
    for (const QString& t : contents)
        book.payoutOfTxn.insert(t, id);
    book.txnsOfPayout.insert(id, contents);
    state.store().insert(kPayout, account, payout);
    book.inTransit[account].append(id);
    state.emitEvent(QStringLiteral("payout.created"), payout, account);
    state.pinClock(previousPin);
}

void changePayout(SandboxState& state, const QString& account, const QJsonObject& before, const QJsonObject& after,
                  const QString& finalEvent)
{
    state.store().replace(after.value(QLatin1String("id")).toString(), after);
    state.emitEvent(QStringLiteral("payout.updated"), after, account, jsonDiff(before, after));
    if (!finalEvent.isEmpty())
        state.emitEvent(finalEvent, after, account);
}

// The bank returned the payout: its funds come back to the balance (a payout_failure transaction, paid out again
// with the next payout once the bank account is fixed) and the bank account is marked errored.
void failPayout(SandboxState& state, const QString& account, QJsonObject payout, const QPair<QString, QString>& why)
{
    const QJsonObject before = payout;
    const QString id = payout.value(QLatin1String("id")).toString();
    const QJsonObject back = record(state, account,
                                    {QStringLiteral("payout_failure"), QStringLiteral("payout_reversal"),
                                     payout.value(QLatin1String("amount")).toInteger(), 0,
                                     payout.value(QLatin1String("currency")).toString(), id,
                                     QStringLiteral("Payout failed: %1").arg(why.first), 0});
    payout.insert(QStringLiteral("status"), QStringLiteral("failed"));
    payout.insert(QStringLiteral("failure_code"), why.first);
    payout.insert(QStringLiteral("failure_message"), why.second);
    payout.insert(QStringLiteral("failure_balance_transaction"), back.value(QLatin1String("id")));
    changePayout(state, account, before, payout, QStringLiteral("payout.failed"));
    QJsonObject acct = state.store().get(account);
    QJsonArray banks = jsonAt(acct, QStringLiteral("external_accounts.data")).toArray();
    if (!banks.isEmpty()) {
        QJsonObject bank = banks.first().toObject();
        bank.insert(QStringLiteral("status"), QStringLiteral("errored"));
        banks.replace(0, bank);
        setJsonAt(acct, QStringLiteral("external_accounts.data"), banks);
        state.store().replace(account, acct);
    }
}

constexpr qint64 kInTransitAfter = 3600; // a payout leaves for the bank an hour after it is created

// Moves the account's open payouts on up to `now`: pending -> in_transit after an hour, then paid (or failed, for
// Stripe's failing test bank numbers) on the arrival date.
void settleArrived(SandboxState& state, const QString& account, qint64 now)
{
    QStringList& open = state.ledger().inTransit[account];
    const qint64 previousPin = state.pinnedClock();
    for (auto it = open.begin(); it != open.end();) {
        QJsonObject payout = state.store().get(*it);
        const qint64 leaves = payout.value(QLatin1String("created")).toInteger() + kInTransitAfter;
        if (payout.value(QLatin1String("status")).toString() == QLatin1String("pending") && leaves <= now) {
            state.pinClock(leaves);
            const QJsonObject before = payout;
            payout.insert(QStringLiteral("status"), QStringLiteral("in_transit"));
            changePayout(state, account, before, payout, {});
        }
        const qint64 arrival = payout.value(QLatin1String("arrival_date")).toInteger();
        if (payout.value(QLatin1String("status")).toString() != QLatin1String("in_transit") || arrival > now) {
            ++it;
            continue;
        }
        state.pinClock(arrival); // the payout was paid (or returned) when it arrived
        const auto failure = failureFor(state, payout.value(QLatin1String("destination")).toString());
        if (!failure.first.isEmpty()) {
            failPayout(state, account, payout, failure);
        } else {
            const QJsonObject before = payout;
            payout.insert(QStringLiteral("status"), QStringLiteral("paid"));
            payout.insert(QStringLiteral("trace_id"),
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("supported")},
                                      {QStringLiteral("value"),
                                       QString(QStringLiteral("TRACE") + it->mid(3, 10).toUpper())}});
            changePayout(state, account, before, payout, QStringLiteral("payout.paid"));
        }
        it = open.erase(it);
    }
    state.pinClock(previousPin);
}

// balance.available at `day` (00:00 UTC) when funds became available since the day before.
void announceAvailable(SandboxState& state, const QString& account, qint64 day)
{
    if (!state.eventsEnabled())
        return;
    bool any = false;
    for (const QString& id : state.ledger().unpaid.value(account)) {
        const qint64 on = state.store().get(id).value(QLatin1String("available_on")).toInteger();
        if (on > day - kDay && on <= day) {
            any = true;
            break;
        }
    }
    if (!any)
        return;
    const qint64 previousPin = state.pinnedClock();
    state.pinClock(qMin(day, state.now()));
    state.emitEvent(QStringLiteral("balance.available"), balanceAt(state, account, state.now()), account);
    state.pinClock(previousPin);
}

} // namespace

qint64 processingFee(qint64 amount)
{
    return (amount * 325 + 5000) / 10000 + 30;
}

QJsonObject record(SandboxState& state, const QString& account, const Entry& e)
{
    QJsonObject txn = skeleton(kTxn);
    const qint64 now = state.now();
    const qint64 availableOn = e.availableOn ? e.availableOn : now;
    txn.insert(QStringLiteral("id"), state.newId(QStringLiteral("txn_")));
    txn.insert(QStringLiteral("amount"), e.amount);
    txn.insert(QStringLiteral("available_on"), availableOn);
    txn.insert(QStringLiteral("balance_type"), QStringLiteral("payments"));
    txn.insert(QStringLiteral("created"), now);
    txn.insert(QStringLiteral("currency"), e.currency);
    txn.insert(QStringLiteral("description"),
               e.description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.description));
    txn.insert(QStringLiteral("fee"), e.fee);
    QJsonArray feeDetails;
    if (e.fee != 0) {
        feeDetails.append(QJsonObject{{QStringLiteral("amount"), e.fee},
                                      {QStringLiteral("application"), QJsonValue::Null},
                                      {QStringLiteral("currency"), e.currency},
                                      {QStringLiteral("description"), QStringLiteral("Stripe processing fees")},
                                      {QStringLiteral("type"), QStringLiteral("stripe_fee")}});
    }
    txn.insert(QStringLiteral("fee_details"), feeDetails);
    txn.insert(QStringLiteral("net"), e.amount - e.fee);
    txn.insert(QStringLiteral("reporting_category"), e.reportingCategory);
    txn.insert(QStringLiteral("source"), e.source);
    txn.insert(QStringLiteral("status"), availableOn <= now ? QStringLiteral("available") : QStringLiteral("pending"));
    txn.insert(QStringLiteral("type"), e.type);
    state.store().insert(kTxn, account, txn);
    state.ledger().unpaid[account].append(txn.value(QLatin1String("id")).toString());
    return txn;
}

QJsonObject withCurrentStatus(const SandboxState& state, QJsonObject txn)
{
    const bool available = txn.value(QLatin1String("available_on")).toInteger() <= state.now();
    txn.insert(QStringLiteral("status"), available ? QStringLiteral("available") : QStringLiteral("pending"));
    return txn;
}

void catchUp(SandboxState& state, const QString& account)
{
    if (account.isEmpty())
        return; // the platform's own balance is not paid out by the sandbox
    const QJsonObject acct = state.store().get(account);
    if (acct.isEmpty() || !acct.value(QLatin1String("payouts_enabled")).toBool())
        return;
    LedgerBook& book = state.ledger();
    const qint64 now = state.now();
    const qint64 today = dayStart(now);
    qint64 day = book.processedThrough.value(account, dayStart(acct.value(QLatin1String("created")).toInteger()));
    const QJsonObject schedule = jsonAt(acct, QStringLiteral("settings.payouts.schedule")).toObject();
    while (day < today) {
        day += kDay;
        book.processedThrough.insert(account, day);
        settleArrived(state, account, qMin(now, day));
        announceAvailable(state, account, day);
        if (!scheduledOn(schedule, day) ||
            defaultBank(state, account).value(QLatin1String("status")).toString() == QLatin1String("errored"))
            continue;
        QMap<QString, qint64> sums; // currency -> net
        QMap<QString, QStringList> included;
        for (const QString& id : book.unpaid.value(account)) {
            const QJsonObject txn = state.store().get(id);
            if (txn.value(QLatin1String("available_on")).toInteger() > day)
                continue;
            const QString currency = txn.value(QLatin1String("currency")).toString();
            sums[currency] += txn.value(QLatin1String("net")).toInteger();
            included[currency].append(id);
        }
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            if (it.value() <= 0)
                continue; // a negative balance waits for more payments
            for (const QString& id : included.value(it.key()))
                book.unpaid[account].removeAll(id);
            createPayout(state, account, day, it.value(), it.key(), included.value(it.key()));
        }
    }
    settleArrived(state, account, now);
}

QJsonObject balance(SandboxState& state, const QString& account)
{
    catchUp(state, account);
    return balanceAt(state, account, state.now());
}

QJsonObject balanceAt(const SandboxState& state, const QString& account, qint64 now)
{
    QMap<QString, qint64> available;
    QMap<QString, qint64> pending;
    // Only what no payout took yet: a payout's transactions and its own (-amount) one sum to zero.
    for (const QString& id : state.ledger().unpaid.value(account)) {
        const QJsonObject txn = state.store().get(id);
        if (txn.value(QLatin1String("created")).toInteger() > now)
            continue;
        const QString currency = txn.value(QLatin1String("currency")).toString();
        auto& bucket = txn.value(QLatin1String("available_on")).toInteger() <= now ? available : pending;
        bucket[currency] += txn.value(QLatin1String("net")).toInteger();
    }
    const QString fallback = account.isEmpty()
                                 ? QStringLiteral("usd")
                                 : state.store().get(account).value(QLatin1String("default_currency")).toString();
    auto amounts = [&](const QMap<QString, qint64>& sums, bool sourceTypes) {
        QJsonArray out;
        QMap<QString, qint64> all = sums;
        if (all.isEmpty())
            all.insert(fallback, 0);
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            QJsonObject entry{{QStringLiteral("amount"), it.value()}, {QStringLiteral("currency"), it.key()}};
            if (sourceTypes)
                entry.insert(QStringLiteral("source_types"), QJsonObject{{QStringLiteral("card"), it.value()}});
            out.append(entry);
        }
        return out;
    };
    QJsonObject result = skeleton(QStringLiteral("balance"));
    result.insert(QStringLiteral("available"), amounts(available, true));
    result.insert(QStringLiteral("pending"), amounts(pending, true));
    result.insert(QStringLiteral("connect_reserved"), amounts({}, false));
    result.insert(QStringLiteral("livemode"), false);
    return result;
}

} // namespace dp::sandbox::ledger
