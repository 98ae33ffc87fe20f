#pragma once

#include "httptypes.h"

namespace dp::http {

// libcurl transport. One reusable easy handle per calling thread (keep-alive connection reuse), TLS
// verification always on except for plain http to a loopback host, proxy environment ignored for loopback.
class CurlTransport : public Transport
{
public:
    CurlTransport();
    ~CurlTransport() override;
    Response send(const Request& request) override;
    static bool isLoopback(const QUrl& url);
};

} // namespace dp::http
