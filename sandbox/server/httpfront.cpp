#include "httpfront.h"

#include "apierror.h"
#include "sandboxstate.h"
#include "foundation/formcodec.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace dp::sandbox {

namespace {

QByteArray header(const QHttpServerRequest& request, const char* name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    default:
        return QStringLiteral("OTHER");
    }
}

// "sk_live_****************1234": never the whole key.
QString maskKey(const QString& key)
{
    if (key.size() < 12)
        return QString(key.size(), QLatin1Char('*'));
    return key.left(8) + QString(key.size() - 12, QLatin1Char('*')) + key.right(4);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

HttpFront::HttpFront(SandboxState& state, const Router& router, QObject* parent)
    : QAbstractHttpServer(parent), m_state(state), m_router(router)
{
}

bool HttpFront::authorized(const QByteArray& authorization, ApiResponse* failure)
{
    QString key;
    if (authorization.startsWith("Bearer ")) {
        key = QString::fromUtf8(authorization.mid(7).trimmed());
    } else if (authorization.startsWith("Basic ")) {
        const QByteArray userPass = QByteArray::fromBase64(authorization.mid(6).trimmed());
        key = QString::fromUtf8(userPass.left(userPass.indexOf(':') < 0 ? userPass.size() : userPass.indexOf(':')));
    }
    if (key.startsWith(QLatin1String("sk_test_")) && key.size() > 8)
        return true;
    ApiError error{401, QStringLiteral("invalid_request_error")};
    error.message =
        key.isEmpty()
            ? QStringLiteral("You did not provide an API key. You need to provide your API key in the Authorization "
                             "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').")
            : QStringLiteral("Invalid API Key provided: %1").arg(maskKey(key));
    *failure = errorResponse(error);
    return false;
}

ApiResponse HttpFront::faultResponse(const Fault& fault)
{
    ApiError error{fault.status};
    if (fault.status == 429) {
        error.code = QStringLiteral("rate_limit");
        error.message = QStringLiteral("Too many requests hit the API too quickly. We recommend an exponential "
                                       "backoff of your requests.");
    } else if (fault.status == 402) {
        error.type = QStringLiteral("card_error");
        error.code = QStringLiteral("card_declined");
        error.message = QStringLiteral("Your card was declined.");
    } else if (fault.status >= 500) {
        error.type = QStringLiteral("api_error");
        error.message = QStringLiteral("An unknown error occurred (injected by the sandbox).");
    } else {
        error.message = QStringLiteral("Injected sandbox failure (status %1).").arg(fault.status);
        if (fault.status == 409)
            error.code = QStringLiteral("lock_timeout");
    }
    ApiResponse response = errorResponse(error);
    if (fault.retryAfter >= 0)
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfter)});
    if (!fault.shouldRetry.isEmpty())
        response.headers.append({QByteArrayLiteral("Stripe-Should-Retry"), fault.shouldRetry.toLatin1()});
    return response;
}

ApiResponse HttpFront::execute(ApiRequest& api, const Router::Match& match, const QByteArray& body,
                               const QByteArray& query, bool* replayed)
{
    if (!match.route) {
        return errorResponse(
            ApiError{404,
                     QStringLiteral("invalid_request_error"),
                     {},
                     QStringLiteral("Unrecognized request URL (%1: %2). Please see https://stripe.com/docs "
                                    "or we can help at https://support.stripe.com/.")
                         .arg(api.method, api.path)});
    }
    api.args = match.args;
    api.params = dp::decodeForm(api.method == QLatin1String("POST") ? body : query);
    const bool apiRoute = match.route->access == Access::ApiKey;
    const bool idempotent = apiRoute && api.method == QLatin1String("POST") && !api.idempotencyKey.isEmpty();
    if (apiRoute) {
        ApiResponse failure;
        if (!authorized(api.authorization, &failure))
            return failure;
        if (!api.account.isEmpty() && m_state.store().position(api.account, QStringLiteral("account"), {}) < 0) {
            return errorResponse(
                ApiError{403, QStringLiteral("invalid_request_error"), QStringLiteral("account_invalid"),
                         QStringLiteral("The provided key does not have access to account '%1' (or that "
                                        "account does not exist). Application access may have been revoked.")
                             .arg(api.account)});
        }
        if (idempotent) {
            const auto lookup = m_state.idempotency().find(api, m_state.now());
            if (lookup.outcome == IdempotencyCache::Outcome::Replay) {
                *replayed = true;
                ApiResponse response = lookup.response;
                response.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
                return response;
            }
            if (lookup.outcome == IdempotencyCache::Outcome::Mismatch) {
                return errorResponse(
                    ApiError{400,
                             QStringLiteral("idempotency_error"),
                             {},
                             QStringLiteral("Keys for idempotent requests can only be used with the same "
                                            "parameters they were first used with. Try using a key other "
                                            "than '%1' if you meant to execute a different request.")
                                 .arg(api.idempotencyKey)});
            }
        }
    }
    ApiResponse response;
    m_state.setCurrentRequest(&api);
    try {
        response = match.route->handler(api);
    } catch (const ApiError& error) {
        response = errorResponse(error);
    }
    m_state.setCurrentRequest(nullptr);
    if (idempotent && response.storeIdempotent)
        m_state.idempotency().store(api, response, m_state.now());
    return response;
}

