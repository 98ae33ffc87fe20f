#include "migrations.h"
#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace dp::store {
namespace {

// Each schema version lives in its own file (schema_v<N>_*.cpp) and is a list of statements.
// %ID% becomes the auto-increment primary key of the driver; everything else is portable SQL.
const QList<QStringList>& steps()
{
    static const QList<QStringList> all = {schemaV1(), schemaV2Staff(), schemaV3Payments(), schemaV4Refunds(),
                                           schemaV5PaymentScope(),
                                           schemaV6PaymentIndexes(), schemaV7Reconciliation()};
    return all;
}

} // namespace

int latestSchemaVersion()
{
    return int(steps().size());
}

QString migrate(QSqlDatabase& db, bool sqlite)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return q.lastError().text();
    int current = 0;
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
        current = q.value(0).toInt();
    const QString id = sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT") : QStringLiteral("BIGSERIAL PRIMARY KEY");
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        if (!db.transaction())
            return db.lastError().text();
        for (QString sql : steps().at(version - 1)) {
            // "SQLITE:" / "PG:" statements belong to one driver only (full-text search, for instance).
            if (sql.startsWith(QLatin1String("SQLITE:")) || sql.startsWith(QLatin1String("PG:"))) {
                const bool forSqlite = sql.startsWith(QLatin1String("SQLITE:"));
                if (forSqlite != sqlite)
                    continue;
                sql = sql.mid(sql.indexOf(QLatin1Char(':')) + 1);
            }
            sql.replace(QLatin1String("%ID%"), id);
            if (!q.exec(sql)) {
                const QString error = q.lastError().text();
                db.rollback();
                return QStringLiteral("schema step %1: %2").arg(version).arg(error);
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        q.addBindValue(version);
        if (!q.exec() || !db.commit()) {
            db.rollback();
            return q.lastError().text();
        }
    }
    return {};
}

} // namespace dp::store
