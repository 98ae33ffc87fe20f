#pragma once

#include "net/httptypes.h"
#include "foundation/result.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace dp::notify {

struct SmsConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.twilio.com")); // the sandbox's URL in sandbox mode
    QString accountSid;
    QString authToken; // from the SecretStore
    QString fromNumber; // E.164
    bool isConfigured() const { return !accountSid.isEmpty() && !authToken.isEmpty() && !fromNumber.isEmpty(); }
};

struct SmsMessage
{
    QString sid;
    QString status; // queued, sent, delivered, undelivered, failed
    QString to;
};

// Text messages through a Twilio-style Messages API (POST /2010-04-01/Accounts/{sid}/Messages.json, Basic auth).
class SmsClient
{
public:
    SmsClient(std::shared_ptr<http::Transport> transport, SmsConfig config);
    Result<SmsMessage> send(const QString& to, const QString& body);
    Result<SmsMessage> status(const QString& sid);
    const SmsConfig& config() const { return m_config; }

private:
    Result<SmsMessage> call(const QByteArray& method, const QString& path, const QByteArray& body);
    std::shared_ptr<http::Transport> m_transport;
    SmsConfig m_config;
};

} // namespace dp::notify
