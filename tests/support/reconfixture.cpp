#include "reconfixture.h"

#include "api/paymentobjects.h"
#include "storage/paymentstore.h"
#include "storage/rooftoprepository.h"
#include "storage/syncrepository.h"
#include "storage/teamrepository.h"
#include "storage/userrepository.h"

namespace dp::test {

ReconFixture::ReconFixture(const QString& storeName)
{
    m_storePath = m_dir.filePath(storeName);
    store::Database::Options options;
    options.path = m_storePath;
    m_db = std::make_unique<store::Database>(options);
    if (auto opened = m_db->open(); !opened) {
        m_error = opened.error().message;
        return;
    }
    m_audit = std::make_unique<store::AuditLog>(*m_db);
    m_auth = std::make_unique<Authorizer>(*m_db);
    m_service = std::make_unique<recon::ReconciliationService>(*m_db, *m_audit, *m_auth, m_clock);

    store::UserRepository users(m_db->connection());
    if (!users.insertOrganization(QStringLiteral("Main Street Motors"), 1).ok()) {
        m_error = QStringLiteral("organization");
        return;
    }
    auto addUser = [&](Session& s, const QString& name, Role role) {
        store::NewUser u{name, name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@dealer.test"),
                         QString(), roleKey(role), QStringLiteral("x"), false, 1};
        const auto id = users.insertUser(u);
        if (!id) {
            m_error = id.error().message;
            return;
        }
        s.userId = id.value();
        s.name = name;
        s.email = u.email;
        s.role = role;
    };
    addUser(admin, QStringLiteral("Alice Admin"), Role::Admin);
    addUser(manager, QStringLiteral("Mona Accounting"), Role::Manager);
    addUser(managerOutsideTeams, QStringLiteral("Max Service"), Role::Manager);
    addUser(consultant, QStringLiteral("Carl Consultant"), Role::Consultant);
    if (!ok())
        return;
    store::TeamRepository teams(m_db->connection());
    const auto team = teams.insert(QStringLiteral("Accounting"), true, 1);
    if (!team || !teams.addMember(team.value(), manager.userId).ok()) {
        m_error = QStringLiteral("team");
        return;
    }
    manager.inPaymentTeam = true;
    store::RooftopRepository rooftops(m_db->connection());
    const auto r1 = rooftops.insert(QStringLiteral("Main Street Honda"), account, 1);
    const auto r2 = rooftops.insert(QStringLiteral("Main Street Kia"), secondAccount, 1);
    if (!r1 || !r2) {
        m_error = QStringLiteral("rooftops");
        return;
    }
    rooftopId = r1.value();
    secondRooftopId = r2.value();
}

qint64 ReconFixture::at(const QDate& date, const QTime& time, const QString& zone)
{
    return QDateTime(date, time, QTimeZone(zone.toUtf8())).toSecsSinceEpoch();
}

bool ReconFixture::addCharge(const QString& id, qint64 amount, const QString& ro, qint64 created, qint64 fee,
                             const QString& acct, qint64 refunded)
{
    api::Charge c;
    c.id = id;
    c.currency = QStringLiteral("usd");
    c.status = QStringLiteral("succeeded");
    c.amount = amount;
    c.amountRefunded = refunded;
    c.created = created;
    c.fee = fee;
    c.net = amount - fee;
    c.hasBalanceTransaction = true;
    c.roNumber = ro;
    c.customerName = QStringLiteral("Customer of %1").arg(ro);
    QString error;
    return m_db->transaction([&](QSqlDatabase& db) {
        return store::PaymentStore::upsertCharges(db, acct.isEmpty() ? account : acct, {c}, &error);
    });
}

bool ReconFixture::addRefund(const QString& id, const QString& chargeId, qint64 amount, qint64 created,
                             const QString& acct)
{
    api::Refund r;
    r.id = id;
    r.charge = chargeId;
    r.currency = QStringLiteral("usd");
    r.status = QStringLiteral("succeeded");
    r.amount = amount;
    r.created = created;
    QString error;
    return m_db->transaction([&](QSqlDatabase& db) {
        return store::SyncRepository::upsertRefunds(db, acct.isEmpty() ? account : acct, {r}, &error);
    });
}

bool ReconFixture::addPayout(const QString& id, qint64 amount, qint64 arrival, const QString& acct,
                             const QString& status)
{
    api::Payout p;
    p.id = id;
    p.currency = QStringLiteral("usd");
    p.status = status;
    p.amount = amount;
    p.arrivalDate = arrival;
    p.created = arrival - 2 * 86400;
    QString error;
    return m_db->transaction([&](QSqlDatabase& db) {
        return store::SyncRepository::upsertPayouts(db, acct.isEmpty() ? account : acct, {p}, &error);
    });
}

bool ReconFixture::linkPayout(const QString& payoutId, const QStringList& chargeIds)
{
    return store::SyncRepository(*m_db).linkPayout(payoutId, chargeIds).ok();
}

} // namespace dp::test
