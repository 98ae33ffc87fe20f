// PAY-8: the matching rules, data-driven on the pure Matcher (RO + amount, split payments, RO typos, differences,
// amount + time, refunds, payouts to deposits within 2 business days), then through the service and its store.
#include "reconfixture.h"

#include "reconciliation/amounttext.h"
#include "reconciliation/matcher.h"

#include <QtTest>

#include <algorithm>

using namespace dp;
using namespace dp::recon;

namespace {

const QDate kDay(2026, 11, 30); // a Monday
const QString kZone = QStringLiteral("America/Toronto");

qint64 timeOf(const QString& hhmm)
{
    return hhmm.isEmpty() ? 0 : test::ReconFixture::at(kDay, QTime::fromString(hhmm, QStringLiteral("HH:mm")), kZone);
}

qint64 money(const QString& text)
{
    return *parseAmountText(text);
}

// "RO-1|100.00|09:00; |50.00|" -> lines with ids 1, 2, ...
QList<DmsLine> linesOf(const QString& spec)
{
    QList<DmsLine> out;
    for (const QString& item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = item.split(QLatin1Char('|'));
        DmsLine l;
        l.id = out.size() + 1;
        l.roNumber = f.value(0).trimmed();
        l.roKey = normalizeRoNumber(l.roNumber);
        l.amount = money(f.value(1));
        l.at = timeOf(f.value(2).trimmed());
        l.businessDate = kDay;
        out.append(l);
    }
    return out;
}

// "ch_1|RO-1|100.00|09:05; ..."
QList<PaymentItem> paymentsOf(const QString& spec)
{
    QList<PaymentItem> out;
    for (const QString& item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = item.split(QLatin1Char('|'));
        PaymentItem p;
        p.id = f.value(0).trimmed();
        p.roNumber = f.value(1).trimmed();
        p.roKey = normalizeRoNumber(p.roNumber);
        p.amount = money(f.value(2));
        p.created = timeOf(f.value(3).trimmed());
        p.currency = QStringLiteral("usd");
        out.append(p);
    }
    return out;
}

QList<RefundItem> refundsOf(const QString& spec)
{
    QList<RefundItem> out;
    for (const PaymentItem& p : paymentsOf(spec))
        out.append({p.id, QString(), QString(), p.roNumber, p.roKey, p.created, p.amount, p.currency});
    return out;
}

// "1,2=ch_1,ch_2;3=re_1": groups, each sorted, then sorted.
QString groupsText(const QList<MatchGroup>& groups)
{
    QStringList all;
    for (const MatchGroup& g : groups) {
        QStringList lines, items;
        for (const qint64 id : g.items.dmsLineIds)
            lines.append(QString::number(id));
        items = g.items.paymentIds + g.items.refundIds + g.items.payoutIds;
        for (const qint64 id : g.items.depositIds)
            items.append(QStringLiteral("d%1").arg(id));
        lines.sort();
        items.sort();
        all.append(lines.join(QLatin1Char(',')) + (lines.isEmpty() ? QString() : QStringLiteral("=")) + items.join(QLatin1Char(',')));
    }
    all.sort();
    return all.join(QLatin1Char(';'));
}

} // namespace

class TestMatcher : public QObject
{
    Q_OBJECT

private slots:
    void dmsRules_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("payments");
        QTest::addColumn<QString>("refunds");
        QTest::addColumn<bool>("unknownRoByAmount");
        QTest::addColumn<QString>("matches");
        QTest::addColumn<QString>("differences");
        QTest::addColumn<QString>("unmatchedLines");
        QTest::addColumn<QString>("unmatchedPayments");

