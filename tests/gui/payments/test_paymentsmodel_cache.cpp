// PERF-2: the payments model's bounded block cache on a store of a few thousand payments (tests/bench/storemaker.h):
// every row gets its place at once (Ctrl+End) without reading the rows between, a row not read says "Loading…" until
// its block arrives, a block far from the rows shown is evicted (and its ids leave the lookup hash), and reading it
// again gives the same rows as the store's own order.
#include "storemaker.h"

#include "auth/authorizer.h"
#include "payments/paymentqueries.h"
#include "payments/paymentsmodel.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace dp;
using dp::ui::PaymentsModel;

class TestPaymentsModelCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<Authorizer> m_auth;
    std::unique_ptr<PaymentQueries> m_queries;
    Session m_admin;
    QStringList m_order; // every charge id, newest first (the store's order, read by OFFSET)

    bool settled(const PaymentsModel& model) { return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000); }
    bool read(PaymentsModel& model, int row)
    {
        model.data(model.index(row, 0)); // as the view does when it paints the row
        return QTest::qWaitFor([&] { return model.isCached(row); }, 20000);
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        QCOMPARE(bench::makePaymentStore(path, 3'000, 7), QString());
        store::Database::Options options;
        options.path = path;
        m_db = std::make_unique<store::Database>(options);
        QVERIFY(m_db->open().ok());
        m_auth = std::make_unique<Authorizer>(*m_db);
        m_queries = std::make_unique<PaymentQueries>(*m_db, *m_auth);
        m_admin.userId = 1;
        m_admin.role = Role::Admin;
        const auto all = m_queries->page(m_admin, {}, 0, 10'000);
        QVERIFY(all.ok());
        for (const store::PaymentRow& r : all.value())
            m_order.append(r.id);
        QCOMPARE(m_order.size(), 3'000);
    }

    void farBlockIsEvictedAndReadAgain()
    {
        PaymentsModel model(*m_queries, m_admin);
        model.setMaxCachedBlocks(3);
        model.setFilter({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), PaymentsModel::kBlockSize);
        QCOMPARE(model.rowAt(0)->id, m_order.first());
        QCOMPARE(model.rowOf(m_order.first()), 0);

        // Ctrl+End: 3,000 places, of which only the first block is read.
        model.showAllRows();
        QCOMPARE(model.rowCount(), 3'000);
        QCOMPARE(model.cachedBlockCount(), 1);
        QCOMPARE(model.data(model.index(2'999, PaymentsModel::Date)).toString(), PaymentsModel::tr("Loading…"));
        QVERIFY(read(model, 2'999));
        QCOMPARE(model.rowAt(2'999)->id, m_order.last());
        QCOMPARE(model.rowOf(m_order.last()), 2'999);
        QVERIFY(!model.isCached(1'500)); // nothing between was read

        // The view moves to the middle: the blocks there are read (keyset from the nearest known row or an end).
        for (int row : {1'500, 1'700, 1'900}) {
            QVERIFY(read(model, row));
            QCOMPARE(model.rowAt(row)->id, m_order.at(row));
            QCOMPARE(model.rowOf(m_order.at(row)), row);
        }
        QVERIFY(model.cachedBlockCount() <= 3);
        QVERIFY(!model.isCached(0)); // the farthest block went first
        QCOMPARE(model.rowOf(m_order.first()), -1);
        QVERIFY(model.rowAt(0) == nullptr);

        // Back to the top: read again, the same rows in the same places.
        QVERIFY(read(model, 0));
        for (int row = 0; row < PaymentsModel::kBlockSize; ++row)
            QCOMPARE(model.rowAt(row)->id, m_order.at(row));
        QVERIFY(model.cachedBlockCount() <= 3);
    }

    void blocksAfterEvictionStayInOrder()
    {
        // Grown block by block (fetchMore) with a small cache: every block, read again after eviction, matches.
        PaymentsModel model(*m_queries, m_admin);
        model.setMaxCachedBlocks(2);
        model.setFilter({});
        QVERIFY(settled(model));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(settled(model));
        }
        QCOMPARE(model.rowCount(), 3'000);
        QVERIFY(model.cachedBlockCount() <= 2);
        for (int row = 0; row < 3'000; row += 317) {
            QVERIFY(read(model, row));
            QCOMPARE(model.rowAt(row)->id, m_order.at(row));
        }
    }
};

QTEST_MAIN(TestPaymentsModelCache)
#include "test_paymentsmodel_cache.moc"
