#include "recontypes.h"

#include <QCoreApplication>

namespace dp::recon {

namespace {
const char* const kRoles[] = {"date", "time", "ro_number", "customer", "amount", "payment_type", "reference",
                              "currency"};
}

QJsonObject DmsColumnMapping::toJson() const
{
    const int columns[] = {date, time, roNumber, customer, amount, paymentType, reference, currency};
    QJsonObject json;
    for (int i = 0; i < 8; ++i)
        json.insert(QLatin1String(kRoles[i]), columns[i]);
    json.insert(QLatin1String("date_order"), int(dateOrder));
    json.insert(QLatin1String("has_header"), hasHeader);
    return json;
}

DmsColumnMapping DmsColumnMapping::fromJson(const QJsonObject& json)
{
    DmsColumnMapping m;
    int* columns[] = {&m.date, &m.time, &m.roNumber, &m.customer, &m.amount, &m.paymentType, &m.reference,
                      &m.currency};
    for (int i = 0; i < 8; ++i)
        *columns[i] = json.value(QLatin1String(kRoles[i])).toInt(-1);
    const int order = json.value(QLatin1String("date_order")).toInt(0);
    m.dateOrder = order >= 0 && order <= int(DateOrder::MonthDayYear) ? DateOrder(order) : DateOrder::Auto;
    m.hasHeader = json.value(QLatin1String("has_header")).toBool(true);
    return m;
}

QString matchRuleKey(MatchRule rule)
{
    switch (rule) {
    case MatchRule::RoAndAmount: return QStringLiteral("ro_amount");
    case MatchRule::AmountAndTime: return QStringLiteral("amount_time");
    case MatchRule::Refund: return QStringLiteral("refund");
    case MatchRule::PayoutDeposit: return QStringLiteral("payout_deposit");
    case MatchRule::Manual: return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

MatchRule matchRuleFromKey(const QString& key)
{
    for (MatchRule r : {MatchRule::RoAndAmount, MatchRule::AmountAndTime, MatchRule::Refund, MatchRule::PayoutDeposit}) {
        if (matchRuleKey(r) == key)
            return r;
    }
    return MatchRule::Manual;
}

QString matchRuleText(MatchRule rule)
{
    switch (rule) {
    case MatchRule::RoAndAmount: return QCoreApplication::translate("Reconciliation", "RO number and amount");
    case MatchRule::AmountAndTime: return QCoreApplication::translate("Reconciliation", "Amount and time");
    case MatchRule::Refund: return QCoreApplication::translate("Reconciliation", "Refund");
    case MatchRule::PayoutDeposit: return QCoreApplication::translate("Reconciliation", "Payout and bank deposit");
    case MatchRule::Manual: return QCoreApplication::translate("Reconciliation", "Matched by hand");
    }
    return {};
}

} // namespace dp::recon
