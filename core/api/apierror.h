#pragma once

#include "net/httptypes.h"

#include <QJsonObject>
#include <QString>

namespace dp::api {

// What went wrong with one API call, decoded from the Stripe-shaped error body or the network failure.
struct ApiError
{
    enum class Kind
    {
        None,
        Network,        // no reply (after retries)
        Authentication, // 401
        Permission,     // 403
        InvalidRequest, // 400/404 invalid_request_error
        Card,           // 402 card_error
        Idempotency,    // idempotency_error
        RateLimit,      // 429 after retries
        Server,         // 5xx after retries
        Decode,         // reply was not the JSON we expect
        Cancelled,
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    http::NetError netError = http::NetError::None;
    QString type, code, declineCode, param, message, requestId;

    bool isError() const { return kind != Kind::None; }
    static ApiError fromResponse(const http::Response& response); // None for 2xx
};

// The one place where API and network failures become words a cashier understands (translated).
QString userMessage(const ApiError& error);

} // namespace dp::api
