#include "messenger.h"

namespace dp::notify {

Messenger::Messenger(std::shared_ptr<http::Transport> transport) : m_transport(std::move(transport))
{
}

void Messenger::configureMail(const SmtpConfig& config)
{
    QMutexLocker lock(&m_mutex);
    m_smtp = config;
}

void Messenger::configureSms(const SmsConfig& config)
{
    QMutexLocker lock(&m_mutex);
    m_sms = config;
}

bool Messenger::mailConfigured() const
{
    QMutexLocker lock(&m_mutex);
    return m_smtp.isConfigured();
}

bool Messenger::smsConfigured() const
{
    QMutexLocker lock(&m_mutex);
    return m_sms.isConfigured();
}

Status Messenger::mail(const MailMessage& message)
{
    SmtpConfig config;
    {
        QMutexLocker lock(&m_mutex);
        config = m_smtp;
    }
    return SmtpMailer(config).send(message);
}

Result<SmsMessage> Messenger::text(const QString& to, const QString& body)
{
    SmsConfig config;
    {
        QMutexLocker lock(&m_mutex);
        config = m_sms;
    }
    return SmsClient(m_transport, config).send(to, body);
}

Result<SmsMessage> Messenger::textStatus(const QString& sid)
{
    SmsConfig config;
    {
        QMutexLocker lock(&m_mutex);
        config = m_sms;
    }
    return SmsClient(m_transport, config).status(sid);
}

} // namespace dp::notify
