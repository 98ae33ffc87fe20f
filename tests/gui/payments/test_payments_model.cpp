// PAY-2/3: the payments table model over a few thousand demo payments — lazy fetching on a worker,
// QAbstractItemModelTester through sorting and filtering, sort order of every column (with "You keep" sorted in SQL),
// filters checked against the rows themselves, and the debounced search and filters of the view, where a Manager
// sees only the payments of their payment-taking team (SEC-1).
#include "guitest.h"
#include "paymentsguitest.h"
#include "testenv.h"

#include "payments/paymentsmodel.h"
#include "payments/paymentstext.h"
#include "payments/paymentsview.h"
#include "context/appcontext.h"
#include "onboarding/connectionservice.h"
#include "demo/demoseed.h"
#include "payments/syncservice.h"
#include "auth/userservice.h"
#include "payments/paymentqueries.h"
#include "storage/paymentstore.h"
#include "foundation/money.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace dp;
using dp::store::PaymentColumn;
using dp::store::PaymentFilter;
using dp::store::PaymentRow;
using dp::ui::PaymentsModel;

Q_DECLARE_METATYPE(dp::store::PaymentColumn)

namespace {
// The model answers on a worker: wait until the query it started has been applied.
bool settled(const PaymentsModel& model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
}

Session demoUser(AppContext& ctx, Role role)
{
    for (const UserInfo& user : ctx.users().demoUsers()) {
        if (user.role == role)
            return ctx.users().login(user.email, UserService::kDemoPassword).value();
    }
    return {};
}
} // namespace

class TestPaymentsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncCursorIsNotInTheFuture();
    void fetchesLazilyInBlocks();
    void passesModelTesterThroughSortAndFilter();
    void sortsEveryColumn_data();
    void sortsEveryColumn();
    void filtersMatchTheRows_data();
    void filtersMatchTheRows();
    void showsRooftopNamesAndFormattedAmounts();
    void viewDebouncesSearchAndFilters();

private:
    QList<PaymentRow> allRows(const PaymentFilter& filter = {});

    std::unique_ptr<test::TestEnv> m_env;
    Session m_admin; // reads every payment
    QList<PaymentRow> m_all; // every payment, newest first
    QHash<QString, QString> m_rooftops;
};

void TestPaymentsModel::initTestCase()
{
    test::prepareGuiTest();
    m_env = std::make_unique<test::TestEnv>(QStringLiteral("demo"));
    QVERIFY2(m_env->ok(), qPrintable(m_env->error()));
    AppContext& ctx = m_env->app();
    const Status seeded = seedDemoWorkspace(ctx, QStringLiteral("Demo"));
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
    const auto synced = ctx.sync().run();
    QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().message));
    m_admin = demoUser(ctx, Role::Admin);
    QVERIFY(m_admin.isValid());
    m_all = allRows();
    QVERIFY2(m_all.size() > 1000, qPrintable(QStringLiteral("only %1 demo payments").arg(m_all.size())));
    m_rooftops = ui::rooftopNames(ctx);
    QVERIFY(m_rooftops.size() >= 2);
}

QList<PaymentRow> TestPaymentsModel::allRows(const PaymentFilter& filter)
{
    PaymentsModel model(m_env->app().payments(), m_admin);
    model.setFilter(filter);
    if (!settled(model))
        qFatal("the payments model did not answer");
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!settled(model))
            qFatal("the payments model did not answer");
    }
    QList<PaymentRow> rows;
    for (int i = 0; i < model.rowCount(); ++i)
        rows.append(*model.rowAt(i));
    return rows;
}

// Known bug (sandbox/demopayments.cpp and SyncService::applyEvents): the demo profile dates the refunds due today
// at 12:30 UTC even before that time; SyncService moves its event cursor to the newest event's `created` and so
// skips every new payment until the clock passes it. (TestGuiPaymentsFlow works around it to reach the UI.)
void TestPaymentsModel::syncCursorIsNotInTheFuture()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 cursor = test::latestEventCursor(m_env->app());
    QVERIFY2(cursor <= now, qPrintable(QStringLiteral("the sync's event cursor is %1 s in the future: payments made "
                                                      "now are not synced until then")
                                           .arg(cursor - now)));
}

