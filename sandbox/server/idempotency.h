#pragma once

#include "apitypes.h"

#include <QHash>
#include <QString>

namespace dp::sandbox {

// Stripe idempotency: the first executed result of a POST is kept under (account, key) for 24 hours of sandbox
// time and replayed for the same request; the same key with other parameters or another endpoint is an error.
class IdempotencyCache
{
  public:
    enum class Outcome
    {
        Miss,
        Replay,
        Mismatch
    };
    struct Lookup
    {
        Outcome outcome = Outcome::Miss;
        ApiResponse response; // for Replay
    };

    Lookup find(const ApiRequest& request, qint64 now);
    void store(const ApiRequest& request, const ApiResponse& response, qint64 now);
    static constexpr qint64 kRetentionSecs = 24 * 3600;

  private:
    struct Entry
    {
        QString method;
        QString path;
        QByteArray params; // canonical form encoding of the decoded parameters
        ApiResponse response;
        qint64 created = 0;
    };
    static QString key(const ApiRequest& request)
    {
        return request.account + QLatin1Char('|') + request.idempotencyKey;
    }
    void prune(qint64 now);

    QHash<QString, Entry> m_entries;
    qint64 m_lastPrune = 0;
};

} // namespace dp::sandbox
