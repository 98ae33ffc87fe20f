#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dp::sandbox {

class Params;
class SandboxState;

// What the hosted onboarding form (or the test helper) collects from the merchant.
struct OnboardingData
{
    QString businessType = QStringLiteral("company"); // company | individual | non_profit
    QString structure;                                // company structure (e.g. "private_corporation")
    QString legalName;
    QString phone; // E.164
    QString line1, line2, city, state, postalCode;
    QString taxId;
    QString mcc;
    QString productDescription;
    QString url;
    QString repFirstName, repLastName, repEmail, repPhone, repTitle;
    int dobDay = 0, dobMonth = 0, dobYear = 0;
    struct Owner
    {
        QString firstName, lastName;
        int percent = 0;
    };
    QList<Owner> owners;
    QString bankHolder;
    QString routingNumber; // US: 9 digits; CA: "TTTTT-III" (transit-institution, as Stripe writes it)
    QString accountNumber;
    QString tosIp = QStringLiteral("127.0.0.1");
    QString tosUserAgent;
};

namespace accounts {

// POST /v1/accounts: a new connected account (Express unless type/controller say otherwise). Stores it.
// `fixedId` (profiles) replaces the random id.
QJsonObject create(SandboxState& state, const Params& params, const QString& fixedId = {});
// POST /v1/accounts/{id}: applies the parameters, stores, emits account.updated when something changed.
QJsonObject update(SandboxState& state, const QString& id, const Params& params);

// Finishes onboarding with `data`: details submitted, charges and payouts enabled, requirements cleared,
// capabilities active, the bank account attached. Emits account.updated, capability.updated and
// account.external_account.created.
QJsonObject completeOnboarding(SandboxState& state, const QString& id, const OnboardingData& data);
// Stripe's test values (bank 110000000 / 000123456789, tax id provided, ...), keeping what the account has.
OnboardingData testOnboardingData(const QJsonObject& account);

// Stores `after` and, when it differs from `before`, emits account.updated with previous_attributes.
void commit(SandboxState& state, const QJsonObject& before, const QJsonObject& after);

// A bank_account object (external account) for `accountId`.
QJsonObject bankAccount(SandboxState& state, const QString& accountId, const QString& country, const QString& currency,
                        const QString& routing, const QString& number, const QString& holder);

QJsonObject capabilityObject(const QJsonObject& account, const QString& name);
bool isExpress(const QJsonObject& account);
QString displayName(const QJsonObject& account); // business name, else e-mail, else id

} // namespace accounts

} // namespace dp::sandbox
