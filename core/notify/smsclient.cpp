#include "smsclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace dp::notify {
SmsClient::SmsClient(std::shared_ptr<http::Transport> transport, SmsConfig config)
    : m_transport(std::move(transport)), m_config(std::move(config))
{
}

Result<SmsMessage> SmsClient::send(const QString& to, const QString& body)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("To"), to);
    form.addQueryItem(QStringLiteral("From"), m_config.fromNumber);
    form.addQueryItem(QStringLiteral("Body"), body);
    QByteArray encoded = form.toString(QUrl::FullyEncoded).toUtf8();
    encoded.replace("+", "%2B"); // QUrlQuery leaves '+' alone; in a form body it would read as a space
    return call("POST", QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(m_config.accountSid), encoded);
}

Result<SmsMessage> SmsClient::status(const QString& sid)
{
    return call("GET", QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(m_config.accountSid, sid), {});
}

Result<SmsMessage> SmsClient::call(const QByteArray& method, const QString& path, const QByteArray& body)
{
    if (!m_config.isConfigured())
        return Error{Error::Code::Validation, QCoreApplication::translate("SmsClient", "Text messages are not set up yet: an Admin must enter the SMS account."),
                     QStringLiteral("sms")};
    http::Request request;
    request.method = method;
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + path);
    request.url = url;
    request.body = body;
    const QByteArray basic = (m_config.accountSid + QLatin1Char(':') + m_config.authToken).toUtf8().toBase64();
    request.headers = {{QByteArray("Authorization"), "Basic " + basic}, {QByteArray("Accept"), QByteArray("application/json")}};
    if (method == "POST")
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
    http::Response response;
    for (int attempt = 0; attempt < 3; ++attempt) { // reads only; a POST is not repeated on a lost reply
        response = m_transport->send(request);
        if (response.networkOk() || method == "POST")
            break;
    }
    if (!response.networkOk())
        return Error{Error::Code::Api, QCoreApplication::translate("SmsClient", "The text message service cannot be reached. Try again in a moment."), {}};
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    if (response.status >= 400) {
        const QString detail = json.value(QLatin1String("message")).toString();
        if (response.status == 401)
            return Error{Error::Code::Auth, QCoreApplication::translate("SmsClient", "The text message service refused the account details."), QStringLiteral("sms")};
        return Error{Error::Code::Api, QCoreApplication::translate("SmsClient", "The text message was refused: %1").arg(detail), QStringLiteral("phone")};
    }
    return SmsMessage{json.value(QLatin1String("sid")).toString(), json.value(QLatin1String("status")).toString(),
                      json.value(QLatin1String("to")).toString()};
}

} // namespace dp::notify
