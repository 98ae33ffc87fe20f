#include "sandboxclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace dp::test {

QByteArray SandboxClient::Reply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxClient::SandboxClient(QUrl base, QString key) : m_base(std::move(base)), m_key(std::move(key))
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SandboxClient::Reply SandboxClient::run(QNetworkReply* reply)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(20000);
    if (!reply->isFinished())
        loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    if (reply->error() == QNetworkReply::RemoteHostClosedError ||
        reply->error() == QNetworkReply::OperationCanceledError)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

SandboxClient::Reply SandboxClient::send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                                         const Headers& headers, bool authorize)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    if (authorize && !m_key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    auto* buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    return run(reply);
}

SandboxClient::Reply SandboxClient::get(const QString& path, const QByteArray& query, const Headers& headers)
{
    return send("GET", query.isEmpty() ? path : path + QLatin1Char('?') + QString::fromLatin1(query), {}, headers);
}

SandboxClient::Reply SandboxClient::post(const QString& path, const QByteArray& form, const Headers& headers)
{
    return send("POST", path, form, headers);
}

SandboxClient::Reply SandboxClient::del(const QString& path, const Headers& headers)
{
    return send("DELETE", path, {}, headers);
}

SandboxClient::Reply SandboxClient::browse(const QUrl& url, const QByteArray& form)
{
    const QString path = url.path() + (url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString());
    return send(form.isEmpty() ? "GET" : "POST", path, form, {}, false);
}

} // namespace dp::test
