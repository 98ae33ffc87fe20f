// PERF-2: keyset paging of the payments table (PaymentStore::keysetPage) read forward and backward on every sort
// column, with many ties, gives exactly the order of the store's ORDER BY — no row skipped or read twice, the last
// page read from the end as the first from the start — within each role's scope (SEC-1), and with prefix search
// through the full-text index. Schema 6 gives every sortable column its (column, id) index.
#include "storage/database.h"
#include "storage/paymentstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace dp;
using dp::store::PageKey;
using dp::store::PaymentColumn;
using dp::store::PaymentFilter;
using dp::store::PaymentRow;
using dp::store::PaymentScope;

Q_DECLARE_METATYPE(dp::store::PaymentColumn)

namespace {
constexpr int kRows = 61;
constexpr qint64 kManager = 2, kConsultant = 3;
const char* kFirst[] = {"Olivia", "Oliver", "Liam", "Emma"};
const char* kLast[] = {"Smith", "Stone", "Tremblay"};

QStringList ids(const QList<PaymentRow>& rows)
{
    QStringList out;
    for (const PaymentRow& r : rows)
        out.append(r.id);
    return out;
}

PaymentScope scopeNamed(const QString& name)
{
    PaymentScope s;
    if (name == QLatin1String("admin"))
        s.kind = PaymentScope::Kind::Everything;
    else if (name == QLatin1String("manager"))
        s = {PaymentScope::Kind::PaymentTeams, kManager};
    else if (name == QLatin1String("consultant"))
        s = {PaymentScope::Kind::OwnRequests, kConsultant};
    return s;
}
} // namespace

