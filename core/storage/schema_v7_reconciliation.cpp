// Schema version 7: the daily reconciliation (PAY-8, REL-4): DMS cashier exports and their lines, bank statements
// and their deposits, matches and their items, and the state of each reconciled day.
#include "schema.h"

namespace dp::store {

QStringList schemaV7Reconciliation()
{
    return {
        // One row per imported DMS file; the same file (same bytes) for the same rooftop is imported once.
        QStringLiteral("CREATE TABLE dms_imports (id %ID%, rooftop_id BIGINT NOT NULL DEFAULT 0,"
                       " dms_name TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL DEFAULT '', file_hash TEXT NOT NULL,"
                       " encoding TEXT NOT NULL DEFAULT '', separator TEXT NOT NULL DEFAULT '',"
                       " line_count INTEGER NOT NULL DEFAULT 0, new_lines INTEGER NOT NULL DEFAULT 0,"
                       " imported_by BIGINT NOT NULL DEFAULT 0, imported_by_name TEXT NOT NULL DEFAULT '',"
                       " imported_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX dms_imports_hash ON dms_imports (rooftop_id, file_hash)"),
        // One row per DMS cashier line. line_key identifies the line's content so that a re-import adds nothing.
        QStringLiteral("CREATE TABLE dms_lines (id %ID%, import_id BIGINT NOT NULL, rooftop_id BIGINT NOT NULL DEFAULT 0,"
                       " account_id TEXT NOT NULL DEFAULT '', business_date TEXT NOT NULL, at BIGINT NOT NULL DEFAULT 0,"
                       " ro_number TEXT NOT NULL DEFAULT '', ro_key TEXT NOT NULL DEFAULT '', amount BIGINT NOT NULL,"
                       " currency TEXT NOT NULL, payment_type TEXT NOT NULL DEFAULT '',"
                       " reference TEXT NOT NULL DEFAULT '', customer TEXT NOT NULL DEFAULT '',"
                       " line_number INTEGER NOT NULL DEFAULT 0, line_key TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX dms_lines_key ON dms_lines (rooftop_id, line_key)"),
        QStringLiteral("CREATE INDEX dms_lines_date ON dms_lines (business_date, rooftop_id)"),
        // The column mapping a person chose for a DMS whose header is not recognized, per DMS name (JSON).
        QStringLiteral("CREATE TABLE dms_mappings (dms_name TEXT PRIMARY KEY, mapping TEXT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
        // Bank statements (CSV, OFX) and their transactions, deduplicated on FITID or date + amount + reference.
        QStringLiteral("CREATE TABLE bank_imports (id %ID%, rooftop_id BIGINT NOT NULL DEFAULT 0,"
                       " file_name TEXT NOT NULL DEFAULT '', file_hash TEXT NOT NULL, format TEXT NOT NULL,"
                       " line_count INTEGER NOT NULL DEFAULT 0, new_lines INTEGER NOT NULL DEFAULT 0,"
                       " imported_by BIGINT NOT NULL DEFAULT 0, imported_by_name TEXT NOT NULL DEFAULT '',"
                       " imported_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE bank_deposits (id %ID%, import_id BIGINT NOT NULL, rooftop_id BIGINT NOT NULL DEFAULT 0,"
                       " posted_date TEXT NOT NULL, amount BIGINT NOT NULL, currency TEXT NOT NULL,"
                       " fitid TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '', memo TEXT NOT NULL DEFAULT '',"
                       " reference TEXT NOT NULL DEFAULT '', line_number INTEGER NOT NULL DEFAULT 0,"
                       " dedupe_key TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX bank_deposits_key ON bank_deposits (rooftop_id, dedupe_key)"),
        QStringLiteral("CREATE INDEX bank_deposits_date ON bank_deposits (posted_date)"),
        // A match (auto or manual) and the items it holds; an undone match stays, inactive, with who undid it and why.
        QStringLiteral("CREATE TABLE recon_matches (id %ID%, business_date TEXT NOT NULL, rooftop_id BIGINT NOT NULL DEFAULT 0,"
                       " kind TEXT NOT NULL, rule TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
                       " user_id BIGINT NOT NULL DEFAULT 0, user_name TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1, undone_by BIGINT NOT NULL DEFAULT 0,"
                       " undone_by_name TEXT NOT NULL DEFAULT '', undone_at BIGINT NOT NULL DEFAULT 0,"
                       " undo_note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX recon_matches_day ON recon_matches (business_date, rooftop_id)"),
        QStringLiteral("CREATE TABLE recon_match_items (match_id BIGINT NOT NULL, item_type TEXT NOT NULL,"
                       " item_id TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)"),
        // An item is in at most one active match.
        QStringLiteral("CREATE UNIQUE INDEX recon_match_items_active ON recon_match_items (item_type, item_id)"
                       " WHERE active = 1"),
        QStringLiteral("CREATE INDEX recon_match_items_item ON recon_match_items (item_type, item_id)"),
        QStringLiteral("CREATE INDEX recon_match_items_match ON recon_match_items (match_id)"),
        // The state of each reconciled day; rooftop_id 0 is the day of all rooftops. row_version: optimistic locking.
        QStringLiteral("CREATE TABLE reconciliation_days (rooftop_id BIGINT NOT NULL, business_date TEXT NOT NULL,"
                       " time_zone TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'open',"
                       " row_version BIGINT NOT NULL DEFAULT 1, closed_by BIGINT NOT NULL DEFAULT 0,"
                       " closed_by_name TEXT NOT NULL DEFAULT '', closed_at BIGINT NOT NULL DEFAULT 0,"
                       " reopened_by BIGINT NOT NULL DEFAULT 0, reopened_by_name TEXT NOT NULL DEFAULT '',"
                       " reopened_at BIGINT NOT NULL DEFAULT 0, reopen_reason TEXT NOT NULL DEFAULT '',"
                       " updated_at BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (rooftop_id, business_date))"),
        // The day's reads: refunds by time, payouts by arrival.
        QStringLiteral("CREATE INDEX recon_refunds_created ON refunds (created)"),
        QStringLiteral("CREATE INDEX recon_payouts_arrival ON payouts (arrival_date)"),
    };
}

} // namespace dp::store
