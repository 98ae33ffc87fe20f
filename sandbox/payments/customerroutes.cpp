#include "server/apierror.h"
#include "customers.h"
#include "foundation/validators.h"
#include "server/fixtures.h"
#include "server/jsonutil.h"
#include "server/pagination.h"
#include "server/params.h"
#include "server/router.h"
#include "server/routes.h"
#include "server/sandboxstate.h"

namespace dp::sandbox {

namespace {

const QString kCustomer = QStringLiteral("customer");

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void applyFields(const Params& p, QJsonObject& customer)
{
    const QString email = p.text(QStringLiteral("email"));
    if (!email.isEmpty() && !validate::email(email).ok)
        fail::invalid(QStringLiteral("email"), QStringLiteral("Invalid email address: %1").arg(email),
                      QStringLiteral("email_invalid"));
    for (const char* key : {"email", "name", "phone", "description"}) {
        if (p.has(QLatin1String(key)))
            customer.insert(QLatin1String(key), textOrNull(p.text(QLatin1String(key))));
    }
    customer.insert(QStringLiteral("metadata"), applyMetadata(customer.value(QLatin1String("metadata")).toObject(), p));
}

const QStringList kFields{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"),
                          QStringLiteral("description"), QStringLiteral("metadata")};

} // namespace

namespace customers {

QJsonObject create(SandboxState& state, const QString& account, const QString& name, const QString& email,
                   const QString& phone, const QJsonObject& metadata)
{
    QJsonObject c = skeleton(kCustomer);
    c.insert(QStringLiteral("id"), state.newId(QStringLiteral("cus_"), 14));
    c.insert(QStringLiteral("balance"), 0);
    c.insert(QStringLiteral("created"), state.now());
    c.insert(QStringLiteral("delinquent"), false);
    c.insert(QStringLiteral("email"), textOrNull(email));
    c.insert(QStringLiteral("invoice_prefix"), state.newId({}, 8).toUpper());
    c.insert(QStringLiteral("livemode"), false);
    c.insert(QStringLiteral("metadata"), metadata);
    c.insert(QStringLiteral("name"), textOrNull(name));
    c.insert(QStringLiteral("next_invoice_sequence"), 1);
    c.insert(QStringLiteral("phone"), textOrNull(phone));
    c.insert(QStringLiteral("tax_exempt"), QStringLiteral("none"));
    c.insert(QStringLiteral("preferred_locales"), QJsonArray());
    nullify(c, {QStringLiteral("discount"), QStringLiteral("shipping"), QStringLiteral("currency")});
    QJsonObject settings = c.value(QLatin1String("invoice_settings")).toObject();
    settings.insert(QStringLiteral("rendering_options"), QJsonValue::Null);
    c.insert(QStringLiteral("invoice_settings"), settings);
    state.store().insert(kCustomer, account, c);
    state.emitEvent(QStringLiteral("customer.created"), c, account);
    return c;
}

} // namespace customers

void registerCustomerRoutes(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/customers"), [&state](const ApiRequest& r) {
        const Params p(r.params);
        p.allowOnly(kFields);
        QJsonObject c = customers::create(state, r.account, {}, {}, {});
        applyFields(p, c);
        state.store().replace(c.value(QLatin1String("id")).toString(), c);
        return state.render(r, c);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/customers"), [&state](const ApiRequest& r) {
        const Params p(r.params);
        p.allowOnly({QStringLiteral("limit"), QStringLiteral("starting_after"), QStringLiteral("ending_before"),
                     QStringLiteral("created"), QStringLiteral("email")});
        const QString email = p.text(QStringLiteral("email"));
        std::function<bool(const QJsonObject&)> filter;
        if (!email.isEmpty())
            filter = [email](const QJsonObject& c) { return c.value(QLatin1String("email")).toString() == email; };
        return state.render(
            r, listPage(state, r, {kCustomer, r.account, QStringLiteral("/v1/customers"), kCustomer, filter}));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/customers/{id}"), [&state](const ApiRequest& r) {
        return state.render(r, state.require(kCustomer, r.account, r.arg(0), kCustomer));
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/customers/{id}"), [&state](const ApiRequest& r) {
        const Params p(r.params);
        p.allowOnly(kFields);
        const QJsonObject before = state.require(kCustomer, r.account, r.arg(0), kCustomer);
        QJsonObject after = before;
        applyFields(p, after);
        state.store().replace(r.arg(0), after);
        const QJsonObject previous = jsonDiff(before, after);
        if (!previous.isEmpty())
            state.emitEvent(QStringLiteral("customer.updated"), after, r.account, previous);
        return state.render(r, after);
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/customers/{id}"), [&state](const ApiRequest& r) {
        const QJsonObject customer = state.require(kCustomer, r.account, r.arg(0), kCustomer);
        state.store().remove(r.arg(0));
        state.emitEvent(QStringLiteral("customer.deleted"), customer, r.account);
        return ApiResponse::json({{QStringLiteral("id"), r.arg(0)},
                                  {QStringLiteral("object"), kCustomer},
                                  {QStringLiteral("deleted"), true}});
    });
}

} // namespace dp::sandbox
