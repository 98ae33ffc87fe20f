#pragma once

#include "foundation/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace dp::store {

// One statement of a repository: prepared, the values bound in order (bindAll: a null QString becomes ''), executed.
// A failure is a Store error that says what could not be done, with the driver's own words; never ignored.
Status runStatement(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what);

} // namespace dp::store
