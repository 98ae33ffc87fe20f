#!/usr/bin/python3
"""PERF-1 peer: what a competent developer would script with the official Stripe Python SDK.

Syncs every connected account the API lists into a SQLite file with a schema comparable to DealerPay's store:
charges (fee and net from the expanded balance transaction), refunds, payouts, the balance transactions of each
paid payout (to know which payout holds which charge) and the events since the start of the run (less a minute,
as DealerPay's first sync does). The SDK's auto-paging with limit=100, one thread per account, one executemany per
page and one commit per page.

Usage: /usr/bin/python3 sdk_peer_sync.py --api-base URL --db FILE [--api-key KEY]
Prints one JSON line: {"seconds": ..., "objects": ..., "charges": ..., "refunds": ..., "payouts": ...,
"payout_transactions": ..., "events": ..., "requests": ...}
(Debian's python3-stripe is installed for /usr/bin/python3.)
"""
import argparse
import json
import os
import sqlite3
import sys
import threading
import time

import stripe

SCHEMA = """
CREATE TABLE IF NOT EXISTS payments (
  id TEXT PRIMARY KEY, account_id TEXT NOT NULL, created INTEGER NOT NULL, amount INTEGER NOT NULL,
  currency TEXT NOT NULL, fee INTEGER NOT NULL DEFAULT 0, net INTEGER NOT NULL DEFAULT 0,
  refunded INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, customer TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '', ro_number TEXT NOT NULL DEFAULT '', consultant TEXT NOT NULL DEFAULT '',
  team TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', card_brand TEXT NOT NULL DEFAULT '',
  card_last4 TEXT NOT NULL DEFAULT '', receipt_url TEXT NOT NULL DEFAULT '', receipt_number TEXT NOT NULL DEFAULT '',
  payment_intent TEXT NOT NULL DEFAULT '', balance_txn TEXT NOT NULL DEFAULT '', failure TEXT NOT NULL DEFAULT '',
  payout_id TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS payments_created ON payments (created);
CREATE TABLE IF NOT EXISTS refunds (
  id TEXT PRIMARY KEY, charge_id TEXT NOT NULL, account_id TEXT NOT NULL, amount INTEGER NOT NULL,
  currency TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, created INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS payouts (
  id TEXT PRIMARY KEY, account_id TEXT NOT NULL, amount INTEGER NOT NULL, currency TEXT NOT NULL,
  status TEXT NOT NULL, arrival_date INTEGER NOT NULL, created INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS events_seen (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, account TEXT NOT NULL, created INTEGER NOT NULL);
"""

EVENT_TYPES = ["charge.succeeded", "charge.failed", "charge.refunded", "charge.updated", "refund.created",
               "refund.updated", "payout.created", "payout.updated", "payout.paid", "payout.failed",
               "checkout.session.completed", "checkout.session.expired", "checkout.session.viewed",
               "payment_intent.requires_action", "payment_intent.payment_failed"]


def connect(path):
    db = sqlite3.connect(path, timeout=30)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def s(value):
    return value if isinstance(value, str) else ""


def charge_row(account, c):
    txn = c.get("balance_transaction")
    fee = net = 0
    txn_id = ""
    if isinstance(txn, dict):
        fee, net, txn_id = txn.get("fee", 0), txn.get("net", 0), txn.get("id", "")
    elif isinstance(txn, str):
        txn_id = txn
    metadata = c.get("metadata") or {}
    billing = c.get("billing_details") or {}
    card = (c.get("payment_method_details") or {}).get("card") or {}
    intent = c.get("payment_intent")
    return (c["id"], account, c["created"], c["amount"], c["currency"], fee, net, c.get("amount_refunded", 0),
            c["status"], s(metadata.get("customer_name")) or s(billing.get("name")),
            s(c.get("receipt_email")) or s(billing.get("email")), s(metadata.get("ro_number")),
            s(metadata.get("consultant")), s(metadata.get("team")), s(c.get("description")), s(card.get("brand")),
            s(card.get("last4")), s(c.get("receipt_url")), s(c.get("receipt_number")),
            intent if isinstance(intent, str) else s((intent or {}).get("id")), txn_id, s(c.get("failure_message")))


