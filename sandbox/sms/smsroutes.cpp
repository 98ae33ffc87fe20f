// A Twilio-style SMS gateway that records the messages the app sends (payment requests, invites).
#include "server/router.h"
#include "server/routes.h"
#include "server/sandboxstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace dp::sandbox {

namespace {

const QString kMessage = QStringLiteral("sms_message");
const QString kApiVersion = QStringLiteral("2010-04-01");
constexpr qint64 kDeliverySecs = 2; // queued -> delivered after this long (or at once when read by sid)

// Twilio's magic test numbers: these fail at once with the given error...
const QHash<QString, QPair<int, QString>>& rejectedNumbers()
{
    static const QHash<QString, QPair<int, QString>> numbers{
        {QStringLiteral("+15005550001"),
         {21211, QStringLiteral("The 'To' number +15005550001 is not a valid phone number.")}},
        {QStringLiteral("+15005550009"), {21614, QStringLiteral("'To' number is not a valid mobile number")}},
    };
    return numbers;
}
// ...and this one is accepted but never reaches a handset.
const QString kUndeliverable = QStringLiteral("+15005550002");

ApiResponse twilioError(int status, int code, const QString& message)
{
    ApiResponse r = ApiResponse::json(
        {{QStringLiteral("code"), code},
         {QStringLiteral("message"), message},
         {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
         {QStringLiteral("status"), status}},
        status);
    r.storeIdempotent = false;
    return r;
}

QString rfc2822(qint64 t)
{
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(t, Qt::UTC),
                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"));
}

// The Basic credentials must name the account of the URL.
bool authorized(const ApiRequest& r)
{
    if (!r.authorization.startsWith("Basic "))
        return false;
    const QByteArray pair = QByteArray::fromBase64(r.authorization.mid(6).trimmed());
    const qsizetype colon = pair.indexOf(':');
    return colon > 2 && pair.startsWith("AC") && QString::fromUtf8(pair.left(colon)) == r.arg(0) &&
           colon + 1 < pair.size();
}

// Moves a message on to its final status once it is old enough (or at once when `force`).
QJsonObject progressed(SandboxState& state, const QString& sid, bool force)
{
    QJsonObject m = state.store().get(sid);
    if (m.value(QLatin1String("status")).toString() != QLatin1String("queued"))
        return m;
    const qint64 created = state.privateData(sid).value(QLatin1String("created")).toInteger();
    if (!force && state.now() - created < kDeliverySecs)
        return m;
    const bool delivered = m.value(QLatin1String("to")).toString() != kUndeliverable;
    m.insert(QStringLiteral("status"), delivered ? QStringLiteral("delivered") : QStringLiteral("undelivered"));
    m.insert(QStringLiteral("date_sent"), rfc2822(created + 1));
    m.insert(QStringLiteral("date_updated"), rfc2822(state.now()));
    m.insert(QStringLiteral("price"), QStringLiteral("-0.00790"));
    if (!delivered) {
        m.insert(QStringLiteral("error_code"), 30003);
        m.insert(QStringLiteral("error_message"), QStringLiteral("Unreachable destination handset"));
    }
    state.store().replace(sid, m);
    return m;
}

ApiResponse sendMessage(SandboxState& state, const ApiRequest& r)
{
    if (!authorized(r))
        return twilioError(401, 20003, QStringLiteral("Authenticate"));
    const QString to = r.params.value(QStringLiteral("To")).toString().trimmed();
    const QString from = r.params.value(QStringLiteral("From")).toString().trimmed();
    const QString service = r.params.value(QStringLiteral("MessagingServiceSid")).toString().trimmed();
    const QString body = r.params.value(QStringLiteral("Body")).toString();
    if (to.isEmpty())
        return twilioError(400, 21604, QStringLiteral("A 'To' phone number is required."));
    if (from.isEmpty() && service.isEmpty())
        return twilioError(400, 21603, QStringLiteral("A 'From' phone number is required."));
    if (body.isEmpty())
        return twilioError(400, 21602, QStringLiteral("Message body is required."));
    if (body.size() > 1600)
        return twilioError(400, 21617,
                           QStringLiteral("The concatenated message body exceeds the 1600 character limit."));
    if (!QRegularExpression(QStringLiteral("^\\+[1-9]\\d{7,14}$")).match(to).hasMatch())
        return twilioError(400, 21211, QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(to));
    const auto rejected = rejectedNumbers().constFind(to);
    if (rejected != rejectedNumbers().cend())
        return twilioError(400, rejected->first, rejected->second);

    const QString sid = QStringLiteral("SM") + state.newId({}, 32).toLower();
    const QString uri = QStringLiteral("/%1/Accounts/%2/Messages/%3").arg(kApiVersion, r.arg(0), sid);
    const qint64 now = state.now();
    const QJsonObject message{
        {QStringLiteral("account_sid"), r.arg(0)},
        {QStringLiteral("api_version"), kApiVersion},
        {QStringLiteral("body"), body},
        {QStringLiteral("date_created"), rfc2822(now)},
        {QStringLiteral("date_sent"), QJsonValue::Null},
        {QStringLiteral("date_updated"), rfc2822(now)},
        {QStringLiteral("direction"), QStringLiteral("outbound-api")},
        {QStringLiteral("error_code"), QJsonValue::Null},
        {QStringLiteral("error_message"), QJsonValue::Null},
        {QStringLiteral("from"), from.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(from)},
        {QStringLiteral("messaging_service_sid"),
         service.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(service)},
        {QStringLiteral("num_media"), QStringLiteral("0")},
        {QStringLiteral("num_segments"), QString::number(body.size() <= 160 ? 1 : (body.size() + 152) / 153)},
        {QStringLiteral("price"), QJsonValue::Null},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("sid"), sid},
        {QStringLiteral("id"), sid},
        {QStringLiteral("status"), QStringLiteral("queued")},
        {QStringLiteral("subresource_uris"),
         QJsonObject{{QStringLiteral("media"), QString(uri + QStringLiteral("/Media.json"))}}},
        {QStringLiteral("to"), to},
        {QStringLiteral("uri"), QString(uri + QStringLiteral(".json"))}};
    state.privateData(sid).insert(QStringLiteral("created"), now);
    state.store().insert(kMessage, r.arg(0), message);
    return ApiResponse::json(message, 201);
}

QJsonArray messages(SandboxState& state, const QString& account, const QString& to)
{
    QJsonArray out;
    QStringList accounts = account.isEmpty() ? state.store().accountsWith(kMessage) : QStringList{account};
    QList<QJsonObject> all;
    for (const QString& owner : accounts) {
        for (const QString& sid : state.store().collection(kMessage, owner)) {
            if (sid.isEmpty())
                continue;
            const QJsonObject m = progressed(state, sid, false);
            if (to.isEmpty() || m.value(QLatin1String("to")).toString() == to)
                all.append(m);
        }
    }
    std::stable_sort(all.begin(), all.end(), [&state](const QJsonObject& a, const QJsonObject& b) {
        return state.privateData(a.value(QLatin1String("sid")).toString()).value(QLatin1String("created")).toInteger() >
               state.privateData(b.value(QLatin1String("sid")).toString()).value(QLatin1String("created")).toInteger();
    });
    for (const QJsonObject& m : all)
        out.append(m);
    return out;
}

} // namespace

