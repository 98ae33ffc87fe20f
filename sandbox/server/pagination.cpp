#include "pagination.h"

#include "apierror.h"
#include "jsonutil.h"
#include "params.h"
#include "sandboxstate.h"

#include <QJsonArray>

#include <algorithm>

namespace dp::sandbox {

bool TimeRange::contains(qint64 t) const
{
    return (!gt || t > *gt) && (!gte || t >= *gte) && (!lt || t < *lt) && (!lte || t <= *lte);
}

TimeRange TimeRange::parse(const Params& params, const QString& key)
{
    TimeRange range;
    if (!params.has(key))
        return range;
    if (params.raw(key).typeId() != QMetaType::QVariantMap) {
        range.gte = range.lte = params.integer(key);
        return range;
    }
    for (const QString& op : params.map(key).keys()) {
        if (op != QLatin1String("gt") && op != QLatin1String("gte") && op != QLatin1String("lt") &&
            op != QLatin1String("lte"))
            fail::unknownParam(Params::join({key, op}));
    }
    range.gt = params.integer(Params::join({key, QStringLiteral("gt")}));
    range.gte = params.integer(Params::join({key, QStringLiteral("gte")}));
    range.lt = params.integer(Params::join({key, QStringLiteral("lt")}));
    range.lte = params.integer(Params::join({key, QStringLiteral("lte")}));
    return range;
}

QJsonObject listPage(const SandboxState& state, const ApiRequest& request, const ListQuery& query)
{
    const Params params(request.params);
    const qint64 limit = params.integerIn(QStringLiteral("limit"), 1, 100, 10);
    const QString after = params.text(QStringLiteral("starting_after"));
    const QString before = params.text(QStringLiteral("ending_before"));
    if (!after.isEmpty() && !before.isEmpty())
        fail::request(QStringLiteral("You may only specify one of these parameters: ending_before, starting_after."),
                      QStringLiteral("ending_before"));
    const TimeRange created = TimeRange::parse(params, QStringLiteral("created"));

    const ObjectStore& store = state.store();
    const QList<QString>& ids = query.ids ? *query.ids : store.collection(query.type, query.account);
    auto cursor = [&](const QString& id, const QString& param) {
        const qsizetype pos = query.ids ? query.ids->indexOf(id) : store.position(id, query.type, query.account);
        if (pos < 0)
            fail::noSuch(query.what, id, param);
        return pos;
    };
    auto accept = [&](const QString& id, QJsonObject* out) {
        if (id.isEmpty())
            return false;
        const QJsonObject object = store.get(id);
        if (!created.isEmpty() && !created.contains(object.value(QLatin1String("created")).toInteger()))
            return false;
        if (query.filter && !query.filter(object))
            return false;
        *out = object;
        return true;
    };

    QList<QJsonObject> page;
    bool hasMore = false;
    if (!before.isEmpty()) { // the `limit` objects just newer than the cursor, still shown newest first
        for (qsizetype i = cursor(before, QStringLiteral("ending_before")) + 1; i < ids.size(); ++i) {
            QJsonObject object;
            if (!accept(ids.at(i), &object))
                continue;
            if (page.size() == limit) {
                hasMore = true;
                break;
            }
            page.append(object);
        }
        std::reverse(page.begin(), page.end());
    } else {
        const qsizetype start = after.isEmpty() ? ids.size() - 1 : cursor(after, QStringLiteral("starting_after")) - 1;
        for (qsizetype i = start; i >= 0; --i) {
            QJsonObject object;
            if (!accept(ids.at(i), &object))
                continue;
            if (page.size() == limit) {
                hasMore = true;
                break;
            }
            page.append(object);
        }
    }
    QJsonArray data;
    for (const QJsonObject& object : page)
        data.append(object);
    return listObject(query.url, data, hasMore);
}

} // namespace dp::sandbox
