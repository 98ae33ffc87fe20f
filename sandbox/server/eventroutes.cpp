#include "apierror.h"
#include "payments/ledger.h"
#include "pagination.h"
#include "params.h"
#include "router.h"
#include "routes.h"
#include "sandboxstate.h"

#include <QRegularExpression>

namespace dp::sandbox {

namespace {

const QString kEvent = QStringLiteral("event");
constexpr int kMaxTypes = 20;

// type=payout.* (a "*" matches anything) or types[]=a&types[]=b (exact names, at most 20).
std::function<bool(const QJsonObject&)> typeFilter(const Params& p)
{
    const QString type = p.text(QStringLiteral("type"));
    const QStringList types = p.strings(QStringLiteral("types"));
    if (!type.isEmpty() && !types.isEmpty())
        fail::request(QStringLiteral("You may only specify one of these parameters: type, types."),
                      QStringLiteral("types"));
    if (types.size() > kMaxTypes)
        fail::invalid(QStringLiteral("types"), QStringLiteral("You may pass at most %1 types.").arg(kMaxTypes));
    if (!types.isEmpty()) {
        return [types](const QJsonObject& e) { return types.contains(e.value(QLatin1String("type")).toString()); };
    }
    if (type.isEmpty())
        return {};
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(type).replace(QStringLiteral("\\*"), QStringLiteral(".*"))));
    return
        [pattern](const QJsonObject& e) { return pattern.match(e.value(QLatin1String("type")).toString()).hasMatch(); };
}

} // namespace

void registerEventRoutes(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/events"), [&state](const ApiRequest& r) {
        ledger::catchUp(state, r.account); // payouts that became due are events too
        const Params p(r.params);
        p.allowOnly({QStringLiteral("limit"), QStringLiteral("starting_after"), QStringLiteral("ending_before"),
                     QStringLiteral("created"), QStringLiteral("type"), QStringLiteral("types"),
                     QStringLiteral("delivery_success")});
        return state.render(
            r, listPage(state, r, {kEvent, r.account, QStringLiteral("/v1/events"), kEvent, typeFilter(p)}));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/events/{id}"), [&state](const ApiRequest& r) {
        return state.render(r, state.require(kEvent, r.account, r.arg(0), kEvent));
    });
}

} // namespace dp::sandbox