void registerSmsRoutes(Router& router, SandboxState& state)
{
    router.add(
        QStringLiteral("POST"), QStringLiteral("/2010-04-01/Accounts/{sid}/Messages.json"),
        [&state](const ApiRequest& r) { return sendMessage(state, r); }, Access::Public);
    router.add(
        QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts/{sid}/Messages/{msg}.json"),
        [&state](const ApiRequest& r) {
            if (!authorized(r))
                return twilioError(401, 20003, QStringLiteral("Authenticate"));
            if (state.store().position(r.arg(1), kMessage, r.arg(0)) < 0)
                return twilioError(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(r.path));
            return ApiResponse::json(progressed(state, r.arg(1), true));
        },
        Access::Public);
    router.add(
        QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts/{sid}/Messages.json"),
        [&state](const ApiRequest& r) {
            if (!authorized(r))
                return twilioError(401, 20003, QStringLiteral("Authenticate"));
            const QJsonArray list = messages(state, r.arg(0), r.params.value(QStringLiteral("To")).toString());
            return ApiResponse::json({{QStringLiteral("messages"), list},
                                      {QStringLiteral("page"), 0},
                                      {QStringLiteral("page_size"), list.size()},
                                      {QStringLiteral("uri"), r.path},
                                      {QStringLiteral("next_page_uri"), QJsonValue::Null}});
        },
        Access::Public);
    // Every recorded message, newest first (tests read the payment link out of the text).
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/test_helpers/sms/messages"), [&state](const ApiRequest& r) {
        return ApiResponse::json(
            {{QStringLiteral("object"), QStringLiteral("list")},
             {QStringLiteral("data"), messages(state, {}, r.params.value(QStringLiteral("to")).toString())}});
    });
}

} // namespace dp::sandbox
