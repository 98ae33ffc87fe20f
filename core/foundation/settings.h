#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace dp {

// Typed per-workstation settings (QSettings underneath). One table of key -> {name, default}.
// Secrets never go here: see SecretStore.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key
    {
        ApiMode,           // "sandbox" (embedded) or "live"
        ApiBaseUrl,        // live base URL, default https://api.stripe.com
        ApiVersion,        // Stripe-Version header
        SandboxProfile,    // "demo" or "empty"
        SandboxSeed,
        EventPollSeconds,  // how often status is refreshed from events
        DatabaseDriver,    // "QSQLITE" or "QPSQL"
        DatabasePath,      // SQLite file; empty = default under the data dir
        PgHost, PgPort, PgDatabase, PgUser,
        Language,          // "" = system locale, else "en", "fr", "it"
        LastUserEmail,
        OnboardingReturnUrl,
        SmtpHost, SmtpPort, SmtpUser, SmtpFrom,
        SmsBaseUrl, SmsAccountSid, SmsFromNumber, // live SMS gateway (the token is a secret)
        UiLastPages,       // JSON object: user e-mail -> the navigation page they used last
        JournalAccountClearing,    // PAY-8 journal: card receipts in transit (the payments provider's balance)
        JournalAccountReceivables, // PAY-8 journal: credited with gross card receipts
        JournalAccountRefunds,     // PAY-8 journal: debited with refunds
        JournalAccountFees,        // PAY-8 journal: card processing fees
        JournalAccountBank,        // PAY-8 journal: the bank account payouts are deposited in
    };
    Q_ENUM(Key)

    explicit Settings(const QString& iniPath, QObject* parent = nullptr); // empty path = the platform default
    QVariant value(Key key) const;
    QString string(Key key) const { return value(key).toString(); }
    int integer(Key key) const { return value(key).toInt(); }
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    // False for a name that sounds like a secret ("password", "secret", "key") or a value that looks like an API key
    // or webhook secret: setValue() refuses those (SEC-2).
    static bool mayStore(const QString& name, const QVariant& value);
    QString fileName() const;

signals:
    void changed(dp::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace dp
