#include "passwordhash.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <optional>

namespace dp::password {

namespace {

constexpr auto kScheme = "pbkdf2-sha256";
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
constexpr int kMaxIterations = 10'000'000; // a stored value cannot make verify() run for minutes

std::optional<QByteArray> derive(const QString& password, const QByteArray& salt, int iterations, int length)
{
    const QByteArray secret = password.toUtf8();
    QByteArray out(length, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                                     iterations, EVP_sha256(), length, reinterpret_cast<unsigned char*>(out.data()));
    if (ok != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> decodeBase64(const QString& text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

namespace {
int g_iterations = 310000;
}

int defaultIterations()
{
    return g_iterations;
}

void testing::setIterations(int iterations)
{
    g_iterations = qBound(1, iterations, kMaxIterations);
}

bool needsRehash(const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String(kScheme))
        return true;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    return !ok || iterations < defaultIterations();
}

QString hash(const QString& password, int iterations)
{
    iterations = qBound(1, iterations, kMaxIterations);
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        return {}; // no randomness: store nothing rather than a weak hash (verify() refuses an empty value)
    const std::optional<QByteArray> derived = derive(password, salt, iterations, kHashBytes);
    if (!derived)
        return {};
    return QLatin1String(kScheme) + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$')
        + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(derived->toBase64());
}

bool verify(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String(kScheme))
        return false;
    bool numeric = false;
    const int iterations = parts.at(1).toInt(&numeric);
    const std::optional<QByteArray> salt = decodeBase64(parts.at(2));
    const std::optional<QByteArray> expected = decodeBase64(parts.at(3));
    if (!numeric || iterations < 1 || iterations > kMaxIterations || !salt || !expected || expected->size() < 16
        || expected->size() > 64)
        return false;
    const std::optional<QByteArray> actual = derive(password, *salt, iterations, int(expected->size()));
    return actual && CRYPTO_memcmp(actual->constData(), expected->constData(), size_t(expected->size())) == 0;
}

} // namespace dp::password
