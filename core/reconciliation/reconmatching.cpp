// ReconciliationService: the day's report, automatic matching, manual match and unmatch (PAY-8, REL-4).
#include "reconciliationservice.h"

#include "amounttext.h"
#include "reconday.h"

#include "auth/authorizer.h"
#include "foundation/clock.h"
#include "storage/auditlog.h"
#include "storage/bankdepositrepository.h"
#include "storage/database.h"
#include "storage/dmsrepository.h"
#include "storage/reconciliationrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace dp::recon {
namespace {

// The ids of each kind already in an active match.
struct Taken
{
    QSet<qint64> dms, deposits;
    QSet<QString> payments, refunds, payouts;
    void add(const MatchItems& items)
    {
        for (const qint64 d : items.dmsLineIds)
            dms.insert(d);
        for (const qint64 d : items.depositIds)
            deposits.insert(d);
        for (const QString& p : items.paymentIds)
            payments.insert(p);
        for (const QString& r : items.refundIds)
            refunds.insert(r);
        for (const QString& p : items.payoutIds)
            payouts.insert(p);
    }
};

QJsonObject itemsJson(const MatchItems& items)
{
    QJsonArray dms, deposits;
    for (const qint64 d : items.dmsLineIds)
        dms.append(d);
    for (const qint64 d : items.depositIds)
        deposits.append(d);
    return {{QStringLiteral("dms_lines"), dms},
            {QStringLiteral("payments"), QJsonArray::fromStringList(items.paymentIds)},
            {QStringLiteral("refunds"), QJsonArray::fromStringList(items.refundIds)},
            {QStringLiteral("payouts"), QJsonArray::fromStringList(items.payoutIds)},
            {QStringLiteral("deposits"), deposits}};
}

} // namespace

Result<DayReport> ReconciliationService::reconcile(const Session& who, const DayKey& day, const MatchOptions& options)
{
    Session current;
    if (auto denied = allowed(who, Permission::Reconcile, &current))
        return *denied;
    return buildReport(day, options, true, current);
}

Result<DayReport> ReconciliationService::report(const Session& who, const DayKey& day, const MatchOptions& options)
{
    Session current;
    if (auto denied = allowed(who, Permission::Reconcile, &current))
        return *denied;
    return buildReport(day, options, false, current);
}

