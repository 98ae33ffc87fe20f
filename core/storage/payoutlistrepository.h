#pragma once

#include "foundation/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace dp::store {

class Database;

// One synced payout with the rooftop whose bank account received it.
struct PayoutListRow
{
    QString id, accountId, rooftopName, currency, status;
    qint64 rooftopId = 0;
    qint64 amount = 0; // minor units
    qint64 arrivalDate = 0, created = 0;
};

// Reads of the synced `payouts` table joined with `rooftops` (PAY-7): every SQL statement of the payouts list.
class PayoutListRepository
{
public:
    explicit PayoutListRepository(Database& db);
    // Payouts whose arrival date is in [from, to) (each bound optional), newest arrival first; one rooftop or all.
    Result<QList<PayoutListRow>> list(std::optional<qint64> from, std::optional<qint64> to,
                                      std::optional<qint64> rooftopId = std::nullopt);
    Result<std::optional<PayoutListRow>> find(const QString& payoutId);

private:
    Database& m_db;
};

} // namespace dp::store
