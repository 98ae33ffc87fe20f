#pragma once

#include "foundation/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dp::store {
class Database;

// Queries of payment_requests that decide whether a Send is a new request or the retry of one (PAY-1, REL-2).
// (The rest of PaymentRequestService's SQL moves here with the repository work of issue 7.)
class PaymentRequestRepository
{
public:
    explicit PaymentRequestRepository(Database& db);

    struct Match
    {
        qint64 consultantId = 0;
        QString mobile, roNumber;
        qint64 amount = 0;
    };
    // The newest request of this consultant for the same mobile, amount and RO created since `since` whose state
    // is one of `states` ('sending': its checkout session was asked for and the outcome is unknown).
    Result<std::optional<qint64>> latestMatching(const Match& match, qint64 since, const QStringList& states);
    // The Idempotency-Key the request's checkout session was first asked for with.
    Result<QString> idempotencyKey(qint64 id);
    // The request goes back to 'sending' with this failure text (outcome unknown), or to 'failed' (refused).
    Status markOutcome(qint64 id, const QString& state, const QString& failure, qint64 now);

private:
    Database& m_db;
};

} // namespace dp::store
