#pragma once

#include "foundation/result.h"
#include "reconciliation/recontypes.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace dp::store {

// One DMS import as recorded (table dms_imports).
struct DmsImportRecord
{
    qint64 id = 0;
    qint64 rooftopId = 0;
    QString dmsName, fileName, fileHash, encoding, separator;
    int lineCount = 0, newLines = 0;
    qint64 importedBy = 0;
    QString importedByName;
    qint64 importedAt = 0;
};

// The DMS cashier exports (PAY-8): tables dms_imports, dms_lines and dms_mappings. Every SQL statement about them,
// on the connection it is given (inside the caller's transaction for writes).
class DmsRepository
{
public:
    explicit DmsRepository(QSqlDatabase db);

    Result<std::optional<DmsImportRecord>> importByHash(qint64 rooftopId, const QString& fileHash);
    Result<qint64> insertImport(const DmsImportRecord& record);
    Status setImportNewLines(qint64 importId, int newLines);
    // Adds the lines whose key (rooftop, lineKeys[i]) is not stored yet; returns how many were added.
    Result<int> insertLines(qint64 importId, const QList<recon::DmsLine>& lines, const QStringList& lineKeys);
    // The lines of a business date: of one rooftop, or of all (rooftopId 0), by line number.
    Result<QList<recon::DmsLine>> linesOn(const QDate& date, qint64 rooftopId);
    Result<QList<recon::DmsLine>> linesByIds(const QList<qint64>& ids);

    Result<std::optional<recon::DmsColumnMapping>> mapping(const QString& dmsName);
    Status saveMapping(const QString& dmsName, const recon::DmsColumnMapping& mapping, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace dp::store