Result<DayReport> ReconciliationService::buildReport(const DayKey& day, const MatchOptions& options,
                                                     bool storeNewMatches, const Session& who)
{
    if (!day.date.isValid())
        return Error::validation(QStringLiteral("date"), QCoreApplication::translate("Reconciliation", "Choose the day to reconcile."));
    store::ReconciliationRepository repo(m_db.connection());
    DayReport report;
    {
        auto state = readDayState(repo, day);
        if (!state)
            return state.error();
        report.state = state.value();
    }
    QString account;
    if (day.rooftopId > 0) {
        const auto a = repo.accountOfRooftop(day.rooftopId);
        if (!a)
            return a.error();
        account = a.value();
    }
    const auto [from, to] = dayWindow(day);
    // The day's items on each side.
    {
        auto lines = store::DmsRepository(m_db.connection()).linesOn(day.date, day.rooftopId);
        if (!lines)
            return lines.error();
        report.dmsLines = std::move(lines).value();
        auto payments = repo.paymentsBetween(from, to, account);
        if (!payments)
            return payments.error();
        report.payments = std::move(payments).value();
        auto refunds = repo.refundsBetween(from, to, account);
        if (!refunds)
            return refunds.error();
        report.refunds = std::move(refunds).value();
        auto deposits = store::BankDepositRepository(m_db.connection()).depositsBetween(day.date, day.date, day.rooftopId);
        if (!deposits)
            return deposits.error();
        report.deposits = std::move(deposits).value();
        // Payouts that may have arrived as the day's deposits: ± 2 business days is at most 4 calendar days.
        const DayKey before{day.date.addDays(-(options.depositBusinessDays + 2)), day.rooftopId, day.timeZone};
        const DayKey after{day.date.addDays(options.depositBusinessDays + 2), day.rooftopId, day.timeZone};
        auto payouts = repo.payoutsArriving(dayWindow(before).first, dayWindow(after).second, account, day.timeZone);
        if (!payouts)
            return payouts.error();
        report.payouts = std::move(payouts).value();
    }
    for (PaymentItem& p : report.payments)
        p.roKey = normalizeRoNumber(p.roNumber);
    for (RefundItem& r : report.refunds)
        r.roKey = normalizeRoNumber(r.roNumber);

    auto loadMatches = [&]() -> Status {
        auto matches = repo.activeMatchesOfDay(day.date, day.rooftopId, from, to, account);
        if (!matches)
            return matches.error();
        report.matches = std::move(matches).value();
        return Done{};
    };
    if (auto s = loadMatches(); !s)
        return s.error();
    const auto undone = repo.undoneAutoItems(day.date, day.rooftopId);
    if (!undone)
        return undone.error();

    // What is free: in no active match. What the rules may take: free, and not in an undone automatic match.
    auto freeItems = [&](bool forRules, QList<DmsLine>& lines, QList<PaymentItem>& payments, QList<RefundItem>& refunds,
                         QList<PayoutItem>& payouts, QList<BankDeposit>& deposits) {
        Taken taken;
        for (const Match& m : std::as_const(report.matches))
            taken.add(m.items);
        auto skip = [&](const char* type, const QString& id) {
            return forRules && undone.value().contains(QLatin1String(type) + QLatin1Char(':') + id);
        };
        for (const DmsLine& l : std::as_const(report.dmsLines)) {
            if (!taken.dms.contains(l.id) && !skip("dms", QString::number(l.id)))
                lines.append(l);
        }
        for (const PaymentItem& p : std::as_const(report.payments)) {
            if (!taken.payments.contains(p.id) && !skip("payment", p.id))
                payments.append(p);
        }
        for (const RefundItem& r : std::as_const(report.refunds)) {
            if (!taken.refunds.contains(r.id) && !skip("refund", r.id))
                refunds.append(r);
        }
        for (const PayoutItem& p : std::as_const(report.payouts)) {
            if (!taken.payouts.contains(p.id) && !skip("payout", p.id))
                payouts.append(p);
        }
        for (const BankDeposit& d : std::as_const(report.deposits)) {
            if (!taken.deposits.contains(d.id) && !skip("deposit", QString::number(d.id)))
                deposits.append(d);
        }
    };

    const Matcher matcher(options);
    if (storeNewMatches && !report.state.closed) {
        QList<DmsLine> lines;
        QList<PaymentItem> payments;
        QList<RefundItem> refunds;
        QList<PayoutItem> payouts;
        QList<BankDeposit> deposits;
        freeItems(true, lines, payments, refunds, payouts, deposits);
        MatchOutcome found = matcher.matchDms(lines, payments, refunds);
        const MatchOutcome banked = matcher.matchDeposits(payouts, deposits);
        found.groups.append(banked.groups);
        if (!found.groups.isEmpty()) {
            const qint64 now = m_clock.nowSecs();
            std::optional<Error> failure;
            QList<Match> toStore;
            const bool ok = m_db.transaction([&](QSqlDatabase& db) {
                store::ReconciliationRepository writer(db);
                if (auto s = touchDay(writer, day, std::nullopt, now); !s)
                    return failure = s.error(), false;
                toStore.clear();
                toStore.reserve(found.groups.size());
                for (const MatchGroup& g : std::as_const(found.groups)) {
                    Match m;
                    m.businessDate = day.date;
                    m.rooftopId = day.rooftopId;
                    m.rule = g.rule;
                    m.items = g.items;
                    m.userId = who.userId;
                    m.userName = who.name;
                    m.createdAt = now;
                    toStore.append(std::move(m));
                }
                const auto ids = writer.insertMatches(toStore);
                if (!ids)
                    return failure = ids.error(), false;
                for (qsizetype i = 0; i < toStore.size(); ++i)
                    toStore[i].id = ids.value().at(i);
                return true;
            });
            if (!ok)
                return failure ? *failure : store::storeError(QCoreApplication::translate("Reconciliation", "save the matches"), QCoreApplication::translate("Reconciliation", "the transaction failed"));
            m_audit.record(who, QStringLiteral("reconciliation.auto_matched"),
                           {{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                            {QStringLiteral("rooftop_id"), day.rooftopId},
                            {QStringLiteral("matches"), int(found.groups.size())}},
                           now);
            report.matches.append(toStore); // as stored: no need to read them back
            auto state = readDayState(repo, day);
            if (!state)
                return state.error();
            report.state = state.value();
        }
    }

    // What stays unmatched, and the differences among it (nothing is stored for those).
    QList<DmsLine> lines;
    QList<PaymentItem> payments;
    QList<RefundItem> refunds;
    QList<PayoutItem> payouts;
    QList<BankDeposit> deposits;
    freeItems(false, lines, payments, refunds, payouts, deposits);
    const MatchOutcome rest = matcher.matchDms(lines, payments, refunds);
    report.differences = rest.differences;
    QSet<qint64> inDifference;
    QSet<QString> paymentsInDifference;
    for (const AmountDifference& d : std::as_const(report.differences)) {
        for (const qint64 id : d.dmsLineIds)
            inDifference.insert(id);
        for (const QString& id : d.paymentIds)
            paymentsInDifference.insert(id);
    }
    for (const DmsLine& l : std::as_const(lines)) {
        if (!inDifference.contains(l.id))
            report.unmatchedDmsLineIds.append(l.id);
    }
    for (const PaymentItem& p : std::as_const(payments)) {
        if (!paymentsInDifference.contains(p.id))
            report.unmatchedPaymentIds.append(p.id);
    }
    for (const RefundItem& r : std::as_const(refunds))
        report.unmatchedRefundIds.append(r.id);
    for (const PayoutItem& p : std::as_const(payouts)) {
        if (p.arrivalDate == day.date)
            report.unmatchedPayoutIds.append(p.id);
    }
    for (const BankDeposit& d : std::as_const(deposits)) {
        if (d.amount > 0)
            report.unmatchedDepositIds.append(d.id);
    }
    // The payouts shown: those arriving on the day and those matched with the day's deposits.
    {
        QSet<QString> matchedPayouts;
        for (const Match& m : std::as_const(report.matches))
            for (const QString& p : m.items.payoutIds)
                matchedPayouts.insert(p);
        QList<PayoutItem> shown;
        for (const PayoutItem& p : std::as_const(report.payouts)) {
            if (p.arrivalDate == day.date || matchedPayouts.contains(p.id))
                shown.append(p);
        }
        report.payouts = shown;
    }

    // Totals.
    DayTotals& t = report.totals;
    if (!report.payments.isEmpty())
        t.currency = report.payments.first().currency;
    else if (!report.dmsLines.isEmpty())
        t.currency = report.dmsLines.first().currency;
    const QSet<qint64> unmatchedDms(report.unmatchedDmsLineIds.begin(), report.unmatchedDmsLineIds.end());
    const QSet<QString> unmatchedPay(report.unmatchedPaymentIds.begin(), report.unmatchedPaymentIds.end());
    Taken taken;
    for (const Match& m : std::as_const(report.matches))
        taken.add(m.items);
    for (const DmsLine& l : std::as_const(report.dmsLines)) {
        t.dmsTotal += l.amount;
        if (taken.dms.contains(l.id))
            t.dmsMatched += l.amount;
        else if (unmatchedDms.contains(l.id))
            t.dmsUnmatched += l.amount;
    }
    for (const PaymentItem& p : std::as_const(report.payments)) {
        t.paymentsTotal += p.amount;
        t.fees += p.fee;
        if (taken.payments.contains(p.id))
            t.paymentsMatched += p.amount;
        else if (unmatchedPay.contains(p.id))
            t.paymentsUnmatched += p.amount;
        if (p.payoutId.isEmpty())
            report.paymentsWithoutPayout.append(p.id);
    }
    for (const RefundItem& r : std::as_const(report.refunds))
        t.refundsTotal += r.amount;
    for (const PayoutItem& p : std::as_const(report.payouts)) {
        if (p.arrivalDate == day.date)
            t.payoutsTotal += p.amount;
    }
    for (const BankDeposit& d : std::as_const(report.deposits)) {
        if (d.amount <= 0)
            continue;
        t.depositsTotal += d.amount;
        if (taken.deposits.contains(d.id))
            t.depositsMatched += d.amount;
    }
    for (const AmountDifference& d : std::as_const(report.differences))
        t.differencesTotal += d.difference() < 0 ? -d.difference() : d.difference();
    return report;
}

Result<Match> ReconciliationService::matchManually(const Session& who, const ManualMatchRequest& request)
{
    Session current;
    if (auto denied = allowed(who, Permission::Reconcile, &current))
        return *denied;
    QList<FieldError> errors;
    if (!request.day.date.isValid())
        errors.append({QStringLiteral("date"), QCoreApplication::translate("Reconciliation", "Choose the day.")});
    const MatchItems& items = request.items;
    const int sides = (items.dmsLineIds.isEmpty() ? 0 : 1) + (items.paymentIds.isEmpty() && items.refundIds.isEmpty() ? 0 : 1)
        + (items.payoutIds.isEmpty() ? 0 : 1) + (items.depositIds.isEmpty() ? 0 : 1);
    if (sides < 2)
        errors.append({QStringLiteral("items"), QCoreApplication::translate("Reconciliation", "Choose what to match on both sides: a DMS line and a payment, or a "
                                                   "payout and a bank deposit.")});
    if (request.note.trimmed().isEmpty())
        errors.append({QStringLiteral("note"), QCoreApplication::translate("Reconciliation", "Say why these go together: a note is required.")});
    if (auto bad = Error::validation(errors))
        return *bad;

    // None of the items may be in a match already.
    store::ReconciliationRepository reader(m_db.connection());
    QStringList dmsIds, depositIds;
    for (const qint64 d : items.dmsLineIds)
        dmsIds.append(QString::number(d));
    for (const qint64 d : items.depositIds)
        depositIds.append(QString::number(d));
    const QList<QPair<QString, QStringList>> kinds = {{QStringLiteral("dms"), dmsIds},
                                                      {QStringLiteral("payment"), items.paymentIds},
                                                      {QStringLiteral("refund"), items.refundIds},
                                                      {QStringLiteral("payout"), items.payoutIds},
                                                      {QStringLiteral("deposit"), depositIds}};
    for (const auto& [type, ids] : kinds) {
        const auto inUse = reader.itemsInActiveMatches(type, ids);
        if (!inUse)
            return inUse.error();
        if (!inUse.value().isEmpty())
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate("Reconciliation", "Some of these are matched already (on this or another workstation): unmatch them first."),
                         {}};
    }

    Match m;
    m.businessDate = request.day.date;
    m.rooftopId = request.day.rooftopId;
    m.manual = true;
    m.rule = MatchRule::Manual;
    m.items = items;
    m.note = request.note.trimmed();
    m.userId = current.userId;
    m.userName = current.name;
    m.createdAt = m_clock.nowSecs();
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::ReconciliationRepository writer(db);
        if (auto s = touchDay(writer, request.day, request.expectedVersion, m.createdAt); !s)
            return failure = s.error(), false;
        const auto id = writer.insertMatch(m);
        if (!id) // the unique index: another workstation matched one of them in between
            return failure = Error{Error::Code::Conflict, staleDayMessage(), {}}, false;
        m.id = id.value();
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("Reconciliation", "save the match"), QCoreApplication::translate("Reconciliation", "the transaction failed"));
    QJsonObject details = itemsJson(items);
    details.insert(QStringLiteral("match_id"), m.id);
    details.insert(QStringLiteral("date"), request.day.date.toString(Qt::ISODate));
    details.insert(QStringLiteral("rooftop_id"), request.day.rooftopId);
    details.insert(QStringLiteral("note"), m.note);
    m_audit.record(current, QStringLiteral("reconciliation.matched"), details, m.createdAt);
    return m;
}

