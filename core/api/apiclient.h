#pragma once

#include "apierror.h"
#include "net/httptypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <optional>
#include <memory>

namespace dp::api {

struct ApiConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.stripe.com"));
    QString apiKey;                // never logged
    QString apiVersion = QStringLiteral("2026-07-29.dahlia");
    int maxRetries = 4;
    int initialDelayMs = 500;
    int maxDelayMs = 5000;
    int timeoutMs = 30000;
};

struct ApiResult
{
    int status = 0;
    QJsonObject json;
    ApiError error;
    bool replayed = false;   // Idempotent-Replayed: true
    QString requestId;
    int attempts = 0;
    bool ok() const { return !error.isError(); }
};

// Stripe-style REST client. Blocking calls meant for worker threads (never the UI thread).
// Every POST carries an Idempotency-Key: the caller passes the key of its logical operation (stored with the
// pending operation when it moves money) and every retry reuses it. Retries with jittered exponential backoff on
// network errors, 409, 429 (honouring Retry-After) and 5xx, and never when Stripe-Should-Retry says false.
class ApiClient
{
public:
    ApiClient(std::shared_ptr<http::Transport> transport, ApiConfig config);

    ApiResult get(const QString& path, const QVariantMap& query = {}, const QString& account = {});
    ApiResult post(const QString& path, const QVariantMap& params, const QString& idempotencyKey,
                   const QString& account = {});
    ApiResult del(const QString& path, const QString& account = {});

    // Walks a cursor-paginated list (newest first) with limit=100 and starting_after until has_more is false.
    // onPage returns false to stop. The result carries the last call's status/error.
    ApiResult forEachPage(const QString& path, QVariantMap query, const QString& account,
                          const std::function<bool(const QJsonArray& data)>& onPage);

    // GETs a file (a report's CSV at a File object's `url`) with the API key, same retries as the API calls.
    // The body is in *body; result.json stays empty.
    ApiResult download(const QUrl& url, QByteArray* body, const QString& account = {});

    static QString newIdempotencyKey(); // UUIDv4 text

    const ApiConfig& config() const { return m_config; }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // Test seam: how the client waits between attempts (default: QThread::msleep).
    void setSleeper(std::function<void(int ms)> sleeper) { m_sleep = std::move(sleeper); }

private:
    ApiResult send(const QByteArray& method, const QString& path, const QByteArray& queryOrBody,
                   const QString& idempotencyKey, const QString& account);
    int backoffMs(int attempt, const http::Response& response) const;
    http::Request baseRequest(const QUrl& url, const QString& account) const; // auth, version, account headers
    // Sends, retrying what shouldRetry() allows; nullopt when cancelled before an attempt.
    std::optional<http::Response> sendWithRetries(const http::Request& request, int* attempts);

    std::shared_ptr<http::Transport> m_transport;
    ApiConfig m_config;
    const std::atomic_bool* m_cancel = nullptr;
    std::function<void(int)> m_sleep;
};

} // namespace dp::api
