#pragma once

#include "auth/session.h"

#include <QJsonObject>
#include <QString>

namespace dp::store {
class Database;

// Tamper-evident audit log (X-3, SEC-5): every money-moving or permission-changing action, who, when, what.
// Each row holds sha256(previous hash | at | user id | user name | action | details) so that altering or
// deleting a row breaks the chain; verify() finds the first broken row.
class AuditLog
{
public:
    AuditLog(Database& db);
    // Appends one row; returns false only if the store failed. `at` is UTC seconds.
    bool record(const Session& who, const QString& action, const QJsonObject& details, qint64 at);
    struct Verification
    {
        bool ok = true;
        qint64 rows = 0;
        qint64 firstBadId = 0; // 0 when ok
        QString problem;
    };
    Verification verify();
    struct Entry
    {
        qint64 id; qint64 at; qint64 userId; QString userName; QString action; QJsonObject details;
    };
    QList<Entry> latest(int limit);

private:
    Database& m_db;
};

} // namespace dp::store
