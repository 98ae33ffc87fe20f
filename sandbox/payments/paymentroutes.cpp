// PaymentIntents, charges, refunds, balance, balance transactions and payouts.
#include "server/apierror.h"
#include "server/jsonutil.h"
#include "ledger.h"
#include "server/pagination.h"
#include "server/params.h"
#include "paymentengine.h"
#include "server/router.h"
#include "server/routes.h"
#include "server/sandboxstate.h"

#include <QJsonArray>

namespace dp::sandbox {

namespace {

const QString kIntent = QStringLiteral("payment_intent");
const QString kCharge = QStringLiteral("charge");
const QString kRefund = QStringLiteral("refund");
const QString kTxn = QStringLiteral("balance_transaction");
const QString kPayout = QStringLiteral("payout");
const QStringList kListParams{QStringLiteral("limit"), QStringLiteral("starting_after"),
                              QStringLiteral("ending_before"), QStringLiteral("created")};

// Filters "field=value" for each listed parameter that is present.
std::function<bool(const QJsonObject&)> equalsFilter(const Params& p, const QStringList& fields)
{
    QList<QPair<QString, QString>> wanted;
    for (const QString& field : fields) {
        if (p.has(field))
            wanted.append({field, p.text(field)});
    }
    if (wanted.isEmpty())
        return {};
    return [wanted](const QJsonObject& o) {
        for (const auto& [field, value] : wanted) {
            if (o.value(field).toString() != value)
                return false;
        }
        return true;
    };
}

struct ListSpec
{
    QString type;
    QString url;
    QStringList fieldFilters; // parameters that must equal the object's field of the same name
    QStringList otherParams;  // further parameters the caller handles in `extra`
    std::function<bool(const QJsonObject&)> extra;
};

QJsonObject listData(SandboxState& state, const ApiRequest& r, const ListSpec& spec,
                     const QList<QString>* ids = nullptr)
{
    const Params p(r.params);
    p.allowOnly(kListParams + spec.fieldFilters + spec.otherParams);
    const auto byFields = equalsFilter(p, spec.fieldFilters);
    const auto extra = spec.extra;
    std::function<bool(const QJsonObject&)> filter;
    if (byFields && extra)
        filter = [byFields, extra](const QJsonObject& o) { return byFields(o) && extra(o); };
    else
        filter = byFields ? byFields : extra;
    return listPage(state, r, {spec.type, r.account, spec.url, spec.type, filter, ids});
}

ApiResponse list(SandboxState& state, const ApiRequest& r, const ListSpec& spec)
{
    return state.render(r, listData(state, r, spec));
}

// A declined confirmation answers 402 with the updated PaymentIntent, as Stripe does.
QJsonObject throwIfDeclined(const QJsonObject& intent)
{
    const QJsonObject error = intent.value(QLatin1String("last_payment_error")).toObject();
    if (intent.value(QLatin1String("status")).toString() != QLatin1String("requires_payment_method") || error.isEmpty())
        return intent;
    ApiError failure(402, error.value(QLatin1String("type")).toString(), error.value(QLatin1String("code")).toString(),
                     error.value(QLatin1String("message")).toString());
    failure.declineCode = error.value(QLatin1String("decline_code")).toString();
    failure.extra.insert(QStringLiteral("payment_intent"), intent);
    if (error.contains(QLatin1String("charge")))
        failure.extra.insert(QStringLiteral("charge"), error.value(QLatin1String("charge")));
    failure.executed = true;
    fail::with(failure);
}

PaymentSpec specFrom(SandboxState& state, const ApiRequest& r, const Params& p)
{
    PaymentSpec spec;
    if (!p.has(QStringLiteral("amount")))
        fail::missing(QStringLiteral("amount"));
    spec.amount = p.integer(QStringLiteral("amount"), 0);
    spec.currency = p.required(QStringLiteral("currency")).toLower();
    spec.description = p.text(QStringLiteral("description"));
    spec.metadata = applyMetadata({}, p);
    spec.customer = p.text(QStringLiteral("customer"));
    if (!spec.customer.isEmpty())
        state.require(QStringLiteral("customer"), r.account, spec.customer, QStringLiteral("customer"),
                      QStringLiteral("customer"));
    spec.receiptEmail = p.text(QStringLiteral("receipt_email"));
    spec.statementDescriptorSuffix = p.text(QStringLiteral("statement_descriptor_suffix"));
    for (const QString& type : p.strings(QStringLiteral("payment_method_types"))) {
        if (type != QLatin1String("card"))
            fail::invalid(QStringLiteral("payment_method_types"),
                          QStringLiteral("The sandbox takes card payments only."));
    }
    return spec;
}

QJsonObject updateSimple(SandboxState& state, const ApiRequest& r, const QString& type, const QStringList& texts)
{
    const Params p(r.params);
    p.allowOnly(texts + QStringList{QStringLiteral("metadata")});
    const QJsonObject before = state.require(type, r.account, r.arg(0), type);
    QJsonObject after = before;
    for (const QString& key : texts) {
        if (p.has(key))
            after.insert(key, p.text(key).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.text(key)));
    }
    after.insert(QStringLiteral("metadata"), applyMetadata(before.value(QLatin1String("metadata")).toObject(), p));
    state.store().replace(r.arg(0), after);
    const QJsonObject previous = jsonDiff(before, after);
    if (!previous.isEmpty())
        state.emitEvent(type + QStringLiteral(".updated"), after, r.account, previous);
    return after;
}

void registerIntents(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents"), [&state](const ApiRequest& r) {
        const Params p(r.params);
        p.allowOnly({QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("description"),
                     QStringLiteral("metadata"), QStringLiteral("customer"), QStringLiteral("receipt_email"),
                     QStringLiteral("payment_method_types"), QStringLiteral("statement_descriptor_suffix"),
                     QStringLiteral("confirm"), QStringLiteral("payment_method"), QStringLiteral("capture_method"),
                     QStringLiteral("return_url")});
        p.choice(QStringLiteral("capture_method"), {QStringLiteral("automatic")});
        QJsonObject pi = payments::createIntent(state, r.account, specFrom(state, r, p));
        if (p.boolean(QStringLiteral("confirm")).value_or(false)) {
            pi = payments::confirm(state, r.account, pi.value(QLatin1String("id")).toString(),
                                   p.required(QStringLiteral("payment_method")), {}, payments::Challenge::None);
            throwIfDeclined(pi);
        }
        return state.render(r, pi);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents/{id}/confirm"),
               [&state](const ApiRequest& r) {
                   const Params p(r.params);
                   p.allowOnly({QStringLiteral("payment_method"), QStringLiteral("return_url"),
                                QStringLiteral("receipt_email")});
                   const QJsonObject pi =
                       payments::confirm(state, r.account, r.arg(0), p.required(QStringLiteral("payment_method")), {},
                                         payments::Challenge::None);
                   return state.render(r, throwIfDeclined(pi));
               });
    router.add(
        QStringLiteral("POST"), QStringLiteral("/v1/payment_intents/{id}/cancel"), [&state](const ApiRequest& r) {
            const Params p(r.params);
            p.allowOnly({QStringLiteral("cancellation_reason")});
            const QString reason = p.choice(QStringLiteral("cancellation_reason"),
                                            {QStringLiteral("duplicate"), QStringLiteral("fraudulent"),
                                             QStringLiteral("requested_by_customer"), QStringLiteral("abandoned")});
            return state.render(r, payments::cancelIntent(state, r.account, r.arg(0), reason));
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents/{id}"), [&state](const ApiRequest& r) {
        return state.render(
            r, updateSimple(state, r, kIntent, {QStringLiteral("description"), QStringLiteral("receipt_email")}));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payment_intents/{id}"), [&state](const ApiRequest& r) {
        return state.render(r, state.require(kIntent, r.account, r.arg(0), kIntent));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payment_intents"), [&state](const ApiRequest& r) {
        return list(state, r, {kIntent, QStringLiteral("/v1/payment_intents"), {QStringLiteral("customer")}, {}, {}});
    });
}