class TestPaymentPaging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::PaymentStore> m_store;

    // Every row of the filter, by OFFSET, as the reference order.
    QList<PaymentRow> everything(const PaymentScope& scope, const PaymentFilter& f)
    {
        return m_store->page(scope, f, 0, 10'000).value();
    }

private slots:
    void initTestCase()
    {
        store::Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("paging.sqlite"));
        m_db = std::make_unique<store::Database>(options);
        QVERIFY(m_db->open().ok());
        QVERIFY(m_db->schemaVersion() >= 6); // schema 6 holds the keyset indexes
        m_store = std::make_unique<store::PaymentStore>(*m_db);
        // Few distinct values in every column: keyset paging has to break ties by id.
        QList<api::Charge> charges;
        for (int i = 0; i < kRows; ++i) {
            api::Charge c;
            c.id = QStringLiteral("ch_%1").arg((i * 37) % kRows, 3, 10, QLatin1Char('0'));
            c.currency = QStringLiteral("usd");
            c.status = i % 9 == 0 ? QStringLiteral("failed") : QStringLiteral("succeeded");
            c.amount = 1'000 * (1 + i % 4);
            c.amountRefunded = i % 5 == 0 ? c.amount / 2 : 0;
            c.fee = 30 + 10 * (i % 3);
            c.net = c.amount - c.fee;
            c.created = 1'700'000'000 + 3600 * (i % 7);
            c.customerName = QStringLiteral("%1 %2").arg(QLatin1String(kFirst[i % 4]), QLatin1String(kLast[i % 3]));
            c.email = QStringLiteral("buyer%1@mail.test").arg(i);
            c.roNumber = QStringLiteral("RO-%1").arg(1000 + i % 10);
            c.consultant = i % 2 ? QStringLiteral("Chloe") : QStringLiteral("Marc");
            c.team = i % 3 ? QStringLiteral("Service") : QStringLiteral("Sales");
            c.description = QStringLiteral("Brake pads");
            charges.append(c);
        }
        QList<api::Charge> even, odd;
        for (int i = 0; i < kRows; ++i)
            (i % 2 ? odd : even).append(charges.at(i));
        QVERIFY(m_db->transaction([&](QSqlDatabase& db) {
            QString error;
            return store::PaymentStore::upsertCharges(db, QStringLiteral("acct_a"), even, &error)
                   && store::PaymentStore::upsertCharges(db, QStringLiteral("acct_b"), odd, &error);
        }));
        QSqlQuery q(m_db->connection());
        // The Manager is in "Service" (takes payments); the Consultant's requests were paid by every fifth charge.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO teams (id, name, takes_payments, created_at) VALUES (1, 'Service', 1, 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (1, %1)").arg(kManager)));
        for (int i = 0; i < kRows; i += 5) {
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO payment_requests (rooftop_id, account_id, consultant_id, customer_name,"
                                           " mobile, amount, currency, ro_number, state, idem_key, charge_id, created_at,"
                                           " updated_at) VALUES (1, 'acct_a', %1, 'x', '+1', 1, 'usd', 'RO', 'paid', 'k%2',"
                                           " '%3', 0, 0)").arg(kConsultant).arg(i).arg(charges.at(i).id)),
                     qPrintable(q.lastError().text()));
        }
        // Payouts on some rows, so that the payout column has ties too.
        QVERIFY(q.exec(QStringLiteral("UPDATE payments SET payout_id = 'po_' || (CAST(substr(id, 4) AS INTEGER) % 3)"
                                      " WHERE CAST(substr(id, 4) AS INTEGER) % 2 = 0")));
    }

    void everySortColumnHasAKeysetIndex()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'payments'")));
        QStringList indexes;
        while (q.next())
            indexes.append(q.value(0).toString());
        for (const char* name : {"payments_k_created", "payments_k_customer", "payments_k_ro", "payments_k_amount",
                                 "payments_k_fee", "payments_k_refunded", "payments_kept", "payments_k_status",
                                 "payments_k_consultant", "payments_k_team", "payments_k_account", "payments_k_payout"})
            QVERIFY2(indexes.contains(QLatin1String(name)), name);
    }

    void keysetMatchesTheOrder_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<PaymentColumn>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("search");
        const char* names[] = {"created", "customer", "ro", "amount", "fee", "refunded", "kept", "status",
                               "consultant", "team", "account", "payout"};
        for (const char* scope : {"admin", "manager", "consultant"}) {
            for (int c = 0; c <= int(PaymentColumn::Payout); ++c) {
                for (bool descending : {false, true})
                    QTest::addRow("%s %s %s", scope, names[c], descending ? "desc" : "asc")
                        << QString::fromLatin1(scope) << PaymentColumn(c) << descending << QString();
            }
        }
        QTest::newRow("admin search oliv") << QStringLiteral("admin") << PaymentColumn::Created << true << QStringLiteral("oliv");
        QTest::newRow("admin search smi by amount") << QStringLiteral("admin") << PaymentColumn::Amount << false << QStringLiteral("smi");
        QTest::newRow("manager search chlo by fee") << QStringLiteral("manager") << PaymentColumn::Fee << true << QStringLiteral("chlo");
    }

    void keysetMatchesTheOrder()
    {
        QFETCH(QString, scope);
        QFETCH(PaymentColumn, column);
        QFETCH(bool, descending);
        QFETCH(QString, search);
        const PaymentScope s = scopeNamed(scope);
        PaymentFilter f;
        f.sortColumn = column;
        f.descending = descending;
        f.search = search;
        const QStringList expected = ids(everything(s, f));
        QCOMPARE(qint64(expected.size()), m_store->count(s, f).value());
        QVERIFY(expected.size() >= 5);

        // Forward, 7 rows at a time, each page from the key of the last row read.
        QStringList forward;
        PageKey key;
        for (int guard = 0; guard < 100; ++guard) {
            const auto page = m_store->keysetPage(s, f, key, false, 0, 7);
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
            if (page->isEmpty())
                break;
            forward += ids(page.value());
            key = {page->last().sortKey, page->last().id};
        }
        QCOMPARE(forward, expected);

        // Backward from the last row: each page ends where the one after it started.
        QStringList backward;
        key = {};
        for (int guard = 0; guard < 100; ++guard) {
            const auto page = m_store->keysetPage(s, f, key, true, 0, 7);
            QVERIFY(page.ok());
            if (page->isEmpty())
                break;
            backward = ids(page.value()) + backward;
            key = {page->first().sortKey, page->first().id};
        }
        QCOMPARE(backward, expected);

        // From a known row with rows skipped, both ways (a block a few blocks away from the one read).
        const QList<PaymentRow> two = m_store->keysetPage(s, f, {}, false, 0, 2).value();
        const PaymentRow& anchor = two.at(1);
        const auto ahead = m_store->keysetPage(s, f, {anchor.sortKey, anchor.id}, false, 2, 2);
        QCOMPARE(ids(ahead.value()), expected.mid(4, 2));
        const auto behind = m_store->keysetPage(s, f, {}, true, 1, 3); // the three rows before the last
        QCOMPARE(ids(behind.value()), expected.mid(expected.size() - 4, 3));
    }

    void scopesStayInSql_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("rows");
        QTest::newRow("admin: every payment") << QStringLiteral("admin") << kRows;
        QTest::newRow("manager: the Service team's") << QStringLiteral("manager") << (kRows - (kRows + 2) / 3);
        QTest::newRow("consultant: own requests") << QStringLiteral("consultant") << (kRows + 4) / 5;
        QTest::newRow("nothing") << QStringLiteral("nothing") << 0;
    }

    void scopesStayInSql()
    {
        QFETCH(QString, scope);
        QFETCH(int, rows);
        const PaymentScope s = scopeNamed(scope);
        const auto page = m_store->keysetPage(s, {}, {}, true, 0, 1000);
        QCOMPARE(int(page->size()), rows);
        QCOMPARE(m_store->count(s, {}).value(), qint64(rows));
        for (const PaymentRow& r : page.value()) {
            if (scope == QLatin1String("manager"))
                QCOMPARE(r.team, QStringLiteral("Service"));
        }
    }

    void searchIsAPrefixMatch_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("rows");
        // Row i: first name kFirst[i % 4], last name kLast[i % 3], e-mail buyer<i>, charge ids ch_000 ... ch_060.
        QTest::newRow("first name prefix") << QStringLiteral("oliv") << 31; // Olivia 16, Oliver 15
        QTest::newRow("last name") << QStringLiteral("Tremblay") << 20;
        QTest::newRow("two words") << QStringLiteral("emma tremb") << 5; // i % 12 == 11
        QTest::newRow("e-mail") << QStringLiteral("buyer42") << 1;
        QTest::newRow("charge id") << QStringLiteral("ch_017") << 1;
        QTest::newRow("nothing") << QStringLiteral("zzzz") << 0;
        QTest::newRow("quotes are text") << QStringLiteral("\"oliv") << 31;
    }

    void searchIsAPrefixMatch()
    {
        QFETCH(QString, search);
        QFETCH(int, rows);
        PaymentFilter f;
        f.search = search;
        const QList<PaymentRow> found = m_store->keysetPage(scopeNamed(QStringLiteral("admin")), f, {}, false, 0, 1000).value();
        QCOMPARE(int(found.size()), rows);
        const QStringList words = search.toLower().remove(QLatin1Char('"')).split(QLatin1Char(' '));
        for (const PaymentRow& r : found) {
            const QString text = QStringList{r.id, r.customer, r.email, r.roNumber, r.consultant, r.description}.join(QLatin1Char(' ')).toLower();
            for (const QString& w : words)
                QVERIFY2(text.contains(w), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestPaymentPaging)
#include "test_paymentpaging.moc"
