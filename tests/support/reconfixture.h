#pragma once

// A temporary store for the reconciliation tests (PAY-8), core only: users of each role, a rooftop with its
// payments account, and card payments, refunds and payouts written the way the sync writes them.

#include "auth/authorizer.h"
#include "auth/session.h"
#include "foundation/clock.h"
#include "reconciliation/reconciliationservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace dp::test {

class ReconFixture
{
public:
    explicit ReconFixture(const QString& storeName = QStringLiteral("recon.sqlite"));
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString dir() const { return m_dir.path(); }
    QString storePath() const { return m_storePath; }

    store::Database& db() { return *m_db; }
    store::AuditLog& audit() { return *m_audit; }
    Authorizer& authorizer() { return *m_auth; }
    ManualClock& clock() { return m_clock; }
    recon::ReconciliationService& service() { return *m_service; }

    Session admin, manager /* in a payment-taking team */, managerOutsideTeams, consultant;
    qint64 rooftopId = 0;
    QString account = QStringLiteral("acct_recon_main");
    qint64 secondRooftopId = 0;
    QString secondAccount = QStringLiteral("acct_recon_second");

    // UTC seconds of a local time in `zone` (default America/Toronto).
    static qint64 at(const QDate& date, const QTime& time, const QString& zone = QStringLiteral("America/Toronto"));
    // A settled card payment (and its refunded amount), as the sync stores it.
    bool addCharge(const QString& id, qint64 amount, const QString& ro, qint64 created, qint64 fee = 0,
                   const QString& account = {}, qint64 refunded = 0);
    bool addRefund(const QString& id, const QString& chargeId, qint64 amount, qint64 created, const QString& account = {});
    bool addPayout(const QString& id, qint64 amount, qint64 arrival, const QString& account = {},
                   const QString& status = QStringLiteral("paid"));
    bool linkPayout(const QString& payoutId, const QStringList& chargeIds);

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    QString m_error;
    ManualClock m_clock{1'790'000'000};
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::AuditLog> m_audit;
    std::unique_ptr<Authorizer> m_auth;
    std::unique_ptr<recon::ReconciliationService> m_service;
};

} // namespace dp::test
