// Schema version 1: organization, users, teams, rooftops, events, audit log, pending operations.
#include "schema.h"

namespace dp::store {

QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE organization (id %ID%, name TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE users (id %ID%, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE,"
                       " phone TEXT NOT NULL DEFAULT '', role TEXT NOT NULL, password_hash TEXT NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1, demo INTEGER NOT NULL DEFAULT 0,"
                       " failed_logins INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE teams (id %ID%, name TEXT NOT NULL UNIQUE,"
                       " takes_payments INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE team_members (team_id BIGINT NOT NULL, user_id BIGINT NOT NULL,"
                       " PRIMARY KEY (team_id, user_id))"),
        QStringLiteral("CREATE TABLE rooftops (id %ID%, name TEXT NOT NULL, account_id TEXT UNIQUE,"
                       " create_key TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT 'US',"
                       " status TEXT NOT NULL DEFAULT 'not_connected',"
                       " charges_enabled INTEGER NOT NULL DEFAULT 0, payouts_enabled INTEGER NOT NULL DEFAULT 0,"
                       " details_submitted INTEGER NOT NULL DEFAULT 0, currently_due TEXT NOT NULL DEFAULT '',"
                       " disabled_reason TEXT NOT NULL DEFAULT '', statement_descriptor TEXT NOT NULL DEFAULT '',"
                       " payout_interval TEXT NOT NULL DEFAULT 'daily', payout_delay_days INTEGER NOT NULL DEFAULT 2,"
                       " payout_weekly_anchor TEXT NOT NULL DEFAULT '', payout_monthly_anchor INTEGER NOT NULL DEFAULT 0,"
                       " bank_name TEXT NOT NULL DEFAULT '', bank_last4 TEXT NOT NULL DEFAULT '',"
                       " tax_id_provided INTEGER NOT NULL DEFAULT 0, tax_id_last4 TEXT NOT NULL DEFAULT '',"
                       " event_cursor BIGINT NOT NULL DEFAULT 0,"
                       " updated_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE org_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE events_seen (id TEXT PRIMARY KEY, type TEXT NOT NULL,"
                       " account TEXT NOT NULL DEFAULT '', created BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log (id %ID%, at BIGINT NOT NULL, user_id BIGINT NOT NULL,"
                       " user_name TEXT NOT NULL, action TEXT NOT NULL, details TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE pending_ops (idem_key TEXT PRIMARY KEY, kind TEXT NOT NULL,"
                       " subject TEXT NOT NULL, payload TEXT NOT NULL, state TEXT NOT NULL,"
                       " result TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        };
}

} // namespace dp::store