Status ReconciliationService::unmatch(const Session& who, const DayKey& day, qint64 matchId, const QString& note,
                                      qint64 expectedVersion)
{
    Session current;
    if (auto denied = allowed(who, Permission::Reconcile, &current))
        return *denied;
    if (note.trimmed().isEmpty())
        return Error::validation(QStringLiteral("note"), QCoreApplication::translate("Reconciliation", "Say why the match is undone: a note is required."));
    const auto found = store::ReconciliationRepository(m_db.connection()).matchById(matchId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::Conflict, staleDayMessage(), {}};
    const Match match = *found.value();
    const qint64 now = m_clock.nowSecs();
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::ReconciliationRepository writer(db);
        // The match's own day must be open too (it may have been made on another day's screen).
        if (match.businessDate != day.date || match.rooftopId != day.rooftopId) {
            const auto closed = writer.isClosed(match.businessDate, match.rooftopId);
            if (!closed)
                return failure = closed.error(), false;
            if (closed.value())
                return failure = closedDayError(match.businessDate), false;
        }
        if (auto s = touchDay(writer, day, expectedVersion, now); !s)
            return failure = s.error(), false;
        const auto undone = writer.deactivateMatch(matchId, current.userId, current.name, note.trimmed(), now);
        if (!undone)
            return failure = undone.error(), false;
        if (!undone.value())
            return failure = Error{Error::Code::Conflict, staleDayMessage(), {}}, false;
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("Reconciliation", "undo the match"), QCoreApplication::translate("Reconciliation", "the transaction failed"));
    QJsonObject details = itemsJson(match.items);
    details.insert(QStringLiteral("match_id"), matchId);
    details.insert(QStringLiteral("kind"), match.manual ? QStringLiteral("manual") : QStringLiteral("auto"));
    details.insert(QStringLiteral("date"), day.date.toString(Qt::ISODate));
    details.insert(QStringLiteral("note"), note.trimmed());
    m_audit.record(current, QStringLiteral("reconciliation.unmatched"), details, now);
    return Done{};
}

} // namespace dp::recon
