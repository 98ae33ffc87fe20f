#include "connectionservice.h"

#include "api/apiclient.h"
#include "auth/authorizer.h"
#include "foundation/validators.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rooftoprepository.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

namespace dp {
namespace {

QString statusKey(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::NotConnected: return QStringLiteral("not_connected");
    case ConnectionStatus::OnboardingIncomplete: return QStringLiteral("onboarding_incomplete");
    case ConnectionStatus::Connected: return QStringLiteral("connected");
    case ConnectionStatus::Restricted: return QStringLiteral("restricted");
    }
    return {};
}

ConnectionStatus statusFromKey(const QString& key)
{
    for (auto s : {ConnectionStatus::OnboardingIncomplete, ConnectionStatus::Connected, ConnectionStatus::Restricted}) {
        if (statusKey(s) == key)
            return s;
    }
    return ConnectionStatus::NotConnected;
}

Rooftop toRooftop(const store::RooftopRecord& row)
{
    Rooftop r;
    r.id = row.id;
    r.name = row.name;
    r.accountId = row.accountId;
    r.country = row.country;
    r.status = statusFromKey(row.status);
    r.currentlyDue = row.currentlyDue.split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.disabledReason = row.disabledReason;
    r.chargesEnabled = row.chargesEnabled;
    r.payoutsEnabled = row.payoutsEnabled;
    r.detailsSubmitted = row.detailsSubmitted;
    r.payoutSchedule.interval = row.payoutInterval;
    r.payoutSchedule.delayDays = row.payoutDelayDays;
    r.payoutSchedule.weeklyAnchor = row.payoutWeeklyAnchor;
    r.payoutSchedule.monthlyAnchor = row.payoutMonthlyAnchor;
    r.statementDescriptor = row.statementDescriptor;
    r.bankName = row.bankName;
    r.bankLast4 = row.bankLast4;
    r.taxIdProvided = row.taxIdProvided;
    r.taxIdLast4 = row.taxIdLast4;
    r.eventCursor = row.eventCursor;
    r.updatedAt = row.updatedAt;
    return r;
}

const QLatin1String kAllowedCountriesSetting("allowed_countries");

// API parameter at fault -> the form field the app shows the message next to.
QString fieldForParam(const QString& param)
{
    if (param.contains(QLatin1String("tax_id")))
        return QStringLiteral("tax_id");
    if (param.contains(QLatin1String("routing_number")))
        return QStringLiteral("routing_number");
    if (param.contains(QLatin1String("account_number")))
        return QStringLiteral("account_number");
    if (param.contains(QLatin1String("statement_descriptor")))
        return QStringLiteral("statement_descriptor");
    if (param.contains(QLatin1String("email")))
        return QStringLiteral("email");
    if (param.contains(QLatin1String("schedule")))
        return QStringLiteral("schedule");
    return param;
}

QString last4(const QString& digits)
{
    return digits.right(4);
}

} // namespace

ConnectionService::ConnectionService(api::ApiClient& api, store::Database& db, store::AuditLog& audit,
                                     Authorizer& auth, Clock& clock)
    : m_api(api), m_db(db), m_audit(audit), m_auth(auth), m_clock(clock)
{
}

Error ConnectionService::apiFailure(const api::ApiResult& result) const
{
    return {Error::Code::Api, api::userMessage(result.error), fieldForParam(result.error.param)};
}

QList<Rooftop> ConnectionService::rooftops()
{
    QList<Rooftop> out;
    const auto rows = store::RooftopRepository(m_db.connection()).all();
    if (!rows) {
        qWarning("%s", qPrintable(rows.error().message));
        return out;
    }
    for (const store::RooftopRecord& row : rows.value())
        out.append(toRooftop(row));
    return out;
}

Result<Rooftop> ConnectionService::rooftop(qint64 id)
{
    const auto found = store::RooftopRepository(m_db.connection()).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::NotFound, QCoreApplication::translate("ConnectionService", "This rooftop no longer exists."), {}};
    return toRooftop(*found.value());
}

Result<Rooftop> ConnectionService::addRooftop(const Session& who, const QString& name)
{
    if (auto denied = m_auth.check(who, Permission::ConnectPayments))
        return *denied;
    return adoptAccount(who, name, {});
}

