// PAY-5, REL-2 through the real refund dialog: after a refund whose reply was cut or whose connection was reset,
// Back then Continue, Cancel then reopening, never make a second refund (the server holds exactly one); Enter in
// the amount field does the dialog's main action and Escape cancels.
#include "guitest.h"
#include "paymentfixture.h"

#include "api/apiclient.h"
#include "common/async.h"
#include "context/appcontext.h"
#include "payments/paymentqueries.h"
#include "foundation/money.h"
#include "payments/refunddialog.h"
#include "payments/refundservice.h"
#include "storage/paymentstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dp;
using dp::test::click;
using dp::test::screenshot;
using dp::test::typeInto;
using dp::test::visible;

class TestGuiRefundRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTest(); }
    void init();
    void cleanup();
    void backThenContinueAfterAnUnknownOutcome_data();
    void backThenContinueAfterAnUnknownOutcome();
    void reopeningShowsTheUnknownOutcomeAndChecks();
    void enterDoesTheMainActionEscapeCancels();

private:
    int serverRefunds()
    {
        const auto r = f->app().api().get(QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), m_charge}},
                                          f->account);
        return int(r.json.value(QLatin1String("data")).toArray().size());
    }
    // Every attempt of the client's POST /v1/refunds (one try and its four retries) fails the same way (twice as
    // many resets: libcurl itself sends again once when a reused connection is reset).
    void failEveryAttempt(const QString& mode)
    {
        const int attempts = f->app().api().config().maxRetries + 1;
        QVERIFY(f->app().api().post(QStringLiteral("/v1/test_helpers/faults"),
                                    {{QStringLiteral("path"), QStringLiteral("/v1/refunds")},
                                     {QStringLiteral("method"), QStringLiteral("POST")},
                                     {QStringLiteral("mode"), mode},
                                     {QStringLiteral("count"), mode == QLatin1String("reset") ? 2 * attempts : attempts}},
                                    {}).ok());
    }
    QDialog* openDialog()
    {
        m_dialog = new ui::RefundDialog(f->app(), f->manager, m_charge);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->show();
        return m_dialog;
    }
    // Types the amount, Continue, then Refund: the refund is sent.
    void sendRefund(const QString& amount)
    {
        typeInto(visible<QLineEdit>(QStringLiteral("refundAmountEdit")), amount);
        QVERIFY(click(visible<QPushButton>(QStringLiteral("refundContinueButton"))));
        QTRY_VERIFY(visible(QStringLiteral("refundConfirmButton")));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("refundConfirmButton"))));
    }

    std::unique_ptr<test::PaymentFixture> f;
    QString m_charge;
    QPointer<QDialog> m_dialog;
};

void TestGuiRefundRecovery::init()
{
    f = std::make_unique<test::PaymentFixture>();
    QVERIFY2(f->ok(), qPrintable(f->error()));
    f->app().api().setSleeper([](int) {});
    auto paid = f->paidRequest(f->consultant, 20000);
    QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().message));
    m_charge = f->app().payments().page(f->admin, {}, 0, 1)->first().id;
}

void TestGuiRefundRecovery::cleanup()
{
    delete m_dialog;
    ui::waitForPendingWork();
    f.reset();
}

void TestGuiRefundRecovery::backThenContinueAfterAnUnknownOutcome_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("reply cut: the server made it") << QStringLiteral("truncate");
    QTest::newRow("connection reset: the server never got it") << QStringLiteral("reset");
}

void TestGuiRefundRecovery::backThenContinueAfterAnUnknownOutcome()
{
    QFETCH(QString, mode);
    failEveryAttempt(mode);
    QPointer<QDialog> dialog = openDialog();
    QSignalSpy refunded(dialog.data(), SIGNAL(refunded(dp::RefundRecord)));
    sendRefund(QStringLiteral("50.00"));
    QTRY_VERIFY_WITH_TIMEOUT(visible(QStringLiteral("refundSubmitError")), 20000);
    QVERIFY(visible<QLabel>(QStringLiteral("refundSubmitError"))->text().contains(QStringLiteral("outcome unknown")));
    f->app().api().del(QStringLiteral("/v1/test_helpers/faults"));
    QVERIFY(visible<QPushButton>(QStringLiteral("refundConfirmButton"))->isDefault()); // Enter: Try again
    screenshot(dialog, QStringLiteral("refund-outcome-unknown"));

    // Back keeps the refund: the form shows it, locked, as "Refund outcome unknown — checking".
    QVERIFY(click(visible<QPushButton>(QStringLiteral("refundBackButton"))));
    QTRY_VERIFY(visible(QStringLiteral("refundOutcomeStatus")));
    QVERIFY(visible<QLabel>(QStringLiteral("refundOutcomeStatus"))->text().startsWith(QStringLiteral("Refund outcome unknown")));
    QCOMPARE(visible<QLineEdit>(QStringLiteral("refundAmountEdit"))->text(), formatMoney(5000, QStringLiteral("usd")));
    QVERIFY(!visible<QLineEdit>(QStringLiteral("refundAmountEdit"))->isEnabled());
    screenshot(dialog, QStringLiteral("refund-outcome-unknown-back"));

    // Continue asks the server first: a refund it made is recorded and the dialog closes; one it never got is
    // shown again for confirmation and sent with the same key.
    QVERIFY(click(visible<QPushButton>(QStringLiteral("refundContinueButton"))));
    if (mode == QLatin1String("reset")) {
        QTRY_VERIFY(visible(QStringLiteral("refundConfirmButton")));
        QVERIFY(click(visible<QPushButton>(QStringLiteral("refundConfirmButton"))));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 20000);
    QCOMPARE(refunded.count(), 1);
    QCOMPARE(serverRefunds(), 1);
    QCOMPARE(f->app().payments().byId(f->admin, m_charge)->refunded, qint64(5000));
    QVERIFY(!f->app().refunds().unresolvedFor(m_charge));
}

