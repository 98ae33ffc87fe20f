#include "fixtures.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

namespace dp::sandbox {

namespace {

QJsonObject blank(const QJsonObject& in)
{
    QJsonObject out;
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (it.key() == QLatin1String("object") || v.isBool() || v.isNull())
            out.insert(it.key(), v);
        else if (v.isObject())
            out.insert(it.key(), blank(v.toObject()));
        else if (v.isArray())
            out.insert(it.key(), QJsonArray());
        else
            out.insert(it.key(), QJsonValue::Null);
    }
    return out;
}

struct Fixtures
{
    QJsonObject resources;
    QHash<QString, QJsonObject> blanks;
};

const Fixtures& fixtures()
{
    static const Fixtures loaded = [] {
        Fixtures f;
        QFile file(QStringLiteral(":/sandbox/fixtures/stripe-fixtures.json"));
        if (file.open(QIODevice::ReadOnly))
            f.resources = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("resources")).toObject();
        for (auto it = f.resources.constBegin(); it != f.resources.constEnd(); ++it)
            f.blanks.insert(it.key(), blank(it.value().toObject()));
        return f;
    }();
    return loaded;
}

} // namespace

QJsonObject skeleton(const QString& type)
{
    return fixtures().blanks.value(type);
}

QJsonObject fixture(const QString& type)
{
    return fixtures().resources.value(type).toObject();
}

} // namespace dp::sandbox