void registerCharges(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/charges"), [&state](const ApiRequest& r) {
        const Params p(r.params);
        p.allowOnly({QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("description"),
                     QStringLiteral("metadata"), QStringLiteral("customer"), QStringLiteral("receipt_email"),
                     QStringLiteral("source"), QStringLiteral("statement_descriptor_suffix")});
        const QString source = p.required(QStringLiteral("source"));
        const QJsonObject pi = payments::createIntent(state, r.account, specFrom(state, r, p));
        const QJsonObject paid = payments::confirm(state, r.account, pi.value(QLatin1String("id")).toString(), source,
                                                   {}, payments::Challenge::None);
        if (paid.value(QLatin1String("status")).toString() == QLatin1String("requires_action"))
            fail::request(QStringLiteral("This card requires authentication; use a PaymentIntent or Checkout."),
                          QStringLiteral("source"));
        throwIfDeclined(paid);
        return state.render(r, state.store().get(paid.value(QLatin1String("latest_charge")).toString()));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/charges"), [&state](const ApiRequest& r) {
        return list(state, r,
                    {kCharge,
                     QStringLiteral("/v1/charges"),
                     {QStringLiteral("customer"), QStringLiteral("payment_intent")},
                     {},
                     {}});
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/charges/{id}"), [&state](const ApiRequest& r) {
        return state.render(r, state.require(kCharge, r.account, r.arg(0), kCharge));
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/charges/{id}"), [&state](const ApiRequest& r) {
        return state.render(
            r, updateSimple(state, r, kCharge, {QStringLiteral("description"), QStringLiteral("receipt_email")}));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/charges/{id}/refunds"), [&state](const ApiRequest& r) {
        state.require(kCharge, r.account, r.arg(0), kCharge);
        const QString charge = r.arg(0);
        return list(
            state, r,
            {kRefund, QStringLiteral("/v1/charges/%1/refunds").arg(charge), {}, {}, [charge](const QJsonObject& o) {
                 return o.value(QLatin1String("charge")).toString() == charge;
             }});
    });
}

