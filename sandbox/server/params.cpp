#include "params.h"

#include "apierror.h"

namespace dp::sandbox {

namespace {

bool isScalar(const QVariant& v)
{
    const int t = v.typeId();
    return t != QMetaType::QVariantMap && t != QMetaType::QVariantList && t != QMetaType::QStringList;
}

QString listOfChoices(const QStringList& allowed)
{
    if (allowed.size() < 2)
        return allowed.join(QString());
    return allowed.mid(0, allowed.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(", or ") + allowed.last();
}

} // namespace

QStringList Params::split(const QString& key)
{
    QStringList path;
    const qsizetype open = key.indexOf(QLatin1Char('['));
    if (open < 0)
        return {key};
    path.append(key.left(open));
    for (const QString& part : key.mid(open + 1).split(QLatin1Char('['))) {
        QString p = part;
        if (p.endsWith(QLatin1Char(']')))
            p.chop(1);
        path.append(p);
    }
    return path;
}

QString Params::join(const QStringList& path)
{
    QString out = path.value(0);
    for (qsizetype i = 1; i < path.size(); ++i)
        out += QLatin1Char('[') + path.at(i) + QLatin1Char(']');
    return out;
}

QVariant Params::raw(const QString& key) const
{
    QVariant v = m_map;
    for (const QString& segment : split(key)) {
        if (v.typeId() == QMetaType::QVariantMap) {
            const QVariantMap m = v.toMap();
            const auto it = m.constFind(segment);
            if (it == m.cend())
                return {};
            v = it.value();
        } else if (v.typeId() == QMetaType::QVariantList) {
            bool ok = false;
            const int index = segment.toInt(&ok);
            const QVariantList l = v.toList();
            if (!ok || index < 0 || index >= l.size())
                return {};
            v = l.at(index);
        } else {
            return {};
        }
    }
    return v;
}

bool Params::has(const QString& key) const
{
    return raw(key).isValid();
}

bool Params::isEmptyValue(const QString& key) const
{
    const QVariant v = raw(key);
    return v.isValid() && isScalar(v) && v.toString().isEmpty();
}

QString Params::text(const QString& key, const QString& fallback) const
{
    const QVariant v = raw(key);
    if (!v.isValid())
        return fallback;
    if (!isScalar(v))
        fail::invalid(key, QStringLiteral("Invalid %1: must be a string").arg(key),
                      QStringLiteral("parameter_invalid_string"));
    return v.toString();
}

QString Params::required(const QString& key) const
{
    const QString value = text(key);
    if (value.isEmpty())
        fail::missing(key);
    return value;
}

std::optional<qint64> Params::integer(const QString& key) const
{
    const QString value = text(key);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok)
        fail::invalid(key, QStringLiteral("Invalid integer: %1").arg(value),
                      QStringLiteral("parameter_invalid_integer"));
    return n;
}

qint64 Params::integer(const QString& key, qint64 fallback) const
{
    return integer(key).value_or(fallback);
}

qint64 Params::integerIn(const QString& key, qint64 min, qint64 max, qint64 fallback) const
{
    const qint64 n = integer(key, fallback);
    if (n < min)
        fail::invalid(key, QStringLiteral("This value must be greater than or equal to %1.").arg(min));
    if (n > max)
        fail::invalid(key, QStringLiteral("This value must be less than or equal to %1.").arg(max));
    return n;
}

std::optional<bool> Params::boolean(const QString& key) const
{
    const QString value = text(key);
    if (value.isEmpty())
        return std::nullopt;
    // Case-insensitive like the real API: stripe-python 5 sends Python's "True" / "False".
    if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    fail::invalid(key, QStringLiteral("Invalid boolean: %1").arg(value), QStringLiteral("parameter_invalid_boolean"));
}

QString Params::choice(const QString& key, const QStringList& allowed, const QString& fallback) const
{
    const QString value = text(key);
    if (value.isEmpty())
        return fallback;
    if (!allowed.contains(value))
        fail::invalid(key,
                      QStringLiteral("Invalid %1: must be one of %2").arg(split(key).last(), listOfChoices(allowed)));
    return value;
}

QVariantMap Params::map(const QString& key) const
{
    const QVariant v = raw(key);
    if (!v.isValid() || (isScalar(v) && v.toString().isEmpty()))
        return {};
    if (v.typeId() != QMetaType::QVariantMap)
        fail::invalid(key, QStringLiteral("Invalid object"), QStringLiteral("parameter_invalid_object"));
    return v.toMap();
}

QVariantList Params::list(const QString& key) const
{
    const QVariant v = raw(key);
    if (!v.isValid())
        return {};
    if (v.typeId() == QMetaType::QVariantList)
        return v.toList();
    if (v.typeId() == QMetaType::QVariantMap) { // "a[x]=..." where an array was expected
        fail::invalid(key, QStringLiteral("Invalid array"), QStringLiteral("parameter_invalid_array"));
    }
    return v.toString().isEmpty() ? QVariantList() : QVariantList{v};
}

QStringList Params::strings(const QString& key) const
{
    QStringList out;
    for (const QVariant& item : list(key)) {
        if (!isScalar(item))
            fail::invalid(key, QStringLiteral("Invalid array"), QStringLiteral("parameter_invalid_array"));
        out.append(item.toString());
    }
    return out;
}

void Params::allowOnly(const QStringList& allowed) const
{
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it) {
        if (it.key() != QLatin1String("expand") && !allowed.contains(it.key()))
            fail::unknownParam(it.key());
    }
}

QJsonObject applyMetadata(const QJsonObject& current, const Params& params)
{
    const QString base = QStringLiteral("metadata");
    if (!params.has(base))
        return current;
    if (params.isEmptyValue(base))
        return {};
    QJsonObject metadata = current;
    const QVariantMap changes = params.map(base);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString name = Params::join({base, it.key()});
        const QString value = params.text(name);
        if (it.key().size() > 40)
            fail::invalid(name, QStringLiteral("Metadata keys can have at most 40 characters."));
        if (value.size() > 500)
            fail::invalid(name, QStringLiteral("Metadata values can have at most 500 characters."));
        if (value.isEmpty())
            metadata.remove(it.key());
        else
            metadata.insert(it.key(), value);
    }
    if (metadata.size() > 50)
        fail::invalid(base, QStringLiteral("You can have at most 50 metadata keys."));
    return metadata;
}

} // namespace dp::sandbox
