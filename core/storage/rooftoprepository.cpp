#include "rooftoprepository.h"

#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace dp::store {
namespace {

const QLatin1String kRooftopColumns(
    "id, name, account_id, country, status, currently_due, disabled_reason, charges_enabled, payouts_enabled,"
    " details_submitted, payout_interval, payout_delay_days, payout_weekly_anchor, payout_monthly_anchor,"
    " statement_descriptor, bank_name, bank_last4, tax_id_provided, tax_id_last4, event_cursor, updated_at");

RooftopRecord readRooftop(const QSqlRecord& q)
{
    const auto v = [&q](const char* column) { return q.value(QLatin1String(column)); };
    RooftopRecord r;
    r.id = v("id").toLongLong();
    r.name = v("name").toString();
    r.accountId = v("account_id").toString();
    r.country = v("country").toString();
    r.status = v("status").toString();
    r.currentlyDue = v("currently_due").toString();
    r.disabledReason = v("disabled_reason").toString();
    r.chargesEnabled = v("charges_enabled").toBool();
    r.payoutsEnabled = v("payouts_enabled").toBool();
    r.detailsSubmitted = v("details_submitted").toBool();
    r.payoutInterval = v("payout_interval").toString();
    r.payoutDelayDays = v("payout_delay_days").toInt();
    r.payoutWeeklyAnchor = v("payout_weekly_anchor").toString();
    r.payoutMonthlyAnchor = v("payout_monthly_anchor").toInt();
    r.statementDescriptor = v("statement_descriptor").toString();
    r.bankName = v("bank_name").toString();
    r.bankLast4 = v("bank_last4").toString();
    r.taxIdProvided = v("tax_id_provided").toBool();
    r.taxIdLast4 = v("tax_id_last4").toString();
    r.eventCursor = v("event_cursor").toLongLong();
    r.updatedAt = v("updated_at").toLongLong();
    return r;
}

QString readWhat()
{
    return QCoreApplication::translate("RooftopRepository", "read the rooftops");
}

QString saveWhat()
{
    return QCoreApplication::translate("RooftopRepository", "save the rooftop");
}

} // namespace

RooftopRepository::RooftopRepository(QSqlDatabase db) : m_db(std::move(db))
{
}

Result<QList<RooftopRecord>> RooftopRepository::all()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM rooftops ORDER BY name, id").arg(kRooftopColumns), {}, readWhat()); !s)
        return s.error();
    QList<RooftopRecord> out;
    while (q.next())
        out.append(readRooftop(q.record()));
    return out;
}

Result<std::optional<RooftopRecord>> RooftopRepository::find(qint64 id)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM rooftops WHERE id = ?").arg(kRooftopColumns), {id}, readWhat()); !s)
        return s.error();
    if (!q.next())
        return std::optional<RooftopRecord>();
    return std::optional<RooftopRecord>(readRooftop(q.record()));
}

Result<QStringList> RooftopRepository::connectedAccountIds()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("SELECT account_id FROM rooftops WHERE account_id IS NOT NULL AND account_id <> ''"
                                             " ORDER BY id"),
                              {}, readWhat());
        !s)
        return s.error();
    QStringList out;
    while (q.next())
        out.append(q.record().value(QStringLiteral("account_id")).toString());
    return out;
}

Result<qint64> RooftopRepository::insert(const QString& name, const QString& accountId, qint64 updatedAt)
{
    QSqlQuery q(m_db);
    // An invalid QVariant binds SQL NULL (bindAll would turn a null string into '', which UNIQUE allows only once).
    if (auto s = runStatement(q, QStringLiteral("INSERT INTO rooftops (name, account_id, updated_at) VALUES (?, ?, ?)"),
                              {name, accountId.isEmpty() ? QVariant() : QVariant(accountId), updatedAt}, saveWhat());
        !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<QString> RooftopRepository::createKey(qint64 id)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT create_key FROM rooftops WHERE id = ?"), {id}, readWhat()); !s)
        return s.error();
    return q.next() ? q.record().value(QStringLiteral("create_key")).toString() : QString();
}

Status RooftopRepository::setCreateKey(qint64 id, const QString& key)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE rooftops SET create_key = ? WHERE id = ?"), {key, id}, saveWhat());
}

Status RooftopRepository::setAccount(qint64 id, const QString& accountId, const QString& name, const QString& country,
                                     const QString& taxIdLast4)
{
    QSqlQuery q(m_db);
    return runStatement(q,
                        QStringLiteral("UPDATE rooftops SET account_id = ?, name = ?, country = ?, tax_id_last4 = ? WHERE id = ?"),
                        {accountId, name, country, taxIdLast4, id}, saveWhat());
}

Status RooftopRepository::saveAccountState(qint64 id, const RooftopAccountState& a)
{
    QSqlQuery q(m_db);
    return runStatement(
        q,
        QStringLiteral("UPDATE rooftops SET status = ?, currently_due = ?, disabled_reason = ?, charges_enabled = ?,"
                       " payouts_enabled = ?, details_submitted = ?, payout_interval = ?, payout_delay_days = ?,"
                       " payout_weekly_anchor = ?, payout_monthly_anchor = ?, statement_descriptor = ?, bank_name = ?,"
                       " bank_last4 = ?, tax_id_provided = ?, updated_at = ? WHERE id = ?"),
        {a.status, a.currentlyDue, a.disabledReason, int(a.chargesEnabled), int(a.payoutsEnabled),
         int(a.detailsSubmitted), a.payoutInterval, a.payoutDelayDays, a.payoutWeeklyAnchor, a.payoutMonthlyAnchor,
         a.statementDescriptor, a.bankName, a.bankLast4, int(a.taxIdProvided), a.updatedAt, id},
        QCoreApplication::translate("RooftopRepository", "save the account status"));
}

Status RooftopRepository::setEventCursor(qint64 id, qint64 cursor)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE rooftops SET event_cursor = ? WHERE id = ?"), {cursor, id},
                        QCoreApplication::translate("RooftopRepository", "save the sync position"));
}

OrgSettingsRepository::OrgSettingsRepository(QSqlDatabase db) : m_db(std::move(db))
{
}

Result<std::optional<QString>> OrgSettingsRepository::value(const QString& name)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT value FROM org_settings WHERE name = ?"), {name},
                              QCoreApplication::translate("RooftopRepository", "read the settings"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.record().value(QStringLiteral("value")).toString());
}

Status OrgSettingsRepository::setValue(const QString& name, const QString& value)
{
    QSqlQuery q(m_db);
    const QString what = QCoreApplication::translate("RooftopRepository", "save the settings");
    if (auto s = runStatement(q, QStringLiteral("DELETE FROM org_settings WHERE name = ?"), {name}, what); !s)
        return s;
    return runStatement(q, QStringLiteral("INSERT INTO org_settings (name, value) VALUES (?, ?)"), {name, value}, what);
}

SeenEventRepository::SeenEventRepository(QSqlDatabase db) : m_db(std::move(db))
{
}

Result<bool> SeenEventRepository::markSeen(const QString& eventId, const QString& type, const QString& account,
                                           qint64 created)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("INSERT INTO events_seen (id, type, account, created) VALUES (?, ?, ?, ?)"
                                             " ON CONFLICT (id) DO NOTHING"),
                              {eventId, type, account, created},
                              QCoreApplication::translate("RooftopRepository", "save the events read"));
        !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

} // namespace dp::store
