#include "appcontext.h"

#include "api/apiclient.h"
#include "auth/authorizer.h"
#include "auth/secretstore.h"
#include "jobs/jobrunner.h"
#include "jobs/payoutmailjob.h"
#include "jobs/refundrecoveryjob.h"
#include "jobs/syncjob.h"
#include "net/curltransport.h"
#include "notify/messenger.h"
#include "payments/paymentrequests.h"
#include "payments/payoutnotifier.h"
#include "payments/refundservice.h"
#include "payments/syncservice.h"
#include "payments/paymentqueries.h"
#include "reconciliation/reconciliationservice.h"
#include "staff/staffservice.h"
#include "onboarding/connectionservice.h"
#include "auth/userservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "foundation/clock.h"
#include "foundation/settings.h"

namespace dp {

AppContext::~AppContext() = default;

Result<std::unique_ptr<AppContext>> AppContext::create(const AppConfig& config)
{
    std::unique_ptr<AppContext> ctx(new AppContext);
    ctx->m_config = config;
    ctx->m_clock = config.clock ? config.clock : &Clock::system();
    ctx->m_settings = std::make_unique<Settings>(config.settingsPath);

    store::Database::Options options;
    options.path = config.databasePath;
    ctx->m_db = std::make_unique<store::Database>(options);
    if (auto opened = ctx->m_db->open(); !opened)
        return opened.error();
    ctx->m_audit = std::make_unique<store::AuditLog>(*ctx->m_db);
    ctx->m_auth = std::make_unique<Authorizer>(*ctx->m_db);

    api::ApiConfig apiConfig;
    apiConfig.baseUrl = config.apiBaseUrl;
    apiConfig.apiKey = config.apiKey;
    const QString version = ctx->m_settings->string(Settings::Key::ApiVersion);
    if (!version.isEmpty())
        apiConfig.apiVersion = version;
    ctx->m_transport = std::make_shared<http::CurlTransport>();
    ctx->m_api = std::make_unique<api::ApiClient>(ctx->m_transport, apiConfig);

    ctx->m_users = std::make_unique<UserService>(*ctx->m_db, *ctx->m_audit, *ctx->m_clock);
    ctx->m_connections = std::make_unique<ConnectionService>(*ctx->m_api, *ctx->m_db, *ctx->m_audit, *ctx->m_auth,
                                                             *ctx->m_clock);
    ctx->m_secrets = SecretStore::createDefault(QString::fromLatin1(kSecretServiceName), config.secretsDir);
    ctx->m_messenger = std::make_unique<notify::Messenger>(ctx->m_transport);
    ctx->configureMessaging();
    ctx->m_staff = std::make_unique<StaffService>(*ctx->m_db, *ctx->m_audit, *ctx->m_auth, *ctx->m_messenger, *ctx->m_clock);
    ctx->m_payoutNotifier = std::make_unique<PayoutNotifier>(*ctx->m_api, *ctx->m_db, *ctx->m_audit, *ctx->m_messenger,
                                                             *ctx->m_clock);
    ctx->m_payments = std::make_unique<PaymentQueries>(*ctx->m_db, *ctx->m_auth);
    ctx->m_requests = std::make_unique<PaymentRequestService>(*ctx->m_api, *ctx->m_db, *ctx->m_audit, *ctx->m_auth,
                                                              *ctx->m_messenger, *ctx->m_clock);
    ctx->m_refunds = std::make_unique<RefundService>(*ctx->m_api, *ctx->m_db, *ctx->m_audit, *ctx->m_auth, *ctx->m_clock);
    ctx->m_reconciliation =
        std::make_unique<recon::ReconciliationService>(*ctx->m_db, *ctx->m_audit, *ctx->m_auth, *ctx->m_clock);
    ctx->m_sync = std::make_unique<SyncService>(*ctx->m_api, *ctx->m_db, *ctx->m_requests, *ctx->m_clock);
    ctx->m_jobs = std::make_unique<jobs::JobRunner>(*ctx->m_clock);
    ctx->m_jobs->add(std::make_shared<jobs::PayoutMailJob>(*ctx->m_payoutNotifier));
    ctx->m_jobs->add(std::make_shared<jobs::RefundRecoveryJob>(*ctx->m_refunds));
    ctx->m_jobs->add(std::make_shared<jobs::SyncJob>(*ctx->m_sync));
    return ctx;
}

void AppContext::configureMessaging()
{
    notify::SmtpConfig smtp;
    smtp.host = m_settings->string(Settings::Key::SmtpHost);
    smtp.port = m_settings->integer(Settings::Key::SmtpPort);
    smtp.user = m_settings->string(Settings::Key::SmtpUser);
    smtp.fromAddress = m_settings->string(Settings::Key::SmtpFrom);
    smtp.password = QString::fromUtf8(m_secrets->read(QStringLiteral("smtp-password")).value_or(QByteArray()));
    m_messenger->configureMail(smtp);

    notify::SmsConfig sms;
    if (m_config.sandbox) {
        // The sandbox hosts a Twilio-style gateway that records every message.
        sms.baseUrl = m_config.apiBaseUrl;
        sms.accountSid = QStringLiteral("ACsandbox0000000000000000000000000");
        sms.authToken = QStringLiteral("sandbox-token");
        sms.fromNumber = QStringLiteral("+15005550006");
    } else {
        sms.baseUrl = QUrl(m_settings->string(Settings::Key::SmsBaseUrl));
        sms.accountSid = m_settings->string(Settings::Key::SmsAccountSid);
        sms.fromNumber = m_settings->string(Settings::Key::SmsFromNumber);
        sms.authToken = QString::fromUtf8(m_secrets->read(QStringLiteral("sms-token")).value_or(QByteArray()));
    }
    m_messenger->configureSms(sms);
}

} // namespace dp
