#include "reconciliationrows.h"

#include "foundation/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace dp::ui::reconrows {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationRows)
};

QString money(qint64 minor, const QString& currency)
{
    return formatMoney(minor, currency);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// RO number -> the difference it is part of, for the tooltips.
QString differenceText(const recon::AmountDifference& d, const QString& currency)
{
    return Text::tr("RO %1: the DMS says %2, the card payments total %3 (difference %4).")
        .arg(d.roNumber, money(d.dmsTotal, currency), money(d.paymentTotal, currency),
             money(d.difference(), currency));
}

} // namespace

QStringList dmsHeaders()
{
    return {Text::tr("Time"), Text::tr("RO number"), Text::tr("Customer"), Text::tr("Amount"), Text::tr("Paid by")};
}

QStringList paymentHeaders()
{
    return {Text::tr("Time"), Text::tr("RO number"), Text::tr("Customer"), Text::tr("Amount")};
}

QStringList matchHeaders()
{
    return {Text::tr("Matched by"), Text::tr("RO number"), Text::tr("Customer"), Text::tr("DMS"), Text::tr("Card payments"), Text::tr("Note")};
}

QStringList payoutHeaders()
{
    return {Text::tr("Rooftop"), Text::tr("Arrival"), Text::tr("Payout"), Text::tr("Bank deposit"), Text::tr("Deposited"), Text::tr("State")};
}

QString localTime(qint64 utcSecs)
{
    return utcSecs > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime().time(),
                                            QLocale::ShortFormat)
                       : QString();
}

QList<ReconRow> unmatchedDms(const recon::DayReport& report)
{
    const QString currency = report.totals.currency;
    QHash<qint64, QString> differences;
    for (const recon::AmountDifference& d : report.differences) {
        for (const qint64 id : d.dmsLineIds)
            differences.insert(id, differenceText(d, currency));
    }
    const QSet<qint64> unmatched(report.unmatchedDmsLineIds.cbegin(), report.unmatchedDmsLineIds.cend());
    QList<ReconRow> rows;
    for (const recon::DmsLine& line : report.dmsLines) {
        if (!unmatched.contains(line.id) && !differences.contains(line.id))
            continue; // matched (a difference is on neither side's matched list: it is shown here, in amber)
        ReconRow row;
        row.kind = ReconRow::Kind::DmsLine;
        row.number = line.id;
        row.amount = line.amount;
        row.cells = {localTime(line.at), line.roNumber, line.customer, money(line.amount, line.currency),
                     line.paymentType};
        row.sortKeys = {line.at, {}, {}, line.amount, {}};
        QStringList tip{Text::tr("Line %1 of the DMS file").arg(line.lineNumber)};
        if (!line.reference.isEmpty())
            tip << Text::tr("Reference: %1").arg(line.reference);
        if (differences.contains(line.id)) {
            row.tone = Tone::Warning;
            tip.prepend(differences.value(line.id));
        } else if (line.roNumber.isEmpty()) {
            tip.prepend(Text::tr("No RO number and no card payment of this amount at this time."));
        } else {
            tip.prepend(Text::tr("No card payment carries RO %1 on this day.").arg(line.roNumber));
        }
        row.toolTip = tip.join(QLatin1Char('\n'));
        rows.append(row);
    }
    return rows;
}

