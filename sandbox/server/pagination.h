#pragma once

#include "apitypes.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace dp::sandbox {

class Params;
class SandboxState;

// created[gt|gte|lt|lte]=ts or created=ts; the same shape for arrival_date and other timestamp filters.
struct TimeRange
{
    std::optional<qint64> gt, gte, lt, lte;
    bool contains(qint64 t) const;
    bool isEmpty() const { return !gt && !gte && !lt && !lte; }
    static TimeRange parse(const Params& params, const QString& key);
};

struct ListQuery
{
    QString type;                                   // store type ("account", "event", "charge")
    QString account;                                // collection owner ("" = platform)
    QString url;                                    // the list's "url" ("/v1/accounts")
    QString what;                                   // for "No such <what>" cursor errors
    std::function<bool(const QJsonObject&)> filter; // optional
    const QList<QString>* ids = nullptr; // optional index: page through these (oldest first) instead of the collection
};

// Stripe cursor pagination over one store collection, newest first: limit (1..100, default 10), starting_after or
// ending_before (an id in the same list), created[...] filters. Returns the list object.
QJsonObject listPage(const SandboxState& state, const ApiRequest& request, const ListQuery& query);

} // namespace dp::sandbox