bool HttpFront::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Replies go out as soon as they are written: without TCP_NODELAY a reply written in two parts waits for the
    // client's delayed ACK (about 40 ms per request on a kept-alive connection).
    if (!socket->property("dpNoDelay").toBool()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setProperty("dpNoDelay", true);
    }
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.requestId = QStringLiteral("req_") + m_state.newId({}, 14);
    api.account = QString::fromUtf8(header(request, "Stripe-Account")).trimmed();
    api.idempotencyKey = QString::fromUtf8(header(request, "Idempotency-Key")).trimmed();
    const QByteArray version = header(request, "Stripe-Version");
    api.apiVersion = version.isEmpty() ? QString::fromLatin1(kDefaultApiVersion) : QString::fromUtf8(version);
    api.authorization = header(request, "Authorization");
    api.userAgent = header(request, "User-Agent");

    RequestRecord record;
    record.method = api.method;
    record.path = api.path;
    record.idempotencyKey = api.idempotencyKey;
    record.account = api.account;
    const Router::Match match = m_router.match(api.method, api.path);
    Fault fault;
    const bool faulted = !api.path.startsWith(QLatin1String("/v1/test_helpers/faults")) &&
                         !api.path.startsWith(QLatin1String("/v1/test_helpers/requests")) &&
                         m_state.faults().take(api.method, api.path, &fault);
    if (faulted)
        record.fault = fault.modeName();
    if (faulted && fault.mode == Fault::Mode::Reset) {
        appendRecord(record);
        resetConnection(socket);
        return true;
    }

    ApiResponse response;
    if (faulted && !fault.executes()) {
        response = faultResponse(fault);
    } else {
        response =
            execute(api, match, request.body(), request.url().query(QUrl::FullyEncoded).toUtf8(), &record.replayed);
    }
    response.headers.append({QByteArrayLiteral("Request-Id"), api.requestId.toLatin1()});
    response.headers.append({QByteArrayLiteral("Stripe-Version"), api.apiVersion.toUtf8()});
    if (!api.idempotencyKey.isEmpty() && api.method == QLatin1String("POST"))
        response.headers.append({QByteArrayLiteral("Idempotency-Key"), api.idempotencyKey.toUtf8()});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store")});
    record.status = response.status;
    appendRecord(record);

    if (faulted && fault.mode == Fault::Mode::Truncate) {
        writeRaw(socket, response, response.body.size() / 2);
        socket->disconnectFromHost();
    } else if (faulted && fault.mode == Fault::Mode::Slow) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault.delayMs, socket, [guard, response] {
            if (guard)
                writeRaw(guard, response, response.body.size());
        });
    } else {
        QHttpServerResponse reply(response.contentType, response.body,
                                  static_cast<QHttpServerResponse::StatusCode>(response.status));
        for (const auto& [name, value] : response.headers)
            reply.addHeader(name, value);
        reply.write(makeResponder(request, socket));
    }
    return true;
}

void HttpFront::appendRecord(const RequestRecord& record)
{
    constexpr qsizetype kMaxRecords = 100000; // a long sync must not grow the log without end
    QList<RequestRecord>& log = m_state.requestLog();
    if (log.size() >= kMaxRecords)
        log.remove(0, kMaxRecords / 10);
    log.append(record);
}

void HttpFront::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound).write(makeResponder(request, socket));
}

void HttpFront::writeRaw(QTcpSocket* socket, const ApiResponse& response, qsizetype bodyBytes)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + response.body.left(bodyBytes);
    socket->write(out);
    socket->flush();
}

void HttpFront::resetConnection(QTcpSocket* socket)
{
    // SO_LINGER with a zero timeout makes close() send RST: the client sees "connection reset by peer".
    const struct linger hard = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(0, socket, [guard] {
        if (guard)
            guard->abort();
    });
}

} // namespace dp::sandbox
