// Payment links and the line items they share with checkout sessions.
#include "server/apierror.h"
#include "checkout.h"
#include "server/fixtures.h"
#include "server/jsonutil.h"
#include "server/params.h"
#include "server/sandboxstate.h"

namespace dp::sandbox::checkout {

namespace {

const QString kLink = QStringLiteral("payment_link");
constexpr int kMaxLineItems = 20;

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject inlinePrice(SandboxState& state, const QString& currency, qint64 unitAmount)
{
    QJsonObject price = skeleton(QStringLiteral("price"));
    price.insert(QStringLiteral("id"), state.newId(QStringLiteral("price_")));
    price.insert(QStringLiteral("active"), false);
    price.insert(QStringLiteral("billing_scheme"), QStringLiteral("per_unit"));
    price.insert(QStringLiteral("created"), state.now());
    price.insert(QStringLiteral("currency"), currency);
    price.insert(QStringLiteral("metadata"), QJsonObject());
    price.insert(QStringLiteral("product"), state.newId(QStringLiteral("prod_"), 14));
    price.insert(QStringLiteral("tax_behavior"), QStringLiteral("unspecified"));
    price.insert(QStringLiteral("type"), QStringLiteral("one_time"));
    price.insert(QStringLiteral("unit_amount"), unitAmount);
    price.insert(QStringLiteral("unit_amount_decimal"), QString::number(unitAmount));
    nullify(price,
            {QStringLiteral("recurring"), QStringLiteral("custom_unit_amount"), QStringLiteral("transform_quantity")});
    return price;
}

void applyLinkOptions(const Params& p, QJsonObject& link)
{
    if (const auto active = p.boolean(QStringLiteral("active")))
        link.insert(QStringLiteral("active"), *active);
    if (p.has(QStringLiteral("inactive_message")))
        link.insert(QStringLiteral("inactive_message"), textOrNull(p.text(QStringLiteral("inactive_message"))));
    const QString limitName = QStringLiteral("restrictions[completed_sessions][limit]");
    if (p.isEmptyValue(QStringLiteral("restrictions"))) {
        link.insert(QStringLiteral("restrictions"), QJsonValue::Null);
    } else if (p.has(limitName)) {
        const qint64 limit = p.integerIn(limitName, 1, 10000, 1);
        const qint64 count = jsonAt(link, QStringLiteral("restrictions.completed_sessions.count")).toInteger(0);
        link.insert(QStringLiteral("restrictions"),
                    QJsonObject{{QStringLiteral("completed_sessions"),
                                 QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("limit"), limit}}}});
    }
    if (p.has(QStringLiteral("after_completion"))) {
        const QString type = p.choice(QStringLiteral("after_completion[type]"),
                                      {QStringLiteral("hosted_confirmation"), QStringLiteral("redirect")});
        if (type.isEmpty())
            fail::missing(QStringLiteral("after_completion[type]"));
        QJsonObject after{{QStringLiteral("type"), type}};
        if (type == QLatin1String("redirect")) {
            after.insert(
                QStringLiteral("redirect"),
                QJsonObject{{QStringLiteral("url"), p.required(QStringLiteral("after_completion[redirect][url]"))}});
        } else {
            after.insert(QStringLiteral("hosted_confirmation"),
                         QJsonObject{{QStringLiteral("custom_message"),
                                      textOrNull(p.text(
                                          QStringLiteral("after_completion[hosted_confirmation][custom_message]")))}});
        }
        link.insert(QStringLiteral("after_completion"), after);
    }
    link.insert(QStringLiteral("metadata"), applyMetadata(link.value(QLatin1String("metadata")).toObject(), p));
}

} // namespace

// The payment_intent_data[...] subset that sessions and links carry over to the PaymentIntent.
QJsonObject parseIntentData(const Params& p)
{
    const QString base = QStringLiteral("payment_intent_data");
    QJsonObject data;
    for (const QString& key : p.map(base).keys()) {
        if (key != QLatin1String("description") && key != QLatin1String("metadata") &&
            key != QLatin1String("receipt_email") && key != QLatin1String("statement_descriptor_suffix"))
            fail::unknownParam(Params::join({base, key}));
    }
    for (const char* key : {"description", "receipt_email", "statement_descriptor_suffix"}) {
        const QString name = Params::join({base, QLatin1String(key)});
        if (p.has(name))
            data.insert(QLatin1String(key), textOrNull(p.text(name)));
    }
    QJsonObject metadata;
    const QVariantMap given = p.map(Params::join({base, QStringLiteral("metadata")}));
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        metadata.insert(it.key(), p.text(Params::join({base, QStringLiteral("metadata"), it.key()})));
    data.insert(QStringLiteral("metadata"), metadata);
    return data;
}

