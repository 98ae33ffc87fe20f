#include "connect/accountmodel.h"
#include "payments/ledger.h"
#include "apierror.h"
#include "params.h"
#include "router.h"
#include "routes.h"
#include "sandboxstate.h"

#include <QJsonArray>

namespace dp::sandbox {

namespace {

ApiResponse addFault(SandboxState& state, const ApiRequest& r)
{
    const Params p(r.params);
    p.allowOnly({QStringLiteral("path"), QStringLiteral("method"), QStringLiteral("status"), QStringLiteral("count"),
                 QStringLiteral("retry_after"), QStringLiteral("should_retry"), QStringLiteral("mode"),
                 QStringLiteral("delay_ms")});
    Fault fault;
    fault.pathPrefix = p.required(QStringLiteral("path"));
    fault.method =
        p.choice(QStringLiteral("method"), {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("DELETE")});
    const QString mode = p.choice(
        QStringLiteral("mode"),
        {QStringLiteral("status"), QStringLiteral("reset"), QStringLiteral("truncate"), QStringLiteral("slow")},
        QStringLiteral("status"));
    fault.mode = mode == QLatin1String("reset")      ? Fault::Mode::Reset
                 : mode == QLatin1String("truncate") ? Fault::Mode::Truncate
                 : mode == QLatin1String("slow")     ? Fault::Mode::Slow
                                                     : Fault::Mode::Status;
    fault.status = int(p.integerIn(QStringLiteral("status"), 400, 599, 500));
    fault.remaining = int(p.integerIn(QStringLiteral("count"), 1, 1000000, 1));
    if (p.has(QStringLiteral("retry_after")))
        fault.retryAfter = int(p.integerIn(QStringLiteral("retry_after"), 0, 3600, 0));
    if (p.has(QStringLiteral("should_retry")))
        fault.shouldRetry =
            *p.boolean(QStringLiteral("should_retry")) ? QStringLiteral("true") : QStringLiteral("false");
    fault.delayMs = int(p.integerIn(QStringLiteral("delay_ms"), 0, 120000, fault.mode == Fault::Mode::Slow ? 2000 : 0));
    state.faults().add(fault);
    return ApiResponse::json(
        {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), state.faults().toJson()}});
}

ApiResponse listRequests(SandboxState& state, const ApiRequest& r)
{
    const Params p(r.params);
    const QString path = p.text(QStringLiteral("path"));
    const QString method = p.text(QStringLiteral("method"));
    const QString key = p.text(QStringLiteral("idempotency_key"));
    QJsonArray data;
    for (const RequestRecord& record : state.requestLog()) {
        if ((!path.isEmpty() && !record.path.startsWith(path)) || (!method.isEmpty() && record.method != method) ||
            (!key.isEmpty() && record.idempotencyKey != key) ||
            record.path.startsWith(QLatin1String("/v1/test_helpers/")))
            continue;
        data.append(QJsonObject{
            {QStringLiteral("method"), record.method},
            {QStringLiteral("path"), record.path},
            {QStringLiteral("idempotency_key"),
             record.idempotencyKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.idempotencyKey)},
            {QStringLiteral("account"),
             record.account.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.account)},
            {QStringLiteral("status"), record.status},
            {QStringLiteral("fault"), record.fault.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.fault)},
            {QStringLiteral("replayed"), record.replayed}});
    }
    return ApiResponse::json({{QStringLiteral("object"), QStringLiteral("list")},
                              {QStringLiteral("count"), data.size()},
                              {QStringLiteral("data"), data}});
}

ApiResponse completeOnboarding(SandboxState& state, const ApiRequest& r)
{
    const Params p(r.params);
    p.allowOnly({QStringLiteral("outcome")});
    const QJsonObject account = state.require(QStringLiteral("account"), {}, r.arg(0), QStringLiteral("account"));
    const QString outcome =
        p.choice(QStringLiteral("outcome"), {QStringLiteral("complete"), QStringLiteral("pending_verification")},
                 QStringLiteral("complete"));
    state.privateData(r.arg(0)).insert(QStringLiteral("pending_verification"), outcome != QLatin1String("complete"));
    return state.render(r, accounts::completeOnboarding(state, r.arg(0), accounts::testOnboardingData(account)));
}

ApiResponse sandboxClock(SandboxState& state, const ApiRequest& r)
{
    const Params p(r.params);
    p.allowOnly({QStringLiteral("advance_by")});
    state.advanceClock(p.integerIn(QStringLiteral("advance_by"), 0, 10LL * 365 * 86400, 0));
    return ApiResponse::json({{QStringLiteral("object"), QStringLiteral("sandbox_clock")},
                              {QStringLiteral("now"), state.now()},
                              {QStringLiteral("offset"), state.clockOffset()}});
}

// An adjustment of the account's balance (type adjustment, category other_adjustment), paid out with the next
// automatic payout like any other balance transaction.
ApiResponse addAdjustment(SandboxState& state, const ApiRequest& r)
{
    const Params p(r.params);
    p.allowOnly({QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("description")});
    if (r.account.isEmpty())
        fail::request(QStringLiteral("Adjustments are made on a connected account (Stripe-Account header)."));
    const qint64 amount = p.integerIn(QStringLiteral("amount"), -99999999, 99999999, 0);
    if (amount == 0)
        fail::invalid(QStringLiteral("amount"), QStringLiteral("The adjustment amount must not be zero."));
    const QJsonObject txn =
        ledger::record(state, r.account,
                       {QStringLiteral("adjustment"), QStringLiteral("other_adjustment"), amount, 0,
                        p.choice(QStringLiteral("currency"), {QStringLiteral("usd"), QStringLiteral("cad")},
                                 QStringLiteral("usd")),
                        state.newId(QStringLiteral("adj_")),
                        p.text(QStringLiteral("description"), QStringLiteral("Balance adjustment")), 0});
    return state.render(r, txn);
}

} // namespace

void registerTestHelperRoutes(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/test_helpers/faults"),
               [&state](const ApiRequest& r) { return addFault(state, r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/test_helpers/faults"), [&state](const ApiRequest&) {
        return ApiResponse::json(
            {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), state.faults().toJson()}});
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/test_helpers/faults"), [&state](const ApiRequest&) {
        state.faults().clear();
        return ApiResponse::json(
            {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), QJsonArray()}});
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/test_helpers/requests"),
               [&state](const ApiRequest& r) { return listRequests(state, r); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/test_helpers/requests"), [&state](const ApiRequest&) {
        state.requestLog().clear();
        return ApiResponse::json({{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("count"), 0}});
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/test_helpers/accounts/{id}/complete_onboarding"),
               [&state](const ApiRequest& r) { return completeOnboarding(state, r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/test_helpers/sandbox_clock"),
               [&state](const ApiRequest& r) { return sandboxClock(state, r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/test_helpers/sandbox_clock"),
               [&state](const ApiRequest& r) { return sandboxClock(state, r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/test_helpers/balance_adjustments"),
               [&state](const ApiRequest& r) { return addAdjustment(state, r); });
    registerTestClockRoutes(router, state);
}

} // namespace dp::sandbox
