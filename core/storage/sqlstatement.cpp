#include "sqlstatement.h"

#include "database.h"

#include <QSqlError>

namespace dp::store {

Status runStatement(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what)
{
    if (!query.prepare(sql))
        return storeError(what, query.lastError().text());
    bindAll(query, values);
    if (!query.exec())
        return storeError(what, query.lastError().text());
    return Done{};
}

} // namespace dp::store
