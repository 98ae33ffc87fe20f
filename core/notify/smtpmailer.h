#pragma once

#include "mailmessage.h"
#include "foundation/result.h"

#include <QString>

namespace dp::notify {

struct SmtpConfig
{
    QString host;
    int port = 587;
    QString user;
    QString password;  // from the SecretStore, never from settings
    QString fromAddress;
    QString fromName;
    int timeoutMs = 30000;
    bool isConfigured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
};

// Sends mail over SMTP with libcurl: STARTTLS when the server offers it (required when credentials go to a
// server that is not on this machine), TLS verification on. Blocking; call off the UI thread.
class SmtpMailer
{
public:
    explicit SmtpMailer(SmtpConfig config);
    Status send(const MailMessage& message);
    const SmtpConfig& config() const { return m_config; }

private:
    SmtpConfig m_config;
};

} // namespace dp::notify
