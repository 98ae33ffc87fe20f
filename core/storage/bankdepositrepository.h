#pragma once

#include "foundation/result.h"
#include "reconciliation/recontypes.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dp::store {

// Bank statements (PAY-8): tables bank_imports and bank_deposits, deduplicated on FITID (else date + amount +
// reference). On the connection it is given.
class BankDepositRepository
{
public:
    explicit BankDepositRepository(QSqlDatabase db);

    Result<qint64> insertImport(const QString& fileName, const QString& fileHash, const QString& format,
                                qint64 rooftopId, qint64 userId, const QString& userName, qint64 at);
    Status setImportCounts(qint64 importId, int read, int added);
    // Adds the deposits whose dedupeKeys[i] is not stored yet; returns how many were added.
    Result<int> insertDeposits(qint64 importId, const QList<recon::BankDeposit>& deposits,
                               const QStringList& dedupeKeys);
    // Deposits posted from `from` to `to` (inclusive); of one rooftop (and those of no rooftop), or all (0).
    Result<QList<recon::BankDeposit>> depositsBetween(const QDate& from, const QDate& to, qint64 rooftopId);
    Result<QList<recon::BankDeposit>> depositsByIds(const QList<qint64>& ids);

private:
    QSqlDatabase m_db;
};

} // namespace dp::store