Result<Rooftop> ConnectionService::adoptAccount(const Session& who, const QString& name, const QString& accountId)
{
    if (auto denied = m_auth.check(who, Permission::ConnectPayments))
        return *denied;
    const QString trimmed = name.trimmed();
    if (auto c = validate::requiredText(trimmed, QCoreApplication::translate("ConnectionService", "Rooftop name")); !c.ok)
        return Error::validation(QStringLiteral("name"), c.message);
    for (const Rooftop& r : rooftops()) {
        if (r.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error::validation(QStringLiteral("name"), QCoreApplication::translate("ConnectionService", "A rooftop with this name already exists."));
        if (!accountId.isEmpty() && r.accountId == accountId)
            return r;
    }
    const auto inserted = store::RooftopRepository(m_db.connection()).insert(trimmed, accountId, m_clock.nowSecs());
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    m_audit.record(who, QStringLiteral("rooftop.added"),
                   {{QStringLiteral("rooftop"), trimmed}, {QStringLiteral("account"), accountId}}, m_clock.nowSecs());
    if (!accountId.isEmpty())
        return refresh(id);
    return rooftop(id);
}

QStringList ConnectionService::allowedCountries()
{
    const auto stored = store::OrgSettingsRepository(m_db.connection()).value(kAllowedCountriesSetting);
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    else if (stored.value())
        return stored.value()->split(QLatin1Char(','), Qt::SkipEmptyParts);
    return {QStringLiteral("US")}; // seed 002: payments only for businesses registered in the United States
}

Status ConnectionService::setAllowedCountries(const Session& who, const QStringList& countries)
{
    if (auto denied = m_auth.check(who, Permission::EditAllowedCountries))
        return *denied;
    const QStringList supported{QStringLiteral("US"), QStringLiteral("CA")};
    if (countries.isEmpty())
        return Error::validation(QStringLiteral("countries"), QCoreApplication::translate("ConnectionService", "Choose at least one country."));
    for (const QString& c : countries) {
        if (!supported.contains(c))
            return Error::validation(QStringLiteral("countries"), QCoreApplication::translate("ConnectionService", "Payments are not offered in %1.").arg(c));
    }
    const QString value = countries.join(QLatin1Char(','));
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        if (auto saved = store::OrgSettingsRepository(db).setValue(kAllowedCountriesSetting, value); !saved)
            return failure = saved.error(), false;
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("ConnectionService", "save the allowed countries"), {});
    m_audit.record(who, QStringLiteral("settings.allowed_countries"), {{QStringLiteral("countries"), value}},
                   m_clock.nowSecs());
    return Done{};
}

QList<FieldError> ConnectionService::detailErrors(const ConnectRequest& r)
{
    QList<FieldError> errors; // every field at fault, in the order of the form
    auto check = [&errors](const char* field, const validate::Check& c) {
        if (!c.ok)
            errors.append({QLatin1String(field), c.message});
    };
    if (!allowedCountries().contains(r.country))
        errors.append({QStringLiteral("country"),
                       QCoreApplication::translate("ConnectionService", "Payments are offered only to businesses registered in the allowed countries.")});
    if (!r.rooftopName.trimmed().isEmpty()) {
        for (const Rooftop& other : rooftops()) {
            if (other.id != r.rooftopId && other.name.compare(r.rooftopName.trimmed(), Qt::CaseInsensitive) == 0)
                errors.append({QStringLiteral("rooftop_name"),
                               QCoreApplication::translate("ConnectionService", "Another rooftop already has this name.")});
        }
    }
    check("legal_name", validate::requiredText(r.legalName, QCoreApplication::translate("ConnectionService", "Legal business name")));
    check("email", validate::email(r.email));
    if (!r.taxId.trimmed().isEmpty()) {
        const bool quebecNeq = r.country == QLatin1String("CA") && validate::digitsOnly(r.taxId).size() == 10;
        check("tax_id", quebecNeq ? validate::neq(r.taxId) : validate::taxId(r.taxId, r.country));
    }
    const bool anyBank = !QString(r.routingNumber + r.transitNumber + r.institutionNumber + r.accountNumber).trimmed().isEmpty();
    if (anyBank) {
        if (r.country == QLatin1String("CA")) {
            check("transit_number", validate::caTransitNumber(r.transitNumber));
            check("institution_number", validate::caInstitutionNumber(r.institutionNumber));
        } else {
            check("routing_number", validate::abaRoutingNumber(r.routingNumber));
        }
        check("account_number", validate::bankAccountNumber(r.accountNumber, r.country));
    }
    return errors;
}

