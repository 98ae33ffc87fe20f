#include "apierror.h"

#include <QJsonDocument>
#include <QUrl>

namespace dp::sandbox {

ApiResponse ApiResponse::json(const QJsonObject& object, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::html(const QString& page, int status)
{
    ApiResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.body = page.toUtf8();
    r.storeIdempotent = false;
    return r;
}

ApiResponse ApiResponse::redirect(const QString& url)
{
    ApiResponse r;
    r.status = 302;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.headers.append({QByteArrayLiteral("Location"), QUrl(url).toEncoded()});
    r.body = QByteArrayLiteral("<!doctype html><title>Redirecting</title>");
    r.storeIdempotent = false;
    return r;
}

QJsonObject errorJson(const ApiError& error)
{
    QJsonObject e = error.extra;
    e.insert(QStringLiteral("type"), error.type);
    e.insert(QStringLiteral("message"), error.message);
    if (!error.code.isEmpty()) {
        e.insert(QStringLiteral("code"), error.code);
        e.insert(QStringLiteral("doc_url"),
                 QString(QStringLiteral("https://stripe.com/docs/error-codes/") + error.code));
    }
    if (!error.param.isEmpty())
        e.insert(QStringLiteral("param"), error.param);
    if (!error.declineCode.isEmpty())
        e.insert(QStringLiteral("decline_code"), error.declineCode);
    return QJsonObject{{QStringLiteral("error"), e}};
}

ApiResponse errorResponse(const ApiError& error)
{
    ApiResponse r = ApiResponse::json(errorJson(error), error.status);
    r.storeIdempotent = error.executed;
    return r;
}

namespace fail {

void with(ApiError error)
{
    throw error;
}

void missing(const QString& param)
{
    with(ApiError{400, QStringLiteral("invalid_request_error"), QStringLiteral("parameter_missing"),
                  QStringLiteral("Missing required param: %1.").arg(param), param});
}

void invalid(const QString& param, const QString& message, const QString& code)
{
    with(ApiError{400, QStringLiteral("invalid_request_error"), code, message, param});
}

void unknownParam(const QString& param)
{
    with(ApiError{400, QStringLiteral("invalid_request_error"), QStringLiteral("parameter_unknown"),
                  QStringLiteral("Received unknown parameter: %1").arg(param), param});
}

void noSuch(const QString& what, const QString& id, const QString& param)
{
    const int status = param == QLatin1String("id") ? 404 : 400;
    with(ApiError{status, QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
                  QStringLiteral("No such %1: '%2'").arg(what, id), param});
}

void request(const QString& message, const QString& param, const QString& code)
{
    with(ApiError{400, QStringLiteral("invalid_request_error"), code, message, param});
}

} // namespace fail

} // namespace dp::sandbox
