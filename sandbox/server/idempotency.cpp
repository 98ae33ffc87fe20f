#include "idempotency.h"

#include "foundation/formcodec.h"

namespace dp::sandbox {

void IdempotencyCache::prune(qint64 now)
{
    if (now - m_lastPrune < 60)
        return;
    m_lastPrune = now;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (now - it->created >= kRetentionSecs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

IdempotencyCache::Lookup IdempotencyCache::find(const ApiRequest& request, qint64 now)
{
    prune(now);
    const auto it = m_entries.constFind(key(request));
    if (it == m_entries.cend() || now - it->created >= kRetentionSecs)
        return {};
    if (it->method != request.method || it->path != request.path || it->params != dp::encodeForm(request.params))
        return {Outcome::Mismatch, {}};
    return {Outcome::Replay, it->response};
}

void IdempotencyCache::store(const ApiRequest& request, const ApiResponse& response, qint64 now)
{
    m_entries.insert(key(request), {request.method, request.path, dp::encodeForm(request.params), response, now});
}

} // namespace dp::sandbox
