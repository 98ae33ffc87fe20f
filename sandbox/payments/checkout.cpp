// Checkout Sessions: creation, expiry and payment.
#include "checkout.h"

#include "server/apierror.h"
#include "server/fixtures.h"
#include "server/jsonutil.h"
#include "server/params.h"
#include "server/sandboxstate.h"

namespace dp::sandbox::checkout {

namespace {

const QString kSession = QStringLiteral("checkout.session");
constexpr qint64 kDefaultLifetime = 24 * 3600;
constexpr qint64 kMinimumLifetime = 30 * 60;
constexpr qint64 kClockSkew = 60; // a client computing "now + 24 h" on its own clock a moment earlier

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The parts every new session shares; the caller sets urls, customer fields and metadata.
QJsonObject newSession(SandboxState& state, const QString& currency, qint64 total, qint64 expiresAt)
{
    QJsonObject s = skeleton(kSession);
    const QString id = state.newId(QStringLiteral("cs_test_"), 58);
    s.insert(QStringLiteral("id"), id);
    s.insert(QStringLiteral("adaptive_pricing"), QJsonObject{{QStringLiteral("enabled"), false}});
    s.insert(QStringLiteral("amount_subtotal"), total);
    s.insert(QStringLiteral("amount_total"), total);
    s.insert(QStringLiteral("automatic_tax"), QJsonObject{{QStringLiteral("enabled"), false},
                                                          {QStringLiteral("liability"), QJsonValue::Null},
                                                          {QStringLiteral("provider"), QJsonValue::Null},
                                                          {QStringLiteral("status"), QJsonValue::Null}});
    s.insert(QStringLiteral("created"), state.now());
    s.insert(QStringLiteral("currency"), currency);
    s.insert(QStringLiteral("customer_creation"), QStringLiteral("if_required"));
    s.insert(QStringLiteral("expires_at"), expiresAt);
    s.insert(QStringLiteral("livemode"), false);
    s.insert(QStringLiteral("metadata"), QJsonObject());
    s.insert(QStringLiteral("mode"), QStringLiteral("payment"));
    s.insert(QStringLiteral("payment_method_options"), QJsonObject());
    s.insert(QStringLiteral("payment_method_types"), QJsonArray{QStringLiteral("card")});
    s.insert(QStringLiteral("payment_status"), QStringLiteral("unpaid"));
    s.insert(QStringLiteral("phone_number_collection"), QJsonObject{{QStringLiteral("enabled"), false}});
    s.insert(QStringLiteral("status"), QStringLiteral("open"));
    s.insert(QStringLiteral("total_details"), QJsonObject{{QStringLiteral("amount_discount"), 0},
                                                          {QStringLiteral("amount_shipping"), 0},
                                                          {QStringLiteral("amount_tax"), 0}});
    s.insert(QStringLiteral("ui_mode"), QStringLiteral("hosted"));
    s.insert(QStringLiteral("url"), QString(state.baseUrl() + QStringLiteral("/checkout/pay/") + id));
    QJsonObject invoice = s.value(QLatin1String("invoice_creation")).toObject();
    invoice.insert(QStringLiteral("enabled"), false);
    s.insert(QStringLiteral("invoice_creation"), invoice);
    nullify(s, {QStringLiteral("after_expiration"), QStringLiteral("collected_information"), QStringLiteral("consent"),
                QStringLiteral("consent_collection"), QStringLiteral("currency_conversion"),
                QStringLiteral("custom_text"), QStringLiteral("customer_details"), QStringLiteral("payment_intent"),
                QStringLiteral("payment_method_configuration_details"), QStringLiteral("permissions"),
                QStringLiteral("saved_payment_method_options"), QStringLiteral("shipping_address_collection"),
                QStringLiteral("shipping_cost"), QStringLiteral("managed_payments"), QStringLiteral("wallet_options"),
                QStringLiteral("cancel_url"), QStringLiteral("success_url")});
    return s;
}

void store(SandboxState& state, const QString& account, const QJsonObject& session, const QJsonArray& items,
           const QJsonObject& intentData)
{
    const QString id = session.value(QLatin1String("id")).toString();
    state.privateData(id).insert(QStringLiteral("line_items"), items);
    state.privateData(id).insert(QStringLiteral("intent_data"), intentData);
    state.store().insert(kSession, account, session);
}

void complete(SandboxState& state, QJsonObject& session, const QJsonObject& intent, const Payer& payer)
{
    const QString account = state.store().accountOf(session.value(QLatin1String("id")).toString());
    session.insert(QStringLiteral("status"), QStringLiteral("complete"));
    session.insert(QStringLiteral("payment_status"), QStringLiteral("paid"));
    session.insert(QStringLiteral("url"), QJsonValue::Null);
    QJsonObject details = skeleton(kSession).value(QLatin1String("customer_details")).toObject();
    QJsonObject address = details.value(QLatin1String("address")).toObject();
    address.insert(QStringLiteral("postal_code"), textOrNull(payer.postalCode));
    details.insert(QStringLiteral("address"), address);
    details.insert(QStringLiteral("email"), textOrNull(payer.email));
    details.insert(QStringLiteral("name"), textOrNull(payer.name));
    details.insert(QStringLiteral("phone"), textOrNull(payer.phone));
    details.insert(QStringLiteral("tax_exempt"), QStringLiteral("none"));
    details.insert(QStringLiteral("tax_ids"), QJsonArray());
    session.insert(QStringLiteral("customer_details"), details);
    session.insert(QStringLiteral("payment_intent"), intent.value(QLatin1String("id")));
    state.store().replace(session.value(QLatin1String("id")).toString(), session);
    state.emitEvent(QStringLiteral("checkout.session.completed"), session, account);

    const QString linkId = session.value(QLatin1String("payment_link")).toString();
    if (linkId.isEmpty())
        return;
    const QJsonObject before = state.store().get(linkId);
    QJsonObject link = before;
    const QJsonObject limit = jsonAt(link, QStringLiteral("restrictions.completed_sessions")).toObject();
    if (limit.isEmpty())
        return;
    const qint64 count = limit.value(QLatin1String("count")).toInteger() + 1;
    setJsonAt(link, QStringLiteral("restrictions.completed_sessions.count"), count);
    if (count >= limit.value(QLatin1String("limit")).toInteger())
        link.insert(QStringLiteral("active"), false); // the link closes once its limit is reached
    state.store().replace(linkId, link);
    state.emitEvent(QStringLiteral("payment_link.updated"), link, account, jsonDiff(before, link));
}

} // namespace

QJsonObject createSession(SandboxState& state, const QString& account, const Params& p)
{
    p.allowOnly({QStringLiteral("mode"), QStringLiteral("line_items"), QStringLiteral("success_url"),
                 QStringLiteral("cancel_url"), QStringLiteral("customer"), QStringLiteral("customer_email"),
                 QStringLiteral("client_reference_id"), QStringLiteral("metadata"),
                 QStringLiteral("payment_intent_data"), QStringLiteral("payment_method_types"),
                 QStringLiteral("expires_at"), QStringLiteral("currency"), QStringLiteral("customer_creation"),
                 QStringLiteral("locale"), QStringLiteral("submit_type"), QStringLiteral("ui_mode")});
    const QString mode = p.choice(QStringLiteral("mode"),
                                  {QStringLiteral("payment"), QStringLiteral("setup"), QStringLiteral("subscription")});
    if (mode.isEmpty())
        fail::missing(QStringLiteral("mode"));
    if (mode != QLatin1String("payment"))
        fail::invalid(QStringLiteral("mode"),
                      QStringLiteral("The sandbox's checkout takes one-time card payments only (mode=payment)."));
    checkCardOnly(p);
    QString currency;
    qint64 total = 0;
    const QJsonArray items = parseLineItems(state, p, &currency, &total);
    const qint64 now = state.now();
    const qint64 expiresAt = p.integer(QStringLiteral("expires_at"), now + kDefaultLifetime);
    if (expiresAt < now + kMinimumLifetime || expiresAt > now + kDefaultLifetime + kClockSkew) {
        fail::invalid(QStringLiteral("expires_at"),
                      QStringLiteral("The expires_at timestamp must be between 30 minutes and "
                                     "24 hours from Checkout Session creation."));
    }
    const QString customer = p.text(QStringLiteral("customer"));
    if (!customer.isEmpty())
        state.require(QStringLiteral("customer"), account, customer, QStringLiteral("customer"),
                      QStringLiteral("customer"));
    QJsonObject s = newSession(state, currency, total, expiresAt);
    s.insert(QStringLiteral("success_url"), textOrNull(p.text(QStringLiteral("success_url"))));
    s.insert(QStringLiteral("cancel_url"), textOrNull(p.text(QStringLiteral("cancel_url"))));
    s.insert(QStringLiteral("customer"), textOrNull(customer));
    s.insert(QStringLiteral("customer_email"), textOrNull(p.text(QStringLiteral("customer_email"))));
    s.insert(QStringLiteral("client_reference_id"), textOrNull(p.text(QStringLiteral("client_reference_id"))));
    s.insert(QStringLiteral("metadata"), applyMetadata({}, p));
    s.insert(QStringLiteral("locale"), textOrNull(p.text(QStringLiteral("locale"))));
    store(state, account, s, items, parseIntentData(p));
    return s;
}

QJsonObject createSessionForLink(SandboxState& state, const QString& account, const QJsonObject& link)
{
    const QString linkId = link.value(QLatin1String("id")).toString();
    QJsonArray items;
    qint64 total = 0;
    for (const QJsonValue& item : lineItems(state, linkId)) {
        QJsonObject copy = item.toObject();
        copy.insert(QStringLiteral("id"), state.newId(QStringLiteral("li_")));
        total += copy.value(QLatin1String("amount_total")).toInteger();
        items.append(copy);
    }
    QJsonObject s =
        newSession(state, link.value(QLatin1String("currency")).toString(), total, state.now() + kDefaultLifetime);
    s.insert(QStringLiteral("payment_link"), linkId);
    const QJsonObject after = link.value(QLatin1String("after_completion")).toObject();
    const QString redirect = jsonAt(after, QStringLiteral("redirect.url")).toString();
    s.insert(QStringLiteral("success_url"), textOrNull(redirect));
    s.insert(QStringLiteral("submit_type"), link.value(QLatin1String("submit_type")));
    store(state, account, s, items, link.value(QLatin1String("payment_intent_data")).toObject());
    return s;
}

QJsonObject refresh(SandboxState& state, const QString& sessionId)
{
    QJsonObject s = state.store().get(sessionId);
    if (s.value(QLatin1String("status")).toString() == QLatin1String("open") &&
        state.now() >= s.value(QLatin1String("expires_at")).toInteger()) {
        return expire(state, sessionId);
    }
    return s;
}

QJsonObject expire(SandboxState& state, const QString& sessionId)
{
    QJsonObject s = state.store().get(sessionId);
    const QString status = s.value(QLatin1String("status")).toString();
    if (status != QLatin1String("open")) {
        fail::with(
            ApiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("checkout_session_not_open"),
                     QStringLiteral("Only Checkout Sessions with a status of 'open' can be expired. This one is %1.")
                         .arg(status)));
    }
    s.insert(QStringLiteral("status"), QStringLiteral("expired"));
    s.insert(QStringLiteral("url"), QJsonValue::Null);
    state.store().replace(sessionId, s);
    state.emitEvent(QStringLiteral("checkout.session.expired"), s, state.store().accountOf(sessionId));
    return s;
}

