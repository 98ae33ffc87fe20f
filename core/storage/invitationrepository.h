#pragma once

#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dp::store {

// One row of `invitations` with its teams, as stored (state: pending | accepted | revoked).
struct InvitationRecord
{
    qint64 id = 0;
    QString name, email, phone, role, state, invitedByName, textError, mailError;
    qint64 expiresAt = 0, createdAt = 0, sentAt = 0, acceptedAt = 0;
    QList<qint64> teamIds; // by id
};

struct NewInvitation
{
    QString name, email, phone, role, tokenHash, invitedByName;
    qint64 invitedBy = 0;
    qint64 expiresAt = 0, createdAt = 0;
    QList<qint64> teamIds;
};

// `invitations` and `invitation_teams` (MNG-1/2): every SQL statement about them, in one place. Works on the
// connection it is given, so that a service can use it inside Database::transaction().
class InvitationRepository
{
public:
    explicit InvitationRepository(QSqlDatabase db);

    Result<std::optional<InvitationRecord>> find(qint64 id);
    Result<std::optional<InvitationRecord>> findByTokenHash(const QString& tokenHash);
    Result<QList<qint64>> idsNewestFirst();
    Result<bool> pendingFor(const QString& normalizedEmail, qint64 now); // a pending invitation not expired yet
    Result<qint64> insert(const NewInvitation& invitation);               // with its teams; run it in a transaction

    // Each returns whether the row changed: false when it was no longer pending (someone else acted first).
    Result<bool> renewToken(qint64 id, const QString& tokenHash, qint64 expiresAt, qint64 now);
    Result<bool> revoke(qint64 id, qint64 now);
    Result<bool> markAccepted(qint64 id, const QString& tokenHash, qint64 now); // the single use of a code
    Status setAcceptedUser(qint64 id, qint64 userId);
    Status recordDelivery(qint64 id, const QString& smsSid, const QString& textError, const QString& mailError,
                          qint64 sentAt);
    // The invitation's teams that still exist.
    Result<QList<qint64>> existingTeams(qint64 id);

private:
    Result<std::optional<InvitationRecord>> findWhere(const QString& column, const QVariant& key);

    QSqlDatabase m_db;
};

} // namespace dp::store
