#include "reconciliationrepository.h"

#include "database.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QTimeZone>

namespace dp::store {
namespace {

QString readDay()
{
    return QCoreApplication::translate("ReconciliationRepository", "read the reconciliation of the day");
}

QString saveDay()
{
    return QCoreApplication::translate("ReconciliationRepository", "save the reconciliation of the day");
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

const QString kDayColumns = QStringLiteral("rooftop_id, business_date, time_zone, state, row_version, closed_by,"
                                           " closed_by_name, closed_at, reopened_by, reopened_by_name, reopened_at,"
                                           " reopen_reason");

recon::DayState readDayState(const QSqlQuery& q)
{
    recon::DayState d;
    d.key.rooftopId = q.value(0).toLongLong();
    d.key.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    d.key.timeZone = q.value(2).toString();
    d.closed = q.value(3).toString() == QLatin1String("closed");
    d.rowVersion = q.value(4).toLongLong();
    d.closedBy = q.value(5).toLongLong();
    d.closedByName = q.value(6).toString();
    d.closedAt = q.value(7).toLongLong();
    d.reopenedBy = q.value(8).toLongLong();
    d.reopenedByName = q.value(9).toString();
    d.reopenedAt = q.value(10).toLongLong();
    d.reopenReason = q.value(11).toString();
    return d;
}

void addItem(recon::MatchItems& items, const QString& type, const QString& id)
{
    if (type == QLatin1String("dms"))
        items.dmsLineIds.append(id.toLongLong());
    else if (type == QLatin1String("payment"))
        items.paymentIds.append(id);
    else if (type == QLatin1String("refund"))
        items.refundIds.append(id);
    else if (type == QLatin1String("payout"))
        items.payoutIds.append(id);
    else if (type == QLatin1String("deposit"))
        items.depositIds.append(id.toLongLong());
}

// Reads matches joined with their items (ordered by match id) into one Match each.
QList<recon::Match> readMatches(QSqlQuery& q)
{
    QList<recon::Match> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().id != id) {
            recon::Match m;
            m.id = id;
            m.businessDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            m.rooftopId = q.value(2).toLongLong();
            m.manual = q.value(3).toString() == QLatin1String("manual");
            m.rule = recon::matchRuleFromKey(q.value(4).toString());
            m.note = q.value(5).toString();
            m.userId = q.value(6).toLongLong();
            m.userName = q.value(7).toString();
            m.createdAt = q.value(8).toLongLong();
            out.append(m);
        }
        addItem(out.last().items, q.value(9).toString(), q.value(10).toString());
    }
    return out;
}

const QString kMatchSelect = QStringLiteral("SELECT m.id, m.business_date, m.rooftop_id, m.kind, m.rule, m.note, m.user_id,"
                                            " m.user_name, m.created_at, i.item_type, i.item_id FROM recon_matches m"
                                            " JOIN recon_match_items i ON i.match_id = m.id");

} // namespace

ReconciliationRepository::ReconciliationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<recon::DayState>> ReconciliationRepository::day(const QDate& date, qint64 rooftopId)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM reconciliation_days WHERE rooftop_id = ? AND business_date = ?")
                                     .arg(kDayColumns),
                              {rooftopId, iso(date)}, readDay());
        !s)
        return s.error();
    if (!q.next())
        return std::optional<recon::DayState>();
    return std::optional<recon::DayState>(readDayState(q));
}

Result<bool> ReconciliationRepository::isClosed(const QDate& date, qint64 rooftopId)
{
    // A rooftop's day is closed when it or the day of all rooftops is; the day of all rooftops when any is.
    QSqlQuery q(m_db);
    const QString sql = rooftopId > 0
        ? QStringLiteral("SELECT COUNT(*) FROM reconciliation_days WHERE business_date = ? AND state = 'closed'"
                         " AND rooftop_id IN (0, ?)")
        : QStringLiteral("SELECT COUNT(*) FROM reconciliation_days WHERE business_date = ? AND state = 'closed'");
    QVariantList binds{iso(date)};
    if (rooftopId > 0)
        binds.append(rooftopId);
    if (auto s = runStatement(q, sql, binds, readDay()); !s)
        return s.error();
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<recon::DayState> ReconciliationRepository::ensureDay(const recon::DayKey& key, qint64 now)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("INSERT INTO reconciliation_days (rooftop_id, business_date, time_zone,"
                                                " row_version, updated_at) VALUES (?, ?, ?, 0, ?)"
                                                " ON CONFLICT (rooftop_id, business_date) DO NOTHING"),
                              {key.rooftopId, iso(key.date), key.timeZone, now}, saveDay());
        !s)
        return s.error();
    auto found = day(key.date, key.rooftopId);
    if (!found)
        return found.error();
    if (!found.value())
        return storeError(saveDay(), QStringLiteral("no row"));
    return *found.value();
}

