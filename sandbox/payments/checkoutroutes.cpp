// Checkout Sessions and Payment Links over the API.
#include "server/apierror.h"
#include "checkout.h"
#include "server/jsonutil.h"
#include "server/pagination.h"
#include "server/params.h"
#include "server/router.h"
#include "server/routes.h"
#include "server/sandboxstate.h"

#include <QJsonArray>

namespace dp::sandbox {

namespace {

const QString kSession = QStringLiteral("checkout.session");
const QString kLink = QStringLiteral("payment_link");

ApiResponse lineItemList(SandboxState& state, const ApiRequest& r, const QString& type, const QString& what,
                         const QString& url)
{
    state.require(type, r.account, r.arg(0), what);
    return state.render(r, listObject(url, checkout::lineItems(state, r.arg(0))));
}

void registerSessions(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/checkout/sessions"), [&state](const ApiRequest& r) {
        return state.render(r, checkout::createSession(state, r.account, Params(r.params)));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/checkout/sessions"), [&state](const ApiRequest& r) {
        const Params p(r.params);
        p.allowOnly({QStringLiteral("limit"), QStringLiteral("starting_after"), QStringLiteral("ending_before"),
                     QStringLiteral("created"), QStringLiteral("payment_intent"), QStringLiteral("payment_link"),
                     QStringLiteral("status"), QStringLiteral("customer")});
        QList<QPair<QString, QString>> wanted;
        for (const char* key : {"payment_intent", "payment_link", "status", "customer"}) {
            if (p.has(QLatin1String(key)))
                wanted.append({QLatin1String(key), p.text(QLatin1String(key))});
        }
        for (const QString& id : state.store().collection(kSession, r.account)) {
            if (!id.isEmpty())
                checkout::refresh(state, id);
        }
        auto filter = [wanted](const QJsonObject& s) {
            for (const auto& [key, value] : wanted) {
                if (s.value(key).toString() != value)
                    return false;
            }
            return true;
        };
        return state.render(
            r, listPage(state, r, {kSession, r.account, QStringLiteral("/v1/checkout/sessions"), kSession, filter}));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/checkout/sessions/{id}"), [&state](const ApiRequest& r) {
        state.require(kSession, r.account, r.arg(0), kSession);
        return state.render(r, checkout::refresh(state, r.arg(0)));
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/checkout/sessions/{id}/expire"),
               [&state](const ApiRequest& r) {
                   state.require(kSession, r.account, r.arg(0), kSession);
                   checkout::refresh(state, r.arg(0));
                   return state.render(r, checkout::expire(state, r.arg(0)));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/checkout/sessions/{id}/line_items"),
               [&state](const ApiRequest& r) {
                   return lineItemList(state, r, kSession, kSession,
                                       QStringLiteral("/v1/checkout/sessions/%1/line_items").arg(r.arg(0)));
               });
    // Pays a session without the browser: card=<number>, challenge=pass|fail for 3-D Secure cards.
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/test_helpers/checkout/sessions/{id}/pay"),
               [&state](const ApiRequest& r) {
                   const Params p(r.params);
                   p.allowOnly({QStringLiteral("card"), QStringLiteral("challenge"), QStringLiteral("email"),
                                QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("postal_code")});
                   state.require(kSession, r.account, r.arg(0), kSession);
                   const QString challenge =
                       p.choice(QStringLiteral("challenge"), {QStringLiteral("pass"), QStringLiteral("fail")});
                   const Payer payer{p.text(QStringLiteral("name"), QStringLiteral("Jenny Rosen")),
                                     p.text(QStringLiteral("email")), p.text(QStringLiteral("phone")),
                                     p.text(QStringLiteral("postal_code"), QStringLiteral("10001"))};
                   const auto result = checkout::pay(
                       state, r.arg(0), p.text(QStringLiteral("card"), QStringLiteral("4242424242424242")), payer,
                       challenge.isEmpty()                  ? payments::Challenge::None
                       : challenge == QLatin1String("pass") ? payments::Challenge::Pass
                                                            : payments::Challenge::Fail);
                   QJsonObject session = state.store().get(r.arg(0));
                   session.insert(QStringLiteral("payment_intent"), result.intent);
                   return ApiResponse::json(session);
               });
}

void registerLinks(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_links"), [&state](const ApiRequest& r) {
        return state.render(r, checkout::createLink(state, r.account, Params(r.params)));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payment_links"), [&state](const ApiRequest& r) {
        const Params p(r.params);
        p.allowOnly({QStringLiteral("limit"), QStringLiteral("starting_after"), QStringLiteral("ending_before"),
                     QStringLiteral("active")});
        std::function<bool(const QJsonObject&)> filter;
        if (const auto active = p.boolean(QStringLiteral("active")))
            filter = [want = *active](const QJsonObject& l) {
                return l.value(QLatin1String("active")).toBool() == want;
            };
        return state.render(r,
                            listPage(state, r, {kLink, r.account, QStringLiteral("/v1/payment_links"), kLink, filter}));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payment_links/{id}"), [&state](const ApiRequest& r) {
        return state.render(r, state.require(kLink, r.account, r.arg(0), kLink));
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_links/{id}"), [&state](const ApiRequest& r) {
        return state.render(r, checkout::updateLink(state, r.account, r.arg(0), Params(r.params)));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payment_links/{id}/line_items"),
               [&state](const ApiRequest& r) {
                   return lineItemList(state, r, kLink, kLink,
                                       QStringLiteral("/v1/payment_links/%1/line_items").arg(r.arg(0)));
               });
}

} // namespace

void registerCheckoutRoutes(Router& router, SandboxState& state)
{
    registerSessions(router, state);
    registerLinks(router, state);
}

} // namespace dp::sandbox
