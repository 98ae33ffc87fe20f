#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dp::sandbox {

// Every object of the sandbox, by id, plus one insertion-ordered collection per (type, account) that the list
// endpoints page through (newest = last). Removed objects leave an empty slot so positions stay valid.
class ObjectStore
{
  public:
    void insert(const QString& type, const QString& account, const QJsonObject& object);
    bool contains(const QString& id) const { return m_records.contains(id); }
    QJsonObject get(const QString& id) const;
    QString typeOf(const QString& id) const;
    QString accountOf(const QString& id) const;
    void replace(const QString& id, const QJsonObject& object);
    void remove(const QString& id);

    const QList<QString>& collection(const QString& type, const QString& account) const;
    // Index of `id` in its collection, or -1 when it is not in the (type, account) collection.
    qsizetype position(const QString& id, const QString& type, const QString& account) const;
    // The accounts (including "" for the platform) that hold objects of `type`.
    QStringList accountsWith(const QString& type) const;

  private:
    struct Record
    {
        QJsonObject object;
        QString type;
        QString account;
        qsizetype position = 0;
    };
    static QString key(const QString& type, const QString& account) { return type + QLatin1Char('|') + account; }

    QHash<QString, Record> m_records;
    QHash<QString, QList<QString>> m_collections;
};

} // namespace dp::sandbox
