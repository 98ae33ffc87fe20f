#pragma once

#include "foundation/result.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace dp {
class Clock;
class Authorizer;
class Settings;
class SecretStore;
class UserService;
class ConnectionService;
class StaffService;
class PaymentQueries;
class PaymentRequestService;
class RefundService;
class SyncService;
class PayoutNotifier;
namespace notify {
class Messenger;
}
namespace recon {
class ReconciliationService;
}
namespace api {
class ApiClient;
}
namespace jobs {
class JobRunner;
}
namespace http {
class Transport;
}
namespace store {
class Database;
class AuditLog;
}

// Everything the GUI and CLI need, wired once. The app decides where the API is (embedded sandbox or live)
// and where the store is; tests build one on a temporary directory against a sandbox they started.
struct AppConfig
{
    QUrl apiBaseUrl;
    QString apiKey;
    QString databasePath;       // SQLite file
    QString settingsPath;       // ini file; empty = platform default
    QString secretsDir;         // encrypted-file fallback for secrets
    bool sandbox = true;
    Clock* clock = nullptr;     // null = system clock
};

class AppContext
{
public:
    static Result<std::unique_ptr<AppContext>> create(const AppConfig& config);
    ~AppContext();

    const AppConfig& config() const { return m_config; }
    Clock& clock() { return *m_clock; }
    Settings& settings() { return *m_settings; }
    store::Database& database() { return *m_db; }
    store::AuditLog& audit() { return *m_audit; }
    api::ApiClient& api() { return *m_api; }
    UserService& users() { return *m_users; }
    ConnectionService& connections() { return *m_connections; }
    Authorizer& authorizer() { return *m_auth; }
    SecretStore& secrets() { return *m_secrets; }
    notify::Messenger& messenger() { return *m_messenger; }
    StaffService& staff() { return *m_staff; }
    PayoutNotifier& payoutNotifier() { return *m_payoutNotifier; }
    PaymentQueries& payments() { return *m_payments; } // every read of payments takes the session (SEC-1)
    PaymentRequestService& requests() { return *m_requests; }
    RefundService& refunds() { return *m_refunds; }
    SyncService& sync() { return *m_sync; }
    recon::ReconciliationService& reconciliation() { return *m_reconciliation; } // PAY-8
    // The background jobs (core/jobs): "sync", "payout-mail", "refund-recovery". Not started: the GUI starts it
    // once someone signs in, `dealerpay-cli jobs run` at once. Lives on the thread that created the context.
    jobs::JobRunner& jobs() { return *m_jobs; }
    // Reads the SMTP and SMS settings (and their secrets) again, after an Admin changed them.
    void configureMessaging();

private:
    AppContext() = default;
    AppConfig m_config;
    Clock* m_clock = nullptr;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::AuditLog> m_audit;
    std::unique_ptr<Authorizer> m_auth;
    std::shared_ptr<http::Transport> m_transport;
    std::unique_ptr<api::ApiClient> m_api;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<ConnectionService> m_connections;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<notify::Messenger> m_messenger;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<PayoutNotifier> m_payoutNotifier;
    std::unique_ptr<PaymentQueries> m_payments;
    std::unique_ptr<PaymentRequestService> m_requests;
    std::unique_ptr<RefundService> m_refunds;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<recon::ReconciliationService> m_reconciliation;
    std::unique_ptr<jobs::JobRunner> m_jobs; // last: destroyed first, it waits for the jobs using the services
};

} // namespace dp
