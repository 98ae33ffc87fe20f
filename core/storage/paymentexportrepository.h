#pragma once

#include "foundation/result.h"
#include "paymentscope.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>

namespace dp::store {

// The payments export (X-2, PERF-5): one forward-only query over the payments created in [from, to) within the
// reader's scope (SEC-1), oldest first, handed row by row to `row` (columns in the order of `sqlColumns`, which
// are names of the payments table checked against a fixed list). `row` returns false to stop.
class PaymentExportRepository
{
public:
    explicit PaymentExportRepository(QSqlDatabase db);
    static QStringList exportableColumns(); // the payments table's columns an export may read
    Result<qint64> forEachPayment(const PaymentScope& scope, qint64 from, qint64 to, const QStringList& sqlColumns,
                                  const std::function<bool(const QSqlQuery&)>& row);

private:
    QSqlDatabase m_db;
};

} // namespace dp::store
