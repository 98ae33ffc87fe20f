// StaffService: invitations by SMS and e-mail with a single-use code that expires (MNG-1, MNG-2).
#include "staffservice.h"

#include "auth/authorizer.h"
#include "auth/invitecode.h"
#include "auth/passwordhash.h"
#include "foundation/phone.h"
#include "foundation/validators.h"
#include "notify/messenger.h"
#include "staffmail.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace dp {
namespace {
// Phone numbers of the staff are read in the organization's national format. Payments are offered in the US and
// Canada (ONB-5), which share it (the North American Numbering Plan); a number abroad is typed with + and its code.
const QString kOrganizationPhoneCountry = QStringLiteral("US");

const char* kInvitationColumns = "id, name, email, phone, role, state, expires_at, invited_by_name, created_at,"
                                 " sent_at, accepted_at, text_error, mail_error";

Invitation readInvitation(const QSqlQuery& q, qint64 now)
{
    Invitation i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.email = q.value(2).toString();
    i.mobile = q.value(3).toString();
    i.role = roleFromKey(q.value(4).toString());
    const QString state = q.value(5).toString();
    i.expiresAt = q.value(6).toLongLong();
    i.invitedBy = q.value(7).toString();
    i.createdAt = q.value(8).toLongLong();
    i.sentAt = q.value(9).toLongLong();
    i.acceptedAt = q.value(10).toLongLong();
    i.textError = q.value(11).toString();
    i.mailError = q.value(12).toString();
    if (state == QLatin1String("accepted"))
        i.state = InvitationState::Accepted;
    else if (state == QLatin1String("revoked"))
        i.state = InvitationState::Revoked;
    else
        i.state = i.expiresAt > now ? InvitationState::Pending : InvitationState::Expired;
    return i;
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

// A bound null QString is SQL NULL; the text columns are NOT NULL.
QString orEmpty(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool insertTeams(QSqlDatabase& db, qint64 invitationId, const QList<qint64>& teamIds, QString* failure)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO invitation_teams (invitation_id, team_id) VALUES (?, ?)"));
    for (qint64 teamId : teamIds) {
        q.addBindValue(invitationId);
        q.addBindValue(teamId);
        if (!q.exec())
            return *failure = q.lastError().text(), false;
    }
    return true;
}

} // namespace

QString invitationStateText(InvitationState state)
{
    switch (state) {
    case InvitationState::Pending: return QCoreApplication::translate("StaffService", "Pending");
    case InvitationState::Accepted: return QCoreApplication::translate("StaffService", "Accepted");
    case InvitationState::Expired: return QCoreApplication::translate("StaffService", "Expired");
    case InvitationState::Revoked: return QCoreApplication::translate("StaffService", "Revoked");
    }
    return {};
}

std::optional<Error> StaffService::validateInvite(const InviteRequest& r)
{
    QList<FieldError> errors; // every field at fault, in the order of the form
    auto check = [&errors](const char* field, const validate::Check& c) {
        if (!c.ok)
            errors.append({QLatin1String(field), c.message});
    };
    check("name", validate::requiredText(r.name, QCoreApplication::translate("StaffService", "The name")));
    const validate::Check emailCheck = validate::email(r.email);
    check("email", emailCheck);
    check("mobile", validate::phoneNumber(r.mobile, kOrganizationPhoneCountry));
    if (r.role != Role::Consultant && r.role != Role::Manager && r.role != Role::Admin)
        errors.append({QStringLiteral("role"), QCoreApplication::translate("StaffService", "Choose a role: Consultant, Manager or Admin.")});
    QSqlQuery q(m_db.connection());
    for (qint64 teamId : r.teamIds) {
        q.prepare(QStringLiteral("SELECT 1 FROM teams WHERE id = ?"));
        q.addBindValue(teamId);
        if (!q.exec() || !q.next()) {
            errors.append({QStringLiteral("teams"), QCoreApplication::translate("StaffService", "One of the chosen teams no longer exists.")});
            break;
        }
    }
    const QString email = r.email.trimmed().toLower();
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE email = ?"));
    q.addBindValue(email);
    if (emailCheck.ok && q.exec() && q.next())
        errors.append({QStringLiteral("email"),
                       QCoreApplication::translate("StaffService", "Someone with this e-mail address is already on the staff.")});
    q.prepare(QStringLiteral("SELECT 1 FROM invitations WHERE email = ? AND state = 'pending' AND expires_at > ?"));
    q.addBindValue(email);
    q.addBindValue(m_clock.nowSecs());
    if (emailCheck.ok && errors.isEmpty() && q.exec() && q.next())
        errors.append({QStringLiteral("email"),
                       QCoreApplication::translate("StaffService", "An invitation to this address is already pending: resend it from the list.")});
    return Error::validation(errors);
}

Result<Invitation> StaffService::loadInvitation(const QString& key, bool byCode)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM invitations WHERE %2 = ?")
                  .arg(QLatin1String(kInvitationColumns), byCode ? QLatin1String("token_hash") : QLatin1String("id")));
    q.addBindValue(byCode ? QVariant(key) : QVariant(key.toLongLong()));
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "read the invitation"), q.lastError().text());
    if (!q.next())
        return Error{Error::Code::NotFound, QCoreApplication::translate("StaffService", "This invitation no longer exists."), {}};
    Invitation invitation = readInvitation(q, m_clock.nowSecs());
    q.prepare(QStringLiteral("SELECT team_id FROM invitation_teams WHERE invitation_id = ? ORDER BY team_id"));
    q.addBindValue(invitation.id);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "read the invitation"), q.lastError().text());
    while (q.next())
        invitation.teamIds.append(q.value(0).toLongLong());
    return invitation;
}

