#include "jsonutil.h"

#include <QJsonArray>
#include <QStringList>

namespace dp::sandbox {

QJsonValue jsonAt(const QJsonObject& object, const QString& dottedPath)
{
    QJsonValue v = object;
    for (const QString& part : dottedPath.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return QJsonValue::Undefined;
        v = v.toObject().value(part);
    }
    return v;
}

namespace {

void setPath(QJsonObject& object, const QStringList& path, qsizetype i, const QJsonValue& value)
{
    const QString& key = path.at(i);
    if (i + 1 == path.size()) {
        object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    setPath(child, path, i + 1, value);
    object.insert(key, child);
}

} // namespace

void setJsonAt(QJsonObject& object, const QString& dottedPath, const QJsonValue& value)
{
    setPath(object, dottedPath.split(QLatin1Char('.')), 0, value);
}

QJsonObject jsonDiff(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject previous;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        const QJsonValue now = after.value(it.key());
        if (now == it.value())
            continue;
        if (it.value().isObject() && now.isObject() && !it.value().toObject().contains(QLatin1String("object")))
            previous.insert(it.key(), jsonDiff(it.value().toObject(), now.toObject()));
        else
            previous.insert(it.key(), it.value());
    }
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (!before.contains(it.key()))
            previous.insert(it.key(), QJsonValue::Null);
    }
    return previous;
}

void nullify(QJsonObject& object, const QStringList& keys)
{
    for (const QString& key : keys)
        object.insert(key, QJsonValue::Null);
}

QJsonObject listObject(const QString& url, const QJsonArray& data, bool hasMore)
{
    return {{QStringLiteral("object"), QStringLiteral("list")},
            {QStringLiteral("url"), url},
            {QStringLiteral("has_more"), hasMore},
            {QStringLiteral("data"), data}};
}

} // namespace dp::sandbox
