#include "curltransport.h"

#include <QLoggingCategory>

#include <curl/curl.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcNet, "dp.core.net")

namespace dp::http {
namespace {

std::once_flag g_curlInit;

// One easy handle per thread, so that keep-alive connections are reused across calls on that thread.
struct ThreadHandle
{
    CURL* curl = nullptr;
    ThreadHandle() { curl = curl_easy_init(); }
    ~ThreadHandle()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

CURL* threadCurl()
{
    thread_local ThreadHandle handle;
    return handle.curl;
}

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    static_cast<QByteArray*>(user)->append(data, qsizetype(size * count));
    return size * count;
}

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* response = static_cast<Response*>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        response->headers.clear(); // a new status line (redirect, 100-continue): forget earlier headers
        return size * count;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        response->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return size * count;
}

NetError classify(CURLcode code)
{
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT: return NetError::Timeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT: return NetError::Connect;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE: return NetError::Tls;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING: return NetError::Reset;
    case CURLE_PARTIAL_FILE: return NetError::Truncated;
    case CURLE_ABORTED_BY_CALLBACK: return NetError::Cancelled;
    default: return NetError::Other;
    }
}

} // namespace

CurlTransport::CurlTransport()
{
    std::call_once(g_curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CurlTransport::~CurlTransport() = default;

bool CurlTransport::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // IPv4 127.0.0.0/8 or IPv6 ::1 (QUrl::host() strips the brackets).
    return host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

Response CurlTransport::send(const Request& request)
{
    Response response;
    CURL* curl = threadCurl();
    if (!curl) {
        response.error = NetError::Other;
        response.errorDetail = QStringLiteral("curl_easy_init failed");
        return response;
    }
    curl_easy_reset(curl);

    const bool loopback = isLoopback(request.url);
    const QByteArray url = request.url.toEncoded();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(qMin(request.timeoutMs, 10000)));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, loopback ? "http,https" : "https");
    // TLS verification stays on; it is only irrelevant for plain http to this machine.
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (loopback)
        curl_easy_setopt(curl, CURLOPT_NOPROXY, "*"); // proxy environment ignored for loopback

    struct curl_slist* headers = nullptr;
    for (const auto& [name, value] : request.headers)
        headers = curl_slist_append(headers, QByteArray(name + ": " + value).constData());
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    if (request.method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "POST") {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(request.body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
    } else {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
        if (!request.body.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(request.body.size()));
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        }
    }
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    if (code != CURLE_OK) {
        response.error = classify(code);
        response.errorDetail = QString::fromUtf8(curl_easy_strerror(code));
        response.status = 0;
        qCDebug(lcNet) << request.method << request.url.path() << "failed:" << response.errorDetail;
        return response;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    qCDebug(lcNet) << request.method << request.url.path() << response.status;
    return response;
}

} // namespace dp::http
