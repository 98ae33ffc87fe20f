// Schema version 2: invitations, payout e-mail recipients and notifications (MNG-1 ... MNG-5).
#include "schema.h"

namespace dp::store {

QStringList schemaV2Staff()
{
    return {
        // MNG-1/2: one row per invitation. Only the SHA-256 of the single-use code is kept; a resend replaces it.
        // state is pending | accepted | revoked (Expired is a pending row past expires_at).
        QStringLiteral("CREATE TABLE invitations (id %ID%, name TEXT NOT NULL, email TEXT NOT NULL,"
                       " phone TEXT NOT NULL, role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,"
                       " state TEXT NOT NULL DEFAULT 'pending', expires_at BIGINT NOT NULL,"
                       " invited_by BIGINT NOT NULL, invited_by_name TEXT NOT NULL,"
                       " sms_sid TEXT NOT NULL DEFAULT '', text_error TEXT NOT NULL DEFAULT '',"
                       " mail_error TEXT NOT NULL DEFAULT '', sent_at BIGINT NOT NULL DEFAULT 0,"
                       " accepted_user_id BIGINT NOT NULL DEFAULT 0, accepted_at BIGINT NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX invitations_email ON invitations (email, state)"),
        QStringLiteral("CREATE TABLE invitation_teams (invitation_id BIGINT NOT NULL, team_id BIGINT NOT NULL,"
                       " PRIMARY KEY (invitation_id, team_id))"),
        // MNG-5: the users who receive the e-mail of each bank payout, and since when (no mail for older payouts).
        QStringLiteral("CREATE TABLE payout_recipients (user_id BIGINT PRIMARY KEY, added_at BIGINT NOT NULL)"),
        // MNG-5 outbox: one row per payout, inserted before the e-mail goes out and marked sent after, so that a
        // second run or a restart never sends it twice. state is pending | sending | sent | skipped.
        QStringLiteral("CREATE TABLE payout_notifications (payout_id TEXT PRIMARY KEY, account_id TEXT NOT NULL,"
                       " amount BIGINT NOT NULL, currency TEXT NOT NULL, arrival_date BIGINT NOT NULL,"
                       " payment_count INTEGER NOT NULL, state TEXT NOT NULL, recipients TEXT NOT NULL DEFAULT '',"
                       " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL DEFAULT 0,"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL, sent_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX payout_notifications_state ON payout_notifications (state)"),
        // Where the notifier is in each connected account's payout.paid events (separate from the status cursor).
        QStringLiteral("CREATE TABLE payout_notify_cursor (account_id TEXT PRIMARY KEY, cursor BIGINT NOT NULL)"),
    };
}

} // namespace dp::store