        QTest::newRow("RO and amount") << "RO-1|100.00|09:00" << "ch_1|RO-1|100.00|09:05" << "" << false << "1=ch_1"
                                       << "" << "" << "";
        QTest::newRow("RO written differently") << "ro 0001|100.00|" << "ch_1|RO-1|100.00|14:00" << "" << false
                                                << "1=ch_1" << "" << "" << "";
        QTest::newRow("split payment: one RO, two card payments")
            << "RO-2|300.00|10:00" << "ch_1|RO-2|100.00|10:00;ch_2|RO-2|200.00|10:01" << "" << false << "1=ch_1,ch_2"
            << "" << "" << "";
        QTest::newRow("one RO on two DMS lines") << "RO-3|100.00|;RO-3|50.00|" << "ch_1|RO-3|150.00|09:00" << "" << false
                                                << "1,2=ch_1" << "" << "" << "";
        QTest::newRow("RO typo: unmatched on both sides") << "RO-4521|80.00|10:00" << "ch_1|RO-4512|80.00|10:02" << ""
                                                         << false << "" << "" << "1" << "ch_1";
        QTest::newRow("RO typo matched by amount when asked") << "RO-4521|80.00|10:00" << "ch_1|RO-4512|80.00|10:02"
                                                             << "" << true << "1=ch_1" << "" << "" << "";
        QTest::newRow("wrong amount: a difference") << "RO-5|100.00|" << "ch_1|RO-5|110.00|" << "" << false << ""
                                                    << "RO-5:-1000" << "" << "";
        QTest::newRow("no RO: amount and the closest time") << "|75.00|10:00" << "ch_1||75.00|10:20;ch_2||75.00|09:50"
                                                           << "" << false << "1=ch_2" << "" << "" << "ch_1";
        QTest::newRow("no RO: outside the time window") << "|75.00|10:00" << "ch_1||75.00|11:00" << "" << false << ""
                                                       << "" << "1" << "ch_1";
        QTest::newRow("no RO, no time: the only payment of that amount") << "|60.00|" << "ch_1||60.00|12:00" << ""
                                                                         << false << "1=ch_1" << "" << "" << "";
        QTest::newRow("no RO, no time, two candidates: left to a person")
            << "|60.00|" << "ch_1||60.00|12:00;ch_2||60.00|13:00" << "" << false << "" << "" << "1" << "ch_1,ch_2";
        QTest::newRow("two equal lines take two payments") << "|40.00|09:00;|40.00|09:01"
                                                          << "ch_1||40.00|09:00;ch_2||40.00|09:02" << "" << false
                                                          << "1=ch_1;2=ch_2" << "" << "" << "";
        QTest::newRow("an RO line never takes another RO's payment by amount")
            << "RO-7|75.00|10:00;|75.00|10:00" << "ch_1|RO-8|75.00|10:00" << "" << false << "2=ch_1" << "" << "1" << "";
        QTest::newRow("refund: negative line by RO") << "RO-6|-20.00|" << "" << "re_1|RO-6|20.00|15:00" << false
                                                     << "1=re_1" << "" << "" << "";
        QTest::newRow("refund: negative line by amount and time") << "|-20.00|15:10" << ""
                                                                  << "re_1||20.00|15:00" << false << "1=re_1" << ""
                                                                  << "" << "";
        QTest::newRow("refund line does not take a payment") << "RO-9|-20.00|10:00" << "ch_1|RO-9|20.00|10:00" << ""
                                                             << false << "" << "" << "1" << "ch_1";
        QTest::newRow("sale and refund of one RO") << "RO-10|100.00|;RO-10|-30.00|" << "ch_1|RO-10|100.00|09:00"
                                                   << "re_1|RO-10|30.00|16:00" << false << "1=ch_1;2=re_1" << "" << ""
                                                   << "";
    }
    void dmsRules()
    {
        QFETCH(QString, lines);
        QFETCH(QString, payments);
        QFETCH(QString, refunds);
        QFETCH(bool, unknownRoByAmount);
        QFETCH(QString, matches);
        QFETCH(QString, differences);
        QFETCH(QString, unmatchedLines);
        QFETCH(QString, unmatchedPayments);
        MatchOptions options;
        options.amountMatchForUnknownRo = unknownRoByAmount;
        const MatchOutcome out = Matcher(options).matchDms(linesOf(lines), paymentsOf(payments), refundsOf(refunds));
        QCOMPARE(groupsText(out.groups), matches);
        QStringList diffs;
        for (const AmountDifference& d : out.differences)
            diffs.append(d.roNumber + QLatin1Char(':') + QString::number(d.difference()));
        QCOMPARE(diffs.join(QLatin1Char(';')), differences);
        QStringList lineIds;
        for (const qint64 id : out.unmatchedDmsLineIds)
            lineIds.append(QString::number(id));
        QCOMPARE(lineIds.join(QLatin1Char(',')), unmatchedLines);
        QCOMPARE(out.unmatchedPaymentIds.join(QLatin1Char(',')), unmatchedPayments);
    }

    void deposits_data()
    {
        QTest::addColumn<QString>("payouts");   // id|amount|arrival|status
        QTest::addColumn<QString>("deposits");  // amount|date (ids 1, 2, ...)
        QTest::addColumn<QString>("matches");
        QTest::newRow("same day") << "po_1|500.00|2026-11-30|paid" << "500.00|2026-11-30" << "d1,po_1";
        QTest::newRow("Friday payout, Tuesday deposit: 2 business days")
            << "po_1|500.00|2026-11-27|paid" << "500.00|2026-12-01" << "d1,po_1";
        QTest::newRow("Friday payout, Wednesday deposit: 3 business days")
            << "po_1|500.00|2026-11-27|paid" << "500.00|2026-12-02" << "";
        QTest::newRow("deposit a day early") << "po_1|500.00|2026-12-01|paid" << "500.00|2026-11-30" << "d1,po_1";
        QTest::newRow("different amount") << "po_1|500.00|2026-11-30|paid" << "500.01|2026-11-30" << "";
        QTest::newRow("the closest arrival wins") << "po_1|500.00|2026-11-26|paid;po_2|500.00|2026-11-30|paid"
                                                  << "500.00|2026-11-30" << "d1,po_2";
        QTest::newRow("a failed payout never arrives") << "po_1|500.00|2026-11-30|failed" << "500.00|2026-11-30" << "";
        QTest::newRow("debits are not deposits") << "po_1|500.00|2026-11-30|paid" << "-500.00|2026-11-30" << "";
    }
    void deposits()
    {
        QFETCH(QString, payouts);
        QFETCH(QString, deposits);
        QFETCH(QString, matches);
        QList<PayoutItem> po;
        for (const QString& item : payouts.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList f = item.split(QLatin1Char('|'));
            po.append({f.at(0), QString(), money(f.at(1)), QStringLiteral("usd"), f.at(3),
                       QDate::fromString(f.at(2), Qt::ISODate)});
        }
        QList<BankDeposit> dep;
        for (const QString& item : deposits.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList f = item.split(QLatin1Char('|'));
            BankDeposit d;
            d.id = dep.size() + 1;
            d.amount = money(f.at(0));
            d.postedDate = QDate::fromString(f.at(1), Qt::ISODate);
            dep.append(d);
        }
        QCOMPARE(groupsText(Matcher().matchDeposits(po, dep).groups), matches);
    }

    void businessDays_data()
    {
        QTest::addColumn<QDate>("a");
        QTest::addColumn<QDate>("b");
        QTest::addColumn<int>("days");
        QTest::newRow("same day") << QDate(2026, 11, 30) << QDate(2026, 11, 30) << 0;
        QTest::newRow("Fri to Mon") << QDate(2026, 11, 27) << QDate(2026, 11, 30) << 1;
        QTest::newRow("Mon to Fri") << QDate(2026, 11, 30) << QDate(2026, 12, 4) << 4;
        QTest::newRow("backwards") << QDate(2026, 12, 1) << QDate(2026, 11, 27) << -2;
        QTest::newRow("Saturday counts as Monday") << QDate(2026, 11, 27) << QDate(2026, 11, 28) << 1;
        QTest::newRow("before 1970") << QDate(1969, 12, 26) << QDate(1969, 12, 29) << 1;
    }
    void businessDays()
    {
        QFETCH(QDate, a);
        QFETCH(QDate, b);
        QFETCH(int, days);
        QCOMPARE(Matcher::businessDaysBetween(a, b), days);
    }

    void reconcileThroughTheStore()
    {
        test::ReconFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        // Card payments of the day (Toronto), one refund, payouts; a payment of the day before is not the day's.
        QVERIFY(f.addCharge(QStringLiteral("ch_a"), 12500, QStringLiteral("RO-1001"), timeOf(QStringLiteral("09:05")), 436));
        QVERIFY(f.addCharge(QStringLiteral("ch_b1"), 10000, QStringLiteral("RO-1002"), timeOf(QStringLiteral("10:00")), 355));
        QVERIFY(f.addCharge(QStringLiteral("ch_b2"), 20000, QStringLiteral("RO-1002"), timeOf(QStringLiteral("10:02")), 680));
        QVERIFY(f.addCharge(QStringLiteral("ch_typo"), 8000, QStringLiteral("RO-1003"), timeOf(QStringLiteral("11:00")), 290));
        QVERIFY(f.addCharge(QStringLiteral("ch_wrong"), 5000, QStringLiteral("RO-1004"), timeOf(QStringLiteral("12:00")), 193));
        QVERIFY(f.addCharge(QStringLiteral("ch_noro"), 7500, QString(), timeOf(QStringLiteral("13:10")), 274));
        QVERIFY(f.addCharge(QStringLiteral("ch_missing"), 9900, QStringLiteral("RO-1006"), timeOf(QStringLiteral("14:00")), 352));
        QVERIFY(f.addCharge(QStringLiteral("ch_yesterday"), 12500, QStringLiteral("RO-0999"),
                            test::ReconFixture::at(kDay.addDays(-1), QTime(23, 30), kZone)));
        QVERIFY(f.addRefund(QStringLiteral("re_1"), QStringLiteral("ch_a"), 2500, timeOf(QStringLiteral("16:00"))));
        QVERIFY(f.addPayout(QStringLiteral("po_fri"), 100000, test::ReconFixture::at(QDate(2026, 11, 27), QTime(12, 0), kZone)));
        QVERIFY(f.linkPayout(QStringLiteral("po_fri"), {QStringLiteral("ch_yesterday")}));

        DmsImportRequest dms;
        dms.content = "Date,Time,RO,Customer,Amount\n"
                      "2026-11-30,09:00,RO-1001,Ann,125.00\n"
                      "2026-11-30,10:00,RO-1002,Ben,300.00\n"   // split payment
                      "2026-11-30,11:00,RO-1030,Cy,80.00\n"     // RO typo
                      "2026-11-30,12:00,RO-1004,Dee,55.00\n"    // wrong amount
                      "2026-11-30,13:00,,Eve,75.00\n"           // no RO: amount and time
                      "2026-11-30,15:00,RO-1007,Fay,42.00\n"    // no card payment
                      "2026-11-30,16:00,RO-1001,Ann,-25.00\n";  // refund
        dms.timeZone = kZone;
        dms.rooftopId = f.rooftopId;
        QVERIFY(f.service().importDms(f.manager, dms).ok());
        BankImportRequest bank;
        bank.content = "Date,Amount,Description\n2026-11-30,\"1,000.00\",STRIPE\n2026-11-30,33.00,OTHER\n";
        bank.rooftopId = f.rooftopId;
        QVERIFY(f.service().importBank(f.manager, bank).ok());

        const DayKey day{kDay, f.rooftopId, kZone};
        const auto r = f.service().reconcile(f.manager, day);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const DayReport& report = r.value();
        QCOMPARE(report.dmsLines.size(), 7);
        QCOMPARE(report.payments.size(), 7); // not yesterday's
        QCOMPARE(report.matches.size(), 5);  // RO-1001, RO-1002 split, amount+time, refund, payout↔deposit
        QCOMPARE(report.differences.size(), 1);
        QCOMPARE(report.differences.first().roNumber, QStringLiteral("RO-1004"));
        QCOMPARE(report.differences.first().difference(), qint64(500));
        QCOMPARE(report.unmatchedDmsLineIds.size(), 2);           // the typo and the line with no payment
        QCOMPARE(report.unmatchedPaymentIds, QStringList({QStringLiteral("ch_typo"), QStringLiteral("ch_missing")}));
        QCOMPARE(report.unmatchedDepositIds.size(), 1);
        QCOMPARE(report.totals.paymentsTotal, qint64(12500 + 30000 + 8000 + 5000 + 7500 + 9900));
        QCOMPARE(report.totals.refundsTotal, qint64(2500));
        QCOMPARE(report.totals.depositsMatched, qint64(100000));
        QCOMPARE(report.paymentsWithoutPayout.size(), 7);
        QCOMPARE(report.state.rowVersion, qint64(3)); // import, bank import, the automatic matches

        // Again: nothing new is matched and nothing is duplicated.
        const auto again = f.service().reconcile(f.manager, day);
        QVERIFY(again.ok());
        QCOMPARE(again.value().matches.size(), 5);
        QCOMPARE(again.value().state.rowVersion, qint64(3));

        // A person fixes the typo by hand; undoing an automatic match keeps it from coming back automatically.
        const qint64 typoLine = report.unmatchedDmsLineIds.first();
        const auto manual = f.service().matchManually(
            f.manager, {day, {{typoLine}, {QStringLiteral("ch_typo")}, {}, {}, {}}, QStringLiteral("RO typo in the DMS"),
                        again.value().state.rowVersion});
        QVERIFY2(manual.ok(), qPrintable(manual.ok() ? QString() : manual.error().message));
        QVERIFY(manual.value().manual);
        const Match autoMatch = again.value().matches.first();
        QVERIFY(f.service().unmatch(f.manager, day, autoMatch.id, QStringLiteral("wrong customer"), 4).ok());
        const auto after = f.service().reconcile(f.manager, day);
        QVERIFY(after.ok());
        QCOMPARE(after.value().matches.size(), 5); // the manual one in, the undone one not back
        QCOMPARE(after.value().unmatchedDmsLineIds.size(), 2);
        // A note is required, and an item already matched cannot be matched again.
        const auto noNote = f.service().matchManually(
            f.manager, {day, {{typoLine}, {QStringLiteral("ch_missing")}, {}, {}, {}}, QString(), 5});
        QVERIFY(!noNote.ok());
        QCOMPARE(noNote.error().code, Error::Code::Validation);
        QCOMPARE(noNote.error().fieldErrors.size(), 1);
        const auto twice = f.service().matchManually(
            f.manager, {day, {{typoLine}, {QStringLiteral("ch_missing")}, {}, {}, {}}, QStringLiteral("again"), 5});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, Error::Code::Conflict);
    }

    void manyLinesAreMatchedQuickly()
    {
        // A smoke of PERF-4 (the figures are printed by tests/bench/bench_reconcile): 20,000 lines by RO.
        QList<DmsLine> lines;
        QList<PaymentItem> payments;
        for (int i = 0; i < 20000; ++i) {
            DmsLine l;
            l.id = i + 1;
            l.roNumber = QStringLiteral("RO-%1").arg(i);
            l.roKey = normalizeRoNumber(l.roNumber);
            l.amount = 1000 + i;
            lines.append(l);
            payments.append({QStringLiteral("ch_%1").arg(i), QString(), l.roNumber, l.roKey, QString(), 0, l.amount, 0,
                             0, QStringLiteral("usd"), QString()});
        }
        QElapsedTimer timer;
        timer.start();
        const MatchOutcome out = Matcher().matchDms(lines, payments, {});
        QCOMPARE(out.groups.size(), 20000);
        QVERIFY(timer.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "test_matcher.moc"
