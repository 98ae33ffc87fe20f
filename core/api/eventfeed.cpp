#include "eventfeed.h"

#include <algorithm>

namespace dp::api {

ApiResult eventsSince(ApiClient& api, const QString& account, const QStringList& types, qint64 since,
                      QList<Event>* events, const std::atomic_bool* cancel)
{
    QVariantMap query{{QStringLiteral("created"), QVariantMap{{QStringLiteral("gte"), since}}}};
    if (types.size() == 1) {
        query.insert(QStringLiteral("type"), types.first());
    } else {
        QVariantList list;
        for (const QString& type : types)
            list.append(type);
        query.insert(QStringLiteral("types"), list);
    }
    const ApiResult listed = api.forEachPage(QStringLiteral("/v1/events"), query, account, [&](const QJsonArray& data) {
        for (const QJsonValue& v : data)
            events->append(Event::fromJson(v.toObject()));
        return !(cancel && cancel->load());
    });
    std::stable_sort(events->begin(), events->end(), [](const Event& a, const Event& b) { return a.created < b.created; });
    return listed;
}

} // namespace dp::api
