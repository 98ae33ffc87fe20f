#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

namespace dp::test {

// A blocking HTTP client for the sandbox tests (QNetworkAccessManager + a local event loop), no redirects followed.
class SandboxClient
{
  public:
    struct Reply
    {
        int status = 0; // 0 = no HTTP reply (connection reset, truncated, ...)
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;
        QByteArray header(const QByteArray& name) const;
        QString error(const char* key) const
        {
            return json.value(QLatin1String("error")).toObject().value(QLatin1String(key)).toString();
        }
        QString str(const char* key) const { return json.value(QLatin1String(key)).toString(); }
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit SandboxClient(QUrl base, QString key = QStringLiteral("sk_test_dealerpay"));
    void setKey(const QString& key) { m_key = key; }

    Reply get(const QString& path, const QByteArray& query = {}, const Headers& headers = {});
    Reply post(const QString& path, const QByteArray& form, const Headers& headers = {});
    Reply del(const QString& path, const Headers& headers = {});
    Reply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body, const Headers& headers,
               bool authorize = true);
    // GETs or POSTs an absolute URL as a browser would (no API key).
    Reply browse(const QUrl& url, const QByteArray& form = {});
    QUrl base() const { return m_base; }

  private:
    Reply run(QNetworkReply* reply);
    QUrl m_base;
    QString m_key;
    QNetworkAccessManager m_nam;
};

} // namespace dp::test
