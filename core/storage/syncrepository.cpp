#include "syncrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace dp::store {
namespace {

// A bound value that is never NULL (the text columns are NOT NULL DEFAULT '').
QVariant text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace

SyncRepository::SyncRepository(Database& db) : m_db(db)
{
}

Result<QList<SyncAccount>> SyncRepository::connectedRooftops()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT account_id, name FROM rooftops WHERE account_id IS NOT NULL AND account_id <> ''"
                               " AND charges_enabled = 1 ORDER BY name")))
        return storeError(QCoreApplication::translate("SyncRepository", "read the rooftops"), q.lastError().text());
    QList<SyncAccount> out;
    while (q.next())
        out.append({q.record().value(QStringLiteral("account_id")).toString(),
                    q.record().value(QStringLiteral("name")).toString()});
    return out;
}

Result<SyncPosition> SyncRepository::position(const QString& account, const QString& resource)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT cursor, done FROM sync_state WHERE account_id = :account AND resource = :resource"));
    q.bindValue(QStringLiteral(":account"), account);
    q.bindValue(QStringLiteral(":resource"), resource);
    if (!q.exec())
        return storeError(QCoreApplication::translate("SyncRepository", "read the sync position"), q.lastError().text());
    SyncPosition p;
    if (q.next()) {
        const QSqlRecord r = q.record();
        p.known = true;
        p.cursor = r.value(QStringLiteral("cursor")).toString();
        p.done = r.value(QStringLiteral("done")).toBool();
    }
    return p;
}

Status SyncRepository::startBackfill(const QString& account, const QString& resource, qint64 eventsSince, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_state (account_id, resource, events_since, updated_at)"
                             " VALUES (:account, :resource, :since, :now) ON CONFLICT (account_id, resource) DO NOTHING"));
    q.bindValue(QStringLiteral(":account"), account);
    q.bindValue(QStringLiteral(":resource"), resource);
    q.bindValue(QStringLiteral(":since"), eventsSince);
    q.bindValue(QStringLiteral(":now"), now);
    if (!q.exec())
        return storeError(QCoreApplication::translate("SyncRepository", "save the sync position"), q.lastError().text());
    return Done{};
}

Result<qint64> SyncRepository::eventsSince(const QString& account)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MIN(events_since) AS since FROM sync_state WHERE account_id = :account"));
    q.bindValue(QStringLiteral(":account"), account);
    if (!q.exec())
        return storeError(QCoreApplication::translate("SyncRepository", "read the sync position"), q.lastError().text());
    return q.next() ? q.record().value(QStringLiteral("since")).toLongLong() : qint64(0);
}

Status SyncRepository::saveEventsSince(const QString& account, qint64 since)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET events_since = :since WHERE account_id = :account"));
    q.bindValue(QStringLiteral(":since"), since);
    q.bindValue(QStringLiteral(":account"), account);
    if (!q.exec())
        return storeError(QCoreApplication::translate("SyncRepository", "save the sync position"), q.lastError().text());
    return Done{};
}

Result<bool> SyncRepository::eventSeen(const QString& eventId)
{
    auto seen = seenEvents({eventId});
    if (!seen)
        return seen.error();
    return seen->contains(eventId);
}

Status SyncRepository::markEventSeen(const api::Event& event, const QString& account)
{
    QString error;
    if (!m_db.transaction([&](QSqlDatabase& db) { return markEventsSeen(db, {event}, account, &error); }))
        return storeError(QCoreApplication::translate("SyncRepository", "save the events already applied"), error);
    return Done{};
}

Status SyncRepository::linkPayout(const QString& payoutId, const QStringList& chargeIds)
{
    QString error;
    if (!m_db.transaction([&](QSqlDatabase& db) { return linkPayouts(db, {{payoutId, chargeIds}}, &error); }))
        return storeError(QCoreApplication::translate("SyncRepository", "save the payouts"), error);
    return Done{};
}

Result<QSet<QString>> SyncRepository::seenEvents(const QStringList& eventIds)
{
    QSet<QString> seen;
    constexpr qsizetype kChunk = 200; // stays under every driver's bind-value limit
    for (qsizetype start = 0; start < eventIds.size(); start += kChunk) {
        const QStringList chunk = eventIds.mid(start, kChunk);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM events_seen WHERE id IN (%1)")
                      .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString& id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return storeError(QCoreApplication::translate("SyncRepository", "read the events already applied"), q.lastError().text());
        while (q.next())
            seen.insert(q.value(0).toString());
    }
    return seen;
}

