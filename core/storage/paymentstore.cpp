#include "paymentstore.h"

#include "database.h"
#include "refundrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace dp::store {
namespace {

// The columns of a PaymentRow, and whether a refund of the payment has an unknown outcome (PAY-5).
const QString& columns()
{
    static const QString list =
        QStringLiteral("id, account_id, currency, status, customer, email, ro_number, consultant, team, description,"
                       " card_brand, card_last4, receipt_url, receipt_number, payment_intent, payout_id, failure,"
                       " created, amount, fee, net, refunded, request_id,"
                       " EXISTS (SELECT 1 FROM pending_ops po WHERE po.kind = 'refund' AND po.subject = payments.id"
                       " AND po.state IN (%1)) AS refund_unresolved")
            .arg(QLatin1String(kUnresolvedRefundStates));
    return list;
}

PaymentRow readRow(const QSqlQuery& q)
{
    const QSqlRecord rec = q.record();
    const auto text = [&](const char* column) { return q.value(rec.indexOf(QLatin1String(column))).toString(); };
    const auto number = [&](const char* column) { return q.value(rec.indexOf(QLatin1String(column))).toLongLong(); };
    PaymentRow r;
    r.id = text("id");
    r.accountId = text("account_id");
    r.currency = text("currency");
    r.state = paymentStateFromKey(text("status"));
    r.customer = text("customer");
    r.email = text("email");
    r.roNumber = text("ro_number");
    r.consultant = text("consultant");
    r.team = text("team");
    r.description = text("description");
    r.cardBrand = text("card_brand");
    r.cardLast4 = text("card_last4");
    r.receiptUrl = text("receipt_url");
    r.receiptNumber = text("receipt_number");
    r.paymentIntent = text("payment_intent");
    r.payoutId = text("payout_id");
    r.failure = text("failure");
    r.created = number("created");
    r.amount = number("amount");
    r.fee = number("fee");
    r.net = number("net");
    r.refunded = number("refunded");
    r.requestId = number("request_id");
    r.refundUnresolved = number("refund_unresolved") != 0;
    return r;
}

void bindValues(QSqlQuery& q, const QVariantList& binds)
{
    for (const QVariant& b : binds)
        q.addBindValue(b);
}

QString sortExpression(PaymentColumn column)
{
    switch (column) {
    case PaymentColumn::Created: return QStringLiteral("created");
    case PaymentColumn::Customer: return QStringLiteral("customer");
    case PaymentColumn::RoNumber: return QStringLiteral("ro_number");
    case PaymentColumn::Amount: return QStringLiteral("amount");
    case PaymentColumn::Fee: return QStringLiteral("fee");
    case PaymentColumn::Refunded: return QStringLiteral("refunded");
    case PaymentColumn::Kept: return QStringLiteral("kept"); // stored (schema v5) so that it sorts on an index
    case PaymentColumn::State: return QStringLiteral("status");
    case PaymentColumn::Consultant: return QStringLiteral("consultant");
    case PaymentColumn::Team: return QStringLiteral("team");
    case PaymentColumn::Account: return QStringLiteral("account_id");
    case PaymentColumn::Payout: return QStringLiteral("payout_id");
    }
    return QStringLiteral("created");
}

// "smith 10452" -> "smith"* AND "10452"* (each word a prefix; quotes keep FTS syntax out of the user's text).
QString ftsQuery(const QString& search)
{
    QStringList terms;
    const QStringList words = search.split(QRegularExpression(QStringLiteral("[\\s\"]+")), Qt::SkipEmptyParts);
    for (const QString& w : words)
        terms.append(QLatin1Char('"') + w + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

// Above this many matches a search reads the sort index in order (see keysetPage).
constexpr int kManyMatches = 4000;

} // namespace

PaymentStore::PaymentStore(Database& db) : m_db(db)
{
}

QString PaymentStore::whereClause(const PaymentScope& scope, const PaymentFilter& f, QVariantList& binds,
                                  bool scanSortIndex) const
{
    QStringList where{scope.paymentsCondition({}, binds)};
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        if (m_db.isSqlite()) {
            where.append((scanSortIndex ? QStringLiteral("+rowid") : QStringLiteral("rowid"))
                         + QStringLiteral(" IN (SELECT rowid FROM payments_fts WHERE payments_fts MATCH ?)"));
            binds.append(ftsQuery(search));
        } else {
            QStringList any;
            for (const char* c : {"customer", "ro_number", "consultant", "description", "email", "id"}) {
                any.append(QLatin1String(c) + QStringLiteral(" ILIKE ?"));
                binds.append(QString(QLatin1Char('%') + search + QLatin1Char('%')));
            }
            where.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        }
    }
    if (!f.states.isEmpty()) {
        QStringList marks;
        for (PaymentState s : f.states) {
            marks.append(QStringLiteral("?"));
            binds.append(paymentStateKey(s));
        }
        where.append(QStringLiteral("status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    }
    if (f.from > 0) {
        where.append(QStringLiteral("created >= ?"));
        binds.append(f.from);
    }
    if (f.to > 0) {
        where.append(QStringLiteral("created < ?"));
        binds.append(f.to);
    }
    const std::pair<const QString*, const char*> exact[] = {
        {&f.team, "team = ?"}, {&f.consultant, "consultant = ?"}, {&f.accountId, "account_id = ?"}};
    for (const auto& [value, sql] : exact) {
        if (!value->isEmpty()) {
            where.append(QLatin1String(sql));
            binds.append(*value);
        }
    }
    return QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void PaymentStore::rememberMatches(const QString& search, bool many)
{
    const QMutexLocker lock(&m_matchesMutex);
    if (m_manyMatches.size() >= 64)
        m_manyMatches.clear();
    m_manyMatches.insert(search, many);
}

bool PaymentStore::searchMatchesMany(const QString& search)
{
    {
        const QMutexLocker lock(&m_matchesMutex);
        if (const auto known = m_manyMatches.constFind(search); known != m_manyMatches.constEnd())
            return known.value();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM payments_fts WHERE payments_fts MATCH ? LIMIT %1)")
                  .arg(kManyMatches));
    q.addBindValue(ftsQuery(search));
    if (!q.exec() || !q.next())
        return false;
    const bool many = q.value(0).toLongLong() >= kManyMatches;
    rememberMatches(search, many);
    return many;
}

Result<qint64> PaymentStore::count(const PaymentScope& scope, const PaymentFilter& filter)
{
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    const QString search = filter.search.trimmed();
    const bool searchOnly = filter.states.isEmpty() && filter.from <= 0 && filter.to <= 0 && filter.team.isEmpty()
                            && filter.consultant.isEmpty() && filter.accountId.isEmpty();
    if (m_db.isSqlite() && !search.isEmpty() && searchOnly && scope.kind == PaymentScope::Kind::Everything) {
        // Every row of the full-text index is a payment: count the matches without reading the payments.
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM payments_fts WHERE payments_fts MATCH ?"));
        binds.append(ftsQuery(search));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM payments") + whereClause(scope, filter, binds));
    }
    bindValues(q, binds);
    if (!q.exec() || !q.next())
        return storeError(QCoreApplication::translate("Store", "count the payments"), q.lastError().text());
    const qint64 counted = q.value(0).toLongLong();
    if (m_db.isSqlite() && !search.isEmpty() && searchOnly && scope.kind == PaymentScope::Kind::Everything)
        rememberMatches(search, counted >= kManyMatches); // the first page of this search need not ask again
    return counted;
}

Result<QList<PaymentRow>> PaymentStore::page(const PaymentScope& scope, const PaymentFilter& filter, qint64 offset,
                                             int limit)
{
    QVariantList binds;
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The id breaks ties so that pages never overlap or skip rows.
    const QString sql = QStringLiteral("SELECT %1 FROM payments").arg(columns())
                        + whereClause(scope, filter, binds) + QStringLiteral(" ORDER BY ")
                        + sortExpression(filter.sortColumn) + direction + QStringLiteral(", id") + direction
                        + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindValues(q, binds);
    if (!q.exec())
        return storeError(QCoreApplication::translate("Store", "read the payments"), q.lastError().text());
    QList<PaymentRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

Result<QList<PaymentRow>> PaymentStore::keysetPage(const PaymentScope& scope, const PaymentFilter& filter,
                                                   const PageKey& key, bool backward, qint64 skip, int limit)
{
    QVariantList binds;
    const QString sortColumn = sortExpression(filter.sortColumn);
    // A search matching many rows: read the sort index in order and keep the matches (the first page comes after a
    // few thousand entries); matching few: look those few up and sort them.
    const bool scan = m_db.isSqlite() && !filter.search.trimmed().isEmpty() && searchMatchesMany(filter.search.trimmed());
    QString where = whereClause(scope, filter, binds, scan);
    const bool descending = filter.descending != backward; // the order rows are read in
    if (!key.isNull()) {
        // A row value: SQLite and PostgreSQL both read it as a range of the (column, id) index.
        where += QStringLiteral(" AND (%1, id) %2 (?, ?)").arg(sortColumn, descending ? QStringLiteral("<") : QStringLiteral(">"));
        binds.append(key.value);
        binds.append(key.id);
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql = QStringLiteral("SELECT %1, %2 AS sort_key FROM payments").arg(columns(), sortColumn) + where
                        + QStringLiteral(" ORDER BY ") + sortColumn + direction + QStringLiteral(", id") + direction
                        + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(qMax<qint64>(0, skip));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindValues(q, binds);
    if (!q.exec())
        return storeError(QCoreApplication::translate("Store", "read the payments"), q.lastError().text());
    QList<PaymentRow> rows;
    rows.reserve(limit);
    const int sortKey = q.record().indexOf(QStringLiteral("sort_key"));
    while (q.next()) {
        rows.append(readRow(q));
        rows.last().sortKey = q.value(sortKey);
    }
    if (backward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<PaymentRow> PaymentStore::byId(const PaymentScope& scope, const QString& id)
{
    auto rows = byIds(scope, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) // not in the store, or not the reader's to see: the same answer
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("Store", "This payment is not in the local store. Refresh and try again."), {}};
    return rows->first();
}

Result<QList<PaymentRow>> PaymentStore::byIds(const PaymentScope& scope, const QStringList& ids)
{
    QList<PaymentRow> rows;
    constexpr qsizetype kChunk = 200; // stays under every driver's bind-value limit
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QVariantList binds;
        const QString scoped = scope.paymentsCondition({}, binds);
        QStringList marks;
        for (const QString& id : chunk) {
            marks.append(QStringLiteral("?"));
            binds.append(id);
        }
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM payments WHERE %2 AND id IN (%3)")
                      .arg(columns(), scoped, marks.join(QLatin1Char(','))));
        bindValues(q, binds);
        if (!q.exec())
            return storeError(QCoreApplication::translate("Store", "read the payments"), q.lastError().text());
        while (q.next())
            rows.append(readRow(q));
    }
    return rows;
}

Result<QStringList> PaymentStore::distinctValues(const PaymentScope& scope, const QString& column)
{
    static const QStringList allowed{QStringLiteral("team"), QStringLiteral("consultant"), QStringLiteral("account_id")};
    QStringList out;
    if (!allowed.contains(column))
        return out;
    // A skip scan of the (column, id) index: one lookup per distinct value instead of a pass over every row, so
    // that the filter lists of a million payments come at once (PERF-6). Ascending, as ORDER BY would give them.
    QVariantList binds;
    const QString first = scope.paymentsCondition({}, binds);
    const QString next = scope.paymentsCondition({}, binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("WITH RECURSIVE d(v) AS (SELECT MIN(%1) FROM payments WHERE %1 > '' AND %2"
                             " UNION ALL SELECT (SELECT MIN(%1) FROM payments WHERE %1 > d.v AND %3) FROM d"
                             " WHERE d.v IS NOT NULL) SELECT v FROM d WHERE v IS NOT NULL")
                  .arg(column, first, next));
    bindValues(q, binds);
    if (!q.exec())
        return storeError(QCoreApplication::translate("Store", "read the payments"), q.lastError().text());
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QList<RefundRow>> PaymentStore::refundsOf(const PaymentScope& scope, const QString& chargeId)
{
    QVariantList binds{chargeId};
    const QString scoped = scope.paymentsCondition(QStringLiteral("p"), binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT f.id, f.charge_id, f.currency, f.reason, f.status, f.requested_by, f.amount, f.created"
                             " FROM refunds f JOIN payments p ON p.id = f.charge_id WHERE f.charge_id = ? AND %1"
                             " ORDER BY f.created, f.id").arg(scoped));
    bindValues(q, binds);
    if (!q.exec())
        return storeError(QCoreApplication::translate("Store", "read the refunds"), q.lastError().text());
    QList<RefundRow> out;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        const auto text = [&](const char* column) { return q.value(rec.indexOf(QLatin1String(column))).toString(); };
        RefundRow r;
        r.id = text("id");
        r.chargeId = text("charge_id");
        r.currency = text("currency");
        r.reason = text("reason");
        r.status = text("status");
        r.requestedBy = text("requested_by");
        r.amount = q.value(rec.indexOf(QLatin1String("amount"))).toLongLong();
        r.created = q.value(rec.indexOf(QLatin1String("created"))).toLongLong();
        out.append(r);
    }
    return out;
}

bool PaymentStore::upsertCharges(QSqlDatabase& db, const QString& accountId, const QList<api::Charge>& charges,
                                 QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO payments (id, account_id, created, amount, currency, fee, net, refunded, status, customer, email,"
        " ro_number, consultant, team, description, card_brand, card_last4, receipt_url, receipt_number,"
        " payment_intent, balance_txn, failure, kept) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT (id) DO UPDATE SET amount = excluded.amount, fee = excluded.fee, net = excluded.net,"
        " kept = excluded.kept,"
        " refunded = excluded.refunded, status = excluded.status, customer = excluded.customer,"
        " email = excluded.email, ro_number = excluded.ro_number, consultant = excluded.consultant,"
        " team = excluded.team, description = excluded.description, card_brand = excluded.card_brand,"
        " card_last4 = excluded.card_last4, receipt_url = excluded.receipt_url,"
        " receipt_number = excluded.receipt_number, balance_txn = excluded.balance_txn, failure = excluded.failure"));
    for (const api::Charge& c : charges) {
        const PaymentState state = paymentStateFor(c.status, c.amount, c.amountRefunded);
        const QVariantList values{c.id, accountId, c.created, c.amount, c.currency, c.fee, c.net, c.amountRefunded,
                                  paymentStateKey(state), c.customerName, c.email, c.roNumber,
                                  c.consultant, c.team, c.description, c.cardBrand, c.cardLast4, c.receiptUrl,
                                  c.receiptNumber, c.paymentIntent, c.balanceTransactionId, c.failureMessage,
                                  keptAmount(state, c.amount, c.fee, c.amountRefunded)};
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QString(QLatin1String(""))) : v);
        }
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace dp::store
