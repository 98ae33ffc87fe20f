#pragma once

#include "auth/session.h"
#include "foundation/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dp {
class Authorizer;
class Clock;
namespace notify {
class Messenger;
}
namespace store {
class Database;
class AuditLog;
}

enum class InvitationState
{
    Pending,
    Accepted,
    Expired, // still pending in the store, but past its expiry
    Revoked,
};
QString invitationStateText(InvitationState state); // translated

// MNG-1: what the "Invite consultant" box sends.
struct InviteRequest
{
    QString name;
    QString email;
    QString mobile; // E.164; spaces and hyphens allowed as typed
    Role role = Role::Consultant;
    QList<qint64> teamIds;
};

struct Invitation
{
    qint64 id = 0;
    QString name, email, mobile;
    Role role = Role::Consultant;
    QList<qint64> teamIds;
    InvitationState state = InvitationState::Pending;
    QString invitedBy;
    qint64 createdAt = 0, sentAt = 0, expiresAt = 0, acceptedAt = 0;
    QString textError, mailError; // why the last text / e-mail did not go out (empty when it did)
};

// The outcome of invite() and resend(): the invitation is stored even when a channel failed, so that the Admin can
// resend or hand over the code in person.
struct InviteDelivery
{
    Invitation invitation;
    QString code; // the single-use code, formatted; never stored
    bool textSent = false;
    bool mailSent = false;
};

// What the invitee sees before choosing a password.
struct InvitationPreview
{
    QString organization, name, email, invitedBy;
    Role role = Role::Consultant;
    qint64 expiresAt = 0;
};

struct StaffMember
{
    qint64 id = 0;
    QString name, email, phone;
    Role role = Role::Consultant;
    bool active = true;
    QList<qint64> teamIds;
};

struct Team
{
    qint64 id = 0;
    QString name;
    bool takesPayments = false;
    QList<qint64> memberIds;
};

// Staff of the organization (MNG-1 ... MNG-5): invitations by SMS and e-mail, roles, teams, deactivation, password
// change and who receives the payout e-mail. Every restricted call checks Permission::ManageStaff through the
// Authorizer first, and every change of role, team or user is written to the audit log.
class StaffService
{
public:
    static constexpr qint64 kInvitationValidSecs = 7 * 24 * 60 * 60;

    StaffService(store::Database& db, store::AuditLog& audit, Authorizer& auth, notify::Messenger& messenger,
                 Clock& clock);

    // MNG-1/2 invitations. invite() validates every field (Error::field: name, email, mobile, role, teams), stores the
    // invitation with a fresh single-use code valid kInvitationValidSecs, then texts and e-mails the link.
    Result<InviteDelivery> invite(const Session& who, const InviteRequest& request);
    // A new code and a new expiry for a pending or expired invitation; the old code stops working.
    Result<InviteDelivery> resend(const Session& who, qint64 invitationId);
    Status revoke(const Session& who, qint64 invitationId);
    Result<QList<Invitation>> invitations(const Session& who);
    // The invitee's side (no session): the code as pasted or from the dealerpay:// link.
    Result<InvitationPreview> lookup(const QString& code);
    // Creates the user with the invitation's role and teams and returns their session. A code works once.
    Result<Session> accept(const QString& code, const QString& password);

    // MNG-4 users.
    Result<QList<StaffMember>> staff(const Session& who);
    Status changeRole(const Session& who, qint64 userId, Role role);
    // Deactivated users are refused at their next action (Authorizer). Not yourself, not the last active Admin.
    Status setActive(const Session& who, qint64 userId, bool active);
    // Any signed-in user, for themselves: the current password, then the new one.
    Status changePassword(const Session& who, const QString& currentPassword, const QString& newPassword);

    // MNG-3 teams. A Manager sees the Payments tab only while in a team that takes payments (tabsFor()).
    Result<QList<Team>> teams(const Session& who);
    Result<Team> createTeam(const Session& who, const QString& name, bool takesPayments);
    Status renameTeam(const Session& who, qint64 teamId, const QString& name);
    Status setTakesPayments(const Session& who, qint64 teamId, bool takesPayments);
    Status addMember(const Session& who, qint64 teamId, qint64 userId);
    Status removeMember(const Session& who, qint64 teamId, qint64 userId);

    // MNG-5: the users who receive the e-mail of each bank payout (PayoutNotifier).
    Result<QList<qint64>> payoutRecipients(const Session& who);
    Status setPayoutRecipients(const Session& who, const QList<qint64>& userIds);

private:
    std::optional<Error> validateInvite(const InviteRequest& request);
    // One invitation by id, or by the hash of its code (`byCode`); NotFound when there is none.
    Result<Invitation> loadInvitation(const QString& key, bool byCode);
    std::optional<Error> invitationUsable(const Invitation& invitation);
    Result<InviteDelivery> deliver(qint64 invitationId, const QString& code);
    Result<StaffMember> member(qint64 userId);
    Result<Team> team(qint64 teamId);
    std::optional<Error> validateTeamName(const QString& name, qint64 exceptTeamId);
    Status changeMembership(const Session& who, qint64 teamId, qint64 userId, bool add);
    QString organizationName();
    void audit(const Session& who, const QString& action, const QJsonObject& details);

    store::Database& m_db;
    store::AuditLog& m_audit;
    Authorizer& m_auth;
    notify::Messenger& m_messenger;
    Clock& m_clock;
};

} // namespace dp
