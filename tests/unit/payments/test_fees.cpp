// PAY-2: 3.25 % + $0.30 per successful charge, in integer cents, percentage rounded half up.
#include "payments/fees.h"

#include <QTest>

using namespace dp;

class TestFees : public QObject
{
    Q_OBJECT
private slots:
    void fee_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("fee");
        QTest::newRow("$100.00") << qint64(10000) << qint64(325 + 30);
        QTest::newRow("$1.00: 3.25c rounds down") << qint64(100) << qint64(3 + 30);
        QTest::newRow("$0.50 minimum") << qint64(50) << qint64(2 + 30);   // 1.625c -> 2
        QTest::newRow("exactly half a cent rounds up") << qint64(200) << qint64(7 + 30); // 6.5c -> 7
        QTest::newRow("just under half") << qint64(199) << qint64(6 + 30);  // 6.4675c -> 6
        QTest::newRow("$12.34") << qint64(1234) << qint64(40 + 30);         // 40.105c -> 40
        QTest::newRow("$15.54: 50.505c") << qint64(1554) << qint64(51 + 30);
        QTest::newRow("$50,000.00 limit") << qint64(5'000'000) << qint64(162'500 + 30);
        QTest::newRow("$999,999.99") << qint64(99'999'999) << qint64(3'250'000 + 30); // 3249999.9675 -> 3250000
        QTest::newRow("zero") << qint64(0) << qint64(0);
    }
    void fee()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, fee);
        QCOMPARE(fees::platformFee(amount), fee);
        QCOMPARE(fees::net(amount), amount - fee);
    }
};

QTEST_APPLESS_MAIN(TestFees)
#include "test_fees.moc"
