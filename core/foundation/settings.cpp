#include "settings.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QRegularExpression>

namespace dp {

Settings::Settings(const QString& iniPath, QObject* parent) : QObject(parent)
{
    if (iniPath.isEmpty()) {
        const QString org = QCoreApplication::organizationName();
        m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                 org.isEmpty() ? QStringLiteral("DealerPay") : org,
                                                 QStringLiteral("DealerPay"));
    } else {
        m_settings = std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    }
}

// "ApiBaseUrl" -> "api/base_url": the first word is the INI section, the rest the key in snake case.
QString Settings::keyName(Key key)
{
    const QString name = QString::fromLatin1(QMetaEnum::fromType<Key>().valueToKey(int(key)));
    QStringList words;
    for (const QChar c : name) {
        if (c.isUpper() || words.isEmpty())
            words.append(QString(c.toLower()));
        else
            words.last().append(c);
    }
    if (words.size() == 1)
        return words.first();
    return words.first() + QLatin1Char('/') + words.mid(1).join(QLatin1Char('_'));
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::ApiMode:
        return QStringLiteral("sandbox");
    case Key::ApiBaseUrl:
        return QStringLiteral("https://api.stripe.com");
    case Key::ApiVersion:
        return QStringLiteral("2026-07-29.dahlia");
    case Key::SandboxProfile:
        return QStringLiteral("demo");
    case Key::SandboxSeed:
        return 42;
    case Key::EventPollSeconds:
        return 5;
    case Key::DatabaseDriver:
        return QStringLiteral("QSQLITE");
    case Key::PgPort:
        return 5432;
    case Key::OnboardingReturnUrl:
        return QStringLiteral("https://dealerpay.app/onboarding/return");
    case Key::SmtpPort:
        return 587;
    case Key::SmsBaseUrl:
        return QStringLiteral("https://api.twilio.com");
    case Key::JournalAccountClearing:
        return QStringLiteral("1150");
    case Key::JournalAccountReceivables:
    case Key::JournalAccountRefunds:
        return QStringLiteral("1200");
    case Key::JournalAccountFees:
        return QStringLiteral("6150");
    case Key::JournalAccountBank:
        return QStringLiteral("1010");
    case Key::DatabasePath:
    case Key::PgHost:
    case Key::PgDatabase:
    case Key::PgUser:
    case Key::Language:
    case Key::LastUserEmail:
    case Key::SmtpHost:
    case Key::SmtpUser:
    case Key::SmtpFrom:
    case Key::SmsAccountSid:
    case Key::SmsFromNumber:
    case Key::UiLastPages:
        break;
    }
    return QString();
}

bool Settings::mayStore(const QString& name, const QVariant& value)
{
    static const QRegularExpression secretName(QStringLiteral("password|secret|key"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secretValue(QStringLiteral("^\\s*((sk|rk)_(live|test)_|whsec_)"));
    return !secretName.match(name).hasMatch() && !secretValue.match(value.toString()).hasMatch();
}

QVariant Settings::value(Key key) const
{
    const QVariant fallback = defaultValue(key);
    QVariant stored = m_settings->value(keyName(key), fallback);
    // INI files give strings back: return the type of the default, or the default when the text does not convert.
    if (stored.metaType() != fallback.metaType() && !stored.convert(fallback.metaType()))
        return fallback;
    return stored;
}

void Settings::setValue(Key key, const QVariant& value)
{
    const QString name = keyName(key);
    if (!mayStore(name, value)) {
        qWarning("Settings: refused to store %s: secrets belong in the secret store", qPrintable(name));
        return;
    }
    if (m_settings->contains(name) && m_settings->value(name).toString() == value.toString())
        return;
    m_settings->setValue(name, value);
    m_settings->sync();
    emit changed(key);
}

void Settings::reset(Key key)
{
    const QString name = keyName(key);
    if (!m_settings->contains(name))
        return;
    m_settings->remove(name);
    m_settings->sync();
    emit changed(key);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace dp