void TestPaymentsModel::fetchesLazilyInBlocks()
{
    PaymentsModel model(m_env->app().payments(), m_admin);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 0); // the query runs on a worker: nothing changes until it answers
    QVERIFY(model.isLoading());
    QVERIFY(settled(model));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.totalCount(), qint64(m_all.size()));
    QCOMPARE(model.rowCount(), PaymentsModel::kBlockSize); // not everything at once
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    model.fetchMore({}); // one block at a time: a second call while the first is on its way is ignored
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 2 * PaymentsModel::kBlockSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), PaymentsModel::kBlockSize);
    QCOMPARE(inserted.first().at(2).toInt(), 2 * PaymentsModel::kBlockSize - 1);

    int fetches = 2;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(settled(model));
        ++fetches;
    }
    QCOMPARE(model.rowCount(), m_all.size());
    QCOMPARE(fetches, int((m_all.size() + PaymentsModel::kBlockSize - 1) / PaymentsModel::kBlockSize));
    QSet<QString> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids.insert(model.rowAt(i)->id);
    QCOMPARE(ids.size(), m_all.size()); // pages neither overlap nor skip

    // A refresh keeps what was loaded; a new filter starts again with one block.
    model.refresh();
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), m_all.size());
    PaymentFilter failed;
    failed.states = {PaymentState::Failed};
    model.setFilter(failed);
    QVERIFY(settled(model));
    QVERIFY(model.rowCount() <= PaymentsModel::kBlockSize);

    // A newer filter replaces an answer still on its way: only the last one is applied.
    PaymentFilter refunded;
    refunded.states = {PaymentState::Refunded};
    model.setFilter({});
    model.setFilter(refunded);
    QVERIFY(settled(model));
    QVERIFY(model.rowCount() > 0);
    for (int i = 0; i < model.rowCount(); ++i)
        QCOMPARE(model.rowAt(i)->state, PaymentState::Refunded);
}

void TestPaymentsModel::passesModelTesterThroughSortAndFilter()
{
    PaymentsModel model(m_env->app().payments(), m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QVERIFY(settled(model));
    model.fetchMore({});
    QVERIFY(settled(model));
    for (int column = 0; column < PaymentsModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.fetchMore({}); // ignored while the sort is on its way
        QVERIFY(settled(model));
        model.fetchMore({});
        model.sort(column, Qt::DescendingOrder); // replaces the block on its way
        QVERIFY(settled(model));
    }
    const PaymentRow sample = m_all.at(m_all.size() / 2);
    PaymentFilter f = model.filter();
    f.search = sample.roNumber;
    model.setFilter(f);
    QVERIFY(settled(model));
    QVERIFY(model.rowCount() >= 1);
    f.search = QStringLiteral("zzzz-no-such-customer");
    model.setFilter(f);
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    f = {};
    f.states = {PaymentState::Succeeded, PaymentState::PartiallyRefunded};
    f.accountId = sample.accountId;
    f.from = sample.created - 30 * 86400;
    f.to = sample.created + 1;
    model.setFilter(f);
    QVERIFY(settled(model));
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(settled(model));
    }
    model.refresh();
    QVERIFY(settled(model));
    model.setRooftopNames(m_rooftops);
    model.setFilter({});
    QVERIFY(settled(model));
}

void TestPaymentsModel::sortsEveryColumn_data()
{
    QTest::addColumn<int>("column");
    const char* names[] = {"date", "customer", "ro", "amount", "fee", "refunded", "you keep", "state", "consultant",
                           "team", "rooftop", "payout"};
    for (int c = 0; c < PaymentsModel::ColumnCount; ++c) {
        QTest::addRow("%s ascending", names[c]) << c;
        QTest::addRow("%s descending", names[c]) << -1 - c;
    }
}