Result<QList<Invitation>> StaffService::invitations(const Session& who)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM invitations ORDER BY created_at DESC, id DESC")))
        return store::storeError(QCoreApplication::translate("StaffService", "read the invitations"), q.lastError().text());
    QList<Invitation> out;
    while (q.next()) {
        auto one = loadInvitation(q.value(0).toString(), false);
        if (!one)
            return one.error();
        out.append(one.value());
    }
    return out;
}

Result<InviteDelivery> StaffService::invite(const Session& who, const InviteRequest& request)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    if (auto invalid = validateInvite(request))
        return *invalid;
    const QString code = invitecode::generate();
    const qint64 now = m_clock.nowSecs();
    qint64 id = 0;
    QString failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO invitations (name, email, phone, role, token_hash, state, expires_at,"
                                 " invited_by, invited_by_name, created_at, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)"));
        q.addBindValue(request.name.trimmed());
        q.addBindValue(request.email.trimmed().toLower());
        q.addBindValue(phone::parse(request.mobile, kOrganizationPhoneCountry).value_or(request.mobile));
        q.addBindValue(roleKey(request.role));
        q.addBindValue(invitecode::hash(invitecode::normalize(code)));
        q.addBindValue(now + kInvitationValidSecs);
        q.addBindValue(who.userId);
        q.addBindValue(orEmpty(who.name));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        id = q.lastInsertId().toLongLong();
        return insertTeams(db, id, request.teamIds, &failure);
    });
    if (!ok)
        return store::storeError(QCoreApplication::translate("StaffService", "save the invitation"), failure);
    audit(who, QStringLiteral("invitation.created"),
          {{QStringLiteral("invitation_id"), id}, {QStringLiteral("email"), request.email.trimmed().toLower()},
           {QStringLiteral("role"), roleKey(request.role)}, {QStringLiteral("teams"), idArray(request.teamIds)}});
    return deliver(id, code);
}

Result<InviteDelivery> StaffService::resend(const Session& who, qint64 invitationId)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    auto found = loadInvitation(QString::number(invitationId), false);
    if (!found)
        return found.error();
    if (found->state == InvitationState::Accepted || found->state == InvitationState::Revoked)
        return Error{Error::Code::Conflict,
                     QCoreApplication::translate("StaffService", "This invitation was %1: it cannot be sent again. Send a new invitation instead.")
                         .arg(invitationStateText(found->state).toLower()),
                     {}};
    const QString code = invitecode::generate();
    const qint64 now = m_clock.nowSecs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE invitations SET token_hash = ?, expires_at = ?, updated_at = ?"
                             " WHERE id = ? AND state = 'pending'"));
    q.addBindValue(invitecode::hash(invitecode::normalize(code)));
    q.addBindValue(now + kInvitationValidSecs);
    q.addBindValue(now);
    q.addBindValue(invitationId);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "save the invitation"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Error{Error::Code::Conflict, QCoreApplication::translate("StaffService", "This invitation was changed meanwhile. Look at the list again."), {}};
    audit(who, QStringLiteral("invitation.resent"),
          {{QStringLiteral("invitation_id"), invitationId}, {QStringLiteral("email"), found->email}});
    return deliver(invitationId, code);
}