void registerRefunds(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/refunds"), [&state](const ApiRequest& r) {
        const Params p(r.params);
        p.allowOnly({QStringLiteral("charge"), QStringLiteral("payment_intent"), QStringLiteral("amount"),
                     QStringLiteral("reason"), QStringLiteral("metadata"), QStringLiteral("refund_application_fee"),
                     QStringLiteral("reverse_transfer")});
        QString charge = p.text(QStringLiteral("charge"));
        const QString intent = p.text(QStringLiteral("payment_intent"));
        if (charge.isEmpty() && intent.isEmpty())
            fail::missing(QStringLiteral("charge"));
        if (!intent.isEmpty()) {
            const QJsonObject pi = state.require(kIntent, r.account, intent, kIntent, QStringLiteral("payment_intent"));
            if (!charge.isEmpty() && pi.value(QLatin1String("latest_charge")).toString() != charge)
                fail::invalid(QStringLiteral("charge"),
                              QStringLiteral("The charge does not belong to that PaymentIntent."));
            charge = pi.value(QLatin1String("latest_charge")).toString();
            if (charge.isEmpty() || pi.value(QLatin1String("status")).toString() != QLatin1String("succeeded"))
                fail::request(
                    QStringLiteral("PaymentIntent %1 does not have a successful charge to refund.").arg(intent),
                    QStringLiteral("payment_intent"));
        }
        const QString reason =
            p.choice(QStringLiteral("reason"), {QStringLiteral("duplicate"), QStringLiteral("fraudulent"),
                                                QStringLiteral("requested_by_customer")});
        return state.render(r, payments::refund(state, r.account, charge, p.integer(QStringLiteral("amount")), reason,
                                                applyMetadata({}, p)));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/refunds"), [&state](const ApiRequest& r) {
        return list(state, r,
                    {kRefund,
                     QStringLiteral("/v1/refunds"),
                     {QStringLiteral("charge"), QStringLiteral("payment_intent")},
                     {},
                     {}});
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/refunds/{id}"), [&state](const ApiRequest& r) {
        return state.render(r, state.require(kRefund, r.account, r.arg(0), kRefund));
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/refunds/{id}"),
               [&state](const ApiRequest& r) { return state.render(r, updateSimple(state, r, kRefund, {})); });
}

void registerMoney(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/balance"),
               [&state](const ApiRequest& r) { return state.render(r, ledger::balance(state, r.account)); });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/balance_transactions"), [&state](const ApiRequest& r) {
        ledger::catchUp(state, r.account);
        const Params p(r.params);
        const QString payout = p.text(QStringLiteral("payout"));
        if (!payout.isEmpty())
            state.require(kPayout, r.account, payout, kPayout, QStringLiteral("payout"));
        // A payout's contents come from its index (LedgerBook::txnsOfPayout), never from scanning every transaction.
        static const QList<QString> kNone;
        const QList<QString>* ids = nullptr;
        if (!payout.isEmpty()) {
            const auto found = state.ledger().txnsOfPayout.constFind(payout);
            ids = found == state.ledger().txnsOfPayout.cend() ? &kNone : &*found;
        }
        QJsonObject page = listData(state, r,
                                    {kTxn,
                                     QStringLiteral("/v1/balance_transactions"),
                                     {QStringLiteral("type"), QStringLiteral("source"), QStringLiteral("currency")},
                                     {QStringLiteral("payout")},
                                     {}},
                                    ids);
        QJsonArray data;
        for (const QJsonValue& txn : page.value(QLatin1String("data")).toArray())
            data.append(ledger::withCurrentStatus(state, txn.toObject()));
        page.insert(QStringLiteral("data"), data);
        return state.render(r, page);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/balance_transactions/{id}"), [&state](const ApiRequest& r) {
        return state.render(r, ledger::withCurrentStatus(state, state.require(kTxn, r.account, r.arg(0), kTxn)));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payouts"), [&state](const ApiRequest& r) {
        ledger::catchUp(state, r.account);
        const Params p(r.params);
        const TimeRange arrival = TimeRange::parse(p, QStringLiteral("arrival_date"));
        return list(state, r,
                    {kPayout,
                     QStringLiteral("/v1/payouts"),
                     {QStringLiteral("status"), QStringLiteral("destination")},
                     {QStringLiteral("arrival_date")},
                     [arrival](const QJsonObject& o) {
                         return arrival.contains(o.value(QLatin1String("arrival_date")).toInteger());
                     }});
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payouts/{id}"), [&state](const ApiRequest& r) {
        ledger::catchUp(state, r.account);
        return state.render(r, state.require(kPayout, r.account, r.arg(0), kPayout));
    });
}

} // namespace

void registerPaymentRoutes(Router& router, SandboxState& state)
{
    registerIntents(router, state);
    registerCharges(router, state);
    registerRefunds(router, state);
    registerMoney(router, state);
}

} // namespace dp::sandbox