Result<bool> ReconciliationRepository::bumpVersion(const QDate& date, qint64 rooftopId, qint64 expected, qint64 now)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("UPDATE reconciliation_days SET row_version = row_version + 1, updated_at = ?"
                                                " WHERE rooftop_id = ? AND business_date = ? AND row_version = ?"
                                                " AND state = 'open'"),
                              {now, rooftopId, iso(date), expected}, saveDay());
        !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Result<bool> ReconciliationRepository::setClosed(const QDate& date, qint64 rooftopId, qint64 expected, qint64 userId,
                                                 const QString& userName, qint64 now)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("UPDATE reconciliation_days SET state = 'closed', row_version = row_version + 1,"
                                                " closed_by = ?, closed_by_name = ?, closed_at = ?, updated_at = ?"
                                                " WHERE rooftop_id = ? AND business_date = ? AND row_version = ?"
                                                " AND state = 'open'"),
                              {userId, userName, now, now, rooftopId, iso(date), expected}, saveDay());
        !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Result<bool> ReconciliationRepository::setReopened(const QDate& date, qint64 rooftopId, qint64 expected, qint64 userId,
                                                   const QString& userName, const QString& reason, qint64 now)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("UPDATE reconciliation_days SET state = 'open', row_version = row_version + 1,"
                                                " reopened_by = ?, reopened_by_name = ?, reopened_at = ?, reopen_reason = ?,"
                                                " updated_at = ? WHERE rooftop_id = ? AND business_date = ?"
                                                " AND row_version = ? AND state = 'closed'"),
                              {userId, userName, now, reason, now, rooftopId, iso(date), expected}, saveDay());
        !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Result<qint64> ReconciliationRepository::insertMatch(const recon::Match& m)
{
    const auto ids = insertMatches({m});
    if (!ids)
        return ids.error();
    return ids.value().first();
}

Result<QList<qint64>> ReconciliationRepository::insertMatches(const QList<recon::Match>& matches)
{
    const QString what = QCoreApplication::translate("ReconciliationRepository", "save the match");
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO recon_matches (business_date, rooftop_id, kind, rule, note, user_id,"
                                  " user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return storeError(what, q.lastError().text());
    QSqlQuery items(m_db);
    if (!items.prepare(QStringLiteral("INSERT INTO recon_match_items (match_id, item_type, item_id) VALUES (?, ?, ?)")))
        return storeError(what, items.lastError().text());
    const QString dms = QStringLiteral("dms"), payment = QStringLiteral("payment"), refund = QStringLiteral("refund"),
                  payout = QStringLiteral("payout"), deposit = QStringLiteral("deposit");
    QList<qint64> ids;
    ids.reserve(matches.size());
    for (const recon::Match& m : matches) {
        bindAll(q, {iso(m.businessDate), m.rooftopId, m.manual ? QStringLiteral("manual") : QStringLiteral("auto"),
                    recon::matchRuleKey(m.rule), m.note, m.userId, m.userName, m.createdAt});
        if (!q.exec())
            return storeError(what, q.lastError().text());
        const qint64 id = q.lastInsertId().toLongLong();
        ids.append(id);
        auto add = [&](const QString& type, const QString& itemId) {
            items.addBindValue(id);
            items.addBindValue(type);
            items.addBindValue(itemId);
            return items.exec();
        };
        bool ok = true;
        for (const qint64 d : m.items.dmsLineIds)
            ok = ok && add(dms, QString::number(d));
        for (const QString& p : m.items.paymentIds)
            ok = ok && add(payment, p);
        for (const QString& r : m.items.refundIds)
            ok = ok && add(refund, r);
        for (const QString& p : m.items.payoutIds)
            ok = ok && add(payout, p);
        for (const qint64 d : m.items.depositIds)
            ok = ok && add(deposit, QString::number(d));
        if (!ok)
            return storeError(what, items.lastError().text());
    }
    return ids;
}

Result<QList<recon::Match>> ReconciliationRepository::activeMatchesOfDay(const QDate& date, qint64 rooftopId,
                                                                         qint64 from, qint64 to,
                                                                         const QString& accountId)
{
    // Joins from the day's rows (each read through its date index) to the items' (type, id) index.
    QVariantList binds;
    QString sql = kMatchSelect + QStringLiteral(" WHERE m.active = 1 AND m.id IN ("
                                                "SELECT i2.match_id FROM dms_lines l JOIN recon_match_items i2"
                                                " ON i2.item_type = 'dms' AND i2.item_id = CAST(l.id AS TEXT) AND i2.active = 1"
                                                " WHERE l.business_date = ?");
    binds << iso(date);
    if (rooftopId > 0) {
        sql += QStringLiteral(" AND l.rooftop_id = ?");
        binds << rooftopId;
    }
    sql += QStringLiteral(" UNION SELECT i3.match_id FROM payments p JOIN recon_match_items i3 ON i3.item_type = 'payment'"
                          " AND i3.item_id = p.id AND i3.active = 1 WHERE p.created >= ? AND p.created < ?");
    binds << from << to;
    if (!accountId.isEmpty()) {
        sql += QStringLiteral(" AND p.account_id = ?");
        binds << accountId;
    }
    sql += QStringLiteral(" UNION SELECT i4.match_id FROM refunds r JOIN recon_match_items i4 ON i4.item_type = 'refund'"
                          " AND i4.item_id = r.id AND i4.active = 1 WHERE r.created >= ? AND r.created < ?");
    binds << from << to;
    if (!accountId.isEmpty()) {
        sql += QStringLiteral(" AND r.account_id = ?");
        binds << accountId;
    }
    sql += QStringLiteral(" UNION SELECT i5.match_id FROM bank_deposits b JOIN recon_match_items i5 ON i5.item_type = 'deposit'"
                          " AND i5.item_id = CAST(b.id AS TEXT) AND i5.active = 1 WHERE b.posted_date = ?");
    binds << iso(date);
    sql += QStringLiteral(" UNION SELECT id FROM recon_matches WHERE active = 1 AND business_date = ?");
    binds << iso(date);
    if (rooftopId > 0) {
        sql += QStringLiteral(" AND rooftop_id = ?");
        binds << rooftopId;
    }
    sql += QStringLiteral(") ORDER BY m.id");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto s = runStatement(q, sql, binds, readDay()); !s)
        return s.error();
    return readMatches(q);
}