Status StaffService::revoke(const Session& who, qint64 invitationId)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    auto found = loadInvitation(QString::number(invitationId), false);
    if (!found)
        return found.error();
    if (found->state == InvitationState::Revoked)
        return Done{};
    if (found->state == InvitationState::Accepted)
        return Error{Error::Code::Conflict,
                     QCoreApplication::translate("StaffService", "%1 has already registered. Deactivate the user instead.").arg(found->name), {}};
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE invitations SET state = 'revoked', updated_at = ? WHERE id = ? AND state = 'pending'"));
    q.addBindValue(m_clock.nowSecs());
    q.addBindValue(invitationId);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "revoke the invitation"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Error{Error::Code::Conflict, QCoreApplication::translate("StaffService", "This invitation was changed meanwhile. Look at the list again."), {}};
    audit(who, QStringLiteral("invitation.revoked"),
          {{QStringLiteral("invitation_id"), invitationId}, {QStringLiteral("email"), found->email}});
    return Done{};
}

Result<InviteDelivery> StaffService::deliver(qint64 invitationId, const QString& code)
{
    auto found = loadInvitation(QString::number(invitationId), false);
    if (!found)
        return found.error();
    staffmail::InvitationContent content;
    content.organization = organizationName();
    content.inviter = found->invitedBy;
    content.invitee = found->name;
    content.role = found->role;
    content.code = code;
    content.expiresAt = found->expiresAt;
    QSqlQuery q(m_db.connection());
    for (qint64 teamId : found->teamIds) {
        q.prepare(QStringLiteral("SELECT name FROM teams WHERE id = ?"));
        q.addBindValue(teamId);
        if (q.exec() && q.next())
            content.teams.append(q.value(0).toString());
    }

    InviteDelivery delivery;
    delivery.code = code;
    QString smsSid, textError, mailError;
    const auto texted = m_messenger.text(found->mobile, staffmail::invitationText(content));
    if (texted)
        smsSid = texted->sid;
    else
        textError = texted.error().message;
    const auto mailed = m_messenger.mail(staffmail::invitationMail(content, found->email));
    if (!mailed)
        mailError = mailed.error().message;
    delivery.textSent = texted.ok();
    delivery.mailSent = mailed.ok();

    q.prepare(QStringLiteral("UPDATE invitations SET sms_sid = ?, text_error = ?, mail_error = ?, sent_at = ?"
                             " WHERE id = ?"));
    q.addBindValue(orEmpty(smsSid));
    q.addBindValue(orEmpty(textError));
    q.addBindValue(orEmpty(mailError));
    q.addBindValue(m_clock.nowSecs());
    q.addBindValue(invitationId);
    if (!q.exec())
        return store::storeError(QCoreApplication::translate("StaffService", "save the invitation"), q.lastError().text());
    auto reloaded = loadInvitation(QString::number(invitationId), false);
    if (!reloaded)
        return reloaded.error();
    delivery.invitation = reloaded.value();
    return delivery;
}

std::optional<Error> StaffService::invitationUsable(const Invitation& invitation)
{
    switch (invitation.state) {
    case InvitationState::Pending:
        return std::nullopt;
    case InvitationState::Accepted:
        return Error::validation(QStringLiteral("code"),
                                 QCoreApplication::translate("StaffService", "This invitation has already been used. Sign in with your e-mail and password."));
    case InvitationState::Expired:
        return Error::validation(QStringLiteral("code"),
                                 QCoreApplication::translate("StaffService", "This invitation has expired. Ask %1 to send it again.").arg(invitation.invitedBy));
    case InvitationState::Revoked:
        return Error::validation(QStringLiteral("code"), QCoreApplication::translate("StaffService", "This invitation was withdrawn. Ask an Admin of your "
                                                           "organization for a new one."));
    }
    return std::nullopt;
}