std::optional<Error> ConnectionService::validateDetails(const ConnectRequest& r)
{
    return Error::validation(detailErrors(r));
}

std::optional<Error> ConnectionService::validateRequest(const ConnectRequest& r)
{
    QList<FieldError> errors = detailErrors(r);
    if (!r.signerAttested)
        errors.append({QStringLiteral("attestation"),
                       QCoreApplication::translate("ConnectionService", "Only a person authorized to sign for the organization may connect payments.")});
    return Error::validation(errors);
}

Result<QUrl> ConnectionService::startOnboarding(const Session& who, const ConnectRequest& request, const QUrl& returnUrl)
{
    if (auto denied = m_auth.check(who, Permission::ConnectPayments))
        return *denied;
    if (auto invalid = validateRequest(request))
        return *invalid;
    const bool hasSensitive = !QString(request.taxId + request.accountNumber).trimmed().isEmpty();
    if (hasSensitive && !who.reauthFreshAt(m_clock.nowSecs()))
        return Error{Error::Code::ReauthRequired, QCoreApplication::translate("ConnectionService", "Enter your password again to send bank and tax details."),
                     QStringLiteral("reauth")};
    auto found = rooftop(request.rooftopId);
    if (!found)
        return found.error();
    Rooftop r = found.value();

    if (r.accountId.isEmpty()) {
        // The key is stored before the request leaves, so a retry after a crash or timeout replays the same
        // account instead of creating a second one.
        store::RooftopRepository rooftops(m_db.connection());
        const auto storedKey = rooftops.createKey(r.id);
        if (!storedKey)
            return storedKey.error();
        QString key = storedKey.value();
        if (key.isEmpty()) {
            key = api::ApiClient::newIdempotencyKey();
            if (auto saved = rooftops.setCreateKey(r.id, key); !saved)
                return saved.error();
        }
        QVariantMap params{
            {QStringLiteral("type"), QStringLiteral("express")},
            {QStringLiteral("country"), request.country},
            {QStringLiteral("email"), request.email.trimmed()},
            {QStringLiteral("business_type"), request.businessType},
            {QStringLiteral("capabilities"),
             QVariantMap{{QStringLiteral("card_payments"), QVariantMap{{QStringLiteral("requested"), true}}},
                         {QStringLiteral("transfers"), QVariantMap{{QStringLiteral("requested"), true}}}}},
            {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("rooftop"), r.name}}},
        };
        // The rooftop's own name is what customers and the onboarding page see; the legal name is the company's.
        if (!request.rooftopName.trimmed().isEmpty())
            r.name = request.rooftopName.trimmed();
        params.insert(QStringLiteral("settings"),
                      QVariantMap{{QStringLiteral("dashboard"), QVariantMap{{QStringLiteral("display_name"), r.name}}}});
        QVariantMap profile{{QStringLiteral("name"), r.name}, {QStringLiteral("mcc"), request.mcc}};
        if (!request.productDescription.trimmed().isEmpty())
            profile.insert(QStringLiteral("product_description"), request.productDescription.trimmed());
        params.insert(QStringLiteral("business_profile"), profile);
        QVariantMap company{{QStringLiteral("name"), request.legalName.trimmed()}};
        if (!request.taxId.trimmed().isEmpty())
            company.insert(QStringLiteral("tax_id"), validate::digitsOnly(request.taxId));
        params.insert(QStringLiteral("company"), company);
        if (!request.accountNumber.trimmed().isEmpty()) {
            const bool ca = request.country == QLatin1String("CA");
            const QString routing = ca ? validate::digitsOnly(request.transitNumber) + QLatin1Char('-') +
                                             validate::digitsOnly(request.institutionNumber)
                                       : validate::digitsOnly(request.routingNumber);
            params.insert(QStringLiteral("external_account"),
                          QVariantMap{{QStringLiteral("object"), QStringLiteral("bank_account")},
                                      {QStringLiteral("country"), request.country},
                                      {QStringLiteral("currency"), ca ? QStringLiteral("cad") : QStringLiteral("usd")},
                                      {QStringLiteral("routing_number"), routing},
                                      {QStringLiteral("account_number"), validate::digitsOnly(request.accountNumber)},
                                      {QStringLiteral("account_holder_name"), request.legalName.trimmed()},
                                      {QStringLiteral("account_holder_type"), QStringLiteral("company")}});
        }
        const api::ApiResult created = m_api.post(QStringLiteral("/v1/accounts"), params, key);
        if (!created.ok())
            return apiFailure(created);
        const api::Account account = api::Account::fromJson(created.json);
        if (auto saved = rooftops.setAccount(r.id, account.id, r.name, request.country, last4(validate::digitsOnly(request.taxId)));
            !saved)
            return saved.error();
        if (auto saved = storeAccount(r.id, account); !saved)
            return saved.error();
        r.accountId = account.id;
        m_audit.record(who, QStringLiteral("payments.account_created"),
                       {{QStringLiteral("rooftop"), r.name}, {QStringLiteral("account"), account.id},
                        {QStringLiteral("country"), request.country}, {QStringLiteral("signer_attested"), true}},
                       m_clock.nowSecs());
    }
    return onboardingLink(r, returnUrl);
}