Result<std::optional<recon::Match>> ReconciliationRepository::matchById(qint64 id)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, kMatchSelect + QStringLiteral(" WHERE m.id = ? AND m.active = 1 ORDER BY m.id"), {id},
                              readDay());
        !s)
        return s.error();
    const QList<recon::Match> found = readMatches(q);
    if (found.isEmpty())
        return std::optional<recon::Match>();
    return std::optional<recon::Match>(found.first());
}

Result<bool> ReconciliationRepository::deactivateMatch(qint64 id, qint64 userId, const QString& userName,
                                                       const QString& note, qint64 now)
{
    const QString what = QCoreApplication::translate("ReconciliationRepository", "undo the match");
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("UPDATE recon_matches SET active = 0, undone_by = ?, undone_by_name = ?,"
                                                " undone_at = ?, undo_note = ? WHERE id = ? AND active = 1"),
                              {userId, userName, now, note, id}, what);
        !s)
        return s.error();
    if (q.numRowsAffected() != 1)
        return false;
    QSqlQuery items(m_db);
    if (auto s = runStatement(items, QStringLiteral("UPDATE recon_match_items SET active = 0 WHERE match_id = ?"), {id}, what);
        !s)
        return s.error();
    return true;
}

Result<QSet<QString>> ReconciliationRepository::itemsInActiveMatches(const QString& itemType, const QStringList& itemIds)
{
    QSet<QString> out;
    for (qsizetype start = 0; start < itemIds.size(); start += 500) {
        QStringList marks;
        QVariantList binds{itemType};
        for (const QString& id : itemIds.mid(start, 500)) {
            marks.append(QStringLiteral("?"));
            binds.append(id);
        }
        QSqlQuery q(m_db);
        if (auto s = runStatement(q, QStringLiteral("SELECT item_id FROM recon_match_items WHERE active = 1 AND item_type = ?"
                                                    " AND item_id IN (%1)").arg(marks.join(QLatin1Char(','))),
                                  binds, readDay());
            !s)
            return s.error();
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

Result<QSet<QString>> ReconciliationRepository::undoneAutoItems(const QDate& date, qint64 rooftopId)
{
    QSqlQuery q(m_db);
    QVariantList binds{iso(date)};
    QString sql = QStringLiteral("SELECT i.item_type, i.item_id FROM recon_matches m JOIN recon_match_items i"
                                 " ON i.match_id = m.id WHERE m.active = 0 AND m.kind = 'auto' AND m.business_date = ?");
    if (rooftopId > 0) {
        sql += QStringLiteral(" AND m.rooftop_id = ?");
        binds.append(rooftopId);
    }
    if (auto s = runStatement(q, sql, binds, readDay()); !s)
        return s.error();
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    return out;
}

Result<QList<recon::PaymentItem>> ReconciliationRepository::paymentsBetween(qint64 from, qint64 to,
                                                                           const QString& accountId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, account_id, ro_number, customer, created, amount, fee, refunded, currency,"
                                 " payout_id FROM payments WHERE created >= ? AND created < ?"
                                 " AND status IN ('succeeded', 'partially_refunded', 'refunded')");
    QVariantList binds{from, to};
    if (!accountId.isEmpty()) {
        sql += QStringLiteral(" AND account_id = ?");
        binds.append(accountId);
    }
    sql += QStringLiteral(" ORDER BY created, id");
    if (auto s = runStatement(q, sql, binds, readDay()); !s)
        return s.error();
    QList<recon::PaymentItem> out;
    while (q.next()) {
        recon::PaymentItem p;
        p.id = q.value(0).toString();
        p.accountId = q.value(1).toString();
        p.roNumber = q.value(2).toString();
        p.customer = q.value(3).toString();
        p.created = q.value(4).toLongLong();
        p.amount = q.value(5).toLongLong();
        p.fee = q.value(6).toLongLong();
        p.refunded = q.value(7).toLongLong();
        p.currency = q.value(8).toString();
        p.payoutId = q.value(9).toString();
        out.append(std::move(p));
    }
    return out;
}

Result<QList<recon::RefundItem>> ReconciliationRepository::refundsBetween(qint64 from, qint64 to, const QString& accountId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT r.id, r.charge_id, r.account_id, COALESCE(p.ro_number, ''), r.created, r.amount,"
                                 " r.currency FROM refunds r LEFT JOIN payments p ON p.id = r.charge_id"
                                 " WHERE r.created >= ? AND r.created < ? AND r.status IN ('succeeded', 'pending')");
    QVariantList binds{from, to};
    if (!accountId.isEmpty()) {
        sql += QStringLiteral(" AND r.account_id = ?");
        binds.append(accountId);
    }
    sql += QStringLiteral(" ORDER BY r.created, r.id");
    if (auto s = runStatement(q, sql, binds, readDay()); !s)
        return s.error();
    QList<recon::RefundItem> out;
    while (q.next()) {
        recon::RefundItem r;
        r.id = q.value(0).toString();
        r.chargeId = q.value(1).toString();
        r.accountId = q.value(2).toString();
        r.roNumber = q.value(3).toString();
        r.created = q.value(4).toLongLong();
        r.amount = q.value(5).toLongLong();
        r.currency = q.value(6).toString();
        out.append(std::move(r));
    }
    return out;
}

