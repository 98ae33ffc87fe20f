#include "matcher.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace dp::recon {
namespace {

// Items of one side waiting for a match, by an integer key, each list sorted by time: the hash join's build side.
struct TimedIndex
{
    QHash<qint64, std::vector<int>> byAmount; // amount -> indices, sorted by time
};

// The closest unused item in time within the window (or the only one of the amount when the line has no time).
int takeClosest(const std::vector<int>& candidates, const std::vector<qint64>& times, const std::vector<char>& used, qint64 at,
                qint64 window)
{
    if (candidates.empty())
        return -1;
    if (at == 0) {
        int only = -1;
        for (const int c : candidates) {
            if (used[c])
                continue;
            if (only >= 0)
                return -1; // several payments of that amount and no time to choose: leave it to a person
            only = c;
        }
        return only;
    }
    const auto first = std::lower_bound(candidates.begin(), candidates.end(), at,
                                        [&](int idx, qint64 t) { return times[idx] < t; });
    int best = -1;
    qint64 bestDistance = window + 1;
    for (auto it = first; it != candidates.end() && times[*it] - at <= window; ++it) {
        if (!used[*it]) {
            bestDistance = times[*it] - at;
            best = *it;
            break;
        }
    }
    for (auto it = first; it != candidates.begin();) {
        --it;
        const qint64 d = at - times[*it];
        if (d > window || d >= bestDistance)
            break;
        if (!used[*it]) {
            best = *it;
            break;
        }
    }
    return best;
}

bool sameAccount(const QString& lineAccount, const QString& itemAccount)
{
    return lineAccount.isEmpty() || lineAccount == itemAccount;
}

} // namespace

Matcher::Matcher(MatchOptions options) : m_options(options) {}

