#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dp::store {

// Brings the schema to the newest version, one numbered step at a time, each in its own transaction.
// Returns an empty string on success, else what failed.
QString migrate(QSqlDatabase& db, bool sqlite);
int latestSchemaVersion();

} // namespace dp::store
