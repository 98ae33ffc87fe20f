#include "payoutlistrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dp::store {
namespace {

const char* kSelect = "SELECT p.id, p.account_id, p.amount, p.currency, p.status, p.arrival_date, p.created,"
                      " COALESCE(r.id, 0) AS rooftop_id, COALESCE(r.name, '') AS rooftop_name"
                      " FROM payouts p LEFT JOIN rooftops r ON r.account_id = p.account_id";

PayoutListRow readRow(const QSqlQuery& q)
{
    PayoutListRow row;
    row.id = q.value(0).toString();
    row.accountId = q.value(1).toString();
    row.amount = q.value(2).toLongLong();
    row.currency = q.value(3).toString();
    row.status = q.value(4).toString();
    row.arrivalDate = q.value(5).toLongLong();
    row.created = q.value(6).toLongLong();
    row.rooftopId = q.value(7).toLongLong();
    row.rooftopName = q.value(8).toString();
    return row;
}

Error readError(const QSqlQuery& q)
{
    return storeError(QCoreApplication::translate("PayoutListRepository", "read the payouts"), q.lastError().text());
}

} // namespace

PayoutListRepository::PayoutListRepository(Database& db) : m_db(db)
{
}

Result<QList<PayoutListRow>> PayoutListRepository::list(std::optional<qint64> from, std::optional<qint64> to,
                                                        std::optional<qint64> rooftopId)
{
    QString sql = QString::fromLatin1(kSelect) + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (from) {
        sql += QStringLiteral(" AND p.arrival_date >= ?");
        values.append(*from);
    }
    if (to) {
        sql += QStringLiteral(" AND p.arrival_date < ?");
        values.append(*to);
    }
    if (rooftopId) {
        sql += QStringLiteral(" AND r.id = ?");
        values.append(*rooftopId);
    }
    sql += QStringLiteral(" ORDER BY p.arrival_date DESC, p.created DESC, p.id");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    bindAll(q, values);
    if (!q.exec())
        return readError(q);
    QList<PayoutListRow> rows;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

Result<std::optional<PayoutListRow>> PayoutListRepository::find(const QString& payoutId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE p.id = ?"));
    q.addBindValue(payoutId);
    if (!q.exec())
        return readError(q);
    if (!q.next())
        return std::optional<PayoutListRow>();
    return std::optional<PayoutListRow>(readRow(q));
}

} // namespace dp::store