Result<QUrl> ConnectionService::continueOnboarding(const Session& who, qint64 rooftopId, const QUrl& returnUrl)
{
    if (auto denied = m_auth.check(who, Permission::ConnectPayments))
        return *denied;
    auto found = rooftop(rooftopId);
    if (!found)
        return found.error();
    if (found->accountId.isEmpty())
        return Error{Error::Code::NotFound, QCoreApplication::translate("ConnectionService", "Connect this rooftop first."), {}};
    return onboardingLink(found.value(), returnUrl);
}

Result<QUrl> ConnectionService::onboardingLink(const Rooftop& rooftop, const QUrl& returnUrl)
{
    QUrl refreshUrl = returnUrl;
    QUrlQuery query(refreshUrl);
    query.addQueryItem(QStringLiteral("refresh"), QStringLiteral("1"));
    refreshUrl.setQuery(query);
    const api::ApiResult link = m_api.post(QStringLiteral("/v1/account_links"),
                                           {{QStringLiteral("account"), rooftop.accountId},
                                            {QStringLiteral("type"), QStringLiteral("account_onboarding")},
                                            {QStringLiteral("return_url"), returnUrl.toString()},
                                            {QStringLiteral("refresh_url"), refreshUrl.toString()}},
                                           api::ApiClient::newIdempotencyKey());
    if (!link.ok())
        return apiFailure(link);
    return QUrl(api::Link::fromJson(link.json).url);
}

Result<Rooftop> ConnectionService::refresh(qint64 rooftopId)
{
    auto found = rooftop(rooftopId);
    if (!found)
        return found;
    if (found->accountId.isEmpty())
        return found;
    const api::ApiResult got = m_api.get(QStringLiteral("/v1/accounts/") + found->accountId);
    if (!got.ok())
        return apiFailure(got);
    if (auto stored = storeAccount(rooftopId, api::Account::fromJson(got.json)); !stored)
        return stored.error();
    return rooftop(rooftopId);
}

Status ConnectionService::storeAccount(qint64 rooftopId, const api::Account& a)
{
    QStringList due = a.requirements.currentlyDue;
    for (const QString& d : a.requirements.pastDue) {
        if (!due.contains(d))
            due.append(d);
    }
    store::RooftopAccountState state;
    state.status = statusKey(statusOf(a));
    state.currentlyDue = due.join(QLatin1Char(','));
    state.disabledReason = a.requirements.disabledReason;
    state.chargesEnabled = a.chargesEnabled;
    state.payoutsEnabled = a.payoutsEnabled;
    state.detailsSubmitted = a.detailsSubmitted;
    state.payoutInterval = a.payoutSchedule.interval;
    state.payoutDelayDays = a.payoutSchedule.delayDays;
    state.payoutWeeklyAnchor = a.payoutSchedule.weeklyAnchor;
    state.payoutMonthlyAnchor = a.payoutSchedule.monthlyAnchor;
    state.statementDescriptor = a.statementDescriptor;
    state.bankName = a.bankName;
    state.bankLast4 = a.bankLast4;
    state.taxIdProvided = a.taxIdProvided;
    state.updatedAt = m_clock.nowSecs();
    return store::RooftopRepository(m_db.connection()).saveAccountState(rooftopId, state);
}

} // namespace dp