void TestPaymentsModel::sortsEveryColumn()
{
    QFETCH(int, column);
    const bool descending = column < 0;
    const int c = descending ? -1 - column : column;
    PaymentsModel model(m_env->app().payments(), m_admin);
    model.setFilter({});
    model.sort(c, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QCOMPARE(int(model.filter().sortColumn), c);
    QCOMPARE(model.filter().descending, descending);
    QVERIFY(settled(model));
    model.fetchMore({});
    QVERIFY(settled(model));
    // Numbers numerically and dates chronologically (raw values), text as the store orders it.
    auto key = [c](const PaymentRow& r) -> QVariant {
        switch (PaymentColumn(c)) {
        case PaymentColumn::Created: return r.created;
        case PaymentColumn::Amount: return r.amount;
        case PaymentColumn::Fee: return r.fee;
        case PaymentColumn::Refunded: return r.refunded;
        case PaymentColumn::Kept: return r.kept(); // sorted in SQL on the stored column: the same value
        case PaymentColumn::Customer: return r.customer;
        case PaymentColumn::RoNumber: return r.roNumber;
        case PaymentColumn::State: return paymentStateKey(r.state);
        case PaymentColumn::Consultant: return r.consultant;
        case PaymentColumn::Team: return r.team;
        case PaymentColumn::Account: return r.accountId;
        case PaymentColumn::Payout: return r.payoutId;
        }
        return {};
    };
    int changes = 0;
    for (int i = 1; i < model.rowCount(); ++i) {
        const QVariant a = key(*model.rowAt(i - 1));
        const QVariant b = key(*model.rowAt(i));
        const auto order = QVariant::compare(a, b);
        QVERIFY2(descending ? order != QPartialOrdering::Less : order != QPartialOrdering::Greater,
                 qPrintable(QStringLiteral("row %1: %2 then %3").arg(i).arg(a.toString(), b.toString())));
        changes += order != QPartialOrdering::Equivalent ? 1 : 0;
    }
    if (c == int(PaymentColumn::Amount) || c == int(PaymentColumn::Created) || c == int(PaymentColumn::Kept))
        QVERIFY(changes > 0);
    if (c == int(PaymentColumn::Amount) && !descending) // numerically: $9.00 before $10.00 before $100.00
        QVERIFY(model.rowAt(0)->amount <= model.rowAt(model.rowCount() - 1)->amount);
}

void TestPaymentsModel::filtersMatchTheRows_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"state failed", "state refunded", "state partially_refunded", "team", "consultant",
                             "rooftop", "date range", "search RO", "search customer"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestPaymentsModel::filtersMatchTheRows()
{
    QFETCH(QString, kind);
    const PaymentRow& sample = m_all.at(m_all.size() / 3);
    PaymentFilter f;
    std::function<bool(const PaymentRow&)> matches;
    if (kind.startsWith(QLatin1String("state "))) {
        const PaymentState state = paymentStateFromKey(kind.mid(6));
        f.states = {state};
        matches = [state](const PaymentRow& r) { return r.state == state; };
    } else if (kind == QLatin1String("team")) {
        f.team = sample.team;
        matches = [&](const PaymentRow& r) { return r.team == sample.team; };
    } else if (kind == QLatin1String("consultant")) {
        f.consultant = sample.consultant;
        matches = [&](const PaymentRow& r) { return r.consultant == sample.consultant; };
    } else if (kind == QLatin1String("rooftop")) {
        f.accountId = sample.accountId;
        matches = [&](const PaymentRow& r) { return r.accountId == sample.accountId; };
    } else if (kind == QLatin1String("date range")) {
        f.from = sample.created - 7 * 86400;
        f.to = sample.created + 1;
        matches = [&](const PaymentRow& r) { return r.created >= f.from && r.created < f.to; };
    } else if (kind == QLatin1String("search RO")) {
        f.search = sample.roNumber;
        matches = [&](const PaymentRow& r) { return r.id == sample.id; }; // at least this one
    } else {
        f.search = sample.customer.section(QLatin1Char(' '), -1); // the last name
        matches = [&](const PaymentRow& r) { return r.customer.contains(f.search, Qt::CaseInsensitive); };
    }
    qsizetype expected = 0;
    for (const PaymentRow& r : std::as_const(m_all))
        expected += matches(r) ? 1 : 0;
    QVERIFY2(expected > 0, "the demo data has no row for this filter");
    const QList<PaymentRow> got = allRows(f);
    if (kind.startsWith(QLatin1String("search"))) {
        QVERIFY(got.size() >= expected);
        QVERIFY(std::any_of(got.cbegin(), got.cend(), [&](const PaymentRow& r) { return r.id == sample.id; }));
        QVERIFY(got.size() < m_all.size());
        return;
    }
    QCOMPARE(got.size(), expected);
    for (const PaymentRow& r : got)
        QVERIFY(matches(r));
}

void TestPaymentsModel::showsRooftopNamesAndFormattedAmounts()
{
    PaymentsModel model(m_env->app().payments(), m_admin);
    model.setRooftopNames(m_rooftops);
    model.setFilter({});
    QVERIFY(settled(model));
    QVERIFY(model.rowCount() > 0);
    bool sawRefunded = false;
    for (int i = 0; i < model.rowCount(); ++i) {
        const PaymentRow* r = model.rowAt(i);
        const QString rooftop = model.index(i, PaymentsModel::Rooftop).data().toString();
        QCOMPARE(rooftop, m_rooftops.value(r->accountId));
        QVERIFY(!rooftop.startsWith(QLatin1String("acct_")));
        QCOMPARE(model.index(i, PaymentsModel::Amount).data().toString(), formatMoney(r->amount, r->currency));
        const auto align = Qt::Alignment(model.index(i, PaymentsModel::Kept).data(Qt::TextAlignmentRole).toInt());
        QVERIFY(align & Qt::AlignRight);
        QCOMPARE(model.index(i, PaymentsModel::State).data().toString(), paymentStateText(r->state));
        // "You keep" is amount − fee − refunded: a fully refunded payment keeps nothing but costs its fee.
        if (isSettled(r->state))
            QCOMPARE(model.index(i, PaymentsModel::Kept).data().toString(),
                     formatMoney(r->amount - r->fee - r->refunded, r->currency));
        else
            QVERIFY(model.index(i, PaymentsModel::Kept).data().toString().isEmpty());
        if (r->state == PaymentState::Refunded) {
            sawRefunded = true;
            QCOMPARE(model.index(i, PaymentsModel::Kept).data().toString(), formatMoney(-r->fee, r->currency));
        }
        QCOMPARE(model.index(i, 0).data(PaymentsModel::ChargeIdRole).toString(), r->id);
    }
    QVERIFY2(sawRefunded, "no fully refunded payment in the first block");
    for (int column = 0; column < PaymentsModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    // Each money column is named for what it holds, with a tooltip saying so.
    QCOMPARE(model.headerData(PaymentsModel::Kept, Qt::Horizontal).toString(), QStringLiteral("You keep"));
    for (int column : {PaymentsModel::Amount, PaymentsModel::Fee, PaymentsModel::Refunded, PaymentsModel::Kept})
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestPaymentsModel::viewDebouncesSearchAndFilters()
{
    AppContext& ctx = m_env->app();
    const Session session = demoUser(ctx, Role::Manager);
    QVERIFY(session.isValid() && session.can(Permission::Refund));
    // The demo Manager is in "Service cashiers": the payments of other teams ("Sales desk") are not theirs (SEC-1).
    QList<PaymentRow> mine;
    for (const PaymentRow& r : std::as_const(m_all)) {
        if (r.team == QLatin1String("Service cashiers"))
            mine.append(r);
    }
    QVERIFY(!mine.isEmpty() && mine.size() < m_all.size());
    ui::PaymentsView view(ctx, session);
    view.resize(1400, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    PaymentsModel* model = view.model();
    QTRY_COMPARE(model->totalCount(), qint64(mine.size()));
    QVERIFY(settled(*model));
    auto* count = view.findChild<QLabel*>(QStringLiteral("paymentsCount"));
    QVERIFY2(count->text().contains(QLocale().toString(mine.size())), qPrintable(count->text()));
    auto* teams = view.findChild<QComboBox*>(QStringLiteral("teamFilter"));
    QCOMPARE(teams->count(), 2); // "All teams" and their own
    QCOMPARE(teams->itemText(1), QStringLiteral("Service cashiers"));
    QVERIFY(view.findChild<QWidget*>(QStringLiteral("refundButton"))->isVisible());
    test::screenshot(&view, QStringLiteral("40-payments-table"));

    // Typing a whole RO number resets the model once, about 200 ms after the last key.
    const PaymentRow& sample = mine.at(42);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    test::typeInto(view.findChild<QLineEdit*>(QStringLiteral("paymentsSearch")), sample.roNumber);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model->totalCount(), qint64(mine.size()));
    QTRY_COMPARE_WITH_TIMEOUT(resets.size(), 1, 2000);
    QTest::qWait(2 * ui::PaymentsView::kSearchDelayMs);
    QCOMPARE(resets.size(), 1);
    QVERIFY(model->totalCount() >= 1 && model->totalCount() < 10);
    QVERIFY(model->rowOf(sample.id) >= 0);
    view.findChild<QLineEdit*>(QStringLiteral("paymentsSearch"))->clear();
    QTRY_COMPARE(model->totalCount(), qint64(mine.size()));

    // Filters apply at once; the rooftop filter lists names, never account ids.
    auto* rooftops = view.findChild<QComboBox*>(QStringLiteral("rooftopFilter"));
    QCOMPARE(rooftops->count(), 1 + m_rooftops.size());
    for (int i = 1; i < rooftops->count(); ++i)
        QVERIFY(!rooftops->itemText(i).startsWith(QLatin1String("acct_")));
    rooftops->setCurrentIndex(rooftops->findData(sample.accountId));
    QCOMPARE(model->filter().accountId, sample.accountId);
    auto* states = view.findChild<QComboBox*>(QStringLiteral("stateFilter"));
    states->setCurrentIndex(states->findData(int(PaymentState::Failed)));
    qsizetype failed = 0;
    for (const PaymentRow& r : std::as_const(mine))
        failed += r.state == PaymentState::Failed && r.accountId == sample.accountId ? 1 : 0;
    QTRY_COMPARE(model->totalCount(), qint64(failed));
    QVERIFY(settled(*model));
    for (int i = 0; i < model->rowCount(); ++i)
        QCOMPARE(model->index(i, PaymentsModel::Rooftop).data().toString(), m_rooftops.value(sample.accountId));
    test::screenshot(&view, QStringLiteral("41-payments-filtered"));

    // The header sorts through the store.
    view.findChild<QPushButton*>(QStringLiteral("clearFiltersButton"))->click();
    QTRY_COMPARE(model->totalCount(), qint64(mine.size()));
    QVERIFY(settled(*model));
    view.table()->sortByColumn(PaymentsModel::Amount, Qt::AscendingOrder);
    QCOMPARE(model->filter().sortColumn, PaymentColumn::Amount);
    QVERIFY(settled(*model));
    QVERIFY(model->rowAt(0)->amount <= model->rowAt(1)->amount);
    view.table()->sortByColumn(PaymentsModel::Date, Qt::DescendingOrder);
    QVERIFY(settled(*model));
    QCOMPARE(model->rowAt(0)->id, mine.first().id);
    // A fully refunded payment cannot be refunded again; core says why, on the button.
    PaymentFilter refunded = model->filter();
    refunded.states = {PaymentState::Refunded};
    model->setFilter(refunded);
    QVERIFY(settled(*model));
    QVERIFY(model->rowCount() > 0);
    view.table()->selectRow(0);
    auto* refund = view.findChild<QPushButton*>(QStringLiteral("refundButton"));
    QVERIFY(!refund->isEnabled());
    QCOMPARE(refund->toolTip(), canRefund(session, *model->rowAt(0)).reason);
}

QTEST_MAIN(TestPaymentsModel)
#include "test_payments_model.moc"
