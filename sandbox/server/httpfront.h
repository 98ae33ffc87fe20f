#pragma once

#include "apitypes.h"
#include "router.h"

#include <QAbstractHttpServer>

namespace dp::sandbox {

class SandboxState;
struct Fault;
struct RequestRecord;

// The HTTP side of the sandbox: turns each request into an ApiRequest, applies injected faults, authentication,
// the Stripe-Account header and idempotency, runs the routed handler and writes the reply with Request-Id and
// Stripe-Version headers. Connections stay open between requests (HTTP/1.1 keep-alive).
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT
  public:
    HttpFront(SandboxState& state, const Router& router, QObject* parent = nullptr);

  protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

  private:
    ApiResponse execute(ApiRequest& api, const Router::Match& match, const QByteArray& body, const QByteArray& query,
                        bool* replayed);
    static ApiResponse faultResponse(const Fault& fault);
    static bool authorized(const QByteArray& authorization, ApiResponse* failure);
    // Writes the reply by hand: for delayed replies and for truncated ones (bodyBytes < body size, then closes).
    static void writeRaw(QTcpSocket* socket, const ApiResponse& response, qsizetype bodyBytes);
    static void resetConnection(QTcpSocket* socket);
    void appendRecord(const RequestRecord& record);

    SandboxState& m_state;
    const Router& m_router;
};

} // namespace dp::sandbox
