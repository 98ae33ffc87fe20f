#include "accountrequirements.h"

#include "accountmodel.h"
#include "server/apierror.h"
#include "server/fixtures.h"
#include "server/jsonutil.h"
#include "server/sandboxstate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

namespace dp::sandbox::accounts {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

bool provided(const QJsonObject& view, const QString& field)
{
    if (field == QLatin1String("external_account"))
        return !jsonAt(view, QStringLiteral("external_accounts.data")).toArray().isEmpty();
    if (field == QLatin1String("company.tax_id"))
        return jsonAt(view, QStringLiteral("company.tax_id_provided")).toBool();
    const QJsonValue v = jsonAt(view, field);
    return (v.isString() && !v.toString().isEmpty()) || (v.isDouble() && v.toInteger() != 0) ||
           (v.isBool() && v.toBool());
}

QString bankName(const QString& country, const QString& routing)
{
    static const QMap<QString, QString> us{{QStringLiteral("110000000"), QStringLiteral("STRIPE TEST BANK")},
                                           {QStringLiteral("021000021"), QStringLiteral("JPMORGAN CHASE BANK, NA")},
                                           {QStringLiteral("026009593"), QStringLiteral("BANK OF AMERICA, N.A.")},
                                           {QStringLiteral("121000248"), QStringLiteral("WELLS FARGO BANK, NA")}};
    static const QMap<QString, QString> ca{
        {QStringLiteral("000"), QStringLiteral("STRIPE TEST BANK")},
        {QStringLiteral("001"), QStringLiteral("BANK OF MONTREAL")},
        {QStringLiteral("002"), QStringLiteral("THE BANK OF NOVA SCOTIA")},
        {QStringLiteral("003"), QStringLiteral("ROYAL BANK OF CANADA")},
        {QStringLiteral("004"), QStringLiteral("THE TORONTO-DOMINION BANK")},
        {QStringLiteral("006"), QStringLiteral("NATIONAL BANK OF CANADA")},
        {QStringLiteral("010"), QStringLiteral("CANADIAN IMPERIAL BANK OF COMMERCE")},
        {QStringLiteral("815"), QStringLiteral("FEDERATION DES CAISSES DESJARDINS DU QUEBEC")}};
    if (country == QLatin1String("CA"))
        return ca.value(routing.right(3), QStringLiteral("CANADIAN TEST BANK"));
    return us.value(routing, QStringLiteral("TEST BANK"));
}

// Stripe's default statement descriptor: the business name in capitals, Latin letters, digits and spaces.
QString descriptorFrom(const QString& name)
{
    QString text = name.toUpper();
    text.remove(QRegularExpression(QStringLiteral("[^A-Z0-9 .&-]")));
    text = text.simplified().left(22).trimmed();
    return text.size() >= 5 ? text : QString();
}

} // namespace

QStringList requiredFields(const QJsonObject& account)
{
    QStringList fields{QStringLiteral("business_profile.mcc"), QStringLiteral("business_profile.product_description"),
                       QStringLiteral("external_account"), QStringLiteral("tos_acceptance.date"),
                       QStringLiteral("tos_acceptance.ip")};
    const QJsonValue type = account.value(QLatin1String("business_type"));
    if (type.isNull())
        fields.append(QStringLiteral("business_type"));
    const bool individual = type.toString() == QLatin1String("individual");
    const QString person = individual ? QStringLiteral("individual.") : QStringLiteral("representative.");
    for (const char* f : {"dob.day", "dob.month", "dob.year", "email", "first_name", "last_name", "phone"})
        fields.append(person + QLatin1String(f));
    const QString address = individual ? QStringLiteral("individual.address.") : QStringLiteral("company.address.");
    for (const char* f : {"city", "line1", "postal_code", "state"})
        fields.append(address + QLatin1String(f));
    if (!individual) {
        fields << QStringLiteral("company.name") << QStringLiteral("company.phone") << QStringLiteral("company.tax_id")
               << QStringLiteral("company.owners_provided") << QStringLiteral("representative.relationship.title");
    }
    fields.sort();
    return fields;
}

