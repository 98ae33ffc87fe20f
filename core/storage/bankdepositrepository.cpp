#include "bankdepositrepository.h"

#include "database.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dp::store {
namespace {

QString readDeposits()
{
    return QCoreApplication::translate("BankDepositRepository", "read the bank deposits");
}

QString saveDeposits()
{
    return QCoreApplication::translate("BankDepositRepository", "save the bank deposits");
}

const QString kColumns = QStringLiteral("id, import_id, rooftop_id, posted_date, amount, currency, fitid, name, memo,"
                                        " reference, line_number");

recon::BankDeposit readDeposit(const QSqlQuery& q)
{
    recon::BankDeposit d;
    d.id = q.value(0).toLongLong();
    d.importId = q.value(1).toLongLong();
    d.rooftopId = q.value(2).toLongLong();
    d.postedDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    d.amount = q.value(4).toLongLong();
    d.currency = q.value(5).toString();
    d.fitId = q.value(6).toString();
    d.name = q.value(7).toString();
    d.memo = q.value(8).toString();
    d.reference = q.value(9).toString();
    d.lineNumber = q.value(10).toInt();
    return d;
}

} // namespace

BankDepositRepository::BankDepositRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> BankDepositRepository::insertImport(const QString& fileName, const QString& fileHash,
                                                   const QString& format, qint64 rooftopId, qint64 userId,
                                                   const QString& userName, qint64 at)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("INSERT INTO bank_imports (rooftop_id, file_name, file_hash, format,"
                                                " imported_by, imported_by_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {rooftopId, fileName, fileHash, format, userId, userName, at}, saveDeposits());
        !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status BankDepositRepository::setImportCounts(qint64 importId, int read, int added)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE bank_imports SET line_count = ?, new_lines = ? WHERE id = ?"),
                        {read, added, importId}, saveDeposits());
}

Result<int> BankDepositRepository::insertDeposits(qint64 importId, const QList<recon::BankDeposit>& deposits,
                                                  const QStringList& dedupeKeys)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO bank_deposits (import_id, rooftop_id, posted_date, amount, currency, fitid,"
                                  " name, memo, reference, line_number, dedupe_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (rooftop_id, dedupe_key) DO NOTHING")))
        return storeError(saveDeposits(), q.lastError().text());
    int added = 0;
    for (qsizetype i = 0; i < deposits.size(); ++i) {
        const recon::BankDeposit& d = deposits.at(i);
        bindAll(q, {importId, d.rooftopId, d.postedDate.toString(Qt::ISODate), d.amount, d.currency, d.fitId, d.name,
                    d.memo, d.reference, d.lineNumber, dedupeKeys.at(i)});
        if (!q.exec())
            return storeError(saveDeposits(), q.lastError().text());
        added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

Result<QList<recon::BankDeposit>> BankDepositRepository::depositsBetween(const QDate& from, const QDate& to,
                                                                         qint64 rooftopId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVariantList binds{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    QString sql = QStringLiteral("SELECT %1 FROM bank_deposits WHERE posted_date >= ? AND posted_date <= ?").arg(kColumns);
    if (rooftopId > 0) {
        sql += QStringLiteral(" AND rooftop_id IN (0, ?)");
        binds.append(rooftopId);
    }
    sql += QStringLiteral(" ORDER BY posted_date, id");
    if (auto s = runStatement(q, sql, binds, readDeposits()); !s)
        return s.error();
    QList<recon::BankDeposit> out;
    while (q.next())
        out.append(readDeposit(q));
    return out;
}

Result<QList<recon::BankDeposit>> BankDepositRepository::depositsByIds(const QList<qint64>& ids)
{
    QList<recon::BankDeposit> out;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        QStringList marks;
        QVariantList binds;
        for (const qint64 id : ids.mid(start, 500)) {
            marks.append(QStringLiteral("?"));
            binds.append(id);
        }
        QSqlQuery q(m_db);
        if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM bank_deposits WHERE id IN (%2) ORDER BY id")
                                         .arg(kColumns, marks.join(QLatin1Char(','))),
                                  binds, readDeposits());
            !s)
            return s.error();
        while (q.next())
            out.append(readDeposit(q));
    }
    return out;
}

} // namespace dp::store
