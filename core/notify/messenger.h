#pragma once

#include "mailmessage.h"
#include "smsclient.h"
#include "smtpmailer.h"

#include <QMutex>

#include <memory>

namespace dp::notify {

// How DealerPay reaches people: e-mail over SMTP and text messages through the SMS gateway. Configured once from
// settings and the SecretStore (AppContext); the services only ask it to send.
class Messenger
{
public:
    explicit Messenger(std::shared_ptr<http::Transport> transport);
    void configureMail(const SmtpConfig& config);
    void configureSms(const SmsConfig& config);
    bool mailConfigured() const;
    bool smsConfigured() const;
    Status mail(const MailMessage& message);
    Result<SmsMessage> text(const QString& to, const QString& body);
    Result<SmsMessage> textStatus(const QString& sid);

private:
    std::shared_ptr<http::Transport> m_transport;
    mutable QMutex m_mutex;
    SmtpConfig m_smtp;
    SmsConfig m_sms;
};

} // namespace dp::notify
