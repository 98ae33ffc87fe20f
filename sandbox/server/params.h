#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace dp::sandbox {

// Typed access to decoded form parameters. Keys are written the way Stripe names them in errors
// ("settings[payouts][schedule][interval]"); every failed check throws the matching 400 ApiError with that param.
class Params
{
  public:
    explicit Params(QVariantMap map) : m_map(std::move(map)) {}

    const QVariantMap& all() const { return m_map; }
    bool has(const QString& key) const;
    bool isEmptyValue(const QString& key) const; // present as "" (Stripe: unset the field)
    QVariant raw(const QString& key) const;

    QString text(const QString& key, const QString& fallback = {}) const; // a scalar; an object or list fails
    QString required(const QString& key) const;                           // present and not empty
    std::optional<qint64> integer(const QString& key) const;              // absent -> nullopt
    qint64 integer(const QString& key, qint64 fallback) const;
    qint64 integerIn(const QString& key, qint64 min, qint64 max, qint64 fallback) const;
    std::optional<bool> boolean(const QString& key) const;
    QString choice(const QString& key, const QStringList& allowed, const QString& fallback = {}) const;
    QVariantMap map(const QString& key) const;     // absent -> empty; a scalar fails
    QStringList strings(const QString& key) const; // "a[]=x&a[]=y" or "a[0]=x"; a single scalar gives one item
    QVariantList list(const QString& key) const;

    // Fails with parameter_unknown for a top-level key outside `allowed` ("expand" is always allowed).
    void allowOnly(const QStringList& allowed) const;
    QStringList expand() const { return strings(QStringLiteral("expand")); }

    static QStringList split(const QString& key); // "a[b][c]" -> {a, b, c}
    static QString join(const QStringList& path); // {a, b, c} -> "a[b][c]"

  private:
    QVariantMap m_map;
};

// metadata[key]=value merges into `current`; "metadata[key]=" removes the key; "metadata=" clears them all.
// At most 50 keys, keys up to 40 characters, values up to 500.
QJsonObject applyMetadata(const QJsonObject& current, const Params& params);

} // namespace dp::sandbox