Result<InvitationPreview> StaffService::lookup(const QString& code)
{
    const QString normalized = invitecode::normalize(code);
    if (normalized.isEmpty())
        return Error::validation(
            QStringLiteral("code"),
            QCoreApplication::translate("StaffService", "An invitation code has 24 letters and digits, like 7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y."));
    auto found = loadInvitation(invitecode::hash(normalized), true);
    if (!found) {
        if (found.error().code != Error::Code::NotFound)
            return found.error();
        return Error::validation(QStringLiteral("code"),
                                 QCoreApplication::translate("StaffService", "This invitation code is not valid. Check it, or use the newest invitation you "
                                   "received."));
    }
    if (auto unusable = invitationUsable(found.value()))
        return *unusable;
    return InvitationPreview{organizationName(), found->name, found->email, found->invitedBy, found->role,
                             found->expiresAt};
}

Result<Session> StaffService::accept(const QString& code, const QString& password)
{
    auto preview = lookup(code);
    if (!preview)
        return preview.error();
    if (auto c = validate::password(password); !c.ok)
        return Error::validation(QStringLiteral("password"), c.message);
    const QString tokenHash = invitecode::hash(invitecode::normalize(code));
    auto found = loadInvitation(tokenHash, true);
    if (!found)
        return found.error();
    const Invitation& inv = found.value();
    const QString hashed = password::hash(password);
    const qint64 now = m_clock.nowSecs();
    qint64 userId = 0;
    QString failure;
    Error refused{};
    bool wasRefused = false;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        // The single use: only the first accept of a pending, unexpired code changes the row.
        q.prepare(QStringLiteral("UPDATE invitations SET state = 'accepted', accepted_at = ?, updated_at = ?"
                                 " WHERE id = ? AND token_hash = ? AND state = 'pending' AND expires_at > ?"));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(inv.id);
        q.addBindValue(tokenHash);
        q.addBindValue(now);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        if (q.numRowsAffected() != 1) {
            refused = Error::validation(QStringLiteral("code"), QCoreApplication::translate("StaffService", "This invitation has already been used. Sign in with "
                                                                  "your e-mail and password."));
            return wasRefused = true, false;
        }
        q.prepare(QStringLiteral("SELECT 1 FROM users WHERE email = ?"));
        q.addBindValue(inv.email);
        if (q.exec() && q.next()) {
            refused = Error{Error::Code::Conflict, QCoreApplication::translate("StaffService", "A user with the e-mail %1 already exists. Sign in instead.")
                                                       .arg(inv.email), QStringLiteral("email")};
            return wasRefused = true, false;
        }
        q.prepare(QStringLiteral("INSERT INTO users (name, email, phone, role, password_hash, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(inv.name);
        q.addBindValue(inv.email);
        q.addBindValue(inv.mobile);
        q.addBindValue(roleKey(inv.role));
        q.addBindValue(hashed);
        q.addBindValue(now);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        userId = q.lastInsertId().toLongLong();
        // Teams deleted since the invitation are skipped.
        q.prepare(QStringLiteral("SELECT t.id FROM teams t JOIN invitation_teams i ON i.team_id = t.id"
                                 " WHERE i.invitation_id = ?"));
        q.addBindValue(inv.id);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        QList<qint64> teams;
        while (q.next())
            teams.append(q.value(0).toLongLong());
        for (qint64 teamId : teams) {
            q.prepare(QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)"));
            q.addBindValue(teamId);
            q.addBindValue(userId);
            if (!q.exec())
                return failure = q.lastError().text(), false;
        }
        q.prepare(QStringLiteral("UPDATE invitations SET accepted_user_id = ? WHERE id = ?"));
        q.addBindValue(userId);
        q.addBindValue(inv.id);
        if (!q.exec())
            return failure = q.lastError().text(), false;
        return true;
    });
    if (wasRefused)
        return refused;
    if (!ok)
        return store::storeError(QCoreApplication::translate("StaffService", "create your user"), failure);
    Session session{userId, inv.name, inv.email, inv.role, false, 0};
    m_auth.refresh(session); // team membership
    audit(session, QStringLiteral("invitation.accepted"),
          {{QStringLiteral("invitation_id"), inv.id}, {QStringLiteral("user_id"), userId},
           {QStringLiteral("email"), inv.email}, {QStringLiteral("role"), roleKey(inv.role)},
           {QStringLiteral("teams"), idArray(inv.teamIds)}, {QStringLiteral("invited_by"), inv.invitedBy}});
    return session;
}

} // namespace dp