Result<QList<recon::PayoutItem>> ReconciliationRepository::payoutsArriving(qint64 from, qint64 to,
                                                                          const QString& accountId,
                                                                          const QString& timeZone)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, account_id, amount, currency, status, arrival_date FROM payouts"
                                 " WHERE arrival_date >= ? AND arrival_date < ?");
    QVariantList binds{from, to};
    if (!accountId.isEmpty()) {
        sql += QStringLiteral(" AND account_id = ?");
        binds.append(accountId);
    }
    sql += QStringLiteral(" ORDER BY arrival_date, id");
    if (auto s = runStatement(q, sql, binds, readDay()); !s)
        return s.error();
    const QTimeZone zone = timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(timeZone.toUtf8());
    QList<recon::PayoutItem> out;
    while (q.next()) {
        recon::PayoutItem p;
        p.id = q.value(0).toString();
        p.accountId = q.value(1).toString();
        p.amount = q.value(2).toLongLong();
        p.currency = q.value(3).toString();
        p.status = q.value(4).toString();
        p.arrivalDate = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), zone).date();
        out.append(std::move(p));
    }
    return out;
}

Result<QString> ReconciliationRepository::accountOfRooftop(qint64 rooftopId)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT COALESCE(account_id, '') FROM rooftops WHERE id = ?"), {rooftopId},
                              readDay());
        !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<QHash<qint64, QPair<QString, QString>>> ReconciliationRepository::rooftops()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT id, name, COALESCE(account_id, '') FROM rooftops ORDER BY name, id"), {},
                              readDay());
        !s)
        return s.error();
    QHash<qint64, QPair<QString, QString>> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    return out;
}

} // namespace dp::store
