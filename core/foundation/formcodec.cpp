#include "formcodec.h"

#include <QMetaType>
#include <QStringList>

#include <map>
#include <memory>

namespace dp {

namespace {

// application/x-www-form-urlencoded byte encoding: alphanumerics and "*-._" stay, space becomes '+', the rest %XX.
// Brackets in keys stay literal, as Stripe's own libraries send them ("items[0][price]").
void appendEncoded(QByteArray& out, const QByteArray& raw, bool keepBrackets)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '*'
            || u == '-' || u == '.' || u == '_' || (keepBrackets && (u == '[' || u == ']'));
        if (plain) {
            out.append(c);
        } else if (u == ' ') {
            out.append('+');
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0f]);
        }
    }
}

QByteArray scalarText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::QByteArray:
        return value.toByteArray();
    default:
        return value.toString().toUtf8(); // null QVariant -> "" (Stripe: unset the field)
    }
}

QVariantList asList(const QVariant& value)
{
    if (value.typeId() == QMetaType::QStringList) {
        QVariantList list;
        for (const QString& s : value.toStringList())
            list.append(s);
        return list;
    }
    return value.toList();
}

// `key` is the raw (unencoded) full key with brackets, e.g. "items[0][price]".
void appendValue(QByteArray& out, const QByteArray& key, const QVariant& value)
{
    const int type = value.typeId();
    if (type == QMetaType::QVariantMap || type == QMetaType::QVariantHash) {
        const QVariantMap map = type == QMetaType::QVariantMap ? value.toMap() : [&] {
            QVariantMap m;
            const QVariantHash h = value.toHash();
            for (auto it = h.cbegin(); it != h.cend(); ++it)
                m.insert(it.key(), it.value());
            return m;
        }();
        for (auto it = map.cbegin(); it != map.cend(); ++it) // QVariantMap iterates in sorted key order
            appendValue(out, key + '[' + it.key().toUtf8() + ']', it.value());
        return;
    }
    if (type == QMetaType::QVariantList || type == QMetaType::QStringList) {
        const QVariantList list = asList(value);
        for (qsizetype i = 0; i < list.size(); ++i)
            appendValue(out, key + '[' + QByteArray::number(i) + ']', list.at(i));
        return;
    }
    if (!out.isEmpty())
        out.append('&');
    appendEncoded(out, key, true);
    out.append('=');
    appendEncoded(out, scalarText(value), false);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// '+' is a space, "%XX" a byte; a '%' not followed by two hex digits is kept as it is.
QString decodeComponent(const QByteArray& raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '+') {
            out.append(' ');
        } else if (c == '%' && i + 2 < raw.size() && hexValue(raw.at(i + 1)) >= 0 && hexValue(raw.at(i + 2)) >= 0) {
            out.append(static_cast<char>(hexValue(raw.at(i + 1)) * 16 + hexValue(raw.at(i + 2))));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

// Decoding builds this tree first: arrays are kept by index so that "a[1]" before "a[0]" or sparse indexes work.
struct Node
{
    enum class Kind { Empty, Scalar, Object, Array };
    Kind kind = Kind::Empty;
    QString scalar;
    std::map<QString, std::unique_ptr<Node>> object;
    std::map<qint64, std::unique_ptr<Node>> array;

    void become(Kind k)
    {
        if (kind == k)
            return;
        kind = k; // a pair that conflicts with an earlier one replaces it: the last one wins
        scalar.clear();
        object.clear();
        array.clear();
    }
    Node& child(const QString& key)
    {
        auto& slot = object[key];
        if (!slot)
            slot = std::make_unique<Node>();
        return *slot;
    }
    Node& item(qint64 index)
    {
        auto& slot = array[index];
        if (!slot)
            slot = std::make_unique<Node>();
        return *slot;
    }
    qint64 nextIndex() const { return array.empty() ? 0 : array.rbegin()->first + 1; }
};

constexpr int kMaxDepth = 32;
constexpr int kMaxIndexDigits = 9;

bool isIndex(const QString& segment)
{
    if (segment.isEmpty() || segment.size() > kMaxIndexDigits)
        return false;
    for (const QChar c : segment) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// "a[b][0][]" -> {"a", "b", "0", ""}. A key that does not follow that shape comes back as one literal segment.
QStringList splitKey(const QString& key)
{
    const qsizetype open = key.indexOf(QLatin1Char('['));
    if (open < 0)
        return {key};
    QStringList segments{key.left(open)};
    qsizetype pos = open;
    while (pos < key.size()) {
        const qsizetype close = key.indexOf(QLatin1Char(']'), pos);
        if (key.at(pos) != QLatin1Char('[') || close < 0 || segments.size() > kMaxDepth)
            return {key};
        const QString segment = key.mid(pos + 1, close - pos - 1);
        if (segment.contains(QLatin1Char('[')))
            return {key};
        segments.append(segment);
        pos = close + 1;
    }
    if (segments.first().isEmpty())
        return {key};
    return segments;
}

void insert(Node& node, const QStringList& segments, qsizetype i, const QString& value)
{
    if (i == segments.size()) {
        node.become(Node::Kind::Scalar);
        node.scalar = value;
        return;
    }
    const QString& segment = segments.at(i);
    if (segment.isEmpty()) { // "a[]": append, or fill the last object of "a[][x]=1&a[][y]=2"
        node.become(Node::Kind::Array);
        Node* target = nullptr;
        if (i + 1 < segments.size() && !node.array.empty()) {
            Node& last = *node.array.rbegin()->second;
            const QString& next = segments.at(i + 1);
            if (last.kind == Node::Kind::Object && !next.isEmpty() && !last.object.count(next))
                target = &last;
        }
        insert(target ? *target : node.item(node.nextIndex()), segments, i + 1, value);
    } else if (isIndex(segment) && (node.kind == Node::Kind::Empty || node.kind == Node::Kind::Array)) {
        node.become(Node::Kind::Array);
        insert(node.item(segment.toLongLong()), segments, i + 1, value);
    } else {
        node.become(Node::Kind::Object);
        insert(node.child(segment), segments, i + 1, value);
    }
}

QVariant toVariant(const Node& node)
{
    switch (node.kind) {
    case Node::Kind::Object: {
        QVariantMap map;
        for (const auto& [key, child] : node.object)
            map.insert(key, toVariant(*child));
        return map;
    }
    case Node::Kind::Array: {
        QVariantList list;
        for (const auto& entry : node.array)
            list.append(toVariant(*entry.second));
        return list;
    }
    case Node::Kind::Scalar:
    case Node::Kind::Empty:
        break;
    }
    return node.scalar;
}

} // namespace

QByteArray encodeForm(const QVariantMap& params)
{
    QByteArray out;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        appendValue(out, it.key().toUtf8(), it.value());
    return out;
}

QVariantMap decodeForm(const QByteArray& body)
{
    Node root;
    root.become(Node::Kind::Object);
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = decodeComponent(eq < 0 ? pair : pair.left(eq));
        if (key.isEmpty())
            continue;
        const QString value = eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1));
        const QStringList segments = splitKey(key);
        insert(root.child(segments.first()), segments, 1, value);
    }
    return toVariant(root).toMap();
}

} // namespace dp
