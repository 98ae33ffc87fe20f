#include "paymentexportrepository.h"

#include "database.h"
#include "sqlstatement.h"

#include <QCoreApplication>

namespace dp::store {

PaymentExportRepository::PaymentExportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QStringList PaymentExportRepository::exportableColumns()
{
    return {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("created"), QStringLiteral("amount"),
            QStringLiteral("currency"), QStringLiteral("fee"), QStringLiteral("net"), QStringLiteral("refunded"),
            QStringLiteral("kept"), QStringLiteral("status"), QStringLiteral("customer"), QStringLiteral("email"),
            QStringLiteral("ro_number"), QStringLiteral("consultant"), QStringLiteral("team"),
            QStringLiteral("description"), QStringLiteral("card_brand"), QStringLiteral("card_last4"),
            QStringLiteral("payout_id"), QStringLiteral("receipt_number")};
}

Result<qint64> PaymentExportRepository::forEachPayment(const PaymentScope& scope, qint64 from, qint64 to,
                                                       const QStringList& sqlColumns,
                                                       const std::function<bool(const QSqlQuery&)>& row)
{
    const QString what = QCoreApplication::translate("PaymentExportRepository", "read the payments to export");
    const QStringList allowed = exportableColumns();
    QStringList select;
    for (const QString& c : sqlColumns) {
        if (!allowed.contains(c))
            return storeError(what, QStringLiteral("unknown column %1").arg(c));
        select.append(QStringLiteral("p.") + c);
    }
    QVariantList binds{from, to};
    const QString condition = scope.paymentsCondition(QStringLiteral("p"), binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true); // streamed: rows are not kept by the driver
    if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM payments p WHERE p.created >= ? AND p.created < ? AND %2"
                                                " ORDER BY p.created, p.id")
                                     .arg(select.join(QStringLiteral(", ")), condition),
                              binds, what);
        !s)
        return s.error();
    qint64 n = 0;
    while (q.next()) {
        ++n;
        if (!row(q))
            break;
    }
    return n;
}

} // namespace dp::store
