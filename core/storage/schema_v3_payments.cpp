// Schema version 3: payment requests, payments, refunds, payouts, balance transactions and sync state (PAY-1 ... PAY-5).
#include "schema.h"

namespace dp::store {

QStringList schemaV3Payments()
{
    return {
        // PAY-1: a text-to-pay request and the hosted checkout it created.
        QStringLiteral("CREATE TABLE payment_requests (id %ID%, rooftop_id BIGINT NOT NULL, account_id TEXT NOT NULL,"
                       " consultant_id BIGINT NOT NULL, customer_name TEXT NOT NULL, mobile TEXT NOT NULL,"
                       " email TEXT NOT NULL DEFAULT '', amount BIGINT NOT NULL, currency TEXT NOT NULL,"
                       " ro_number TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', state TEXT NOT NULL,"
                       " idem_key TEXT NOT NULL UNIQUE, session_id TEXT NOT NULL DEFAULT '',"
                       " url TEXT NOT NULL DEFAULT '', payment_intent TEXT NOT NULL DEFAULT '',"
                       " charge_id TEXT NOT NULL DEFAULT '', sms_sid TEXT NOT NULL DEFAULT '',"
                       " failure TEXT NOT NULL DEFAULT '', expires_at BIGINT NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX payment_requests_consultant ON payment_requests (consultant_id, created_at)"),
        QStringLiteral("CREATE INDEX payment_requests_session ON payment_requests (session_id)"),
        // PAY-2/3: one row per charge, with fee/net from its balance transaction.
        QStringLiteral("CREATE TABLE payments (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, created BIGINT NOT NULL,"
                       " amount BIGINT NOT NULL, currency TEXT NOT NULL, fee BIGINT NOT NULL DEFAULT 0,"
                       " net BIGINT NOT NULL DEFAULT 0, refunded BIGINT NOT NULL DEFAULT 0, status TEXT NOT NULL,"
                       " customer TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
                       " ro_number TEXT NOT NULL DEFAULT '', consultant TEXT NOT NULL DEFAULT '',"
                       " team TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
                       " card_brand TEXT NOT NULL DEFAULT '', card_last4 TEXT NOT NULL DEFAULT '',"
                       " receipt_url TEXT NOT NULL DEFAULT '', receipt_number TEXT NOT NULL DEFAULT '',"
                       " payment_intent TEXT NOT NULL DEFAULT '', balance_txn TEXT NOT NULL DEFAULT '',"
                       " payout_id TEXT NOT NULL DEFAULT '', failure TEXT NOT NULL DEFAULT '',"
                       " request_id BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX payments_created ON payments (created)"),
        QStringLiteral("CREATE INDEX payments_account_created ON payments (account_id, created)"),
        QStringLiteral("CREATE INDEX payments_status_created ON payments (status, created)"),
        QStringLiteral("CREATE INDEX payments_ro ON payments (ro_number)"),
        QStringLiteral("CREATE INDEX payments_payout ON payments (payout_id)"),
        QStringLiteral("CREATE INDEX payments_consultant ON payments (consultant, created)"),
        // PAY-3 search: full-text index over the words people type (SQLite FTS5; PostgreSQL uses ILIKE).
        QStringLiteral("SQLITE:CREATE VIRTUAL TABLE payments_fts USING fts5(id, customer, ro_number, consultant,"
                       " description, email, content='payments', content_rowid='rowid', tokenize='unicode61')"),
        QStringLiteral("SQLITE:CREATE TRIGGER payments_fts_ai AFTER INSERT ON payments BEGIN"
                       " INSERT INTO payments_fts (rowid, id, customer, ro_number, consultant, description, email)"
                       " VALUES (new.rowid, new.id, new.customer, new.ro_number, new.consultant, new.description, new.email); END"),
        QStringLiteral("SQLITE:CREATE TRIGGER payments_fts_ad AFTER DELETE ON payments BEGIN"
                       " INSERT INTO payments_fts (payments_fts, rowid, id, customer, ro_number, consultant, description, email)"
                       " VALUES ('delete', old.rowid, old.id, old.customer, old.ro_number, old.consultant, old.description,"
                       " old.email); END"),
        QStringLiteral("SQLITE:CREATE TRIGGER payments_fts_au AFTER UPDATE OF customer, ro_number, consultant, description,"
                       " email ON payments BEGIN"
                       " INSERT INTO payments_fts (payments_fts, rowid, id, customer, ro_number, consultant, description, email)"
                       " VALUES ('delete', old.rowid, old.id, old.customer, old.ro_number, old.consultant, old.description,"
                       " old.email);"
                       " INSERT INTO payments_fts (rowid, id, customer, ro_number, consultant, description, email)"
                       " VALUES (new.rowid, new.id, new.customer, new.ro_number, new.consultant, new.description, new.email); END"),
        // PAY-5: refunds; a refund the app sends is first stored in pending_ops with its idempotency key.
        QStringLiteral("CREATE TABLE refunds (id TEXT PRIMARY KEY, charge_id TEXT NOT NULL, account_id TEXT NOT NULL,"
                       " amount BIGINT NOT NULL, currency TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL, created BIGINT NOT NULL, requested_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX refunds_charge ON refunds (charge_id)"),
        QStringLiteral("CREATE TABLE payouts (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, amount BIGINT NOT NULL,"
                       " currency TEXT NOT NULL, status TEXT NOT NULL, arrival_date BIGINT NOT NULL,"
                       " created BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE balance_transactions (id TEXT PRIMARY KEY, account_id TEXT NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, amount BIGINT NOT NULL,"
                       " fee BIGINT NOT NULL, net BIGINT NOT NULL, currency TEXT NOT NULL,"
                       " payout_id TEXT NOT NULL DEFAULT '', created BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX balance_transactions_source ON balance_transactions (source)"),
        // Sync: where each account's backfill of each resource stopped, and the events cursor.
        QStringLiteral("CREATE TABLE sync_state (account_id TEXT NOT NULL, resource TEXT NOT NULL,"
                       " cursor TEXT NOT NULL DEFAULT '', done INTEGER NOT NULL DEFAULT 0,"
                       " events_since BIGINT NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (account_id, resource))"),
    };
}

} // namespace dp::store