void refreshRequirements(SandboxState& state, QJsonObject& account)
{
    QJsonObject view = account;
    const QJsonObject extra = state.privateData(account.value(QLatin1String("id")).toString());
    view.insert(QStringLiteral("representative"), extra.value(QLatin1String("representative")));
    view.insert(QStringLiteral("individual"), extra.value(QLatin1String("representative")));
    QStringList due;
    for (const QString& field : requiredFields(account)) {
        if (!provided(view, field))
            due.append(field);
    }
    const bool submitted = account.value(QLatin1String("details_submitted")).toBool();
    const bool pending = extra.value(QLatin1String("pending_verification")).toBool();
    if (submitted && !pending)
        due.clear();
    QJsonObject requirements = skeleton(QStringLiteral("account")).value(QLatin1String("requirements")).toObject();
    requirements.insert(QStringLiteral("currently_due"), toArray(due));
    requirements.insert(QStringLiteral("eventually_due"), toArray(due));
    requirements.insert(QStringLiteral("past_due"), toArray(submitted ? QStringList() : due));
    const QStringList verifying = pending ? QStringList{QStringLiteral("company.tax_id")} : QStringList();
    requirements.insert(QStringLiteral("pending_verification"), toArray(verifying));
    QJsonValue reason = QJsonValue::Null;
    if (pending)
        reason = QStringLiteral("requirements.pending_verification");
    else if (!due.isEmpty())
        reason = QStringLiteral("requirements.past_due");
    requirements.insert(QStringLiteral("disabled_reason"), reason);
    account.insert(QStringLiteral("requirements"), requirements);
}

void commit(SandboxState& state, const QJsonObject& before, const QJsonObject& after)
{
    const QString id = after.value(QLatin1String("id")).toString();
    state.store().replace(id, after);
    const QJsonObject previous = jsonDiff(before, after);
    if (!previous.isEmpty())
        state.emitEvent(QStringLiteral("account.updated"), after, id, previous);
}

QJsonObject bankAccount(SandboxState& state, const QString& accountId, const QString& country, const QString& currency,
                        const QString& routing, const QString& number, const QString& holder)
{
    QJsonObject bank = skeleton(QStringLiteral("bank_account"));
    bank.insert(QStringLiteral("id"), state.newId(QStringLiteral("ba_")));
    bank.insert(QStringLiteral("account"), accountId);
    bank.insert(QStringLiteral("account_holder_name"),
                holder.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(holder));
    bank.insert(QStringLiteral("account_holder_type"), QStringLiteral("company"));
    bank.insert(QStringLiteral("bank_name"), bankName(country, routing));
    bank.insert(QStringLiteral("country"), country);
    bank.insert(QStringLiteral("currency"), currency);
    bank.insert(QStringLiteral("default_for_currency"), true);
    bank.insert(QStringLiteral("available_payout_methods"), QJsonArray{QStringLiteral("standard")});
    const QByteArray print =
        QCryptographicHash::hash((routing + QLatin1Char('/') + number).toUtf8(), QCryptographicHash::Sha256);
    bank.insert(QStringLiteral("fingerprint"),
                QString::fromLatin1(print.toBase64(QByteArray::Base64UrlEncoding).left(16)));
    bank.insert(QStringLiteral("last4"), number.right(4));
    // The full number stays private: Stripe's test numbers (000111111116, ...) make payouts fail.
    state.privateData(bank.value(QLatin1String("id")).toString()).insert(QStringLiteral("account_number"), number);
    bank.insert(QStringLiteral("metadata"), QJsonObject());
    bank.insert(QStringLiteral("routing_number"), routing);
    bank.insert(QStringLiteral("status"), QStringLiteral("new"));
    return bank;
}

QJsonObject capabilityObject(const QJsonObject& account, const QString& name)
{
    QJsonObject capability = skeleton(QStringLiteral("capability"));
    capability.insert(QStringLiteral("id"), name);
    capability.insert(QStringLiteral("account"), account.value(QLatin1String("id")));
    capability.insert(QStringLiteral("requested"), true);
    capability.insert(QStringLiteral("requested_at"), account.value(QLatin1String("created")));
    QJsonObject requirements = account.value(QLatin1String("requirements")).toObject();
    capability.insert(QStringLiteral("requirements"), requirements);
    capability.insert(QStringLiteral("status"), jsonAt(account, QStringLiteral("capabilities.") + name));
    return capability;
}

