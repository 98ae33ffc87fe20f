#include "faults.h"

#include <QJsonObject>

namespace dp::sandbox {

QString Fault::modeName() const
{
    switch (mode) {
    case Mode::Status:
        return QStringLiteral("status");
    case Mode::Reset:
        return QStringLiteral("reset");
    case Mode::Truncate:
        return QStringLiteral("truncate");
    case Mode::Slow:
        return QStringLiteral("slow");
    }
    return {};
}

bool FaultTable::take(const QString& method, const QString& path, Fault* out)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!path.startsWith(it->pathPrefix) || (!it->method.isEmpty() && it->method != method))
            continue;
        *out = *it;
        if (--it->remaining <= 0)
            m_faults.erase(it);
        return true;
    }
    return false;
}

QJsonArray FaultTable::toJson() const
{
    QJsonArray out;
    for (const Fault& f : m_faults) {
        out.append(QJsonObject{{QStringLiteral("path"), f.pathPrefix},
                               {QStringLiteral("method"), f.method},
                               {QStringLiteral("mode"), f.modeName()},
                               {QStringLiteral("status"), f.status},
                               {QStringLiteral("remaining"), f.remaining},
                               {QStringLiteral("retry_after"), f.retryAfter},
                               {QStringLiteral("should_retry"), f.shouldRetry},
                               {QStringLiteral("delay_ms"), f.delayMs}});
    }
    return out;
}

} // namespace dp::sandbox
