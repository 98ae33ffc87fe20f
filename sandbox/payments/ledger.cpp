#include "ledger.h"

#include "server/fixtures.h"
#include "server/jsonutil.h"
#include "server/sandboxstate.h"

#include <QDateTime>
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

// Whether the account's payout schedule pays out on the day starting at `day`.
bool scheduledOn(const QJsonObject& schedule, qint64 day)
{
    const QString interval = schedule.value(QLatin1String("interval")).toString(QStringLiteral("daily"));
    const QDate date = QDateTime::fromSecsSinceEpoch(day, Qt::UTC).date();
    if (interval == QLatin1String("daily"))
        return true;
    if (interval == QLatin1String("weekly")) {
        static const QStringList days{QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                      QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                      QStringLiteral("friday"),    QStringLiteral("saturday"),
                                      QStringLiteral("sunday")};
        return days.indexOf(schedule.value(QLatin1String("weekly_anchor")).toString()) + 1 == date.dayOfWeek();
    }
    if (interval == QLatin1String("monthly")) // 29-31 fall back to the month's last day
        return date.day() ==
               qMin(int(schedule.value(QLatin1String("monthly_anchor")).toInteger(1)), date.daysInMonth());
    return false; // manual
}

QString externalAccountOf(const SandboxState& state, const QString& account)
{
    return jsonAt(state.store().get(account), QStringLiteral("external_accounts.data"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("id"))
        .toString();
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
    payout.insert(QStringLiteral("arrival_date"), day + kDay);
    payout.insert(QStringLiteral("automatic"), true);
    payout.insert(QStringLiteral("created"), created);
    payout.insert(QStringLiteral("currency"), currency);
    payout.insert(QStringLiteral("description"), QStringLiteral("STRIPE PAYOUT"));
    const QString destination = externalAccountOf(state, account);
    payout.insert(QStringLiteral("destination"),
                  destination.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(destination));
    payout.insert(QStringLiteral("livemode"), false);
    payout.insert(QStringLiteral("metadata"), QJsonObject());
    payout.insert(QStringLiteral("method"), QStringLiteral("standard"));
    payout.insert(QStringLiteral("reconciliation_status"), QStringLiteral("completed"));
    payout.insert(QStringLiteral("source_type"), QStringLiteral("card"));
    payout.insert(QStringLiteral("status"), QStringLiteral("in_transit"));
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

void settleArrived(SandboxState& state, const QString& account, qint64 now)
{
    QStringList& pending = state.ledger().inTransit[account];
    for (auto it = pending.begin(); it != pending.end();) {
        QJsonObject payout = state.store().get(*it);
        const qint64 arrival = payout.value(QLatin1String("arrival_date")).toInteger();
        if (arrival > now) {
            ++it;
            continue;
        }
        const QJsonObject before = payout;
        const qint64 previousPin = state.pinnedClock();
        state.pinClock(arrival); // the payout was paid when it arrived
        payout.insert(QStringLiteral("status"), QStringLiteral("paid"));
        payout.insert(
            QStringLiteral("trace_id"),
            QJsonObject{{QStringLiteral("status"), QStringLiteral("supported")},
                        {QStringLiteral("value"), QString(QStringLiteral("TRACE") + it->mid(3, 10).toUpper())}});
        state.store().replace(*it, payout);
        state.emitEvent(QStringLiteral("payout.updated"), payout, account, jsonDiff(before, payout));
        state.emitEvent(QStringLiteral("payout.paid"), payout, account);
        state.pinClock(previousPin);
        it = pending.erase(it);
    }
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
        if (!scheduledOn(schedule, day))
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
        settleArrived(state, account, qMin(now, day + kDay));
    }
    settleArrived(state, account, now);
}

QJsonObject balance(SandboxState& state, const QString& account)
{
    catchUp(state, account);
    const qint64 now = state.now();
    QMap<QString, qint64> available;
    QMap<QString, qint64> pending;
    for (const QString& id : state.store().collection(kTxn, account)) {
        if (id.isEmpty())
            continue;
        const QJsonObject txn = state.store().get(id);
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