void checkCardOnly(const Params& p)
{
    for (const QString& type : p.strings(QStringLiteral("payment_method_types"))) {
        if (type != QLatin1String("card"))
            fail::invalid(QStringLiteral("payment_method_types"),
                          QStringLiteral("The sandbox takes card payments only; %1 is not supported.").arg(type));
    }
}

QJsonArray parseLineItems(SandboxState& state, const Params& p, QString* currency, qint64* total)
{
    const QVariantList items = p.list(QStringLiteral("line_items"));
    if (items.isEmpty())
        fail::missing(QStringLiteral("line_items"));
    if (items.size() > kMaxLineItems)
        fail::invalid(QStringLiteral("line_items"),
                      QStringLiteral("You may pass at most %1 line items.").arg(kMaxLineItems));
    QJsonArray out;
    *total = 0;
    currency->clear();
    for (int i = 0; i < items.size(); ++i) {
        const QString base = QStringLiteral("line_items[%1]").arg(i);
        if (p.has(base + QStringLiteral("[price]")))
            fail::noSuch(QStringLiteral("price"), p.text(base + QStringLiteral("[price]")),
                         base + QStringLiteral("[price]"));
        const QString data = base + QStringLiteral("[price_data]");
        const QString itemCurrency = p.required(data + QStringLiteral("[currency]")).toLower();
        if (!currency->isEmpty() && itemCurrency != *currency)
            fail::invalid(data + QStringLiteral("[currency]"),
                          QStringLiteral("All line items must use the same currency."));
        *currency = itemCurrency;
        if (!p.has(data + QStringLiteral("[unit_amount]")))
            fail::missing(data + QStringLiteral("[unit_amount]"));
        const qint64 unitAmount = p.integerIn(data + QStringLiteral("[unit_amount]"), 0, 99999999, 0);
        const QString name = p.required(data + QStringLiteral("[product_data][name]"));
        const qint64 quantity = p.integerIn(base + QStringLiteral("[quantity]"), 1, 99, 1);
        const QJsonObject price = inlinePrice(state, itemCurrency, unitAmount);
        *total += unitAmount * quantity;
        out.append(QJsonObject{{QStringLiteral("id"), state.newId(QStringLiteral("li_"))},
                               {QStringLiteral("object"), QStringLiteral("item")},
                               {QStringLiteral("amount_discount"), 0},
                               {QStringLiteral("amount_subtotal"), unitAmount * quantity},
                               {QStringLiteral("amount_tax"), 0},
                               {QStringLiteral("amount_total"), unitAmount * quantity},
                               {QStringLiteral("currency"), itemCurrency},
                               {QStringLiteral("description"), name},
                               {QStringLiteral("price"), price},
                               {QStringLiteral("quantity"), quantity}});
    }
    payments::validateAmount(*total, *currency, QStringLiteral("line_items"));
    return out;
}

QJsonArray lineItems(SandboxState& state, const QString& objectId)
{
    return state.privateData(objectId).value(QLatin1String("line_items")).toArray();
}

