#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace dp::http {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Request
{
    QByteArray method = "GET";
    QUrl url;
    Headers headers;
    QByteArray body;
    int timeoutMs = 30000;
};

enum class NetError
{
    None,
    Timeout,
    Connect,   // refused / unreachable / DNS
    Tls,
    Reset,     // connection reset or closed mid-reply
    Truncated, // body shorter than announced
    Cancelled,
    Other,
};

struct Response
{
    int status = 0; // 0 when the network failed
    Headers headers;
    QByteArray body;
    NetError error = NetError::None;
    QString errorDetail;

    bool networkOk() const { return error == NetError::None; }
    QByteArray header(const QByteArray& name) const; // case-insensitive, first match
};

// Sends one request and waits for its reply. Thread-safe: each thread uses its own connection(s).
class Transport
{
public:
    virtual ~Transport() = default;
    virtual Response send(const Request& request) = 0;
};

} // namespace dp::http