Result<QHash<QString, KnownCharge>> SyncRepository::knownCharges(const QStringList& chargeIds)
{
    QHash<QString, KnownCharge> known;
    constexpr qsizetype kChunk = 200;
    for (qsizetype start = 0; start < chargeIds.size(); start += kChunk) {
        const QStringList chunk = chargeIds.mid(start, kChunk);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, balance_txn, fee, net FROM payments WHERE id IN (%1)")
                      .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString& id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return storeError(QCoreApplication::translate("SyncRepository", "read the payments"), q.lastError().text());
        while (q.next())
            known.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return known;
}

Status SyncRepository::storeRefunds(const QString& account, const QList<api::Refund>& refunds)
{
    QString error;
    if (!m_db.transaction([&](QSqlDatabase& db) { return upsertRefunds(db, account, refunds, &error); }))
        return storeError(QCoreApplication::translate("SyncRepository", "save the synced data"), error);
    return Done{};
}

Status SyncRepository::storePayouts(const QString& account, const QList<api::Payout>& payouts)
{
    QString error;
    if (!m_db.transaction([&](QSqlDatabase& db) { return upsertPayouts(db, account, payouts, &error); }))
        return storeError(QCoreApplication::translate("SyncRepository", "save the payouts"), error);
    return Done{};
}

bool SyncRepository::upsertRefunds(QSqlDatabase& db, const QString& account, const QList<api::Refund>& refunds,
                                   QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO refunds (id, charge_id, account_id, amount, currency, reason, status, created)"
                             " VALUES (:id, :charge, :account, :amount, :currency, :reason, :status, :created)"
                             " ON CONFLICT (id) DO UPDATE SET status = excluded.status"));
    for (const api::Refund& r : refunds) {
        q.bindValue(QStringLiteral(":id"), r.id);
        q.bindValue(QStringLiteral(":charge"), text(r.charge));
        q.bindValue(QStringLiteral(":account"), text(account));
        q.bindValue(QStringLiteral(":amount"), r.amount);
        q.bindValue(QStringLiteral(":currency"), text(r.currency));
        q.bindValue(QStringLiteral(":reason"), text(r.reason));
        q.bindValue(QStringLiteral(":status"), text(r.status));
        q.bindValue(QStringLiteral(":created"), r.created);
        if (!q.exec())
            return *error = q.lastError().text(), false;
    }
    return true;
}

bool SyncRepository::upsertPayouts(QSqlDatabase& db, const QString& account, const QList<api::Payout>& payouts,
                                   QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO payouts (id, account_id, amount, currency, status, arrival_date, created)"
                             " VALUES (:id, :account, :amount, :currency, :status, :arrival, :created)"
                             " ON CONFLICT (id) DO UPDATE SET status = excluded.status, arrival_date = excluded.arrival_date"));
    for (const api::Payout& p : payouts) {
        q.bindValue(QStringLiteral(":id"), p.id);
        q.bindValue(QStringLiteral(":account"), text(account));
        q.bindValue(QStringLiteral(":amount"), p.amount);
        q.bindValue(QStringLiteral(":currency"), text(p.currency));
        q.bindValue(QStringLiteral(":status"), text(p.status));
        q.bindValue(QStringLiteral(":arrival"), p.arrivalDate);
        q.bindValue(QStringLiteral(":created"), p.created);
        if (!q.exec())
            return *error = q.lastError().text(), false;
    }
    return true;
}

bool SyncRepository::linkPayouts(QSqlDatabase& db, const QList<PayoutLink>& links, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE payments SET payout_id = ? WHERE id = ?"));
    for (const PayoutLink& link : links) {
        for (const QString& charge : link.chargeIds) {
            q.bindValue(0, link.payoutId);
            q.bindValue(1, charge);
            if (!q.exec())
                return *error = q.lastError().text(), false;
        }
    }
    return true;
}

bool SyncRepository::markEventsSeen(QSqlDatabase& db, const QList<api::Event>& events, const QString& account,
                                    QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO events_seen (id, type, account, created) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (id) DO NOTHING"));
    for (const api::Event& e : events) {
        q.bindValue(0, e.id);
        q.bindValue(1, text(e.type));
        q.bindValue(2, text(account));
        q.bindValue(3, e.created);
        if (!q.exec())
            return *error = q.lastError().text(), false;
    }
    return true;
}

bool SyncRepository::saveCursor(QSqlDatabase& db, const QString& account, const QString& resource,
                                const QString& cursor, bool done, qint64 now, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_state SET cursor = :cursor, done = :done, updated_at = :now"
                             " WHERE account_id = :account AND resource = :resource"));
    q.bindValue(QStringLiteral(":cursor"), text(cursor));
    q.bindValue(QStringLiteral(":done"), int(done));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":account"), account);
    q.bindValue(QStringLiteral(":resource"), resource);
    if (!q.exec())
        return *error = q.lastError().text(), false;
    if (q.numRowsAffected() != 1)
        return *error = QStringLiteral("no sync position for %1/%2").arg(account, resource), false;
    return true;
}

} // namespace dp::store