UPSERT_CHARGE = (
    "INSERT INTO payments (id, account_id, created, amount, currency, fee, net, refunded, status, customer, email,"
    " ro_number, consultant, team, description, card_brand, card_last4, receipt_url, receipt_number, payment_intent,"
    " balance_txn, failure) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
    " ON CONFLICT (id) DO UPDATE SET amount = excluded.amount, fee = excluded.fee, net = excluded.net,"
    " refunded = excluded.refunded, status = excluded.status")
UPSERT_REFUND = (
    "INSERT INTO refunds (id, charge_id, account_id, amount, currency, reason, status, created)"
    " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET status = excluded.status")
UPSERT_PAYOUT = (
    "INSERT INTO payouts (id, account_id, amount, currency, status, arrival_date, created) VALUES (?,?,?,?,?,?,?)"
    " ON CONFLICT (id) DO UPDATE SET status = excluded.status, arrival_date = excluded.arrival_date")
LINK = "UPDATE payments SET payout_id = ? WHERE id = ?"
SEEN = "INSERT INTO events_seen (id, type, account, created) VALUES (?,?,?,?) ON CONFLICT (id) DO NOTHING"


def pages(list_object):
    """The first page and every following one (the SDK's own next_page, limit=100)."""
    page = list_object
    while True:
        yield page
        if not page.has_more or page.is_empty:
            return
        page = page.next_page()


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.values = {"charges": 0, "refunds": 0, "payouts": 0, "payout_transactions": 0, "events": 0,
                       "requests": 0}

    def add(self, key, n):
        with self.lock:
            self.values[key] += n
            self.values["requests"] += 1


def sync_account(db_path, account, since, counts, errors):
    try:
        db = connect(db_path)
        for page in pages(stripe.Charge.list(limit=100, expand=["data.balance_transaction"], stripe_account=account)):
            db.executemany(UPSERT_CHARGE, [charge_row(account, c) for c in page.data])
            db.commit()
            counts.add("charges", len(page.data))
        for page in pages(stripe.Refund.list(limit=100, stripe_account=account)):
            db.executemany(UPSERT_REFUND, [(r["id"], s(r.get("charge")), account, r["amount"], r["currency"],
                                            s(r.get("reason")), r["status"], r["created"]) for r in page.data])
            db.commit()
            counts.add("refunds", len(page.data))
        paid = []
        for page in pages(stripe.Payout.list(limit=100, stripe_account=account)):
            db.executemany(UPSERT_PAYOUT, [(p["id"], account, p["amount"], p["currency"], p["status"],
                                            p["arrival_date"], p["created"]) for p in page.data])
            db.commit()
            counts.add("payouts", len(page.data))
            paid += [p["id"] for p in page.data if p["status"] == "paid"]
        for payout in paid:
            for page in pages(stripe.BalanceTransaction.list(limit=100, payout=payout, stripe_account=account)):
                db.executemany(LINK, [(payout, t["source"]) for t in page.data
                                      if t["type"] in ("charge", "payment") and isinstance(t.get("source"), str)])
                db.commit()
                counts.add("payout_transactions", len(page.data))
        for page in pages(stripe.Event.list(limit=100, types=EVENT_TYPES, created={"gte": since},
                                            stripe_account=account)):
            db.executemany(SEEN, [(e["id"], e["type"], account, e["created"]) for e in page.data])
            db.commit()
            counts.add("events", len(page.data))
        db.close()
    except Exception as error:  # reported by the main thread
        errors.append("%s: %s" % (account, error))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--api-base", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--api-key", default=os.environ.get("DEALERPAY_API_KEY", "sk_test_bench_peer_0123456789"))
    args = parser.parse_args()
    stripe.api_key = args.api_key
    stripe.api_base = args.api_base.rstrip("/")
    stripe.max_network_retries = 2

    started = time.perf_counter()
    since = int(time.time()) - 60
    db = connect(args.db)
    db.executescript(SCHEMA)
    db.close()
    counts = Counter()
    accounts = [a.id for a in stripe.Account.list(limit=100).auto_paging_iter()]
    errors = []
    threads = [threading.Thread(target=sync_account, args=(args.db, a, since, counts, errors)) for a in accounts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - started
    if errors:
        print("sdk_peer_sync: " + "; ".join(errors), file=sys.stderr)
        return 1
    out = dict(counts.values)
    out["requests"] += 1  # the accounts list
    out["objects"] = sum(out[k] for k in ("charges", "refunds", "payouts", "payout_transactions", "events"))
    out["seconds"] = round(seconds, 4)
    out["accounts"] = len(accounts)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
