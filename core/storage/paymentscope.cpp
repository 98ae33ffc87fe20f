#include "paymentscope.h"

namespace dp::store {
namespace {

// The names of the payment-taking teams a user belongs to (a payment carries its team's name in its metadata).
const char* kMyPaymentTeams = "SELECT t.name FROM teams t JOIN team_members m ON m.team_id = t.id"
                              " WHERE m.user_id = ? AND t.takes_payments = 1";

QString column(const QString& alias, const char* name)
{
    return alias.isEmpty() ? QString(QLatin1String(name)) : QString(alias + QLatin1Char('.') + QLatin1String(name));
}

} // namespace

QString PaymentScope::paymentsCondition(const QString& alias, QVariantList& binds) const
{
    switch (kind) {
    case Kind::Everything:
        return QStringLiteral("1 = 1");
    case Kind::PaymentTeams:
        binds.append(userId);
        return column(alias, "team") + QStringLiteral(" IN (") + QLatin1String(kMyPaymentTeams) + QLatin1Char(')');
    case Kind::OwnRequests:
        // request_id is set when the charge event arrives; the request's charge_id covers the other order.
        binds.append(userId);
        binds.append(userId);
        return QStringLiteral("(%1 IN (SELECT own.id FROM payment_requests own WHERE own.consultant_id = ?)"
                              " OR %2 IN (SELECT own.charge_id FROM payment_requests own"
                              " WHERE own.consultant_id = ? AND own.charge_id <> ''))")
            .arg(column(alias, "request_id"), column(alias, "id"));
    case Kind::Nothing:
        break;
    }
    return QStringLiteral("1 = 0");
}

QString PaymentScope::requestsCondition(const QString& alias, QVariantList& binds) const
{
    switch (kind) {
    case Kind::Everything:
        return QStringLiteral("1 = 1");
    case Kind::PaymentTeams:
        // Their own requests and those of the members of their payment-taking teams.
        binds.append(userId);
        binds.append(userId);
        return QStringLiteral("(%1 = ? OR %1 IN (SELECT mate.user_id FROM team_members mate JOIN teams t"
                              " ON t.id = mate.team_id JOIN team_members m ON m.team_id = t.id"
                              " WHERE m.user_id = ? AND t.takes_payments = 1))")
            .arg(column(alias, "consultant_id"));
    case Kind::OwnRequests:
        binds.append(userId);
        return column(alias, "consultant_id") + QStringLiteral(" = ?");
    case Kind::Nothing:
        break;
    }
    return QStringLiteral("1 = 0");
}

} // namespace dp::store
