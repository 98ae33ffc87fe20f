#include "paymentstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace dp::store {
namespace {

const char* kColumns = "id, account_id, currency, status, customer, email, ro_number, consultant, team, description,"
                       " card_brand, card_last4, receipt_url, receipt_number, payment_intent, payout_id, failure,"
                       " created, amount, fee, net, refunded, request_id";

PaymentRow readRow(const QSqlQuery& q)
{
    PaymentRow r;
    int i = 0;
    for (QString* s : {&r.id, &r.accountId, &r.currency, &r.state, &r.customer, &r.email, &r.roNumber, &r.consultant,
                       &r.team, &r.description, &r.cardBrand, &r.cardLast4, &r.receiptUrl, &r.receiptNumber,
                       &r.paymentIntent, &r.payoutId, &r.failure})
        *s = q.value(i++).toString();
    for (qint64* n : {&r.created, &r.amount, &r.fee, &r.net, &r.refunded, &r.requestId})
        *n = q.value(i++).toLongLong();
    return r;
}

QString sortExpression(PaymentColumn column)
{
    switch (column) {
    case PaymentColumn::Created: return QStringLiteral("created");
    case PaymentColumn::Customer: return QStringLiteral("customer");
    case PaymentColumn::RoNumber: return QStringLiteral("ro_number");
    case PaymentColumn::Amount: return QStringLiteral("amount");
    case PaymentColumn::Fee: return QStringLiteral("fee");
    case PaymentColumn::Net: return QStringLiteral("net");
    case PaymentColumn::Refunded: return QStringLiteral("refunded");
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

} // namespace

PaymentStore::PaymentStore(Database& db) : m_db(db)
{
}

QString PaymentStore::stateFor(const QString& chargeStatus, qint64 amount, qint64 refunded)
{
    if (chargeStatus != QLatin1String("succeeded"))
        return chargeStatus == QLatin1String("failed") ? QStringLiteral("failed") : QStringLiteral("pending");
    if (refunded >= amount && amount > 0)
        return QStringLiteral("refunded");
    if (refunded > 0)
        return QStringLiteral("partially_refunded");
    return QStringLiteral("succeeded");
}

QString PaymentStore::whereClause(const PaymentFilter& f, QVariantList& binds) const
{
    QStringList where;
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        if (m_db.isSqlite()) {
            where.append(QStringLiteral("rowid IN (SELECT rowid FROM payments_fts WHERE payments_fts MATCH ?)"));
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
        for (const QString& s : f.states) {
            marks.append(QStringLiteral("?"));
            binds.append(s);
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
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

Result<qint64> PaymentStore::count(const PaymentFilter& filter)
{
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM payments") + whereClause(filter, binds));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return storeError(QCoreApplication::translate("Store", "count the payments"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<QList<PaymentRow>> PaymentStore::page(const PaymentFilter& filter, qint64 offset, int limit)
{
    QVariantList binds;
    const QString order = sortExpression(filter.sortColumn) + (filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    // The id breaks ties so that pages never overlap or skip rows.
    const QString sql = QStringLiteral("SELECT %1 FROM payments").arg(QLatin1String(kColumns)) + whereClause(filter, binds) +
                        QStringLiteral(" ORDER BY ") + order + QStringLiteral(", id") +
                        (filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")) +
                        QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return storeError(QCoreApplication::translate("Store", "read the payments"), q.lastError().text());
    QList<PaymentRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

std::optional<PaymentRow> PaymentStore::byId(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM payments WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readRow(q);
    return std::nullopt;
}

QStringList PaymentStore::distinctValues(const QString& column)
{
    static const QStringList allowed{QStringLiteral("team"), QStringLiteral("consultant"), QStringLiteral("account_id")};
    QStringList out;
    if (!allowed.contains(column))
        return out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM payments WHERE %1 <> '' ORDER BY %1").arg(column))) {
        while (q.next())
            out.append(q.value(0).toString());
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
        " payment_intent, balance_txn, failure) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT (id) DO UPDATE SET amount = excluded.amount, fee = excluded.fee, net = excluded.net,"
        " refunded = excluded.refunded, status = excluded.status, customer = excluded.customer,"
        " email = excluded.email, ro_number = excluded.ro_number, consultant = excluded.consultant,"
        " team = excluded.team, description = excluded.description, card_brand = excluded.card_brand,"
        " card_last4 = excluded.card_last4, receipt_url = excluded.receipt_url,"
        " receipt_number = excluded.receipt_number, balance_txn = excluded.balance_txn, failure = excluded.failure"));
    for (const api::Charge& c : charges) {
        const QVariantList values{c.id, accountId, c.created, c.amount, c.currency, c.fee, c.net, c.amountRefunded,
                                  stateFor(c.status, c.amount, c.amountRefunded), c.customerName, c.email, c.roNumber,
                                  c.consultant, c.team, c.description, c.cardBrand, c.cardLast4, c.receiptUrl,
                                  c.receiptNumber, c.paymentIntent, c.balanceTransactionId, c.failureMessage};
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
