// PAY-2/3/5, SEC-1: the payment states and their predicates, what the merchant keeps, who may refund what, and
// which scope each role reads payments in. One place decides each of these; the UI and the services ask it.
#include "payments/paymentqueries.h"
#include "payments/paymentstate.h"
#include "payments/refundeligibility.h"

#include <QTest>

using namespace dp;

Q_DECLARE_METATYPE(dp::PaymentState)
Q_DECLARE_METATYPE(dp::Role)
Q_DECLARE_METATYPE(dp::RefundEligibility::Refusal)
Q_DECLARE_METATYPE(dp::store::PaymentScope::Kind)

namespace {
Session sessionOf(Role role, bool inPaymentTeam)
{
    Session s;
    s.userId = 7;
    s.name = QStringLiteral("Sam");
    s.role = role;
    s.inPaymentTeam = inPaymentTeam;
    return s;
}

store::PaymentRow payment(PaymentState state, qint64 amount, qint64 fee, qint64 refunded)
{
    store::PaymentRow p;
    p.id = QStringLiteral("ch_1");
    p.currency = QStringLiteral("usd");
    p.state = state;
    p.amount = amount;
    p.fee = fee;
    p.net = amount - fee;
    p.refunded = refunded;
    return p;
}
} // namespace

class TestPaymentState : public QObject
{
    Q_OBJECT
private slots:
    void stateFromCharge_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("refunded");
        QTest::addColumn<PaymentState>("state");
        QTest::newRow("paid") << "succeeded" << qint64(10000) << qint64(0) << PaymentState::Succeeded;
        QTest::newRow("one cent refunded") << "succeeded" << qint64(10000) << qint64(1) << PaymentState::PartiallyRefunded;
        QTest::newRow("all but one cent") << "succeeded" << qint64(10000) << qint64(9999) << PaymentState::PartiallyRefunded;
        QTest::newRow("all refunded") << "succeeded" << qint64(10000) << qint64(10000) << PaymentState::Refunded;
        QTest::newRow("failed") << "failed" << qint64(10000) << qint64(0) << PaymentState::Failed;
        QTest::newRow("processing") << "pending" << qint64(10000) << qint64(0) << PaymentState::Pending;
        QTest::newRow("unknown status") << "requires_action" << qint64(10000) << qint64(0) << PaymentState::Pending;
    }
    void stateFromCharge()
    {
        QFETCH(QString, status);
        QFETCH(qint64, amount);
        QFETCH(qint64, refunded);
        QFETCH(PaymentState, state);
        QCOMPARE(paymentStateFor(status, amount, refunded), state);
    }

    void predicates_data()
    {
        QTest::addColumn<PaymentState>("state");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("settled");
        QTest::addColumn<bool>("refundable");
        QTest::addColumn<bool>("refunds");
        QTest::newRow("succeeded") << PaymentState::Succeeded << "succeeded" << "Paid" << true << true << false;
        QTest::newRow("partially refunded") << PaymentState::PartiallyRefunded << "partially_refunded"
                                            << "Partially refunded" << true << true << true;
        QTest::newRow("refunded") << PaymentState::Refunded << "refunded" << "Refunded" << true << false << true;
        QTest::newRow("failed") << PaymentState::Failed << "failed" << "Failed" << false << false << false;
        QTest::newRow("pending") << PaymentState::Pending << "pending" << "Pending" << false << false << false;
    }
    void predicates()
    {
        QFETCH(PaymentState, state);
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, settled);
        QFETCH(bool, refundable);
        QFETCH(bool, refunds);
        QCOMPARE(paymentStateKey(state), key);
        QCOMPARE(paymentStateFromKey(key), state); // the stored form reads back
        QCOMPARE(paymentStateText(state), text);
        QCOMPARE(isSettled(state), settled);
        QCOMPARE(isRefundableState(state), refundable);
        QCOMPARE(hasRefunds(state), refunds);
        QVERIFY(allPaymentStates().contains(state));
    }

    void unknownKeyIsPending() { QCOMPARE(paymentStateFromKey(QStringLiteral("bogus")), PaymentState::Pending); }

    // What the merchant keeps: the fee is not returned on a refund.
    void kept_data()
    {
        QTest::addColumn<PaymentState>("state");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<qint64>("refunded");
        QTest::addColumn<qint64>("kept");
        QTest::newRow("paid") << PaymentState::Succeeded << qint64(177230) << qint64(5790) << qint64(0) << qint64(171440);
        QTest::newRow("partly refunded") << PaymentState::PartiallyRefunded << qint64(177230) << qint64(5790)
                                         << qint64(100000) << qint64(71440);
        // The example: a fully refunded $1,772.30 payment does not leave $1,714.40 but costs the fee.
        QTest::newRow("fully refunded") << PaymentState::Refunded << qint64(177230) << qint64(5790) << qint64(177230)
                                        << qint64(-5790);
        QTest::newRow("failed: nothing moved") << PaymentState::Failed << qint64(177230) << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("pending: nothing yet") << PaymentState::Pending << qint64(177230) << qint64(5790) << qint64(0) << qint64(0);
    }
    void kept()
    {
        QFETCH(PaymentState, state);
        QFETCH(qint64, amount);
        QFETCH(qint64, fee);
        QFETCH(qint64, refunded);
        QFETCH(qint64, kept);
        QCOMPARE(keptAmount(state, amount, fee, refunded), kept);
        QCOMPARE(payment(state, amount, fee, refunded).kept(), kept);
    }

    void canRefund_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("inPaymentTeam");
        QTest::addColumn<PaymentState>("state");
        QTest::addColumn<qint64>("refunded");
        QTest::addColumn<RefundEligibility::Refusal>("refusal");
        QTest::addColumn<qint64>("refundable");
        using R = RefundEligibility::Refusal;
        QTest::newRow("admin, paid") << Role::Admin << false << PaymentState::Succeeded << qint64(0) << R::None << qint64(10000);
        QTest::newRow("manager in payment team, paid") << Role::Manager << true << PaymentState::Succeeded << qint64(0)
                                                       << R::None << qint64(10000);
        QTest::newRow("manager, partly refunded") << Role::Manager << true << PaymentState::PartiallyRefunded
                                                  << qint64(2500) << R::None << qint64(7500);
        QTest::newRow("manager outside payment teams") << Role::Manager << false << PaymentState::Succeeded << qint64(0)
                                                       << R::Role << qint64(10000);
        QTest::newRow("consultant") << Role::Consultant << true << PaymentState::Succeeded << qint64(0) << R::Role
                                    << qint64(10000);
        QTest::newRow("fully refunded") << Role::Admin << false << PaymentState::Refunded << qint64(10000)
                                        << R::FullyRefunded << qint64(0);
        QTest::newRow("failed") << Role::Admin << false << PaymentState::Failed << qint64(0) << R::NotSettled << qint64(0);
        QTest::newRow("pending") << Role::Admin << false << PaymentState::Pending << qint64(0) << R::NotSettled << qint64(0);
    }
    void canRefund()
    {
        QFETCH(Role, role);
        QFETCH(bool, inPaymentTeam);
        QFETCH(PaymentState, state);
        QFETCH(qint64, refunded);
        QFETCH(RefundEligibility::Refusal, refusal);
        QFETCH(qint64, refundable);
        const RefundEligibility e = dp::canRefund(sessionOf(role, inPaymentTeam), payment(state, 10000, 355, refunded));
        QCOMPARE(e.refusal, refusal);
        QCOMPARE(e.allowed(), refusal == RefundEligibility::Refusal::None);
        QCOMPARE(e.reason.isEmpty(), e.allowed()); // a refusal always says why
        QCOMPARE(e.refundable, refundable);
    }

    void signedOutCannotRefund()
    {
        Session nobody;
        QVERIFY(!dp::canRefund(nobody, payment(PaymentState::Succeeded, 10000, 355, 0)));
    }

    void scope_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("inPaymentTeam");
        QTest::addColumn<store::PaymentScope::Kind>("kind");
        using K = store::PaymentScope::Kind;
        QTest::newRow("admin") << Role::Admin << false << K::Everything;
        QTest::newRow("manager in payment team") << Role::Manager << true << K::PaymentTeams;
        QTest::newRow("manager outside payment teams") << Role::Manager << false << K::OwnRequests;
        QTest::newRow("consultant") << Role::Consultant << true << K::OwnRequests;
    }
    void scope()
    {
        QFETCH(Role, role);
        QFETCH(bool, inPaymentTeam);
        QFETCH(store::PaymentScope::Kind, kind);
        const store::PaymentScope s = paymentScopeFor(sessionOf(role, inPaymentTeam));
        QCOMPARE(s.kind, kind);
        QCOMPARE(s.userId, qint64(7));
        QCOMPARE(paymentScopeFor(Session{}).kind, store::PaymentScope::Kind::Nothing); // signed out: nothing
    }
};

QTEST_APPLESS_MAIN(TestPaymentState)
#include "test_paymentstate.moc"
