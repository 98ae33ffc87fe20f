#include "invitecode.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace dp::invitecode {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

} // namespace

QString generate()
{
    QString code;
    code.reserve(kLength);
    QRandomGenerator* random = QRandomGenerator::system(); // the OS's cryptographic source
    for (int i = 0; i < kLength; ++i)
        code.append(QLatin1Char(kAlphabet[random->bounded(32)]));
    return format(code);
}

QString normalize(const QString& typed)
{
    QString out;
    out.reserve(kLength);
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        QChar u = c.toUpper();
        if (u == QLatin1Char('O'))
            u = QLatin1Char('0');
        else if (u == QLatin1Char('I') || u == QLatin1Char('L'))
            u = QLatin1Char('1');
        if (!QLatin1String(kAlphabet).contains(u))
            return {};
        out.append(u);
    }
    return out.size() == kLength ? out : QString();
}

QString format(const QString& normalized)
{
    QString out;
    for (qsizetype i = 0; i < normalized.size(); i += 4) {
        if (i > 0)
            out.append(QLatin1Char('-'));
        out.append(normalized.mid(i, 4));
    }
    return out;
}

QString hash(const QString& normalized)
{
    return QString::fromLatin1(QCryptographicHash::hash(normalized.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QUrl registrationUrl(const QString& code)
{
    QUrl url;
    url.setScheme(QStringLiteral("dealerpay"));
    url.setHost(QStringLiteral("register"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), code);
    url.setQuery(query);
    return url;
}

QString codeFromUrl(const QUrl& url)
{
    if (url.scheme().compare(QLatin1String("dealerpay"), Qt::CaseInsensitive) != 0)
        return {};
    // dealerpay://register?code=... and the host-less dealerpay:register?code=... some launchers produce.
    const QString target = url.host().isEmpty() ? url.path() : url.host();
    if (target.compare(QLatin1String("register"), Qt::CaseInsensitive) != 0)
        return {};
    return normalize(QUrlQuery(url).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
}

} // namespace dp::invitecode
