#include "objects.h"

#include <QJsonArray>

namespace dp::api {
namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

PayoutSchedule PayoutSchedule::fromJson(const QJsonObject& s)
{
    PayoutSchedule schedule;
    schedule.interval = s.value(QLatin1String("interval")).toString(QStringLiteral("daily"));
    schedule.delayDays = s.value(QLatin1String("delay_days")).toInt(2);
    schedule.weeklyAnchor = str(s, "weekly_anchor");
    schedule.monthlyAnchor = s.value(QLatin1String("monthly_anchor")).toInt(0);
    return schedule;
}

Requirements Requirements::fromJson(const QJsonObject& o)
{
    Requirements r;
    r.currentlyDue = strings(o.value(QLatin1String("currently_due")));
    r.pastDue = strings(o.value(QLatin1String("past_due")));
    r.eventuallyDue = strings(o.value(QLatin1String("eventually_due")));
    r.pendingVerification = strings(o.value(QLatin1String("pending_verification")));
    r.disabledReason = str(o, "disabled_reason");
    r.currentDeadline = qint64(o.value(QLatin1String("current_deadline")).toDouble());
    return r;
}

Account Account::fromJson(const QJsonObject& o)
{
    Account a;
    a.id = str(o, "id");
    a.type = str(o, "type");
    a.country = str(o, "country");
    a.email = str(o, "email");
    a.defaultCurrency = str(o, "default_currency");
    a.chargesEnabled = o.value(QLatin1String("charges_enabled")).toBool();
    a.payoutsEnabled = o.value(QLatin1String("payouts_enabled")).toBool();
    a.detailsSubmitted = o.value(QLatin1String("details_submitted")).toBool();
    a.created = qint64(o.value(QLatin1String("created")).toDouble());
    const QJsonObject profile = o.value(QLatin1String("business_profile")).toObject();
    a.businessName = str(profile, "name");
    if (a.businessName.isEmpty())
        a.businessName = str(o.value(QLatin1String("company")).toObject(), "name");
    a.taxIdProvided = o.value(QLatin1String("company")).toObject().value(QLatin1String("tax_id_provided")).toBool();
    const QJsonObject settings = o.value(QLatin1String("settings")).toObject();
    a.statementDescriptor = str(settings.value(QLatin1String("payments")).toObject(), "statement_descriptor");
    a.payoutSchedule = PayoutSchedule::fromJson(
        settings.value(QLatin1String("payouts")).toObject().value(QLatin1String("schedule")).toObject());
    a.requirements = Requirements::fromJson(o.value(QLatin1String("requirements")).toObject());
    const QJsonArray banks = o.value(QLatin1String("external_accounts")).toObject().value(QLatin1String("data")).toArray();
    if (!banks.isEmpty()) {
        const QJsonObject bank = banks.first().toObject();
        a.bankLast4 = str(bank, "last4");
        a.bankName = str(bank, "bank_name");
        a.routingNumber = str(bank, "routing_number");
    }
    return a;
}

Link Link::fromJson(const QJsonObject& o)
{
    return {str(o, "url"), qint64(o.value(QLatin1String("created")).toDouble()),
            qint64(o.value(QLatin1String("expires_at")).toDouble())};
}

Event Event::fromJson(const QJsonObject& o)
{
    Event e;
    e.id = str(o, "id");
    e.type = str(o, "type");
    e.account = str(o, "account");
    e.created = qint64(o.value(QLatin1String("created")).toDouble());
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    e.object = data.value(QLatin1String("object")).toObject();
    e.previous = data.value(QLatin1String("previous_attributes")).toObject();
    return e;
}

} // namespace dp::api
