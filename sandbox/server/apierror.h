#pragma once

#include "apitypes.h"

#include <QJsonObject>
#include <QString>

namespace dp::sandbox {

// A Stripe error. Handlers throw it; the HTTP front turns it into {"error": {...}} with the status code.
struct ApiError
{
    ApiError() = default;
    explicit ApiError(int status_, QString type_ = QStringLiteral("invalid_request_error"), QString code_ = {},
                      QString message_ = {}, QString param_ = {})
        : status(status_), type(std::move(type_)), code(std::move(code_)), message(std::move(message_)),
          param(std::move(param_))
    {
    }

    int status = 400;
    QString type = QStringLiteral("invalid_request_error");
    QString code;
    QString message;
    QString param;
    QString declineCode;
    QJsonObject extra;     // further error keys (charge, payment_intent, ...)
    bool executed = false; // the request had started executing: its result is kept under the idempotency key
};

QJsonObject errorJson(const ApiError& error);
ApiResponse errorResponse(const ApiError& error);

namespace fail {
[[noreturn]] void with(ApiError error);
[[noreturn]] void missing(const QString& param); // 400 parameter_missing
[[noreturn]] void invalid(const QString& param, const QString& message, const QString& code = {}); // 400
[[noreturn]] void unknownParam(const QString& param); // 400 parameter_unknown
// "No such <what>: '<id>'", resource_missing. A URL id gives 404 with param "id"; a body param gives 400.
[[noreturn]] void noSuch(const QString& what, const QString& id, const QString& param = QStringLiteral("id"));
[[noreturn]] void request(const QString& message, const QString& param = {}, const QString& code = {}); // 400
} // namespace fail

} // namespace dp::sandbox
