#include "apiclient.h"

#include "foundation/formcodec.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcApi, "dp.core.api")

namespace dp::api {

ApiClient::ApiClient(std::shared_ptr<http::Transport> transport, ApiConfig config)
    : m_transport(std::move(transport)), m_config(std::move(config)),
      m_sleep([](int ms) { QThread::msleep(ulong(ms)); })
{
}

QString ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ApiResult ApiClient::get(const QString& path, const QVariantMap& query, const QString& account)
{
    return send("GET", path, encodeForm(query), {}, account);
}

ApiResult ApiClient::post(const QString& path, const QVariantMap& params, const QString& idempotencyKey,
                          const QString& account)
{
    // Every POST carries a key; a caller that has none gets a fresh one, reused by the retries below.
    const QString key = idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey;
    return send("POST", path, encodeForm(params), key, account);
}

ApiResult ApiClient::del(const QString& path, const QString& account)
{
    return send("DELETE", path, {}, {}, account);
}

int ApiClient::backoffMs(int attempt, const http::Response& response) const
{
    const QByteArray retryAfter = response.header("Retry-After");
    bool ok = false;
    const int seconds = retryAfter.toInt(&ok);
    if (ok && seconds >= 0 && seconds <= 60)
        return seconds * 1000;
    // min(initial * 2^(n-1), max), jittered by a factor in [0.5, 1], floored at half the initial delay.
    const qint64 base = qMin<qint64>(qint64(m_config.initialDelayMs) << qMin(attempt - 1, 20), m_config.maxDelayMs);
    const double factor = 0.5 + QRandomGenerator::global()->bounded(0.5);
    return qMax(int(base * factor), m_config.initialDelayMs / 2);
}

static bool shouldRetry(const http::Response& response)
{
    const QByteArray hint = response.header("Stripe-Should-Retry");
    if (hint == "false")
        return false;
    if (hint == "true")
        return true;
    if (!response.networkOk())
        return response.error != http::NetError::Cancelled && response.error != http::NetError::Tls;
    return response.status == 409 || response.status == 429 || response.status >= 500;
}

http::Request ApiClient::baseRequest(const QUrl& url, const QString& account) const
{
    http::Request request;
    request.url = url;
    request.timeoutMs = m_config.timeoutMs;
    request.headers = {
        {"Authorization", "Bearer " + m_config.apiKey.toUtf8()},
        {"Stripe-Version", m_config.apiVersion.toLatin1()},
        {"User-Agent", "DealerPay/0.1"},
    };
    if (!account.isEmpty())
        request.headers.append({QByteArray("Stripe-Account"), account.toUtf8()});
    return request;
}

std::optional<http::Response> ApiClient::sendWithRetries(const http::Request& request, int* attempts)
{
    http::Response response;
    for (int attempt = 1;; ++attempt) {
        if (m_cancel && m_cancel->load())
            return std::nullopt;
        *attempts = attempt;
        response = m_transport->send(request);
        if (attempt > m_config.maxRetries || !shouldRetry(response))
            return response;
        const int wait = backoffMs(attempt, response);
        qCInfo(lcApi).noquote() << request.method << request.url.path() << "attempt" << attempt << "got"
                                << (response.networkOk() ? QString::number(response.status) : response.errorDetail)
                                << "- retrying in" << wait << "ms";
        m_sleep(wait);
    }
}

ApiResult ApiClient::send(const QByteArray& method, const QString& path, const QByteArray& queryOrBody,
                          const QString& idempotencyKey, const QString& account)
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + path);
    if (method == "GET" && !queryOrBody.isEmpty())
        url.setQuery(QString::fromLatin1(queryOrBody), QUrl::StrictMode);
    http::Request request = baseRequest(url, account);
    request.method = method;
    if (method != "GET")
        request.body = queryOrBody;
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    if (method == "POST")
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
    if (!idempotencyKey.isEmpty())
        request.headers.append({QByteArray("Idempotency-Key"), idempotencyKey.toUtf8()});

    ApiResult result;
    const std::optional<http::Response> sent = sendWithRetries(request, &result.attempts);
    if (!sent) {
        result.error.kind = ApiError::Kind::Cancelled;
        return result;
    }
    const http::Response& response = *sent;
    result.status = response.status;
    result.requestId = QString::fromLatin1(response.header("Request-Id"));
    result.replayed = response.header("Idempotent-Replayed") == "true";
    result.error = ApiError::fromResponse(response);
    if (result.error.isError())
        return result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.error.kind = ApiError::Kind::Decode;
        result.error.httpStatus = response.status;
        result.error.message = parseError.errorString();
        return result;
    }
    result.json = doc.object();
    return result;
}

ApiResult ApiClient::forEachPage(const QString& path, QVariantMap query, const QString& account,
                                 const std::function<bool(const QJsonArray&)>& onPage)
{
    if (!query.contains(QStringLiteral("limit")))
        query.insert(QStringLiteral("limit"), 100);
    for (;;) {
        ApiResult page = get(path, query, account);
        if (!page.ok())
            return page;
        const QJsonArray data = page.json.value(QLatin1String("data")).toArray();
        if (!onPage(data) || !page.json.value(QLatin1String("has_more")).toBool() || data.isEmpty())
            return page;
        query.insert(QStringLiteral("starting_after"), data.last().toObject().value(QLatin1String("id")).toString());
    }
}

ApiResult ApiClient::download(const QUrl& url, QByteArray* body, const QString& account)
{
    http::Request request = baseRequest(url, account);
    request.method = "GET";
    ApiResult result;
    const std::optional<http::Response> sent = sendWithRetries(request, &result.attempts);
    if (!sent) {
        result.error.kind = ApiError::Kind::Cancelled;
        return result;
    }
    const http::Response& response = *sent;
    result.status = response.status;
    result.requestId = QString::fromLatin1(response.header("Request-Id"));
    result.error = ApiError::fromResponse(response);
    if (result.ok() && body)
        *body = response.body;
    return result;
}

} // namespace dp::api