MatchOutcome Matcher::matchDms(const QList<DmsLine>& lines, const QList<PaymentItem>& payments,
                               const QList<RefundItem>& refunds) const
{
    MatchOutcome out;
    std::vector<char> lineUsed(size_t(lines.size()), 0), paymentUsed(size_t(payments.size()), 0),
        refundUsed(size_t(refunds.size()), 0);

    // Build sides: payments and refunds by RO.
    QHash<QString, std::vector<int>> paymentsByRo, refundsByRo;
    paymentsByRo.reserve(payments.size());
    for (int i = 0; i < payments.size(); ++i) {
        if (!payments.at(i).roKey.isEmpty())
            paymentsByRo[payments.at(i).roKey].push_back(i);
    }
    for (int i = 0; i < refunds.size(); ++i) {
        if (!refunds.at(i).roKey.isEmpty())
            refundsByRo[refunds.at(i).roKey].push_back(i);
    }

    // Rule 1 and 2 by RO: the lines of one RO (and account), positive and negative apart, in file order.
    struct RoGroup
    {
        QString roKey, account;
        bool refund = false;
        std::vector<int> lines;
    };
    std::vector<RoGroup> groups;
    QHash<QString, int> groupOf;
    groupOf.reserve(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const DmsLine& l = lines.at(i);
        if (l.roKey.isEmpty() || l.amount == 0)
            continue;
        const bool refund = l.amount < 0;
        const QString key = l.accountId + QLatin1Char('\x1f') + l.roKey + (refund ? QLatin1String("-") : QLatin1String("+"));
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            it = groupOf.insert(key, int(groups.size()));
            groups.push_back({l.roKey, l.accountId, refund, {}});
        }
        groups[size_t(*it)].lines.push_back(i);
    }
    QList<int> unknownRoLines; // lines whose RO no payment has
    for (const RoGroup& g : groups) {
        qint64 lineSum = 0;
        for (const int i : g.lines)
            lineSum += lines.at(i).amount;
        if (!g.refund) {
            const auto found = paymentsByRo.constFind(g.roKey);
            std::vector<int> picked;
            qint64 paySum = 0;
            if (found != paymentsByRo.constEnd()) {
                for (const int p : *found) {
                    if (!paymentUsed[size_t(p)] && sameAccount(g.account, payments.at(p).accountId)) {
                        picked.push_back(p);
                        paySum += payments.at(p).amount;
                    }
                }
            }
            if (picked.empty()) {
                for (const int i : g.lines)
                    unknownRoLines.append(i);
                continue;
            }
            if (paySum == lineSum) {
                MatchGroup m{MatchRule::RoAndAmount, {}};
                for (const int i : g.lines) {
                    lineUsed[size_t(i)] = 1;
                    m.items.dmsLineIds.append(lines.at(i).id);
                }
                for (const int p : picked) {
                    paymentUsed[size_t(p)] = 1;
                    m.items.paymentIds.append(payments.at(p).id);
                }
                out.groups.append(std::move(m));
            } else {
                AmountDifference d;
                d.roNumber = lines.at(g.lines.front()).roNumber;
                d.dmsTotal = lineSum;
                d.paymentTotal = paySum;
                for (const int i : g.lines) {
                    lineUsed[size_t(i)] = 2; // in a difference: neither matched nor free
                    d.dmsLineIds.append(lines.at(i).id);
                }
                for (const int p : picked) {
                    paymentUsed[size_t(p)] = 2;
                    d.paymentIds.append(payments.at(p).id);
                }
                out.differences.append(std::move(d));
            }
        } else {
            const auto found = refundsByRo.constFind(g.roKey);
            std::vector<int> picked;
            qint64 refundSum = 0;
            if (found != refundsByRo.constEnd()) {
                for (const int r : *found) {
                    if (!refundUsed[size_t(r)] && sameAccount(g.account, refunds.at(r).accountId)) {
                        picked.push_back(r);
                        refundSum += refunds.at(r).amount;
                    }
                }
            }
            if (!picked.empty() && refundSum == -lineSum) {
                MatchGroup m{MatchRule::Refund, {}};
                for (const int i : g.lines) {
                    lineUsed[size_t(i)] = 1;
                    m.items.dmsLineIds.append(lines.at(i).id);
                }
                for (const int r : picked) {
                    refundUsed[size_t(r)] = 1;
                    m.items.refundIds.append(refunds.at(r).id);
                }
                out.groups.append(std::move(m));
            }
            // Otherwise the refund lines try amount and time below (a refund's RO is often left out or different).
        }
    }

    // Rule 3: amount and time, for lines without an RO (and refund lines not matched by RO).
    std::vector<qint64> paymentTimes(size_t(payments.size())), refundTimes(size_t(refunds.size()));
    TimedIndex paymentIndex, refundIndex;
    for (int i = 0; i < payments.size(); ++i) {
        paymentTimes[size_t(i)] = payments.at(i).created;
        if (!paymentUsed[size_t(i)])
            paymentIndex.byAmount[payments.at(i).amount].push_back(i);
    }
    for (int i = 0; i < refunds.size(); ++i) {
        refundTimes[size_t(i)] = refunds.at(i).created;
        if (!refundUsed[size_t(i)])
            refundIndex.byAmount[refunds.at(i).amount].push_back(i);
    }
    for (auto* index : {&paymentIndex, &refundIndex}) {
        const std::vector<qint64>& times = index == &paymentIndex ? paymentTimes : refundTimes;
        for (auto it = index->byAmount.begin(); it != index->byAmount.end(); ++it)
            std::sort(it->begin(), it->end(), [&](int a, int b) { return times[size_t(a)] < times[size_t(b)]; });
    }
    std::vector<char> unknownRo(size_t(lines.size()), 0);
    for (const int i : std::as_const(unknownRoLines))
        unknownRo[size_t(i)] = 1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lineUsed[size_t(i)])
            continue;
        const DmsLine& l = lines.at(i);
        if (l.amount > 0) {
            if (!l.roKey.isEmpty() && !(unknownRo[size_t(i)] && m_options.amountMatchForUnknownRo))
                continue;
            auto found = paymentIndex.byAmount.find(l.amount);
            if (found == paymentIndex.byAmount.end())
                continue;
            std::vector<int> filtered;
            if (!l.accountId.isEmpty()) {
                for (const int c : *found) {
                    if (sameAccount(l.accountId, payments.at(c).accountId))
                        filtered.push_back(c);
                }
            }
            const int p = takeClosest(l.accountId.isEmpty() ? *found : filtered, paymentTimes, paymentUsed, l.at,
                                        m_options.timeWindowSecs);
            if (p < 0)
                continue;
            paymentUsed[size_t(p)] = 1;
            lineUsed[size_t(i)] = 1;
            out.groups.append({MatchRule::AmountAndTime, {{l.id}, {payments.at(p).id}, {}, {}, {}}});
        } else if (l.amount < 0) {
            auto found = refundIndex.byAmount.find(-l.amount);
            if (found == refundIndex.byAmount.end())
                continue;
            std::vector<int> filtered;
            if (!l.accountId.isEmpty()) {
                for (const int c : *found) {
                    if (sameAccount(l.accountId, refunds.at(c).accountId))
                        filtered.push_back(c);
                }
            }
            const int r = takeClosest(l.accountId.isEmpty() ? *found : filtered, refundTimes, refundUsed, l.at,
                                        m_options.timeWindowSecs);
            if (r < 0)
                continue;
            refundUsed[size_t(r)] = 1;
            lineUsed[size_t(i)] = 1;
            out.groups.append({MatchRule::Refund, {{l.id}, {}, {refunds.at(r).id}, {}, {}}});
        }
    }

    for (int i = 0; i < lines.size(); ++i) {
        if (!lineUsed[size_t(i)])
            out.unmatchedDmsLineIds.append(lines.at(i).id);
    }
    for (int i = 0; i < payments.size(); ++i) {
        if (!paymentUsed[size_t(i)])
            out.unmatchedPaymentIds.append(payments.at(i).id);
    }
    for (int i = 0; i < refunds.size(); ++i) {
        if (!refundUsed[size_t(i)])
            out.unmatchedRefundIds.append(refunds.at(i).id);
    }
    return out;
}