QList<ReconRow> unmatchedPayments(const recon::DayReport& report)
{
    const QString currency = report.totals.currency;
    QHash<QString, QString> differences;
    for (const recon::AmountDifference& d : report.differences) {
        for (const QString& id : d.paymentIds)
            differences.insert(id, differenceText(d, currency));
    }
    QHash<QString, QString> customers; // charge -> customer, for refunds
    for (const recon::PaymentItem& p : report.payments)
        customers.insert(p.id, p.customer);
    const QSet<QString> payments(report.unmatchedPaymentIds.cbegin(), report.unmatchedPaymentIds.cend());
    const QSet<QString> refunds(report.unmatchedRefundIds.cbegin(), report.unmatchedRefundIds.cend());
    QList<ReconRow> rows;
    for (const recon::PaymentItem& p : report.payments) {
        if (!payments.contains(p.id) && !differences.contains(p.id))
            continue;
        ReconRow row;
        row.kind = ReconRow::Kind::Payment;
        row.id = p.id;
        row.amount = p.amount;
        row.cells = {localTime(p.created), p.roNumber, p.customer, money(p.amount, p.currency)};
        row.sortKeys = {p.created, {}, {}, p.amount};
        if (differences.contains(p.id)) {
            row.tone = Tone::Warning;
            row.toolTip = differences.value(p.id);
        } else {
            row.toolTip = p.roNumber.isEmpty() ? Text::tr("No DMS line of this amount at this time.")
                                               : Text::tr("No DMS line carries RO %1 on this day.").arg(p.roNumber);
        }
        rows.append(row);
    }
    for (const recon::RefundItem& r : report.refunds) {
        if (!refunds.contains(r.id))
            continue;
        ReconRow row;
        row.kind = ReconRow::Kind::Refund;
        row.id = r.id;
        row.amount = -r.amount;
        row.cells = {localTime(r.created), r.roNumber, customers.value(r.chargeId), money(-r.amount, r.currency)};
        row.sortKeys = {r.created, {}, {}, -r.amount};
        row.toolTip = Text::tr("A refund with no negative DMS line of its amount.");
        rows.append(row);
    }
    return rows;
}

QList<ReconRow> matched(const recon::DayReport& report)
{
    QHash<qint64, const recon::DmsLine*> lines;
    for (const recon::DmsLine& l : report.dmsLines)
        lines.insert(l.id, &l);
    QHash<QString, const recon::PaymentItem*> payments;
    for (const recon::PaymentItem& p : report.payments)
        payments.insert(p.id, &p);
    QHash<QString, const recon::RefundItem*> refunds;
    for (const recon::RefundItem& r : report.refunds)
        refunds.insert(r.id, &r);
    QList<ReconRow> rows;
    for (const recon::Match& m : report.matches) {
        if (m.items.dmsLineIds.isEmpty() && m.items.paymentIds.isEmpty() && m.items.refundIds.isEmpty())
            continue; // payouts and deposits: their own section
        ReconRow row;
        row.kind = ReconRow::Kind::Match;
        row.number = m.id;
        qint64 dms = 0, paid = 0;
        QStringList ros, customers;
        auto note = [&](const QString& ro, const QString& customer) {
            if (!ro.isEmpty() && !ros.contains(ro))
                ros << ro;
            if (!customer.isEmpty() && !customers.contains(customer))
                customers << customer;
        };
        for (const qint64 id : m.items.dmsLineIds) {
            if (const recon::DmsLine* l = lines.value(id)) {
                dms += l->amount;
                note(l->roNumber, l->customer);
            }
        }
        for (const QString& id : m.items.paymentIds) {
            if (const recon::PaymentItem* p = payments.value(id)) {
                paid += p->amount;
                note(p->roNumber, p->customer);
            }
        }
        for (const QString& id : m.items.refundIds) {
            if (const recon::RefundItem* r = refunds.value(id)) {
                paid -= r->amount;
                note(r->roNumber, {});
            }
        }
        const QString currency = report.totals.currency;
        const int count = int(m.items.paymentIds.size() + m.items.refundIds.size());
        row.amount = dms;
        row.cells = {recon::matchRuleText(m.rule), ros.join(QStringLiteral(", ")), customers.join(QStringLiteral(", ")),
                     money(dms, currency),
                     matchedPaymentsText(paid, currency, count),
                     m.note};
        row.sortKeys = {{}, {}, {}, dms, paid, {}};
        if (dms != paid)
            row.tone = Tone::Warning;
        row.toolTip = m.manual ? Text::tr("Matched by %1: %2").arg(m.userName, m.note) : recon::matchRuleText(m.rule);
        rows.append(row);
    }
    return rows;
}

