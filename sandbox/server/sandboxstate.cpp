#include "sandboxstate.h"

#include "apierror.h"
#include "fixtures.h"

#include <QDateTime>
#include <QJsonArray>

namespace dp::sandbox {

SandboxState::SandboxState(quint64 seed)
    : m_random(std::random_device{}() ^ (quint64(QDateTime::currentMSecsSinceEpoch()) << 20)), m_seeded(seed)
{
}

qint64 SandboxState::now() const
{
    return m_pinned ? m_pinned : QDateTime::currentSecsSinceEpoch() + m_clockOffset;
}

QString SandboxState::randomAlnum(std::mt19937_64& rng, int length)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = QLatin1Char(alphabet[rng() % 62]);
    return out;
}

QString SandboxState::newId(const QString& prefix, int length)
{
    return prefix + randomAlnum(m_deterministic ? m_seeded : m_random, length);
}

QString SandboxState::seededId(const QString& prefix, int length)
{
    return prefix + randomAlnum(m_seeded, length);
}

QJsonObject SandboxState::emitEvent(const QString& type, const QJsonObject& object, const QString& account,
                                    const QJsonObject& previousAttributes)
{
    QJsonObject event = skeleton(QStringLiteral("event"));
    event.insert(QStringLiteral("id"), newId(QStringLiteral("evt_")));
    event.insert(QStringLiteral("object"), QStringLiteral("event"));
    event.insert(QStringLiteral("account"), account.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(account));
    event.insert(QStringLiteral("api_version"), QString::fromLatin1(kDefaultApiVersion));
    event.insert(QStringLiteral("created"), now());
    QJsonObject data{{QStringLiteral("object"), object}};
    if (type.endsWith(QLatin1String(".updated")) || !previousAttributes.isEmpty())
        data.insert(QStringLiteral("previous_attributes"), previousAttributes);
    event.insert(QStringLiteral("data"), data);
    event.insert(QStringLiteral("livemode"), false);
    event.insert(QStringLiteral("pending_webhooks"), 0);
    QJsonObject request{{QStringLiteral("id"), QJsonValue::Null},
                        {QStringLiteral("idempotency_key"), QJsonValue::Null}};
    if (m_request) {
        request.insert(QStringLiteral("id"), m_request->requestId);
        if (!m_request->idempotencyKey.isEmpty())
            request.insert(QStringLiteral("idempotency_key"), m_request->idempotencyKey);
    }
    event.insert(QStringLiteral("request"), request);
    event.insert(QStringLiteral("type"), type);
    if (m_eventsEnabled)
        m_store.insert(QStringLiteral("event"), account, event);
    return event;
}

QJsonObject SandboxState::expand(QJsonObject object, const QStringList& paths) const
{
    for (const QString& path : paths) {
        const qsizetype dot = path.indexOf(QLatin1Char('.'));
        const QString head = dot < 0 ? path : path.left(dot);
        const QString rest = dot < 0 ? QString() : path.mid(dot + 1);
        const QJsonValue value = object.value(head);
        if (value.isArray()) { // "data.customer" on a list
            QJsonArray items;
            for (const QJsonValue& item : value.toArray())
                items.append(item.isObject() && !rest.isEmpty() ? QJsonValue(expand(item.toObject(), {rest})) : item);
            object.insert(head, items);
            continue;
        }
        QJsonObject target;
        if (value.isString() && m_store.contains(value.toString()))
            target = m_store.get(value.toString());
        else if (value.isObject())
            target = value.toObject();
        else
            continue;
        object.insert(head, rest.isEmpty() ? target : expand(target, {rest}));
    }
    return object;
}

ApiResponse SandboxState::render(const ApiRequest& request, const QJsonObject& object, int status) const
{
    const QVariant expandParam = request.params.value(QStringLiteral("expand"));
    QStringList paths;
    for (const QVariant& v : expandParam.toList())
        paths.append(v.toString());
    if (expandParam.typeId() == QMetaType::QString)
        paths.append(expandParam.toString());
    return ApiResponse::json(paths.isEmpty() ? object : expand(object, paths), status);
}

QString SandboxState::addPageLink(const PageLink& link)
{
    const QString token = randomAlnum(m_random, 32);
    m_links.insert(token, link);
    return token;
}

PageLink* SandboxState::pageLink(const QString& token)
{
    const auto it = m_links.find(token);
    return it == m_links.end() ? nullptr : &*it;
}

QJsonObject SandboxState::require(const QString& type, const QString& account, const QString& id, const QString& what,
                                  const QString& param) const
{
    if (id.isEmpty() || m_store.position(id, type, account) < 0)
        fail::noSuch(what, id, param);
    return m_store.get(id);
}

} // namespace dp::sandbox
