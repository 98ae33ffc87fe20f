#include "accountmodel.h"
#include "server/apierror.h"
#include "pages/htmlpage.h"
#include "server/jsonutil.h"
#include "pages/onboardingform.h"
#include "server/params.h"
#include "server/router.h"
#include "server/routes.h"
#include "server/sandboxstate.h"

#include <QJsonArray>
#include <QLocale>

namespace dp::sandbox {

namespace {

constexpr qint64 kLinkLifetimeSecs = 300;
const QString kAccount = QStringLiteral("account");

ApiResponse createAccountLink(SandboxState& state, const ApiRequest& r)
{
    const Params p(r.params);
    p.allowOnly({QStringLiteral("account"), QStringLiteral("type"), QStringLiteral("refresh_url"),
                 QStringLiteral("return_url"), QStringLiteral("collect"), QStringLiteral("collection_options")});
    const QString accountId = p.required(QStringLiteral("account"));
    const QString type = p.required(QStringLiteral("type"));
    p.choice(QStringLiteral("type"), {QStringLiteral("account_onboarding"), QStringLiteral("account_update")});
    const QString refreshUrl = p.required(QStringLiteral("refresh_url"));
    const QString returnUrl = p.required(QStringLiteral("return_url"));
    for (const auto& [name, url] :
         {std::pair{QStringLiteral("refresh_url"), refreshUrl}, std::pair{QStringLiteral("return_url"), returnUrl}}) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() ||
            (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
            fail::invalid(name, QStringLiteral("Not a valid URL"), QStringLiteral("url_invalid"));
    }
    state.require(kAccount, {}, accountId, kAccount, QStringLiteral("account"));
    const qint64 created = state.now();
    PageLink link;
    link.kind = QStringLiteral("onboarding");
    link.objectId = accountId;
    link.type = type;
    link.refreshUrl = refreshUrl;
    link.returnUrl = returnUrl;
    link.expiresAt = created + kLinkLifetimeSecs;
    const QString token = state.addPageLink(link);
    QJsonObject object{
        {QStringLiteral("object"), QStringLiteral("account_link")},
        {QStringLiteral("created"), created},
        {QStringLiteral("expires_at"), created + kLinkLifetimeSecs},
        {QStringLiteral("url"), QString(state.baseUrl() + QStringLiteral("/connect/onboarding/") + token)}};
    return state.render(r, object);
}

// The link's page, or a redirect to refresh_url when it expired, was used up or is unknown.
ApiResponse onboardingPage(SandboxState& state, const ApiRequest& r)
{
    PageLink* link = state.pageLink(r.arg(0));
    if (!link || link->kind != QLatin1String("onboarding")) {
        return ApiResponse::html(
            html::messagePage(QStringLiteral("Link not found"),
                              QStringLiteral("This onboarding link is not valid. Start again from DealerPay.")),
            404);
    }
    const bool post = r.method == QLatin1String("POST");
    const bool expired = state.now() > link->expiresAt;
    if (expired || link->done || (link->visited && !post))
        return ApiResponse::redirect(link->refreshUrl);
    const QString accountId = link->objectId;
    if (!state.store().contains(accountId)) {
        return ApiResponse::html(html::messagePage(QStringLiteral("Account not found"),
                                                   QStringLiteral("The account of this link no longer exists.")),
                                 404);
    }
    link->visited = true;
    const QJsonObject account = state.store().get(accountId);
    const QString action = QStringLiteral("/connect/onboarding/") + r.arg(0);
    if (!post)
        return ApiResponse::html(onboarding::renderForm(account, onboarding::prefill(account), {}, action));

    OnboardingData data;
    const onboarding::FieldErrors errors = onboarding::validate(account, r.params, state.now(), &data);
    if (!errors.isEmpty())
        return ApiResponse::html(onboarding::renderForm(account, r.params, errors, action), 400);
    data.tosUserAgent = QString::fromUtf8(r.userAgent);
    const QString returnUrl = link->returnUrl; // completing may add page links, which can move `link`
    link->done = true;
    const QJsonObject completed = accounts::completeOnboarding(state, accountId, data);
    return ApiResponse::html(onboarding::renderDone(completed, returnUrl));
}

QString scheduleText(const QJsonObject& schedule)
{
    const QString interval = schedule.value(QLatin1String("interval")).toString();
    QString text =
        interval == QLatin1String("weekly")
            ? QStringLiteral("Weekly, every %1").arg(schedule.value(QLatin1String("weekly_anchor")).toString())
        : interval == QLatin1String("monthly")
            ? QStringLiteral("Monthly, on day %1").arg(schedule.value(QLatin1String("monthly_anchor")).toInteger())
        : interval == QLatin1String("manual") ? QStringLiteral("Manual")
                                              : QStringLiteral("Daily");
    return text +
           QStringLiteral(" (%1-day rolling basis)").arg(schedule.value(QLatin1String("delay_days")).toInteger());
}

// The Express dashboard a login link opens: a summary of the account.
ApiResponse dashboardPage(SandboxState& state, const ApiRequest& r)
{
    PageLink* link = state.pageLink(r.arg(0));
    if (!link || link->kind != QLatin1String("login") || link->visited || !state.store().contains(link->objectId)) {
        return ApiResponse::html(html::messagePage(QStringLiteral("Link expired"),
                                                   QStringLiteral("This dashboard link was already used. Open the "
                                                                  "Express dashboard again from DealerPay.")),
                                 410);
    }
    link->visited = true;
    const QJsonObject account = state.store().get(link->objectId);
    const QJsonArray banks = jsonAt(account, QStringLiteral("external_accounts.data")).toArray();
    const QJsonObject bank = banks.isEmpty() ? QJsonObject() : banks.first().toObject();
    const QString bankText = bank.isEmpty() ? QStringLiteral("No bank account")
                                            : QStringLiteral("%1 &middot;&middot;&middot;&middot; %2")
                                                  .arg(html::escape(bank.value(QLatin1String("bank_name")).toString()),
                                                       html::escape(bank.value(QLatin1String("last4")).toString()));
    const QString currency = account.value(QLatin1String("default_currency")).toString().toUpper();
    const QString body =
        QStringLiteral("<div class=\"card\"><p class=\"muted\">Express dashboard</p><h1>%1</h1>"
                       "<p><span class=\"ok\">%2</span></p></div>"
                       "<div class=\"card\"><h2>Balance</h2><p class=\"big\">%3 0.00</p>"
                       "<p class=\"muted\">Available soon: the sandbox shows balances in DealerPay.</p></div>"
                       "<div class=\"card\"><h2>Payouts</h2><table>"
                       "<tr><th>Schedule</th><td id=\"schedule\">%4</td></tr>"
                       "<tr><th>Bank account</th><td>%5</td></tr>"
                       "<tr><th>Statement descriptor</th><td>%6</td></tr></table></div>")
            .arg(html::escape(accounts::displayName(account)),
                 account.value(QLatin1String("charges_enabled")).toBool() ? QStringLiteral("Payments enabled")
                                                                          : QStringLiteral("Restricted"),
                 currency,
                 html::escape(scheduleText(jsonAt(account, QStringLiteral("settings.payouts.schedule")).toObject())),
                 bankText,
                 html::escape(jsonAt(account, QStringLiteral("settings.payments.statement_descriptor")).toString()));
    return ApiResponse::html(html::page(QStringLiteral("Express dashboard"), body));
}

} // namespace

void registerOnboardingRoutes(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/account_links"),
               [&state](const ApiRequest& r) { return createAccountLink(state, r); });
    const Handler page = [&state](const ApiRequest& r) { return onboardingPage(state, r); };
    router.add(QStringLiteral("GET"), QStringLiteral("/connect/onboarding/{token}"), page, Access::Public);
    router.add(QStringLiteral("POST"), QStringLiteral("/connect/onboarding/{token}"), page, Access::Public);
    router.add(
        QStringLiteral("GET"), QStringLiteral("/express/{token}"),
        [&state](const ApiRequest& r) { return dashboardPage(state, r); }, Access::Public);
}

} // namespace dp::sandbox
