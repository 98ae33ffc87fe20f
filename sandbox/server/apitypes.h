#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace dp::sandbox {

// One decoded request as the handlers see it.
struct ApiRequest
{
    QString method;           // "GET", "POST", "DELETE"
    QString path;             // "/v1/accounts/acct_123"
    QStringList args;         // the path's captured segments, in pattern order
    QVariantMap params;       // form body (POST) or query string (GET, DELETE), decoded with dp::decodeForm
    QString account;          // Stripe-Account header (already checked to exist), empty for the platform
    QString requestId;        // req_...
    QString idempotencyKey;   // Idempotency-Key header, empty when absent
    QString apiVersion;       // Stripe-Version header or the sandbox default
    QByteArray authorization; // raw Authorization header (pages and the SMS gateway check their own)
    QByteArray userAgent;

    QString arg(int i) const { return args.value(i); }
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    HeaderList headers;
    // False for failures before execution started (parameter validation): Stripe does not keep those under the
    // idempotency key, so a corrected retry with the same key executes.
    bool storeIdempotent = true;

    static ApiResponse json(const QJsonObject& object, int status = 200);
    static ApiResponse html(const QString& page, int status = 200);
    static ApiResponse redirect(const QString& url);
};

using Handler = std::function<ApiResponse(const ApiRequest&)>;

} // namespace dp::sandbox
