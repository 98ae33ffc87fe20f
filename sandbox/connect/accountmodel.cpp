#include "accountmodel.h"

#include "accountrequirements.h"
#include "server/apierror.h"
#include "foundation/validators.h"
#include "server/fixtures.h"
#include "server/jsonutil.h"
#include "server/params.h"
#include "server/sandboxstate.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace dp::sandbox::accounts {

namespace {

const QString kAccount = QStringLiteral("account");
constexpr int kMinimumDelayDays = 2; // US and CA standard payout speed

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Copies each listed scalar parameter "<prefix>[<key>]" that is present into `target[key]` ("" unsets it).
void copyTexts(const Params& p, const QString& prefix, const QStringList& keys, QJsonObject& target)
{
    for (const QString& key : keys) {
        const QString name = prefix + QLatin1Char('[') + key + QLatin1Char(']');
        if (p.has(name))
            target.insert(key, textOrNull(p.text(name)));
    }
}

void checkKeys(const Params& p, const QString& prefix, const QStringList& allowed)
{
    for (const QString& key : p.map(prefix).keys()) {
        if (!allowed.contains(key))
            fail::unknownParam(prefix + QLatin1Char('[') + key + QLatin1Char(']'));
    }
}

void requireValid(const validate::Check& check, const QString& param)
{
    if (!check.ok)
        fail::invalid(param, check.message);
}

QJsonObject controllerFor(const QString& type)
{
    const bool platformControls = type != QLatin1String("standard");
    return {
        {QStringLiteral("type"), platformControls ? QStringLiteral("application") : QStringLiteral("account")},
        {QStringLiteral("is_controller"), platformControls},
        {QStringLiteral("fees"), QJsonObject{{QStringLiteral("payer"), platformControls ? QStringLiteral("application")
                                                                                        : QStringLiteral("account")}}},
        {QStringLiteral("losses"),
         QJsonObject{{QStringLiteral("payments"),
                      platformControls ? QStringLiteral("application") : QStringLiteral("stripe")}}},
        {QStringLiteral("requirement_collection"),
         type == QLatin1String("custom") ? QStringLiteral("application") : QStringLiteral("stripe")},
        {QStringLiteral("stripe_dashboard"),
         QJsonObject{{QStringLiteral("type"), type == QLatin1String("express")    ? QStringLiteral("express")
                                              : type == QLatin1String("standard") ? QStringLiteral("full")
                                                                                  : QStringLiteral("none")}}}};
}

// type=..., or the controller[...] form that maps onto the legacy types.
QString accountType(const Params& p)
{
    const QString type = p.choice(QStringLiteral("type"),
                                  {QStringLiteral("custom"), QStringLiteral("express"), QStringLiteral("standard")});
    if (!type.isEmpty())
        return type;
    const QString dashboard = p.choice(QStringLiteral("controller[stripe_dashboard][type]"),
                                       {QStringLiteral("express"), QStringLiteral("full"), QStringLiteral("none")});
    const QString collection = p.choice(QStringLiteral("controller[requirement_collection]"),
                                        {QStringLiteral("application"), QStringLiteral("stripe")});
    if (dashboard == QLatin1String("full"))
        return QStringLiteral("standard");
    if (dashboard == QLatin1String("none") || collection == QLatin1String("application"))
        return QStringLiteral("custom");
    return QStringLiteral("express");
}

void applyPayoutSchedule(const Params& p, QJsonObject& account)
{
    const QString base = QStringLiteral("settings[payouts][schedule]");
    if (!p.has(base))
        return;
    checkKeys(p, base,
              {QStringLiteral("interval"), QStringLiteral("delay_days"), QStringLiteral("weekly_anchor"),
               QStringLiteral("monthly_anchor")});
    const QJsonObject current = jsonAt(account, QStringLiteral("settings.payouts.schedule")).toObject();
    const QString interval = p.choice(
        base + QStringLiteral("[interval]"),
        {QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("monthly"), QStringLiteral("manual")},
        current.value(QLatin1String("interval")).toString(QStringLiteral("daily")));
    qint64 delay = current.value(QLatin1String("delay_days")).toInteger(kMinimumDelayDays);
    const QString delayName = base + QStringLiteral("[delay_days]");
    if (p.text(delayName) == QLatin1String("minimum"))
        delay = kMinimumDelayDays;
    else if (p.has(delayName))
        delay = p.integerIn(delayName, kMinimumDelayDays, 365, kMinimumDelayDays);
    QJsonObject schedule{{QStringLiteral("interval"), interval}, {QStringLiteral("delay_days"), delay}};
    if (interval == QLatin1String("weekly")) {
        const QString anchorName = base + QStringLiteral("[weekly_anchor]");
        const QString anchor =
            p.choice(anchorName,
                     {QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                      QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
                      QStringLiteral("sunday")},
                     current.value(QLatin1String("weekly_anchor")).toString());
        if (anchor.isEmpty())
            fail::missing(anchorName);
        schedule.insert(QStringLiteral("weekly_anchor"), anchor);
    } else if (interval == QLatin1String("monthly")) {
        const QString anchorName = base + QStringLiteral("[monthly_anchor]");
        if (!p.has(anchorName) && !current.contains(QLatin1String("monthly_anchor")))
            fail::missing(anchorName);
        const qint64 anchor =
            p.integerIn(anchorName, 1, 31, current.value(QLatin1String("monthly_anchor")).toInteger(1));
        schedule.insert(QStringLiteral("monthly_anchor"), anchor);
    }
    setJsonAt(account, QStringLiteral("settings.payouts.schedule"), schedule);
}

void applySettings(const Params& p, QJsonObject& account)
{
    checkKeys(p, QStringLiteral("settings"),
              {QStringLiteral("payouts"), QStringLiteral("payments"), QStringLiteral("card_payments"),
               QStringLiteral("dashboard"), QStringLiteral("branding")});
    applyPayoutSchedule(p, account);
    const QString payments = QStringLiteral("settings[payments][statement_descriptor]");
    if (p.has(payments)) {
        const QString descriptor = p.text(payments);
        if (!descriptor.isEmpty())
            requireValid(validate::statementDescriptor(descriptor), payments);
        setJsonAt(account, QStringLiteral("settings.payments.statement_descriptor"), textOrNull(descriptor));
    }
    const QString prefix = QStringLiteral("settings[card_payments][statement_descriptor_prefix]");
    if (p.has(prefix)) {
        const QString text = p.text(prefix);
        if (!text.isEmpty() && (text.size() < 2 || text.size() > 10))
            fail::invalid(prefix,
                          QStringLiteral("The statement descriptor prefix must be between 2 and 10 characters."));
        setJsonAt(account, QStringLiteral("settings.card_payments.statement_descriptor_prefix"), textOrNull(text));
    }
    const QString payoutDescriptor = QStringLiteral("settings[payouts][statement_descriptor]");
    if (p.has(payoutDescriptor)) {
        const QString text = p.text(payoutDescriptor);
        if (text.size() > 22)
            fail::invalid(payoutDescriptor,
                          QStringLiteral("The payout statement descriptor can be at most 22 characters."));
        setJsonAt(account, QStringLiteral("settings.payouts.statement_descriptor"), textOrNull(text));
    }
    if (const auto debit = p.boolean(QStringLiteral("settings[payouts][debit_negative_balances]")))
        setJsonAt(account, QStringLiteral("settings.payouts.debit_negative_balances"), *debit);
    QJsonObject dashboard = jsonAt(account, QStringLiteral("settings.dashboard")).toObject();
    copyTexts(p, QStringLiteral("settings[dashboard]"), {QStringLiteral("display_name"), QStringLiteral("timezone")},
              dashboard);
    setJsonAt(account, QStringLiteral("settings.dashboard"), dashboard);
}

void applyCompany(SandboxState& state, const Params& p, QJsonObject& account)
{
    const QString base = QStringLiteral("company");
    checkKeys(p, base,
              {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("tax_id"), QStringLiteral("address"),
               QStringLiteral("structure"), QStringLiteral("owners_provided"), QStringLiteral("directors_provided"),
               QStringLiteral("executives_provided")});
    QJsonObject company = account.value(base).toObject();
    copyTexts(p, base, {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("structure")}, company);
    QJsonObject address = company.value(QLatin1String("address")).toObject();
    copyTexts(p, QStringLiteral("company[address]"),
              {QStringLiteral("line1"), QStringLiteral("line2"), QStringLiteral("city"), QStringLiteral("state"),
               QStringLiteral("postal_code"), QStringLiteral("country")},
              address);
    company.insert(QStringLiteral("address"), address);
    if (p.has(QStringLiteral("company[tax_id]"))) {
        const QString taxId = p.text(QStringLiteral("company[tax_id]"));
        state.privateData(account.value(QLatin1String("id")).toString()).insert(QStringLiteral("tax_id"), taxId);
        company.insert(QStringLiteral("tax_id_provided"), !taxId.isEmpty());
    }
    for (const QString& flag : {QStringLiteral("owners_provided"), QStringLiteral("directors_provided"),
                                QStringLiteral("executives_provided")}) {
        if (const auto value = p.boolean(base + QLatin1Char('[') + flag + QLatin1Char(']')))
            company.insert(flag, *value);
    }
    account.insert(base, company);
}

void applyExternalAccount(SandboxState& state, const Params& p, QJsonObject& account)
{
    const QString base = QStringLiteral("external_account");
    const QString id = account.value(QLatin1String("id")).toString();
    const QString country = account.value(QLatin1String("country")).toString();
    QJsonObject bank;
    if (p.raw(base).typeId() != QMetaType::QVariantMap) { // a token such as btok_us_verified
        const QString token = p.required(base);
        if (!token.startsWith(QLatin1String("btok_")))
            fail::noSuch(QStringLiteral("token"), token, base);
        const bool ca = country == QLatin1String("CA");
        bank = bankAccount(state, id, country, ca ? QStringLiteral("cad") : QStringLiteral("usd"),
                           ca ? QStringLiteral("11000-000") : QStringLiteral("110000000"),
                           QStringLiteral("000123456789"), {});
    } else {
        checkKeys(p, base,
                  {QStringLiteral("object"), QStringLiteral("country"), QStringLiteral("currency"),
                   QStringLiteral("routing_number"), QStringLiteral("account_number"),
                   QStringLiteral("account_holder_name"), QStringLiteral("account_holder_type")});
        if (p.choice(base + QStringLiteral("[object]"), {QStringLiteral("bank_account")}).isEmpty())
            fail::missing(base + QStringLiteral("[object]"));
        const QString bankCountry =
            p.choice(base + QStringLiteral("[country]"), {QStringLiteral("US"), QStringLiteral("CA")}, country);
        const QString currency =
            p.choice(base + QStringLiteral("[currency]"), {QStringLiteral("usd"), QStringLiteral("cad")},
                     bankCountry == QLatin1String("CA") ? QStringLiteral("cad") : QStringLiteral("usd"));
        const QString routingName = base + QStringLiteral("[routing_number]");
        const QString routing = p.required(routingName);
        if (bankCountry == QLatin1String("US")) {
            requireValid(validate::abaRoutingNumber(routing), routingName);
        } else {
            const QString digits = validate::digitsOnly(routing);
            requireValid(validate::caTransitNumber(digits.left(5)), routingName);
            requireValid(validate::caInstitutionNumber(digits.mid(5)), routingName);
        }
        const QString numberName = base + QStringLiteral("[account_number]");
        const QString number = p.required(numberName);
        requireValid(validate::bankAccountNumber(number, bankCountry), numberName);
        bank = bankAccount(state, id, bankCountry, currency, routing, number,
                           p.text(base + QStringLiteral("[account_holder_name]")));
        if (p.has(base + QStringLiteral("[account_holder_type]")))
            bank.insert(QStringLiteral("account_holder_type"),
                        p.choice(base + QStringLiteral("[account_holder_type]"),
                                 {QStringLiteral("company"), QStringLiteral("individual")}));
    }
    QJsonObject list = account.value(QLatin1String("external_accounts")).toObject();
    list.insert(QStringLiteral("data"), QJsonArray{bank});
    list.insert(QStringLiteral("total_count"), 1);
    account.insert(QStringLiteral("external_accounts"), list);
}

void applyCapabilities(const Params& p, QJsonObject& account)
{
    QJsonObject capabilities = account.value(QLatin1String("capabilities")).toObject();
    const bool live = account.value(QLatin1String("charges_enabled")).toBool();
    for (const QString& name : p.map(QStringLiteral("capabilities")).keys()) {
        const auto requested = p.boolean(QStringLiteral("capabilities[%1][requested]").arg(name));
        if (!requested)
            fail::missing(QStringLiteral("capabilities[%1][requested]").arg(name));
        if (*requested && !capabilities.contains(name))
            capabilities.insert(name, live ? QStringLiteral("active") : QStringLiteral("inactive"));
        else if (!*requested)
            capabilities.remove(name);
    }
    account.insert(QStringLiteral("capabilities"), capabilities);
}

void applyParams(SandboxState& state, const Params& p, QJsonObject& account)
{
    if (p.has(QStringLiteral("email"))) {
        const QString email = p.text(QStringLiteral("email"));
        if (!email.isEmpty())
            requireValid(validate::email(email), QStringLiteral("email"));
        account.insert(QStringLiteral("email"), textOrNull(email));
    }
    if (p.has(QStringLiteral("business_type"))) {
        account.insert(QStringLiteral("business_type"),
                       textOrNull(p.choice(QStringLiteral("business_type"),
                                           {QStringLiteral("company"), QStringLiteral("government_entity"),
                                            QStringLiteral("individual"), QStringLiteral("non_profit")})));
    }
    if (p.has(QStringLiteral("business_profile"))) {
        const QStringList keys{
            QStringLiteral("mcc"),        QStringLiteral("name"),          QStringLiteral("product_description"),
            QStringLiteral("url"),        QStringLiteral("support_email"), QStringLiteral("support_phone"),
            QStringLiteral("support_url")};
        checkKeys(p, QStringLiteral("business_profile"), keys + QStringList{QStringLiteral("support_address")});
        const QString mcc = p.text(QStringLiteral("business_profile[mcc]"));
        if (!mcc.isEmpty() && !QRegularExpression(QStringLiteral("^\\d{4}$")).match(mcc).hasMatch())
            fail::invalid(QStringLiteral("business_profile[mcc]"), QStringLiteral("Invalid mcc: %1").arg(mcc));
        QJsonObject profile = account.value(QLatin1String("business_profile")).toObject();
        copyTexts(p, QStringLiteral("business_profile"), keys, profile);
        account.insert(QStringLiteral("business_profile"), profile);
    }
    if (p.has(QStringLiteral("company")))
        applyCompany(state, p, account);
    if (p.has(QStringLiteral("external_account")))
        applyExternalAccount(state, p, account);
    if (p.has(QStringLiteral("capabilities")))
        applyCapabilities(p, account);
    if (p.has(QStringLiteral("settings")))
        applySettings(p, account);
    if (p.has(QStringLiteral("default_currency"))) {
        account.insert(QStringLiteral("default_currency"),
                       p.choice(QStringLiteral("default_currency"), {QStringLiteral("usd"), QStringLiteral("cad")}));
    }
    if (p.has(QStringLiteral("tos_acceptance")) &&
        account.value(QLatin1String("type")).toString() != QLatin1String("custom")) {
        fail::invalid(
            QStringLiteral("tos_acceptance"),
            QStringLiteral("You cannot accept the Terms of Service on behalf of an account where "
                           "controller[requirement_collection]=stripe, which includes Standard and Express accounts."));
    }
    account.insert(QStringLiteral("metadata"), applyMetadata(account.value(QLatin1String("metadata")).toObject(), p));
    refreshRequirements(state, account);
}

const QStringList kUpdatable{QStringLiteral("business_profile"), QStringLiteral("business_type"),
                             QStringLiteral("capabilities"),     QStringLiteral("company"),
                             QStringLiteral("default_currency"), QStringLiteral("email"),
                             QStringLiteral("external_account"), QStringLiteral("metadata"),
                             QStringLiteral("settings"),         QStringLiteral("tos_acceptance")};

} // namespace

