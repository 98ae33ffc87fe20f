#include "secretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <map>

namespace dp {

namespace {

struct Texts // Texts::tr() translates in the "SecretStore" context
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// ---------------------------------------------------------------------------------------------------------------
// System keychain (QtKeychain). Jobs are asynchronous; each call waits for its job in a local event loop, bounded
// by a timeout so that a keychain service that never answers cannot hang the application.

constexpr int kKeychainTimeoutMs = 5000;
constexpr int kProbeTimeoutMs = 3000;

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString message;
    QByteArray data;
};

JobOutcome runJob(QKeychain::Job* job, int timeoutMs)
{
    // The job deletes itself once finished (autoDelete), also after we gave up waiting: the outcome is shared.
    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job* done) {
        outcome->finished = true;
        outcome->error = done->error();
        outcome->message = done->errorString();
        if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(done))
            outcome->data = reader->binaryData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never the plain-text QSettings fallback
    job->start();
    if (!outcome->finished) // some backends answer synchronously from start()
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    JobOutcome result = *outcome;
    if (!result.finished) {
        result.error = QKeychain::OtherError;
        result.message = Texts::tr("The system keychain did not answer.");
    }
    return result;
}

class KeychainStore : public SecretStore
{
public:
    explicit KeychainStore(QString service) : m_service(std::move(service)) {}

    bool write(const QString& name, const QByteArray& secret, QString* error) override
    {
        auto* job = new QKeychain::WritePasswordJob(m_service);
        job->setKey(name);
        job->setBinaryData(secret);
        return succeeded(runJob(job, kKeychainTimeoutMs), error);
    }

    std::optional<QByteArray> read(const QString& name, QString* error) override
    {
        auto* job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(name);
        JobOutcome outcome = runJob(job, kKeychainTimeoutMs);
        if (outcome.error == QKeychain::EntryNotFound) {
            setError(error, QString()); // not stored yet: no error
            return std::nullopt;
        }
        if (!succeeded(outcome, error))
            return std::nullopt;
        return outcome.data;
    }

    bool remove(const QString& name, QString* error) override
    {
        auto* job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(name);
        const JobOutcome outcome = runJob(job, kKeychainTimeoutMs);
        return outcome.error == QKeychain::EntryNotFound || succeeded(outcome, error);
    }

    QString backendName() const override { return QStringLiteral("keychain"); }

private:
    static bool succeeded(const JobOutcome& outcome, QString* error)
    {
        if (outcome.error == QKeychain::NoError)
            return true;
        setError(error, Texts::tr("The system keychain refused the request: %1").arg(outcome.message));
        return false;
    }

    QString m_service;
};

// Whether a keychain service can answer at all. On Linux both Secret Service and KWallet sit on the D-Bus session
// bus: without one there is no point waiting for a job to time out.
bool sessionBusLikely()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/bus"));
#else
    return true;
#endif
}

bool keychainAnswers(const QString& service)
{
    static QMutex mutex;
    static std::map<QString, bool> answers; // probe once per service and process
    QMutexLocker lock(&mutex);
    if (const auto known = answers.find(service); known != answers.end())
        return known->second;
    bool ok = false;
    if (QCoreApplication::instance() && sessionBusLikely()) {
        // Write and delete a probe entry: a service that answers reads but cannot store (no unlocked collection on a
        // headless machine) must not be chosen.
        const QString probe = QStringLiteral("dealerpay-keychain-probe");
        auto* writer = new QKeychain::WritePasswordJob(service);
        writer->setKey(probe);
        writer->setBinaryData(QByteArrayLiteral("probe"));
        ok = runJob(writer, kProbeTimeoutMs).error == QKeychain::NoError;
        if (ok) {
            auto* remover = new QKeychain::DeletePasswordJob(service);
            remover->setKey(probe);
            runJob(remover, kProbeTimeoutMs);
        }
    }
    answers[service] = ok;
    return ok;
}

// ---------------------------------------------------------------------------------------------------------------
// Encrypted files: one file per secret, AES-256-GCM with a random 12-byte nonce per write and the secret's name as
// associated data (a file copied under another name does not decrypt). The 32-byte master key lives in its own file;
// everything is 0600 in a 0700 directory.

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
const QByteArray kMagic = QByteArrayLiteral("DPS1");

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

QByteArray associatedData(const QString& name)
{
    return QByteArrayLiteral("dealerpay-secret-v1:") + name.toUtf8();
}

// Returns magic + nonce + tag + ciphertext, or an empty array when OpenSSL fails.
QByteArray seal(const QByteArray& key, const QString& name, const QByteArray& plain)
{
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    QByteArray cipher(plain.size(), Qt::Uninitialized);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    const QByteArray aad = associatedData(name);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    int tail = 0;
    const bool ok = ctx && RAND_bytes(bytes(nonce), kNonceBytes) == 1
        && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1
        && EVP_EncryptUpdate(ctx.get(), bytes(cipher), &len, bytes(plain), int(plain.size())) == 1
        && EVP_EncryptFinal_ex(ctx.get(), bytes(cipher) + len, &tail) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) == 1;
    if (!ok)
        return {};
    return kMagic + nonce + tag + cipher;
}

std::optional<QByteArray> unseal(const QByteArray& key, const QString& name, const QByteArray& sealed)
{
    const qsizetype header = kMagic.size() + kNonceBytes + kTagBytes;
    if (sealed.size() < header || !sealed.startsWith(kMagic))
        return std::nullopt;
    const QByteArray nonce = sealed.mid(kMagic.size(), kNonceBytes);
    QByteArray tag = sealed.mid(kMagic.size() + kNonceBytes, kTagBytes);
    const QByteArray cipher = sealed.mid(header);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    const QByteArray aad = associatedData(name);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    int tail = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1
        && EVP_DecryptUpdate(ctx.get(), bytes(plain), &len, bytes(cipher), int(cipher.size())) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + len, &tail) == 1; // fails when the tag does not match
    if (!ok) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return std::nullopt;
    }
    return plain;
}

