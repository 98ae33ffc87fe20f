#pragma once

#include "api/objects.h"
#include "auth/session.h"
#include "foundation/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <optional>

namespace dp {
class Clock;
class Authorizer;
namespace api {
class ApiClient;
struct ApiResult;
}
namespace store {
class Database;
class AuditLog;
}

enum class ConnectionStatus
{
    NotConnected,
    OnboardingIncomplete,
    Connected,
    Restricted,
};
QString connectionStatusText(ConnectionStatus status); // translated: "Not connected", "Connected", ...

// One rooftop (store) of the organization and its payments account, as last seen from the API.
struct Rooftop
{
    qint64 id = 0;
    QString name;
    QString accountId; // empty until Connect
    QString country = QStringLiteral("US");
    ConnectionStatus status = ConnectionStatus::NotConnected;
    QStringList currentlyDue;
    QString disabledReason;
    bool chargesEnabled = false, payoutsEnabled = false, detailsSubmitted = false;
    api::PayoutSchedule payoutSchedule;
    QString statementDescriptor;
    QString bankName, bankLast4;
    bool taxIdProvided = false;
    QString taxIdLast4; // kept from what the admin typed at Connect; the API only says "provided"
    qint64 eventCursor = 0;
    qint64 updatedAt = 0;
};

// What the admin enters before Connect (ONB-3). Fields the app collects are validated locally; the rest is
// collected by the hosted onboarding page.
struct ConnectRequest
{
    qint64 rooftopId = 0;
    // The rooftop's own name, the one customers see (business_profile.name, the dashboard's display name); empty
    // keeps the rooftop's current name. Changing it renames the rooftop. The legal name is the company's.
    QString rooftopName;
    QString country = QStringLiteral("US"); // must be in the allowed countries (ONB-5)
    QString province;                       // CA: "QC" accepts an NEQ as tax id
    QString businessType = QStringLiteral("company");
    QString legalName;
    QString email;
    QString taxId;               // EIN (US), BN or NEQ (CA)
    QString productDescription;
    QString mcc = QStringLiteral("5511");
    // Bank (optional here; the onboarding page asks otherwise)
    QString routingNumber;       // US
    QString transitNumber;       // CA
    QString institutionNumber;   // CA
    QString accountNumber;
    bool signerAttested = false; // "I am authorized to sign for the organization" (ONB-4)
};

struct SensitiveDetails
{
    QString taxIdMasked;   // "•••• 6789" or "Provided" when only the flag is known
    QString bankMasked;    // "Bank name •••• 6789"
    QString routingMasked;
};

// "Receive payments": rooftops, Express onboarding, status, payout settings (ONB-1 ... ONB-9).
class ConnectionService
{
public:
    ConnectionService(api::ApiClient& api, store::Database& db, store::AuditLog& audit, Authorizer& auth, Clock& clock);

    QList<Rooftop> rooftops();
    Result<Rooftop> rooftop(qint64 id);
    Result<Rooftop> addRooftop(const Session& who, const QString& name);
    // Links an account that exists on the platform (demo data, or a second workstation).
    Result<Rooftop> adoptAccount(const Session& who, const QString& name, const QString& accountId);

    QStringList allowedCountries();                       // ONB-5, default {"US"}
    Status setAllowedCountries(const Session& who, const QStringList& countries);

    // Validates the request (nothing is sent on bad input), creates the Express account when the rooftop has none
    // (idempotent: the key is stored with the rooftop before sending), and returns a fresh onboarding link.
    // The local checks of startOnboarding (ONB-3, ONB-5, attestation): every field at fault at once
    // (Error::fieldErrors). validateDetails() is the same without the attestation, for a wizard's "Next".
    std::optional<Error> validateDetails(const ConnectRequest& request);
    std::optional<Error> validateRequest(const ConnectRequest& request);
    Result<QUrl> startOnboarding(const Session& who, const ConnectRequest& request, const QUrl& returnUrl);
    Result<QUrl> continueOnboarding(const Session& who, qint64 rooftopId, const QUrl& returnUrl);
    Result<Rooftop> refresh(qint64 rooftopId);       // GET the account and store what it says
    // Reads account.updated events since each rooftop's cursor; returns the rooftops whose status changed.
    Result<QList<qint64>> pollEvents(const std::atomic_bool* cancel = nullptr);

    // ONB-6: validates the descriptor and schedule, then updates the account.
    Result<Rooftop> updatePayoutSettings(const Session& who, qint64 rooftopId, const api::PayoutSchedule& schedule,
                                         const QString& statementDescriptor);
    static QString descriptorPreview(const QString& descriptor); // as the customer's statement shows it
    Result<QUrl> expressDashboardLink(const Session& who, qint64 rooftopId); // ONB-8
    // ONB-4: needs ViewSensitiveDetails and a re-authentication within Session::kReauthValidSecs.
    Result<SensitiveDetails> sensitiveDetails(const Session& who, qint64 rooftopId);

    // ONB-9: the request to the accounting department, ready to send or copy (translated).
    static QString accountingRequestSubject();
    static QString accountingRequestBody(const QString& orgName, const QString& adminName);

    static ConnectionStatus statusOf(const api::Account& account);
    static QString describeRequirement(const QString& requirement); // "external_account" -> "Bank account"

private:
    Status storeAccount(qint64 rooftopId, const api::Account& account);
    Result<Rooftop> connectedRooftop(qint64 rooftopId);
    QList<FieldError> detailErrors(const ConnectRequest& request);
    Result<QUrl> onboardingLink(const Rooftop& rooftop, const QUrl& returnUrl);
    Error apiFailure(const api::ApiResult& result) const;

    api::ApiClient& m_api;
    store::Database& m_db;
    store::AuditLog& m_audit;
    Authorizer& m_auth;
    Clock& m_clock;
};

} // namespace dp
