#include "auditlog.h"

#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dp::store {

namespace {

const QString kGenesis(64, QLatin1Char('0'));

// The hashed form of one row. `details` is the stored compact JSON text, hashed exactly as written.
QString rowHash(const QString& prevHash, qint64 at, qint64 userId, const QString& userName, const QString& action,
                const QString& details)
{
    const QString text = prevHash + QLatin1Char('|') + QString::number(at) + QLatin1Char('|')
        + QString::number(userId) + QLatin1Char('|') + userName + QLatin1Char('|') + action + QLatin1Char('|')
        + details;
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

AuditLog::AuditLog(Database& db) : m_db(db) {}

bool AuditLog::record(const Session& who, const QString& action, const QJsonObject& details, qint64 at)
{
    QString failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        // Appends are serialized so that two writers never chain onto the same previous row: SQLite already holds
        // the write lock (BEGIN IMMEDIATE); PostgreSQL needs a table lock that still lets readers through.
        if (!m_db.isSqlite() && !q.exec(QStringLiteral("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE")))
            return failure = q.lastError().text(), false;
        if (!q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
            return failure = q.lastError().text(), false;
        const QString prev = q.next() ? q.value(0).toString() : kGenesis;
        // QJsonObject keeps its keys sorted, so the same details always give the same text.
        const QString json = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, user_name, action, details, prev_hash, hash)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(at);
        q.addBindValue(who.userId);
        q.addBindValue(who.name);
        q.addBindValue(action);
        q.addBindValue(json);
        q.addBindValue(prev);
        q.addBindValue(rowHash(prev, at, who.userId, who.name, action, json));
        if (!q.exec())
            return failure = q.lastError().text(), false;
        return true;
    });
    if (!ok)
        qWarning("AuditLog: could not record %s: %s", qPrintable(action), qPrintable(failure));
    return ok;
}

AuditLog::Verification AuditLog::verify()
{
    Verification result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, user_id, user_name, action, details, prev_hash, hash"
                               " FROM audit_log ORDER BY id"))) {
        result.ok = false;
        result.problem = QCoreApplication::translate("AuditLog", "The audit log could not be read: %1")
                             .arg(q.lastError().text());
        return result;
    }
    QString expectedPrev = kGenesis;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString prev = q.value(6).toString();
        const QString stored = q.value(7).toString();
        ++result.rows;
        if (prev != expectedPrev) {
            result.ok = false;
            result.firstBadId = id;
            result.problem = QCoreApplication::translate(
                                 "AuditLog", "The entry before entry %1 was deleted or its link was changed.")
                                 .arg(id);
            return result;
        }
        const QString actual = rowHash(prev, q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                                       q.value(4).toString(), q.value(5).toString());
        if (actual != stored) {
            result.ok = false;
            result.firstBadId = id;
            result.problem =
                QCoreApplication::translate("AuditLog", "Entry %1 was changed after it was written.").arg(id);
            return result;
        }
        expectedPrev = stored;
    }
    return result;
}

QList<AuditLog::Entry> AuditLog::latest(int limit)
{
    QList<Entry> entries;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, user_id, user_name, action, details FROM audit_log"
                             " ORDER BY id DESC LIMIT ?"));
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toString(), q.value(4).toString(),
                         QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()});
    }
    return entries;
}

} // namespace dp::store