OnboardingData testOnboardingData(const QJsonObject& account)
{
    OnboardingData d;
    const bool ca = account.value(QLatin1String("country")).toString() == QLatin1String("CA");
    const QString type = account.value(QLatin1String("business_type")).toString();
    if (!type.isEmpty())
        d.businessType = type;
    d.structure = QStringLiteral("private_corporation");
    d.legalName = jsonAt(account, QStringLiteral("company.name")).toString();
    if (d.legalName.isEmpty())
        d.legalName = jsonAt(account, QStringLiteral("business_profile.name")).toString();
    if (d.legalName.isEmpty())
        d.legalName = QStringLiteral("Sandbox Motors LLC");
    d.phone = ca ? QStringLiteral("+14165550100") : QStringLiteral("+12025550100");
    d.line1 = QStringLiteral("address_full_match");
    d.city = ca ? QStringLiteral("Toronto") : QStringLiteral("Springfield");
    d.state = ca ? QStringLiteral("ON") : QStringLiteral("IL");
    d.postalCode = ca ? QStringLiteral("M5V 2T6") : QStringLiteral("62701");
    d.taxId = ca ? QStringLiteral("000000000") : QStringLiteral("000000000");
    d.mcc = jsonAt(account, QStringLiteral("business_profile.mcc")).toString();
    if (d.mcc.isEmpty())
        d.mcc = QStringLiteral("5511");
    d.productDescription = jsonAt(account, QStringLiteral("business_profile.product_description")).toString();
    if (d.productDescription.isEmpty())
        d.productDescription = QStringLiteral("New and used vehicle sales, service and parts.");
    d.url = jsonAt(account, QStringLiteral("business_profile.url")).toString();
    d.repFirstName = QStringLiteral("Jenny");
    d.repLastName = QStringLiteral("Rosen");
    d.repEmail = account.value(QLatin1String("email")).toString();
    if (d.repEmail.isEmpty())
        d.repEmail = QStringLiteral("jenny.rosen@example.com");
    d.repPhone = d.phone;
    d.repTitle = QStringLiteral("Owner");
    d.dobDay = 1;
    d.dobMonth = 1;
    d.dobYear = 1901;
    d.owners = {{d.repFirstName, d.repLastName, 100}};
    d.bankHolder = d.legalName;
    d.routingNumber = ca ? QStringLiteral("11000-000") : QStringLiteral("110000000");
    d.accountNumber = QStringLiteral("000123456789");
    d.tosUserAgent = QStringLiteral("DealerPay sandbox test helper");
    return d;
}

