#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dp::api {
ApiError ApiError::fromResponse(const http::Response& response)
{
    ApiError error;
    error.requestId = QString::fromLatin1(response.header("Request-Id"));
    if (!response.networkOk()) {
        error.kind = response.error == http::NetError::Cancelled ? Kind::Cancelled : Kind::Network;
        error.netError = response.error;
        error.message = response.errorDetail;
        return error;
    }
    error.httpStatus = response.status;
    if (response.status >= 200 && response.status < 300)
        return error;

    const QJsonObject body = QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")).toObject();
    error.type = body.value(QLatin1String("type")).toString();
    error.code = body.value(QLatin1String("code")).toString();
    error.declineCode = body.value(QLatin1String("decline_code")).toString();
    error.param = body.value(QLatin1String("param")).toString();
    error.message = body.value(QLatin1String("message")).toString();

    if (error.type == QLatin1String("idempotency_error"))
        error.kind = Kind::Idempotency;
    else if (error.type == QLatin1String("card_error") || response.status == 402)
        error.kind = Kind::Card;
    else if (response.status == 401)
        error.kind = Kind::Authentication;
    else if (response.status == 403)
        error.kind = Kind::Permission;
    else if (response.status == 429)
        error.kind = Kind::RateLimit;
    else if (response.status >= 500)
        error.kind = Kind::Server;
    else
        error.kind = Kind::InvalidRequest;
    return error;
}

QString userMessage(const ApiError& error)
{
    using K = ApiError::Kind;
    switch (error.kind) {
    case K::None:
        return {};
    case K::Network:
        if (error.netError == http::NetError::Timeout)
            return QCoreApplication::translate("ApiError", "The payments service did not answer in time. Check the internet connection and try again; "
                     "nothing will be charged twice.");
        if (error.netError == http::NetError::Tls)
            return QCoreApplication::translate("ApiError", "The secure connection to the payments service could not be verified. Ask your IT contact to "
                     "check this computer's date and network.");
        return QCoreApplication::translate("ApiError", "The payments service cannot be reached. Check the internet connection and try again.");
    case K::Authentication:
        return QCoreApplication::translate("ApiError", "The payments service did not accept this workstation's API key. Ask an Admin "
                 "to enter the key again.");
    case K::Permission:
        return QCoreApplication::translate("ApiError", "The payments account does not allow this operation.");
    case K::Card:
        if (error.declineCode == QLatin1String("insufficient_funds"))
            return QCoreApplication::translate("ApiError", "The card was declined for insufficient funds. Ask the customer for another card.");
        if (error.code == QLatin1String("expired_card"))
            return QCoreApplication::translate("ApiError", "The card has expired. Ask the customer for another card.");
        return QCoreApplication::translate("ApiError", "The card was declined. Ask the customer to use another card or call their bank.");
    case K::Idempotency:
        return QCoreApplication::translate("ApiError", "This request was already sent with different details. Start it again from the beginning.");
    case K::RateLimit:
        return QCoreApplication::translate("ApiError", "The payments service is busy. Please wait a minute and try again.");
    case K::Server:
        return QCoreApplication::translate("ApiError", "The payments service had a problem. Try again in a few minutes; nothing will be charged twice.");
    case K::Decode:
        return QCoreApplication::translate("ApiError", "The payments service sent an answer DealerPay does not understand. Try again later.");
    case K::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled.");
    case K::InvalidRequest:
        if (error.code == QLatin1String("resource_missing"))
            return QCoreApplication::translate("ApiError", "This item no longer exists at the payments service. Refresh and try again.");
        if (error.code == QLatin1String("amount_too_large") || error.param == QLatin1String("amount"))
            return QCoreApplication::translate("ApiError", "The amount is not allowed for this payment.");
        if (error.param.contains(QLatin1String("statement_descriptor")))
            return QCoreApplication::translate("ApiError", "The statement descriptor was refused: use 5 to 22 letters or digits, with at least one "
                     "letter and none of < > \\ ' \" *.");
        if (!error.message.isEmpty())
            return QCoreApplication::translate("ApiError", "The payments service refused the request: %1").arg(error.message);
        return QCoreApplication::translate("ApiError", "The payments service refused the request.");
    }
    return {};
}

} // namespace dp::api
