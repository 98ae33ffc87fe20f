#pragma once

#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dp::store {

// One row of `users` as the services show it (no secrets).
struct UserRecord
{
    qint64 id = 0;
    QString name, email, phone;
    QString role; // roleKey()
    bool active = true;
    bool demo = false;
};

// What log-in and password checks need.
struct UserCredentials
{
    qint64 id = 0;
    QString name, role, passwordHash;
    bool active = true;
    int failedLogins = 0;
    qint64 lockedUntil = 0;
};

// What the Authorizer re-reads at every restricted call.
struct UserAccess
{
    QString role;
    bool active = false;
    bool inPaymentTeam = false; // member of a team that takes payments
};

struct NewUser
{
    QString name, email, phone, role, passwordHash;
    bool demo = false;
    qint64 createdAt = 0;
};

// The organization row and the `users` table: every SQL statement about them, in one place.
// Works on the connection it is given, so that a service can use it inside Database::transaction().
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db);

    Result<bool> hasOrganization();
    Result<QString> organizationName(); // empty when there is none
    Status insertOrganization(const QString& name, qint64 createdAt);

    Result<qint64> insertUser(const NewUser& user); // the new id; a taken e-mail is a Store error (UNIQUE)
    Result<QList<UserRecord>> all();                // by name, then id
    Result<QList<UserRecord>> activeDemoUsers();    // by id
    Result<std::optional<UserRecord>> find(qint64 id);
    Result<std::optional<UserCredentials>> credentials(qint64 id);
    Result<std::optional<UserCredentials>> credentialsByEmail(const QString& normalizedEmail);
    Result<std::optional<UserAccess>> access(qint64 id);
    Result<bool> emailTaken(const QString& normalizedEmail);
    Result<int> activeCount(const QString& role);

    Status setRole(qint64 id, const QString& role);
    Status setActive(qint64 id, bool active);
    Status setFailedLogins(qint64 id, int failedLogins, qint64 lockedUntil);
    Status setPasswordHash(qint64 id, const QString& passwordHash);
    // A password chosen by the user: the new hash, and the failed log-ins forgotten.
    Status changePassword(qint64 id, const QString& passwordHash);

private:
    QSqlDatabase m_db;
};

} // namespace dp::store