QJsonObject completeOnboarding(SandboxState& state, const QString& id, const OnboardingData& d)
{
    const QJsonObject before = state.require(QStringLiteral("account"), {}, id, QStringLiteral("account"));
    QJsonObject a = before;
    const QString country = a.value(QLatin1String("country")).toString();
    const bool individual = d.businessType == QLatin1String("individual");
    a.insert(QStringLiteral("business_type"), d.businessType);
    const QJsonObject address{
        {QStringLiteral("line1"), d.line1},
        {QStringLiteral("line2"), d.line2.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.line2)},
        {QStringLiteral("city"), d.city},
        {QStringLiteral("state"), d.state},
        {QStringLiteral("postal_code"), d.postalCode},
        {QStringLiteral("country"), country}};
    QJsonObject rep{{QStringLiteral("first_name"), d.repFirstName},
                    {QStringLiteral("last_name"), d.repLastName},
                    {QStringLiteral("email"), d.repEmail},
                    {QStringLiteral("phone"), d.repPhone},
                    {QStringLiteral("dob"), QJsonObject{{QStringLiteral("day"), d.dobDay},
                                                        {QStringLiteral("month"), d.dobMonth},
                                                        {QStringLiteral("year"), d.dobYear}}},
                    {QStringLiteral("relationship"),
                     QJsonObject{{QStringLiteral("title"), d.repTitle}, {QStringLiteral("representative"), true}}}};
    QJsonObject& extra = state.privateData(id);
    QJsonArray owners;
    for (const auto& owner : d.owners) {
        owners.append(QJsonObject{{QStringLiteral("first_name"), owner.firstName},
                                  {QStringLiteral("last_name"), owner.lastName},
                                  {QStringLiteral("percent_ownership"), owner.percent}});
    }
    extra.insert(QStringLiteral("owners"), owners);
    if (!d.taxId.isEmpty()) // else the one the platform sent at creation
        extra.insert(QStringLiteral("tax_id"), d.taxId);
    if (individual) {
        rep.insert(QStringLiteral("address"), address);
        a.remove(QStringLiteral("company"));
    } else {
        QJsonObject company = a.value(QLatin1String("company")).toObject();
        company.insert(QStringLiteral("name"), d.legalName);
        company.insert(QStringLiteral("phone"), d.phone);
        company.insert(QStringLiteral("address"), address);
        company.insert(QStringLiteral("structure"),
                       d.structure.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.structure));
        company.insert(QStringLiteral("tax_id_provided"), true);
        for (const char* flag : {"owners_provided", "directors_provided", "executives_provided"})
            company.insert(QLatin1String(flag), true);
        a.insert(QStringLiteral("company"), company);
    }
    extra.insert(QStringLiteral("representative"), rep);

    QJsonObject profile = a.value(QLatin1String("business_profile")).toObject();
    profile.insert(QStringLiteral("mcc"), d.mcc);
    profile.insert(QStringLiteral("product_description"), d.productDescription);
    if (!d.url.isEmpty())
        profile.insert(QStringLiteral("url"), d.url);
    if (profile.value(QLatin1String("name")).toString().isEmpty())
        profile.insert(QStringLiteral("name"), d.legalName);
    if (profile.value(QLatin1String("support_phone")).toString().isEmpty())
        profile.insert(QStringLiteral("support_phone"), d.phone);
    a.insert(QStringLiteral("business_profile"), profile);
    if (a.value(QLatin1String("email")).toString().isEmpty())
        a.insert(QStringLiteral("email"), d.repEmail);

    const QString currency = country == QLatin1String("CA") ? QStringLiteral("cad") : QStringLiteral("usd");
    QJsonObject bank; // the new one; none when the bank account the platform sent at creation stays
    if (!d.accountNumber.isEmpty()) {
        bank = bankAccount(state, id, country, currency, d.routingNumber, d.accountNumber,
                           d.bankHolder.isEmpty() ? d.legalName : d.bankHolder);
        QJsonObject externalAccounts = a.value(QLatin1String("external_accounts")).toObject();
        externalAccounts.insert(QStringLiteral("data"), QJsonArray{bank});
        externalAccounts.insert(QStringLiteral("total_count"), 1);
        a.insert(QStringLiteral("external_accounts"), externalAccounts);
    }
    a.insert(QStringLiteral("tos_acceptance"),
             QJsonObject{{QStringLiteral("date"), state.now()},
                         {QStringLiteral("ip"), d.tosIp},
                         {QStringLiteral("user_agent"),
                          d.tosUserAgent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.tosUserAgent)}});
    if (jsonAt(a, QStringLiteral("settings.payments.statement_descriptor")).isNull()) {
        const QString descriptor = descriptorFrom(profile.value(QLatin1String("name")).toString());
        if (!descriptor.isEmpty())
            setJsonAt(a, QStringLiteral("settings.payments.statement_descriptor"), descriptor);
    }
    if (jsonAt(a, QStringLiteral("settings.dashboard.display_name")).isNull())
        setJsonAt(a, QStringLiteral("settings.dashboard.display_name"), profile.value(QLatin1String("name")));

    // Read again: bankAccount() may have added private data, and a QHash reference does not survive an insertion.
    const bool pending = state.privateData(id).value(QLatin1String("pending_verification")).toBool();
    a.insert(QStringLiteral("details_submitted"), true);
    a.insert(QStringLiteral("charges_enabled"), !pending);
    a.insert(QStringLiteral("payouts_enabled"), !pending);
    QJsonObject capabilities = a.value(QLatin1String("capabilities")).toObject();
    for (const QString& name : capabilities.keys())
        capabilities.insert(name, pending ? QStringLiteral("pending") : QStringLiteral("active"));
    a.insert(QStringLiteral("capabilities"), capabilities);
    refreshRequirements(state, a);

    commit(state, before, a);
    for (const QString& name : capabilities.keys()) {
        if (jsonAt(before, QStringLiteral("capabilities.") + name) != capabilities.value(name)) {
            QJsonObject previous{{QStringLiteral("status"), jsonAt(before, QStringLiteral("capabilities.") + name)}};
            state.emitEvent(QStringLiteral("capability.updated"), capabilityObject(a, name), id, previous);
        }
    }
    if (!bank.isEmpty())
        state.emitEvent(QStringLiteral("account.external_account.created"), bank, id);
    return a;
}

} // namespace dp::sandbox::accounts
