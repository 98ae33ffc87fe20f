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
#include "storage/invitationrepository.h"
#include "storage/teamrepository.h"
#include "storage/userrepository.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dp {
namespace {
// Phone numbers of the staff are read in the organization's national format. Payments are offered in the US and
// Canada (ONB-5), which share it (the North American Numbering Plan); a number abroad is typed with + and its code.
const QString kOrganizationPhoneCountry = QStringLiteral("US");

Invitation toInvitation(const store::InvitationRecord& r, qint64 now)
{
    Invitation i;
    i.id = r.id;
    i.name = r.name;
    i.email = r.email;
    i.mobile = r.phone;
    i.role = roleFromKey(r.role);
    i.expiresAt = r.expiresAt;
    i.invitedBy = r.invitedByName;
    i.createdAt = r.createdAt;
    i.sentAt = r.sentAt;
    i.acceptedAt = r.acceptedAt;
    i.textError = r.textError;
    i.mailError = r.mailError;
    i.teamIds = r.teamIds;
    if (r.state == QLatin1String("accepted"))
        i.state = InvitationState::Accepted;
    else if (r.state == QLatin1String("revoked"))
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
    QSqlDatabase db = m_db.connection();
    store::TeamRepository teams(db);
    for (qint64 teamId : r.teamIds) {
        const auto exists = teams.exists(teamId);
        if (!exists)
            return exists.error();
        if (!exists.value()) {
            errors.append({QStringLiteral("teams"), QCoreApplication::translate("StaffService", "One of the chosen teams no longer exists.")});
            break;
        }
    }
    const QString email = r.email.trimmed().toLower();
    if (emailCheck.ok) {
        const auto taken = store::UserRepository(db).emailTaken(email);
        if (!taken)
            return taken.error();
        if (taken.value())
            errors.append({QStringLiteral("email"),
                           QCoreApplication::translate("StaffService", "Someone with this e-mail address is already on the staff.")});
    }
    if (emailCheck.ok && errors.isEmpty()) {
        const auto pending = store::InvitationRepository(db).pendingFor(email, m_clock.nowSecs());
        if (!pending)
            return pending.error();
        if (pending.value())
            errors.append({QStringLiteral("email"),
                           QCoreApplication::translate("StaffService", "An invitation to this address is already pending: resend it from the list.")});
    }
    return Error::validation(errors);
}

Result<Invitation> StaffService::loadInvitation(const QString& key, bool byCode)
{
    store::InvitationRepository invitations(m_db.connection());
    const auto found = byCode ? invitations.findByTokenHash(key) : invitations.find(key.toLongLong());
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::NotFound, QCoreApplication::translate("StaffService", "This invitation no longer exists."), {}};
    return toInvitation(*found.value(), m_clock.nowSecs());
}

Result<QList<Invitation>> StaffService::invitations(const Session& who)
{
    if (auto denied = m_auth.check(who, Permission::ManageStaff))
        return *denied;
    const auto ids = store::InvitationRepository(m_db.connection()).idsNewestFirst();
    if (!ids)
        return ids.error();
    QList<Invitation> out;
    for (qint64 id : ids.value()) {
        auto one = loadInvitation(QString::number(id), false);
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
    std::optional<Error> failure;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::NewInvitation row;
        row.name = request.name.trimmed();
        row.email = request.email.trimmed().toLower();
        row.phone = phone::parse(request.mobile, kOrganizationPhoneCountry).value_or(request.mobile);
        row.role = roleKey(request.role);
        row.tokenHash = invitecode::hash(invitecode::normalize(code));
        row.invitedBy = who.userId;
        row.invitedByName = who.name;
        row.expiresAt = now + kInvitationValidSecs;
        row.createdAt = now;
        row.teamIds = request.teamIds;
        const auto inserted = store::InvitationRepository(db).insert(row);
        if (!inserted)
            return failure = inserted.error(), false;
        id = inserted.value();
        return true;
    });
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("StaffService", "save the invitation"), {});
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
    const auto renewed = store::InvitationRepository(m_db.connection())
                             .renewToken(invitationId, invitecode::hash(invitecode::normalize(code)),
                                         now + kInvitationValidSecs, now);
    if (!renewed)
        return renewed.error();
    if (!renewed.value())
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
    const auto revoked = store::InvitationRepository(m_db.connection()).revoke(invitationId, m_clock.nowSecs());
    if (!revoked)
        return revoked.error();
    if (!revoked.value())
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
    store::TeamRepository teams(m_db.connection());
    for (qint64 teamId : found->teamIds) {
        const auto team = teams.find(teamId);
        if (!team)
            return team.error();
        if (team.value()) // a team deleted since is left out
            content.teams.append(team.value()->name);
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

    if (auto saved = store::InvitationRepository(m_db.connection())
                         .recordDelivery(invitationId, smsSid, textError, mailError, m_clock.nowSecs());
        !saved)
        return saved.error();
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
    std::optional<Error> failure;
    Error refused{};
    bool wasRefused = false;
    const bool ok = m_db.transaction([&](QSqlDatabase& db) {
        store::InvitationRepository invitations(db);
        store::UserRepository users(db);
        const auto claimed = invitations.markAccepted(inv.id, tokenHash, now);
        if (!claimed)
            return failure = claimed.error(), false;
        if (!claimed.value()) {
            refused = Error::validation(QStringLiteral("code"), QCoreApplication::translate("StaffService", "This invitation has already been used. Sign in with "
                                                                  "your e-mail and password."));
            return wasRefused = true, false;
        }
        const auto taken = users.emailTaken(inv.email);
        if (!taken)
            return failure = taken.error(), false;
        if (taken.value()) {
            refused = Error{Error::Code::Conflict, QCoreApplication::translate("StaffService", "A user with the e-mail %1 already exists. Sign in instead.")
                                                       .arg(inv.email), QStringLiteral("email")};
            return wasRefused = true, false;
        }
        const auto created = users.insertUser({inv.name, inv.email, inv.mobile, roleKey(inv.role), hashed, false, now});
        if (!created)
            return failure = created.error(), false;
        userId = created.value();
        // Teams deleted since the invitation are skipped.
        const auto teams = invitations.existingTeams(inv.id);
        if (!teams)
            return failure = teams.error(), false;
        store::TeamRepository memberships(db);
        for (qint64 teamId : teams.value()) {
            if (auto added = memberships.addMember(teamId, userId); !added)
                return failure = added.error(), false;
        }
        if (auto linked = invitations.setAcceptedUser(inv.id, userId); !linked)
            return failure = linked.error(), false;
        return true;
    });
    if (wasRefused)
        return refused;
    if (!ok)
        return failure ? *failure : store::storeError(QCoreApplication::translate("StaffService", "create your user"), {});
    Session session{userId, inv.name, inv.email, inv.role, false, 0};
    m_auth.refresh(session); // team membership
    audit(session, QStringLiteral("invitation.accepted"),
          {{QStringLiteral("invitation_id"), inv.id}, {QStringLiteral("user_id"), userId},
           {QStringLiteral("email"), inv.email}, {QStringLiteral("role"), roleKey(inv.role)},
           {QStringLiteral("teams"), idArray(inv.teamIds)}, {QStringLiteral("invited_by"), inv.invitedBy}});
    return session;
}

} // namespace dp