QList<ReconRow> payouts(const recon::DayReport& report, const QHash<QString, QString>& rooftops)
{
    QHash<qint64, const recon::BankDeposit*> deposits;
    for (const recon::BankDeposit& d : report.deposits)
        deposits.insert(d.id, &d);
    QHash<QString, qint64> depositOfPayout;
    QSet<qint64> matchedDeposits;
    for (const recon::Match& m : report.matches) {
        for (const QString& payout : m.items.payoutIds) {
            if (!m.items.depositIds.isEmpty())
                depositOfPayout.insert(payout, m.items.depositIds.first());
        }
        for (const qint64 id : m.items.depositIds)
            matchedDeposits.insert(id);
    }
    QList<ReconRow> rows;
    for (const recon::PayoutItem& p : report.payouts) {
        ReconRow row;
        row.kind = ReconRow::Kind::Payout;
        row.id = p.id;
        row.amount = p.amount;
        const recon::BankDeposit* d = deposits.value(depositOfPayout.value(p.id, -1));
        const bool isMatched = depositOfPayout.contains(p.id);
        row.cells = {rooftops.value(p.accountId, p.accountId), dateText(p.arrivalDate), money(p.amount, p.currency),
                     d ? dateText(d->postedDate) : QString(), d ? money(d->amount, d->currency) : QString(),
                     isMatched ? Text::tr("Deposited") : Text::tr("No bank deposit")};
        row.sortKeys = {{}, p.arrivalDate, p.amount, d ? QVariant(d->postedDate) : QVariant(), d ? d->amount : 0, {}};
        if (!isMatched) {
            row.tone = Tone::Danger;
            row.toolTip = Text::tr("No deposit of %1 on the bank statement within 2 business days of %2.")
                              .arg(money(p.amount, p.currency), dateText(p.arrivalDate));
        }
        rows.append(row);
    }
    const QSet<qint64> unmatched(report.unmatchedDepositIds.cbegin(), report.unmatchedDepositIds.cend());
    for (const recon::BankDeposit& d : report.deposits) {
        if (matchedDeposits.contains(d.id) || !unmatched.contains(d.id) || d.amount <= 0)
            continue;
        ReconRow row;
        row.kind = ReconRow::Kind::Deposit;
        row.number = d.id;
        row.amount = d.amount;
        row.cells = {rooftops.value(QString()), QString(), QString(), dateText(d.postedDate),
                     money(d.amount, d.currency), Text::tr("No payout")};
        row.sortKeys = {{}, {}, {}, d.postedDate, d.amount, {}};
        row.tone = Tone::Danger;
        row.toolTip = Text::tr("No payout of %1 arrived within 2 business days of %2 (%3).")
                          .arg(money(d.amount, d.currency), dateText(d.postedDate), d.name);
        rows.append(row);
    }
    return rows;
}

QString matchedPaymentsText(qint64 paid, const QString& currency, int count)
{
    return count > 1 ? Text::tr("%1 (%n payments)", nullptr, count).arg(money(paid, currency)) : money(paid, currency);
}

QString longestRuleText()
{
    QString longest;
    for (const recon::MatchRule rule : {recon::MatchRule::RoAndAmount, recon::MatchRule::AmountAndTime,
                                        recon::MatchRule::Refund, recon::MatchRule::PayoutDeposit,
                                        recon::MatchRule::Manual}) {
        if (recon::matchRuleText(rule).size() > longest.size())
            longest = recon::matchRuleText(rule);
    }
    return longest;
}

QString totalText(const QList<ReconRow>& rows, const QString& currency)
{
    qint64 total = 0;
    for (const ReconRow& r : rows)
        total += r.amount;
    return Text::tr("%n line(s) · %1", nullptr, int(rows.size())).arg(formatMoney(total, currency));
}

} // namespace dp::ui::reconrows