void TestGuiRefundRecovery::reopeningShowsTheUnknownOutcomeAndChecks()
{
    failEveryAttempt(QStringLiteral("truncate"));
    QPointer<QDialog> dialog = openDialog();
    sendRefund(QStringLiteral("75.00"));
    QTRY_VERIFY_WITH_TIMEOUT(visible(QStringLiteral("refundSubmitError")), 20000);
    f->app().api().del(QStringLiteral("/v1/test_helpers/faults"));
    QTest::keyClick(dialog, Qt::Key_Escape); // Cancel keeps the refund of unknown outcome
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(f->app().refunds().unresolvedFor(m_charge));

    QPointer<QDialog> again = openDialog();
    QSignalSpy refunded(again.data(), SIGNAL(refunded(dp::RefundRecord)));
    QVERIFY(visible<QLabel>(QStringLiteral("refundOutcomeStatus"))->text().startsWith(QStringLiteral("Refund outcome unknown")));
    QTRY_VERIFY_WITH_TIMEOUT(refunded.count() == 1, 20000); // the check found it at the server
    QTRY_VERIFY(visible<QLabel>(QStringLiteral("refundOutcomeStatus"))->text().contains(QStringLiteral("was made")));
    QVERIFY(visible<QLineEdit>(QStringLiteral("refundAmountEdit"))->isEnabled());
    QCOMPARE(visible<QLineEdit>(QStringLiteral("refundAmountEdit"))->text(), formatMoney(12500, QStringLiteral("usd")));
    screenshot(again, QStringLiteral("refund-outcome-checked"));
    QCOMPARE(serverRefunds(), 1);
    QCOMPARE(f->app().payments().byId(f->admin, m_charge)->refunded, qint64(7500));
    // After the check Enter is Continue again (not the button the focus fell on while Continue was busy).
    QVERIFY(visible<QPushButton>(QStringLiteral("refundContinueButton"))->isDefault());
    typeInto(visible<QLineEdit>(QStringLiteral("refundAmountEdit")), QStringLiteral("10.00"));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : again.data(), Qt::Key_Return);
    QTRY_VERIFY(visible(QStringLiteral("refundConfirmButton")));
    QVERIFY(again && again->isVisible());
}

void TestGuiRefundRecovery::enterDoesTheMainActionEscapeCancels()
{
    QPointer<QDialog> dialog = openDialog();
    QLineEdit* amount = visible<QLineEdit>(QStringLiteral("refundAmountEdit"));
    QVERIFY(visible<QPushButton>(QStringLiteral("refundContinueButton"))->isDefault());
    // Enter in the amount field with a bad amount: the error shows, the dialog stays with what was typed.
    typeInto(amount, QStringLiteral("12,34,5"));
    QTest::keyClick(amount, Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY(visible(QStringLiteral("refundAmountError")));
    QCOMPARE(amount->text(), QStringLiteral("12,34,5"));
    // Enter with a good amount: Continue, to the confirmation, where Refund is the default.
    typeInto(amount, QStringLiteral("20.00"));
    QTest::keyClick(amount, Qt::Key_Enter);
    QTRY_VERIFY(visible(QStringLiteral("refundConfirmButton")));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(visible<QPushButton>(QStringLiteral("refundConfirmButton"))->isDefault());
    QCOMPARE(serverRefunds(), 0); // nothing sent before confirming
    // Back, then Escape: canceled, nothing sent.
    QVERIFY(click(visible<QPushButton>(QStringLiteral("refundBackButton"))));
    QTRY_VERIFY(visible(QStringLiteral("refundAmountEdit")));
    QTest::keyClick(visible<QLineEdit>(QStringLiteral("refundAmountEdit")), Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(serverRefunds(), 0);

    // Enter on the confirmation sends the refund once.
    QPointer<QDialog> again = openDialog();
    typeInto(visible<QLineEdit>(QStringLiteral("refundAmountEdit")), QStringLiteral("20.00"));
    QTest::keyClick(visible<QLineEdit>(QStringLiteral("refundAmountEdit")), Qt::Key_Return);
    QTRY_VERIFY(visible(QStringLiteral("refundConfirmButton")));
    QTest::keyClick(again, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!again || !again->isVisible(), 20000);
    QCOMPARE(serverRefunds(), 1);
}

QTEST_MAIN(TestGuiRefundRecovery)
#include "test_gui_refund_recovery.moc"
