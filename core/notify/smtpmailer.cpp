#include "smtpmailer.h"

#include "net/curltransport.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUrl>

#include <curl/curl.h>

Q_LOGGING_CATEGORY(lcMail, "dp.core.mail")

namespace dp::notify {
namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readPayload(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = qMin(room, upload->data.size() - upload->offset);
    if (n <= 0)
        return 0;
    memcpy(buffer, upload->data.constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

} // namespace

SmtpMailer::SmtpMailer(SmtpConfig config) : m_config(std::move(config))
{
    http::CurlTransport(); // makes sure curl_global_init ran
}

Status SmtpMailer::send(const MailMessage& message)
{
    if (!m_config.isConfigured())
        return Error{Error::Code::Validation, QCoreApplication::translate("SmtpMailer", "E-mail is not set up yet: an Admin must enter the mail server (Manage tab, Mail server…)."),
                     QStringLiteral("smtp")};
    if (message.to.isEmpty())
        return Error::validation(QStringLiteral("to"), QCoreApplication::translate("SmtpMailer", "There is nobody to send this e-mail to."));

    MailMessage m = message;
    if (m.fromAddress.isEmpty())
        m.fromAddress = m_config.fromAddress;
    if (m.fromName.isEmpty())
        m.fromName = m_config.fromName;
    Upload upload{m.render(), 0};

    CURL* curl = curl_easy_init();
    if (!curl)
        return Error{Error::Code::Api, QCoreApplication::translate("SmtpMailer", "The e-mail could not be prepared."), {}};
    const QUrl url(QStringLiteral("smtp://%1:%2").arg(m_config.host).arg(m_config.port));
    const bool loopback = http::CurlTransport::isLoopback(url);
    const QByteArray urlBytes = url.toEncoded();
    const QByteArray from = "<" + m.fromAddress.toUtf8() + ">";
    const QByteArray user = m_config.user.toUtf8();
    const QByteArray password = m_config.password.toUtf8();
    struct curl_slist* rcpt = nullptr;
    QList<QByteArray> recipients;
    for (const QString& to : m.to)
        recipients.append("<" + to.trimmed().toUtf8() + ">");
    for (const QByteArray& r : recipients)
        rcpt = curl_slist_append(rcpt, r.constData());

    curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_config.timeoutMs));
    // STARTTLS when offered; demanded when a password would otherwise cross the network in clear.
    const bool requireTls = !loopback && !m_config.user.isEmpty();
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(requireTls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_config.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK) {
        qCWarning(lcMail) << "SMTP to" << m_config.host << "failed:" << curl_easy_strerror(code);
        if (code == CURLE_LOGIN_DENIED)
            return Error{Error::Code::Auth, QCoreApplication::translate("SmtpMailer", "The mail server refused the user name or password."), QStringLiteral("smtp")};
        return Error{Error::Code::Api,
                     QCoreApplication::translate("SmtpMailer", "The e-mail could not be sent (%1). Check the mail server settings.")
                         .arg(QString::fromUtf8(curl_easy_strerror(code))),
                     QStringLiteral("smtp")};
    }
    return Done{};
}

} // namespace dp::notify
