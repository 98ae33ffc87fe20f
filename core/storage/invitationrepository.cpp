#include "invitationrepository.h"

#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace dp::store {
namespace {

const QLatin1String kInvitationColumns("id, name, email, phone, role, state, expires_at, invited_by_name, created_at,"
                                       " sent_at, accepted_at, text_error, mail_error");

InvitationRecord readInvitation(const QSqlRecord& q)
{
    const auto v = [&q](const char* column) { return q.value(QLatin1String(column)); };
    InvitationRecord i;
    i.id = v("id").toLongLong();
    i.name = v("name").toString();
    i.email = v("email").toString();
    i.phone = v("phone").toString();
    i.role = v("role").toString();
    i.state = v("state").toString();
    i.expiresAt = v("expires_at").toLongLong();
    i.invitedByName = v("invited_by_name").toString();
    i.createdAt = v("created_at").toLongLong();
    i.sentAt = v("sent_at").toLongLong();
    i.acceptedAt = v("accepted_at").toLongLong();
    i.textError = v("text_error").toString();
    i.mailError = v("mail_error").toString();
    return i;
}

QString readWhat()
{
    return QCoreApplication::translate("InvitationRepository", "read the invitation");
}

QString saveWhat()
{
    return QCoreApplication::translate("InvitationRepository", "save the invitation");
}

} // namespace

InvitationRepository::InvitationRepository(QSqlDatabase db) : m_db(std::move(db))
{
}

Result<std::optional<InvitationRecord>> InvitationRepository::findWhere(const QString& column, const QVariant& key)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT %1 FROM invitations WHERE %2 = ?").arg(kInvitationColumns, column),
                              {key}, readWhat());
        !s)
        return s.error();
    if (!q.next())
        return std::optional<InvitationRecord>();
    InvitationRecord invitation = readInvitation(q.record());
    if (auto s = runStatement(q, QStringLiteral("SELECT team_id FROM invitation_teams WHERE invitation_id = ? ORDER BY team_id"),
                              {invitation.id}, readWhat());
        !s)
        return s.error();
    while (q.next())
        invitation.teamIds.append(q.record().value(QStringLiteral("team_id")).toLongLong());
    return std::optional<InvitationRecord>(invitation);
}

Result<std::optional<InvitationRecord>> InvitationRepository::find(qint64 id)
{
    return findWhere(QStringLiteral("id"), id);
}

Result<std::optional<InvitationRecord>> InvitationRepository::findByTokenHash(const QString& tokenHash)
{
    return findWhere(QStringLiteral("token_hash"), tokenHash);
}

Result<QList<qint64>> InvitationRepository::idsNewestFirst()
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT id FROM invitations ORDER BY created_at DESC, id DESC"), {},
                              QCoreApplication::translate("InvitationRepository", "read the invitations"));
        !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.record().value(QStringLiteral("id")).toLongLong());
    return out;
}

Result<bool> InvitationRepository::pendingFor(const QString& normalizedEmail, qint64 now)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q, QStringLiteral("SELECT 1 FROM invitations WHERE email = ? AND state = 'pending' AND expires_at > ?"),
                              {normalizedEmail, now}, QCoreApplication::translate("InvitationRepository", "read the invitations"));
        !s)
        return s.error();
    return q.next();
}

Result<qint64> InvitationRepository::insert(const NewInvitation& n)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("INSERT INTO invitations (name, email, phone, role, token_hash, state, expires_at,"
                                             " invited_by, invited_by_name, created_at, updated_at)"
                                             " VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)"),
                              {n.name, n.email, n.phone, n.role, n.tokenHash, n.expiresAt, n.invitedBy, n.invitedByName,
                               n.createdAt, n.createdAt},
                              saveWhat());
        !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    for (qint64 teamId : n.teamIds) {
        if (auto s = runStatement(q, QStringLiteral("INSERT INTO invitation_teams (invitation_id, team_id) VALUES (?, ?)"),
                                  {id, teamId}, saveWhat());
            !s)
            return s.error();
    }
    return id;
}

Result<bool> InvitationRepository::renewToken(qint64 id, const QString& tokenHash, qint64 expiresAt, qint64 now)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("UPDATE invitations SET token_hash = ?, expires_at = ?, updated_at = ?"
                                             " WHERE id = ? AND state = 'pending'"),
                              {tokenHash, expiresAt, now, id}, saveWhat());
        !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Result<bool> InvitationRepository::revoke(qint64 id, qint64 now)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("UPDATE invitations SET state = 'revoked', updated_at = ? WHERE id = ? AND state = 'pending'"),
                              {now, id}, QCoreApplication::translate("InvitationRepository", "revoke the invitation"));
        !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Result<bool> InvitationRepository::markAccepted(qint64 id, const QString& tokenHash, qint64 now)
{
    QSqlQuery q(m_db);
    // Only the first accept of a pending, unexpired code changes the row.
    if (auto s = runStatement(q,
                              QStringLiteral("UPDATE invitations SET state = 'accepted', accepted_at = ?, updated_at = ?"
                                             " WHERE id = ? AND token_hash = ? AND state = 'pending' AND expires_at > ?"),
                              {now, now, id, tokenHash, now}, saveWhat());
        !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Status InvitationRepository::setAcceptedUser(qint64 id, qint64 userId)
{
    QSqlQuery q(m_db);
    return runStatement(q, QStringLiteral("UPDATE invitations SET accepted_user_id = ? WHERE id = ?"), {userId, id}, saveWhat());
}

Status InvitationRepository::recordDelivery(qint64 id, const QString& smsSid, const QString& textError,
                                            const QString& mailError, qint64 sentAt)
{
    QSqlQuery q(m_db);
    return runStatement(q,
                        QStringLiteral("UPDATE invitations SET sms_sid = ?, text_error = ?, mail_error = ?, sent_at = ?"
                                       " WHERE id = ?"),
                        {smsSid, textError, mailError, sentAt, id}, saveWhat());
}

Result<QList<qint64>> InvitationRepository::existingTeams(qint64 id)
{
    QSqlQuery q(m_db);
    if (auto s = runStatement(q,
                              QStringLiteral("SELECT t.id AS team_id FROM teams t JOIN invitation_teams i ON i.team_id = t.id"
                                             " WHERE i.invitation_id = ? ORDER BY t.id"),
                              {id}, readWhat());
        !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.record().value(QStringLiteral("team_id")).toLongLong());
    return out;
}

} // namespace dp::store
