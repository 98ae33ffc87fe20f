#include "accountmodel.h"
#include "server/apierror.h"
#include "server/jsonutil.h"
#include "server/pagination.h"
#include "server/params.h"
#include "server/router.h"
#include "server/routes.h"
#include "server/sandboxstate.h"

#include <QJsonArray>

namespace dp::sandbox {

namespace {

const QString kAccount = QStringLiteral("account");

// Stripe-Account may only address the account itself on /v1/accounts/{id}; other connected accounts are not
// visible to it.
QJsonObject requireAccount(SandboxState& state, const ApiRequest& r)
{
    if (!r.account.isEmpty() && r.account != r.arg(0))
        fail::noSuch(kAccount, r.arg(0));
    return state.require(kAccount, {}, r.arg(0), kAccount);
}

} // namespace

void registerAccountRoutes(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/accounts"),
               [&state](const ApiRequest& r) { return state.render(r, accounts::create(state, Params(r.params))); });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/accounts"), [&state](const ApiRequest& r) {
        Params(r.params).allowOnly({QStringLiteral("limit"), QStringLiteral("starting_after"),
                                    QStringLiteral("ending_before"), QStringLiteral("created")});
        return state.render(r, listPage(state, r, {kAccount, {}, QStringLiteral("/v1/accounts"), kAccount, {}}));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/accounts/{id}"),
               [&state](const ApiRequest& r) { return state.render(r, requireAccount(state, r)); });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/account"), [&state](const ApiRequest& r) {
        if (r.account.isEmpty())
            fail::request(
                QStringLiteral("The sandbox platform account can not be retrieved; send a Stripe-Account header."));
        return state.render(r, state.require(kAccount, {}, r.account, kAccount));
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/accounts/{id}"), [&state](const ApiRequest& r) {
        requireAccount(state, r);
        return state.render(r, accounts::update(state, r.arg(0), Params(r.params)));
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/accounts/{id}"), [&state](const ApiRequest& r) {
        requireAccount(state, r);
        state.store().remove(r.arg(0));
        return ApiResponse::json({{QStringLiteral("id"), r.arg(0)},
                                  {QStringLiteral("object"), kAccount},
                                  {QStringLiteral("deleted"), true}});
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/accounts/{id}/capabilities"), [&state](const ApiRequest& r) {
        const QJsonObject account = requireAccount(state, r);
        QJsonArray data;
        for (const QString& name : account.value(QLatin1String("capabilities")).toObject().keys())
            data.append(accounts::capabilityObject(account, name));
        return state.render(r, listObject(QStringLiteral("/v1/accounts/%1/capabilities").arg(r.arg(0)), data));
    });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/v1/accounts/{id}/external_accounts"), [&state](const ApiRequest& r) {
            return state.render(r, requireAccount(state, r).value(QLatin1String("external_accounts")).toObject());
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/accounts/{id}/login_links"), [&state](const ApiRequest& r) {
        const QJsonObject account = requireAccount(state, r);
        if (!accounts::isExpress(account))
            fail::request(QStringLiteral("Login links can only be created for Express accounts."),
                          QStringLiteral("account"));
        if (!account.value(QLatin1String("details_submitted")).toBool()) {
            fail::request(
                QStringLiteral("Cannot create a login link for an account that has not completed onboarding."),
                QStringLiteral("account"));
        }
        PageLink link;
        link.kind = QStringLiteral("login");
        link.objectId = r.arg(0);
        const QString token = state.addPageLink(link);
        return state.render(r,
                            {{QStringLiteral("object"), QStringLiteral("login_link")},
                             {QStringLiteral("created"), state.now()},
                             {QStringLiteral("url"), QString(state.baseUrl() + QStringLiteral("/express/") + token)}});
    });
}

} // namespace dp::sandbox