MatchOutcome Matcher::matchDeposits(const QList<PayoutItem>& payouts, const QList<BankDeposit>& deposits) const
{
    MatchOutcome out;
    std::vector<char> payoutUsed(size_t(payouts.size()), 0), depositUsed(size_t(deposits.size()), 0);
    QHash<qint64, std::vector<int>> byAmount;
    for (int i = 0; i < payouts.size(); ++i) {
        if (payouts.at(i).status != QLatin1String("failed") && payouts.at(i).status != QLatin1String("canceled"))
            byAmount[payouts.at(i).amount].push_back(i);
    }
    std::vector<int> order(size_t(deposits.size()));
    for (int i = 0; i < deposits.size(); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return deposits.at(a).postedDate < deposits.at(b).postedDate; });
    for (const int di : order) {
        const BankDeposit& d = deposits.at(di);
        if (d.amount <= 0)
            continue;
        const auto found = byAmount.constFind(d.amount);
        if (found == byAmount.constEnd())
            continue;
        int best = -1;
        int bestDistance = m_options.depositBusinessDays + 1;
        for (const int p : *found) {
            if (payoutUsed[size_t(p)] || payouts.at(p).currency.compare(d.currency, Qt::CaseInsensitive) != 0)
                continue;
            const int distance = std::abs(businessDaysBetween(payouts.at(p).arrivalDate, d.postedDate));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = p;
            }
        }
        if (best < 0)
            continue;
        payoutUsed[size_t(best)] = 1;
        depositUsed[size_t(di)] = 1;
        out.groups.append({MatchRule::PayoutDeposit, {{}, {}, {}, {payouts.at(best).id}, {d.id}}});
    }
    for (int i = 0; i < payouts.size(); ++i) {
        if (!payoutUsed[size_t(i)])
            out.unmatchedPayoutIds.append(payouts.at(i).id);
    }
    for (int i = 0; i < deposits.size(); ++i) {
        if (!depositUsed[size_t(i)] && deposits.at(i).amount > 0)
            out.unmatchedDepositIds.append(deposits.at(i).id);
    }
    return out;
}

bool Matcher::isBusinessDay(const QDate& date)
{
    return date.dayOfWeek() <= 5;
}

int Matcher::businessDaysBetween(const QDate& a, const QDate& b)
{
    // Weekdays counted from a Monday; a Saturday or Sunday counts as the Monday after it.
    static const qint64 monday = QDate(1970, 1, 5).toJulianDay();
    auto ordinal = [](const QDate& d) {
        const qint64 days = d.toJulianDay() - monday;
        const qint64 weeks = days >= 0 ? days / 7 : -((-days + 6) / 7);
        const qint64 rest = days - weeks * 7;
        return weeks * 5 + std::min<qint64>(rest, 5);
    };
    return int(ordinal(b) - ordinal(a));
}

} // namespace dp::recon