QJsonObject createLink(SandboxState& state, const QString& account, const Params& p)
{
    p.allowOnly({QStringLiteral("line_items"), QStringLiteral("metadata"), QStringLiteral("restrictions"),
                 QStringLiteral("payment_method_types"), QStringLiteral("active"), QStringLiteral("after_completion"),
                 QStringLiteral("inactive_message"), QStringLiteral("payment_intent_data"), QStringLiteral("currency"),
                 QStringLiteral("customer_creation"), QStringLiteral("submit_type")});
    checkCardOnly(p);
    QString currency;
    qint64 total = 0;
    const QJsonArray items = parseLineItems(state, p, &currency, &total);
    QJsonObject link = skeleton(kLink);
    const QString id = state.newId(QStringLiteral("plink_"));
    link.insert(QStringLiteral("id"), id);
    link.insert(QStringLiteral("active"), true);
    link.insert(QStringLiteral("after_completion"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("hosted_confirmation")},
                            {QStringLiteral("hosted_confirmation"),
                             QJsonObject{{QStringLiteral("custom_message"), QJsonValue::Null}}}});
    link.insert(QStringLiteral("currency"), currency);
    link.insert(QStringLiteral("customer_creation"),
                p.choice(QStringLiteral("customer_creation"), {QStringLiteral("always"), QStringLiteral("if_required")},
                         QStringLiteral("if_required")));
    link.insert(QStringLiteral("livemode"), false);
    link.insert(QStringLiteral("metadata"), QJsonObject());
    link.insert(QStringLiteral("payment_method_types"), QJsonArray{QStringLiteral("card")});
    link.insert(QStringLiteral("payment_method_collection"), QStringLiteral("always"));
    link.insert(QStringLiteral("billing_address_collection"), QStringLiteral("auto"));
    link.insert(QStringLiteral("submit_type"), p.choice(QStringLiteral("submit_type"),
                                                        {QStringLiteral("auto"), QStringLiteral("pay"),
                                                         QStringLiteral("book"), QStringLiteral("donate")},
                                                        QStringLiteral("pay")));
    link.insert(QStringLiteral("restrictions"), QJsonValue::Null);
    link.insert(QStringLiteral("custom_fields"), QJsonArray());
    link.insert(QStringLiteral("shipping_options"), QJsonArray());
    link.insert(QStringLiteral("automatic_tax"),
                QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("liability"), QJsonValue::Null}});
    QJsonObject invoice = link.value(QLatin1String("invoice_creation")).toObject();
    invoice.insert(QStringLiteral("enabled"), false);
    link.insert(QStringLiteral("invoice_creation"), invoice);
    nullify(link, {QStringLiteral("custom_text"), QStringLiteral("consent_collection"),
                   QStringLiteral("shipping_address_collection"), QStringLiteral("subscription_data"),
                   QStringLiteral("transfer_data"), QStringLiteral("payment_method_options"),
                   QStringLiteral("managed_payments"), QStringLiteral("payment_intent_data"),
                   QStringLiteral("tax_id_collection")});
    link.insert(QStringLiteral("phone_number_collection"), QJsonObject{{QStringLiteral("enabled"), false}});
    applyLinkOptions(p, link);
    if (p.has(QStringLiteral("payment_intent_data")))
        link.insert(QStringLiteral("payment_intent_data"), parseIntentData(p));
    PageLink page;
    page.kind = QStringLiteral("payment_link");
    page.objectId = id;
    link.insert(QStringLiteral("url"),
                QString(state.baseUrl() + QStringLiteral("/pay/test_") + state.addPageLink(page)));
    state.privateData(id).insert(QStringLiteral("line_items"), items);
    state.store().insert(kLink, account, link);
    state.emitEvent(QStringLiteral("payment_link.created"), link, account);
    return link;
}

QJsonObject updateLink(SandboxState& state, const QString& account, const QString& id, const Params& p)
{
    p.allowOnly({QStringLiteral("active"), QStringLiteral("metadata"), QStringLiteral("restrictions"),
                 QStringLiteral("after_completion"), QStringLiteral("inactive_message"),
                 QStringLiteral("payment_intent_data")});
    const QJsonObject before = state.require(kLink, account, id, kLink);
    QJsonObject link = before;
    applyLinkOptions(p, link);
    if (p.has(QStringLiteral("payment_intent_data")))
        link.insert(QStringLiteral("payment_intent_data"), parseIntentData(p));
    state.store().replace(id, link);
    const QJsonObject previous = jsonDiff(before, link);
    if (!previous.isEmpty())
        state.emitEvent(QStringLiteral("payment_link.updated"), link, account, previous);
    return link;
}

bool linkAcceptsPayments(const QJsonObject& link)
{
    if (!link.value(QLatin1String("active")).toBool())
        return false;
    const QJsonObject sessions = jsonAt(link, QStringLiteral("restrictions.completed_sessions")).toObject();
    return sessions.isEmpty() ||
           sessions.value(QLatin1String("count")).toInteger() < sessions.value(QLatin1String("limit")).toInteger();
}

} // namespace dp::sandbox::checkout
