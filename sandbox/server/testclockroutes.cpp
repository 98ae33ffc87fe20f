// Test clocks (`/v1/test_helpers/test_clocks`): advancing one moves the sandbox clock forward by the same amount, so
// that payouts and their events happen in tests. The sandbox has one clock: every test clock moves it.
#include "apierror.h"
#include "fixtures.h"
#include "pagination.h"
#include "params.h"
#include "payments/ledger.h"
#include "router.h"
#include "routes.h"
#include "sandboxstate.h"

namespace dp::sandbox {

namespace {

const QString kClock = QStringLiteral("test_helpers.test_clock");
constexpr qint64 kMaxAdvance = 2LL * 365 * 86400; // two years, as Stripe allows without subscriptions

ApiResponse createClock(SandboxState& state, const ApiRequest& r)
{
    const Params p(r.params);
    p.allowOnly({QStringLiteral("frozen_time"), QStringLiteral("name")});
    p.required(QStringLiteral("frozen_time"));
    const qint64 frozen = *p.integer(QStringLiteral("frozen_time"));
    const QString name = p.text(QStringLiteral("name"));
    if (name.size() > 300)
        fail::invalid(QStringLiteral("name"), QStringLiteral("Name must be at most 300 characters."));
    QJsonObject clock = skeleton(kClock);
    clock.insert(QStringLiteral("id"), state.newId(QStringLiteral("clock_")));
    clock.insert(QStringLiteral("created"), state.now());
    clock.insert(QStringLiteral("deletes_after"), state.now() + 7 * ledger::kDay);
    clock.insert(QStringLiteral("frozen_time"), frozen);
    clock.insert(QStringLiteral("livemode"), false);
    clock.insert(QStringLiteral("name"), name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name));
    clock.insert(QStringLiteral("status"), QStringLiteral("ready"));
    clock.insert(QStringLiteral("status_details"), QJsonObject());
    state.store().insert(kClock, r.account, clock);
    state.emitEvent(QStringLiteral("test_helpers.test_clock.created"), clock, r.account);
    return state.render(r, clock);
}

// Moves the clock to frozen_time: the sandbox clock goes forward by the same amount and every connected account's
// payout schedule runs up to it (payout.* and balance.available events). The reply says "advancing" as Stripe's
// does; the work is done when it returns, so the next read says "ready".
ApiResponse advanceClock(SandboxState& state, const ApiRequest& r)
{
    const Params p(r.params);
    p.allowOnly({QStringLiteral("frozen_time")});
    QJsonObject clock = state.require(kClock, r.account, r.arg(0), QStringLiteral("test clock"));
    p.required(QStringLiteral("frozen_time"));
    const qint64 target = *p.integer(QStringLiteral("frozen_time"));
    const qint64 current = clock.value(QLatin1String("frozen_time")).toInteger();
    if (target <= current)
        fail::invalid(QStringLiteral("frozen_time"),
                      QStringLiteral("The test clock can only be advanced to a time after its current frozen time."));
    if (target - current > kMaxAdvance)
        fail::invalid(QStringLiteral("frozen_time"),
                      QStringLiteral("A test clock can be advanced by at most two years at a time."));
    QJsonObject advancing = clock;
    advancing.insert(QStringLiteral("status"), QStringLiteral("advancing"));
    advancing.insert(QStringLiteral("status_details"),
                     QJsonObject{{QStringLiteral("advancing"),
                                  QJsonObject{{QStringLiteral("target_frozen_time"), target}}}});
    state.emitEvent(QStringLiteral("test_helpers.test_clock.advancing"), advancing, r.account);
    state.advanceClock(target - current);
    const QList<QString> accounts = state.store().collection(QStringLiteral("account"), {}); // a copy: catching up
    for (const QString& account : accounts) {                                             // adds collections
        if (!account.isEmpty())
            ledger::catchUp(state, account);
    }
    clock.insert(QStringLiteral("frozen_time"), target);
    clock.insert(QStringLiteral("status"), QStringLiteral("ready"));
    clock.insert(QStringLiteral("status_details"), QJsonObject());
    state.store().replace(r.arg(0), clock);
    state.emitEvent(QStringLiteral("test_helpers.test_clock.ready"), clock, r.account);
    return state.render(r, advancing);
}

} // namespace

void registerTestClockRoutes(Router& router, SandboxState& state)
{
    const QString base = QStringLiteral("/v1/test_helpers/test_clocks");
    router.add(QStringLiteral("POST"), base, [&state](const ApiRequest& r) { return createClock(state, r); });
    router.add(QStringLiteral("GET"), base, [&state](const ApiRequest& r) {
        const Params p(r.params);
        p.allowOnly({QStringLiteral("limit"), QStringLiteral("starting_after"), QStringLiteral("ending_before"),
                     QStringLiteral("created")});
        return state.render(r, listPage(state, r, {kClock, r.account, QStringLiteral("/v1/test_helpers/test_clocks"),
                                                   QStringLiteral("test clock"), {}}));
    });
    router.add(QStringLiteral("GET"), base + QStringLiteral("/{id}"), [&state](const ApiRequest& r) {
        return state.render(r, state.require(kClock, r.account, r.arg(0), QStringLiteral("test clock")));
    });
    router.add(QStringLiteral("DELETE"), base + QStringLiteral("/{id}"), [&state](const ApiRequest& r) {
        const QJsonObject clock = state.require(kClock, r.account, r.arg(0), QStringLiteral("test clock"));
        state.store().remove(r.arg(0));
        state.emitEvent(QStringLiteral("test_helpers.test_clock.deleted"), clock, r.account);
        return ApiResponse::json({{QStringLiteral("id"), r.arg(0)},
                                  {QStringLiteral("object"), kClock},
                                  {QStringLiteral("deleted"), true}});
    });
    router.add(QStringLiteral("POST"), base + QStringLiteral("/{id}/advance"),
               [&state](const ApiRequest& r) { return advanceClock(state, r); });
}

} // namespace dp::sandbox
