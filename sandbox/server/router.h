#pragma once

#include "apitypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dp::sandbox {

// Who may call a route: the API (secret key, Stripe-Account, idempotency) or anyone (browser pages, the SMS
// gateway, which checks its own credentials).
enum class Access
{
    ApiKey,
    Public
};

// Method + path pattern -> handler. A pattern segment "{name}" captures one path segment; "{name}.json" captures
// the part before a literal suffix. Captures are handed to the handler in ApiRequest::args.
class Router
{
  public:
    struct Route
    {
        QString method;
        QStringList segments;
        Handler handler;
        Access access = Access::ApiKey;
    };
    struct Match
    {
        const Route* route = nullptr;
        QStringList args;
    };

    void add(const QString& method, const QString& pattern, Handler handler, Access access = Access::ApiKey);
    Match match(const QString& method, const QString& path) const;

  private:
    static bool matchSegment(const QString& pattern, const QString& segment, QStringList* args);
    QList<Route> m_routes;
};

} // namespace dp::sandbox