QJsonObject create(SandboxState& state, const Params& p, const QString& fixedId)
{
    p.allowOnly(kUpdatable +
                QStringList{QStringLiteral("type"), QStringLiteral("country"), QStringLiteral("controller")});
    const QString type = accountType(p);
    const QString country =
        p.choice(QStringLiteral("country"), {QStringLiteral("US"), QStringLiteral("CA")}, QStringLiteral("US"));
    const QString id = fixedId.isEmpty() ? state.newId(QStringLiteral("acct_"), 16) : fixedId;

    QJsonObject a = skeleton(kAccount);
    a.insert(QStringLiteral("id"), id);
    a.insert(QStringLiteral("object"), kAccount);
    a.insert(QStringLiteral("type"), type);
    a.insert(QStringLiteral("created"), state.now());
    a.insert(QStringLiteral("country"), country);
    a.insert(QStringLiteral("default_currency"),
             country == QLatin1String("CA") ? QStringLiteral("cad") : QStringLiteral("usd"));
    a.insert(QStringLiteral("controller"), controllerFor(type));
    a.insert(QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("card_payments"), QStringLiteral("inactive")},
                                                         {QStringLiteral("transfers"), QStringLiteral("inactive")}});
    a.insert(QStringLiteral("metadata"), QJsonObject());
    a.insert(QStringLiteral("external_accounts"),
             listObject(QStringLiteral("/v1/accounts/%1/external_accounts").arg(id), {}));
    QJsonObject settings = a.value(QLatin1String("settings")).toObject();
    setJsonAt(settings, QStringLiteral("payouts.schedule"),
              QJsonObject{{QStringLiteral("interval"), QStringLiteral("daily")},
                          {QStringLiteral("delay_days"), kMinimumDelayDays}});
    setJsonAt(settings, QStringLiteral("dashboard.timezone"),
              country == QLatin1String("CA") ? QStringLiteral("America/Toronto") : QStringLiteral("America/New_York"));
    a.insert(QStringLiteral("settings"), settings);
    const QJsonObject noAddress{
        {QStringLiteral("city"), QJsonValue::Null},        {QStringLiteral("country"), country},
        {QStringLiteral("line1"), QJsonValue::Null},       {QStringLiteral("line2"), QJsonValue::Null},
        {QStringLiteral("postal_code"), QJsonValue::Null}, {QStringLiteral("state"), QJsonValue::Null}};
    a.insert(QStringLiteral("company"), QJsonObject{{QStringLiteral("address"), noAddress},
                                                    {QStringLiteral("directors_provided"), false},
                                                    {QStringLiteral("executives_provided"), false},
                                                    {QStringLiteral("name"), QJsonValue::Null},
                                                    {QStringLiteral("owners_provided"), false},
                                                    {QStringLiteral("phone"), QJsonValue::Null},
                                                    {QStringLiteral("structure"), QJsonValue::Null},
                                                    {QStringLiteral("tax_id_provided"), false}});
    if (p.has(QStringLiteral("capabilities")))
        a.insert(QStringLiteral("capabilities"), QJsonObject());
    applyParams(state, p, a);
    state.store().insert(kAccount, {}, a);
    return a;
}

QJsonObject update(SandboxState& state, const QString& id, const Params& p)
{
    p.allowOnly(kUpdatable);
    const QJsonObject before = state.require(kAccount, {}, id, kAccount);
    QJsonObject after = before;
    applyParams(state, p, after);
    commit(state, before, after);
    return after;
}

bool isExpress(const QJsonObject& account)
{
    return account.value(QLatin1String("type")).toString() == QLatin1String("express");
}

QString displayName(const QJsonObject& account)
{
    for (const QString& path : {QStringLiteral("business_profile.name"), QStringLiteral("company.name"),
                                QStringLiteral("settings.dashboard.display_name"), QStringLiteral("email")}) {
        const QString text = jsonAt(account, path).toString();
        if (!text.isEmpty())
            return text;
    }
    return account.value(QLatin1String("id")).toString();
}

} // namespace dp::sandbox::accounts
