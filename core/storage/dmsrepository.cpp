#include "dmsrepository.h"

#include "database.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace dp::store {
namespace {

QString readLines()
{
    return QCoreApplication::translate("DmsRepository", "read the DMS lines");
}

QString saveLines()
{
    return QCoreApplication::translate("DmsRepository", "save the DMS lines");
}

const QString kLineColumns = QStringLiteral("id, import_id, rooftop_id, account_id, business_date, at, ro_number, ro_key,"
                                            " amount, currency, payment_type, reference, customer, line_number");

recon::DmsLine readLine(const QSqlQuery& q)
{
    recon::DmsLine l;
    l.id = q.value(0).toLongLong();
    l.importId = q.value(1).toLongLong();
    l.rooftopId = q.value(2).toLongLong();
    l.accountId = q.value(3).toString();
    l.businessDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    l.at = q.value(5).toLongLong();
    l.roNumber = q.value(6).toString();
    l.roKey = q.value(7).toString();
    l.amount = q.value(8).toLongLong();
    l.currency = q.value(9).toString();
    l.paymentType = q.value(10).toString();
    l.reference = q.value(11).toString();
    l.customer = q.value(12).toString();
    l.lineNumber = q.value(13).toInt();
    return l;
}

} // namespace

DmsRepository::DmsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<DmsImportRecord>> DmsRepository::importByHash(qint64 rooftopId, const QString& fileHash)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT id, dms_name, file_name, encoding, separator, line_count, new_lines,"
                                                " imported_by, imported_by_name, imported_at FROM dms_imports"
                                                " WHERE rooftop_id = ? AND file_hash = ?"),
                              {rooftopId, fileHash}, readLines());
        !s)
        return s.error();
    if (!q.next())
        return std::optional<DmsImportRecord>();
    DmsImportRecord r;
    r.id = q.value(0).toLongLong();
    r.rooftopId = rooftopId;
    r.fileHash = fileHash;
    r.dmsName = q.value(1).toString();
    r.fileName = q.value(2).toString();
    r.encoding = q.value(3).toString();
    r.separator = q.value(4).toString();
    r.lineCount = q.value(5).toInt();
    r.newLines = q.value(6).toInt();
    r.importedBy = q.value(7).toLongLong();
    r.importedByName = q.value(8).toString();
    r.importedAt = q.value(9).toLongLong();
    return std::optional<DmsImportRecord>(r);
}

Result<qint64> DmsRepository::insertImport(const DmsImportRecord& r)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("INSERT INTO dms_imports (rooftop_id, dms_name, file_name, file_hash, encoding,"
                                                " separator, line_count, new_lines, imported_by, imported_by_name, imported_at)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {r.rooftopId, r.dmsName, r.fileName, r.fileHash, r.encoding, r.separator, r.lineCount,
                               r.newLines, r.importedBy, r.importedByName, r.importedAt},
                              saveLines());
        !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status DmsRepository::setImportNewLines(qint64 importId, int newLines)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE dms_imports SET new_lines = ? WHERE id = ?"), {newLines, importId},
                        saveLines());
}

Result<int> DmsRepository::insertLines(qint64 importId, const QList<recon::DmsLine>& lines, const QStringList& lineKeys)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO dms_lines (import_id, rooftop_id, account_id, business_date, at, ro_number,"
                                  " ro_key, amount, currency, payment_type, reference, customer, line_number, line_key)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (rooftop_id, line_key) DO NOTHING")))
        return storeError(saveLines(), q.lastError().text());
    int added = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const recon::DmsLine& l = lines.at(i);
        bindAll(q, {importId, l.rooftopId, l.accountId, l.businessDate.toString(Qt::ISODate), l.at, l.roNumber, l.roKey,
                    l.amount, l.currency, l.paymentType, l.reference, l.customer, l.lineNumber, lineKeys.at(i)});
        if (!q.exec())
            return storeError(saveLines(), q.lastError().text());
        added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

Result<QList<recon::DmsLine>> DmsRepository::linesOn(const QDate& date, qint64 rooftopId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM dms_lines WHERE business_date = ?%2 ORDER BY import_id, line_number, id")
                            .arg(kLineColumns, rooftopId > 0 ? QStringLiteral(" AND rooftop_id = ?") : QString());
    QVariantList binds{date.toString(Qt::ISODate)};
    if (rooftopId > 0)
        binds.append(rooftopId);
    if (auto s = runStatement(q, sql, binds, readLines()); !s)
        return s.error();
    QList<recon::DmsLine> out;
    while (q.next())
        out.append(readLine(q));
    return out;
}

Result<QList<recon::DmsLine>> DmsRepository::linesByIds(const QList<qint64>& ids)
{
    QList<recon::DmsLine> out;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        QStringList marks;
        QVariantList binds;
        for (const qint64 id : chunk) {
            marks.append(QStringLiteral("?"));
            binds.append(id);
        }
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM dms_lines WHERE id IN (%2) ORDER BY id")
                                         .arg(kLineColumns, marks.join(QLatin1Char(','))),
                                  binds, readLines());
            !s)
            return s.error();
        while (q.next())
            out.append(readLine(q));
    }
    return out;
}

Result<std::optional<recon::DmsColumnMapping>> DmsRepository::mapping(const QString& dmsName)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT mapping FROM dms_mappings WHERE dms_name = ?"), {dmsName},
                              QCoreApplication::translate("DmsRepository", "read the DMS column mapping"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<recon::DmsColumnMapping>();
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    return std::optional<recon::DmsColumnMapping>(recon::DmsColumnMapping::fromJson(doc.object()));
}

Status DmsRepository::saveMapping(const QString& dmsName, const recon::DmsColumnMapping& mapping, qint64 now)
{
    QSqlQuery q(m_db);
    const QString json = QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    return runStatement(q, QStringLiteral("INSERT INTO dms_mappings (dms_name, mapping, updated_at) VALUES (?, ?, ?)"
                                          " ON CONFLICT (dms_name) DO UPDATE SET mapping = excluded.mapping,"
                                          " updated_at = excluded.updated_at"),
                        {dmsName, json, now}, QCoreApplication::translate("DmsRepository", "save the DMS column mapping"));
}

} // namespace dp::store
