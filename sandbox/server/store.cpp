#include "store.h"

#include <QStringList>

namespace dp::sandbox {

void ObjectStore::insert(const QString& type, const QString& account, const QJsonObject& object)
{
    const QString id = object.value(QLatin1String("id")).toString();
    QList<QString>& ids = m_collections[key(type, account)];
    m_records.insert(id, {object, type, account, ids.size()});
    ids.append(id);
}

QJsonObject ObjectStore::get(const QString& id) const
{
    const auto it = m_records.constFind(id);
    return it == m_records.cend() ? QJsonObject() : it->object;
}

QString ObjectStore::typeOf(const QString& id) const
{
    return m_records.value(id).type;
}

QString ObjectStore::accountOf(const QString& id) const
{
    return m_records.value(id).account;
}

void ObjectStore::replace(const QString& id, const QJsonObject& object)
{
    const auto it = m_records.find(id);
    if (it != m_records.end())
        it->object = object;
}

void ObjectStore::remove(const QString& id)
{
    const auto it = m_records.find(id);
    if (it == m_records.end())
        return;
    m_collections[key(it->type, it->account)][it->position].clear();
    m_records.erase(it);
}

const QList<QString>& ObjectStore::collection(const QString& type, const QString& account) const
{
    static const QList<QString> empty;
    const auto it = m_collections.constFind(key(type, account));
    return it == m_collections.cend() ? empty : *it;
}

qsizetype ObjectStore::position(const QString& id, const QString& type, const QString& account) const
{
    const auto it = m_records.constFind(id);
    if (it == m_records.cend() || it->type != type || it->account != account)
        return -1;
    return it->position;
}

QStringList ObjectStore::accountsWith(const QString& type) const
{
    QStringList out;
    const QString prefix = type + QLatin1Char('|');
    for (auto it = m_collections.cbegin(); it != m_collections.cend(); ++it) {
        if (it.key().startsWith(prefix))
            out.append(it.key().mid(prefix.size()));
    }
    out.sort();
    return out;
}

} // namespace dp::sandbox
