#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace dp {

// Where DealerPay keeps the live API key: the keychain service and the entry name, shared by the app and the CLI.
inline constexpr char kSecretServiceName[] = "DealerPay";
inline constexpr char kApiKeySecretName[] = "api-key";

// Where secrets (API keys, SMTP and SMS passwords) live: the system keychain through QtKeychain, or, when no
// keychain service runs, a file encrypted with AES-256-GCM under the user's data dir. Never QSettings, logs or
// the store (SEC-2). Calls block until done; call them off the UI thread or accept a short wait.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual bool write(const QString& name, const QByteArray& secret, QString* error = nullptr) = 0;
    virtual std::optional<QByteArray> read(const QString& name, QString* error = nullptr) = 0;
    virtual bool remove(const QString& name, QString* error = nullptr) = 0;
    virtual QString backendName() const = 0; // "keychain" or "encrypted file" (shown in settings)

    // Keychain when one answers, else the encrypted file in `fallbackDir`.
    static std::unique_ptr<SecretStore> createDefault(const QString& service, const QString& fallbackDir);
    static std::unique_ptr<SecretStore> createEncryptedFile(const QString& dir);
};

} // namespace dp
