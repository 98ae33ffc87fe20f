#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace dp::sandbox {

// "a.b.c" lookups and writes inside nested JSON objects.
QJsonValue jsonAt(const QJsonObject& object, const QString& dottedPath);
void setJsonAt(QJsonObject& object, const QString& dottedPath, const QJsonValue& value);

// Stripe's data.previous_attributes: for every key whose value changed, the old value (nested objects recurse so
// that only their changed keys appear).
QJsonObject jsonDiff(const QJsonObject& before, const QJsonObject& after);

// Sets each listed key to null (fixture sub-objects that a real object of this kind does not have).
void nullify(QJsonObject& object, const QStringList& keys);

// {"object": "list", "url": url, "has_more": false, "data": data}
QJsonObject listObject(const QString& url, const QJsonArray& data, bool hasMore = false);

} // namespace dp::sandbox