class EncryptedFileStore : public SecretStore
{
public:
    explicit EncryptedFileStore(const QString& dir) : m_dir(dir) {}
    ~EncryptedFileStore() override
    {
        if (!m_key.isEmpty())
            OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
    }

    bool write(const QString& name, const QByteArray& secret, QString* error) override
    {
        QMutexLocker lock(&m_mutex);
        if (!validName(name, error) || !loadKey(true, error))
            return false;
        const QByteArray sealed = seal(m_key, name, secret);
        if (sealed.isEmpty()) {
            setError(error, Texts::tr("The secret could not be encrypted."));
            return false;
        }
        QSaveFile file(pathFor(name));
        const bool ok = file.open(QIODevice::WriteOnly) && file.setPermissions(kOwnerOnly)
            && file.write(sealed) == sealed.size() && file.commit();
        if (!ok) {
            setError(error, Texts::tr("The secret could not be saved in %1: %2").arg(m_dir, file.errorString()));
            return false;
        }
        QFile::setPermissions(pathFor(name), kOwnerOnly);
        return true;
    }

    std::optional<QByteArray> read(const QString& name, QString* error) override
    {
        QMutexLocker lock(&m_mutex);
        if (!validName(name, error))
            return std::nullopt;
        QFile file(pathFor(name));
        if (!file.exists()) {
            setError(error, QString()); // not stored yet: no error
            return std::nullopt;
        }
        if (!loadKey(false, error))
            return std::nullopt;
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error, Texts::tr("The secret could not be read: %1").arg(file.errorString()));
            return std::nullopt;
        }
        std::optional<QByteArray> plain = unseal(m_key, name, file.readAll());
        if (!plain)
            setError(error, Texts::tr("The secret could not be decrypted: the key file does not match or the file "
                                      "is damaged. Enter the secret again."));
        return plain;
    }

    bool remove(const QString& name, QString* error) override
    {
        QMutexLocker lock(&m_mutex);
        if (!validName(name, error))
            return false;
        QFile file(pathFor(name));
        if (file.exists() && !file.remove()) {
            setError(error, Texts::tr("The secret could not be removed: %1").arg(file.errorString()));
            return false;
        }
        return true;
    }

    QString backendName() const override { return QStringLiteral("encrypted file"); }

private:
    static bool validName(const QString& name, QString* error)
    {
        if (!name.trimmed().isEmpty())
            return true;
        setError(error, Texts::tr("A secret needs a name."));
        return false;
    }

    // File names are derived from the secret's name, so any name is safe and names are not readable on disk.
    QString pathFor(const QString& name) const
    {
        const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
        return m_dir + QLatin1Char('/') + QString::fromLatin1(digest.left(32)) + QStringLiteral(".secret");
    }

    QString keyPath() const { return m_dir + QStringLiteral("/master.key"); }

    bool ensureDir(QString* error) const
    {
        if (!QDir().mkpath(m_dir)) {
            setError(error, Texts::tr("The folder %1 could not be created.").arg(m_dir));
            return false;
        }
        QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return true;
    }

    // Loads the master key, creating it on first write. A new key is written to a private temporary file and
    // renamed into place without replacing: two processes racing both end up with the same key.
    bool loadKey(bool create, QString* error)
    {
        if (!m_key.isEmpty())
            return true;
        if (create && !QFile::exists(keyPath())) {
            if (!ensureDir(error))
                return false;
            QByteArray fresh(kKeyBytes, Qt::Uninitialized);
            QTemporaryFile temp(m_dir + QStringLiteral("/master.key.XXXXXX"));
            const bool ok = RAND_bytes(bytes(fresh), kKeyBytes) == 1 && temp.open() && temp.setPermissions(kOwnerOnly)
                && temp.write(fresh) == kKeyBytes && temp.flush();
            OPENSSL_cleanse(fresh.data(), size_t(fresh.size()));
            if (!ok) {
                setError(error, Texts::tr("The secrets key could not be created in %1.").arg(m_dir));
                return false;
            }
            if (temp.rename(keyPath())) {
                temp.setAutoRemove(false); // Qt 6.4 would otherwise delete the renamed file
            } else if (!QFile::exists(keyPath())) { // a failure is harmless when another process was first
                setError(error, Texts::tr("The secrets key could not be created in %1.").arg(m_dir));
                return false;
            }
        }
        QFile file(keyPath());
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error, Texts::tr("The secrets key %1 could not be read: %2").arg(keyPath(), file.errorString()));
            return false;
        }
        m_key = file.read(kKeyBytes + 1);
        if (m_key.size() != kKeyBytes) {
            OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
            m_key.clear();
            setError(error, Texts::tr("The secrets key %1 is damaged.").arg(keyPath()));
            return false;
        }
        return true;
    }

    QString m_dir;
    QByteArray m_key;
    QMutex m_mutex;
};

} // namespace

std::unique_ptr<SecretStore> SecretStore::createEncryptedFile(const QString& dir)
{
    return std::make_unique<EncryptedFileStore>(dir);
}

std::unique_ptr<SecretStore> SecretStore::createDefault(const QString& service, const QString& fallbackDir)
{
    const bool fileOnly = qEnvironmentVariable("DEALERPAY_SECRETS") == QLatin1String("file");
    if (!fileOnly && keychainAnswers(service))
        return std::make_unique<KeychainStore>(service);
    return createEncryptedFile(fallbackDir);
}

} // namespace dp