PayResult pay(SandboxState& state, const QString& sessionId, const QString& card, const Payer& payer,
              payments::Challenge challenge)
{
    QJsonObject session = refresh(state, sessionId);
    const QString account = state.store().accountOf(sessionId);
    const QString status = session.value(QLatin1String("status")).toString();
    if (status != QLatin1String("open")) {
        fail::with(ApiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("checkout_session_not_open"),
                            QStringLiteral("This Checkout Session is %1 and can no longer be paid.").arg(status)));
    }
    QString intentId = session.value(QLatin1String("payment_intent")).toString();
    if (intentId.isEmpty()) {
        const QJsonObject data = state.privateData(sessionId).value(QLatin1String("intent_data")).toObject();
        PaymentSpec spec;
        spec.amount = session.value(QLatin1String("amount_total")).toInteger();
        spec.currency = session.value(QLatin1String("currency")).toString();
        spec.description = data.value(QLatin1String("description")).toString();
        spec.metadata = data.value(QLatin1String("metadata")).toObject();
        spec.customer = session.value(QLatin1String("customer")).toString();
        spec.receiptEmail = data.value(QLatin1String("receipt_email")).toString();
        spec.statementDescriptorSuffix = data.value(QLatin1String("statement_descriptor_suffix")).toString();
        intentId = payments::createIntent(state, account, spec).value(QLatin1String("id")).toString();
        session.insert(QStringLiteral("payment_intent"), intentId);
        state.store().replace(sessionId, session);
    }
    Payer who = payer;
    if (who.email.isEmpty())
        who.email = session.value(QLatin1String("customer_email")).toString();
    const QJsonObject intent = payments::confirm(state, account, intentId, card, who, challenge);
    if (intent.value(QLatin1String("status")).toString() == QLatin1String("succeeded"))
        complete(state, session, intent, who);
    return {session, intent};
}

QString successUrl(const QJsonObject& session)
{
    QString url = session.value(QLatin1String("success_url")).toString();
    return url.replace(QStringLiteral("{CHECKOUT_SESSION_ID}"), session.value(QLatin1String("id")).toString());
}

} // namespace dp::sandbox::checkout
