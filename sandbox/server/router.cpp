#include "router.h"

namespace dp::sandbox {

void Router::add(const QString& method, const QString& pattern, Handler handler, Access access)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), access});
}

bool Router::matchSegment(const QString& pattern, const QString& segment, QStringList* args)
{
    if (!pattern.startsWith(QLatin1Char('{')))
        return pattern == segment;
    const qsizetype close = pattern.indexOf(QLatin1Char('}'));
    const QString suffix = pattern.mid(close + 1);
    if (segment.size() <= suffix.size() || !segment.endsWith(suffix))
        return false;
    args->append(segment.left(segment.size() - suffix.size()));
    return true;
}

Router::Match Router::match(const QString& method, const QString& path) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const Route& route : m_routes) {
        if (route.method != method || route.segments.size() != segments.size())
            continue;
        QStringList args;
        bool ok = true;
        for (qsizetype i = 0; ok && i < segments.size(); ++i)
            ok = matchSegment(route.segments.at(i), segments.at(i), &args);
        if (ok)
            return {&route, args};
    }
    return {};
}

} // namespace dp::sandbox
