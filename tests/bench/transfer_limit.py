#!/usr/bin/python3
"""PERF-1 transfer limit: the pages a full sync reads, fetched over HTTP with the same concurrency, no parsing and
no storing.

First (untimed) the request plan is discovered: for every connected account the same list calls, with the same
parameters and cursors, that `dealerpay-cli sync` makes on an empty store — the charges with their balance
transactions and refunds, the payouts, the balance transactions of each paid payout, the events since the start
of the run. Then (timed) each account's URLs are fetched by one `curl` process (libcurl, one kept-alive connection,
bodies to /dev/null), with as many accounts in flight at once as DealerPay's sync runs workers.

Usage: /usr/bin/python3 transfer_limit.py --api-base URL [--lanes N] [--runs N]
Prints one JSON line per run: {"seconds": ..., "requests": ..., "bytes": ..., "lanes": ...}
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

API_KEY = os.environ.get("DEALERPAY_API_KEY", "sk_test_bench_transfer_0123456789")
MAX_LANES = 4  # DealerPay's sync: at most this many accounts in flight (SyncService::kMaxWorkers)

EVENT_TYPES = ["charge.succeeded", "charge.failed", "charge.refunded", "charge.updated", "refund.created",
               "refund.updated", "payout.created", "payout.updated", "payout.paid", "payout.failed",
               "checkout.session.completed", "checkout.session.expired", "checkout.session.viewed",
               "payment_intent.requires_action", "payment_intent.payment_failed"]


def encode(params):
    """Form encoding as DealerPay's encodeForm sends it: keys sorted, lists indexed, brackets literal."""
    parts = []
    for key in sorted(params):
        value = params[key]
        if isinstance(value, dict):
            for sub in sorted(value):
                parts.append((f"{key}[{sub}]", str(value[sub])))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                parts.append((f"{key}[{i}]", str(item)))
        else:
            parts.append((key, str(value)))
    return "&".join(urllib.parse.quote(k, safe="[]") + "=" + urllib.parse.quote_plus(v, safe="*") for k, v in parts)


def get(base, path, params, account=None):
    url = base + path + ("?" + encode(params) if params else "")
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + API_KEY})
    if account:
        request.add_header("Stripe-Account", account)
    with urllib.request.urlopen(request) as reply:
        return url, json.loads(reply.read())


def walk(base, path, params, account, urls):
    """Every page of a list, as the client walks it (limit=100, starting_after the last id); returns the objects."""
    params = dict(params, limit=100)
    items = []
    while True:
        url, page = get(base, path, params, account)
        urls.append(url)
        data = page.get("data", [])
        items += data
        if not page.get("has_more") or not data:
            return items
        params["starting_after"] = data[-1]["id"]


def plan(base, since=None):
    """[(account, [url, ...])] in the order the sync reads them, plus the platform's own calls under account None."""
    base = base.rstrip("/")
    since = int(time.time()) - 60 if since is None else since
    platform = []
    accounts = [a["id"] for a in walk(base, "/v1/accounts", {}, None, platform)]
    out = [(None, platform)]
    for account in accounts:
        urls = []
        charges = walk(base, "/v1/charges", {"expand": ["data.balance_transaction", "data.refunds"]}, account, urls)
        for charge in charges:
            refunds = charge.get("refunds") or {}
            if refunds.get("has_more"):
                walk(base, "/v1/charges/%s/refunds" % charge["id"], {}, account, urls)
        payouts = walk(base, "/v1/payouts", {}, account, urls)
        for payout in payouts:
            if payout.get("status") == "paid":
                walk(base, "/v1/balance_transactions", {"payout": payout["id"]}, account, urls)
        walk(base, "/v1/events", {"created": {"gte": since}, "types": EVENT_TYPES}, account, urls)
        out.append((account, urls))
    return out


def fetch_with_curl(urls, account, workdir, index):
    """One curl process: every URL on one kept-alive connection, bodies discarded. Returns bytes received."""
    config = os.path.join(workdir, "lane%d.curl" % index)
    with open(config, "w") as f:
        f.write('header = "Authorization: Bearer %s"\n' % API_KEY)
        if account:
            f.write('header = "Stripe-Account: %s"\n' % account)
        for url in urls:
            f.write('url = "%s"\noutput = "/dev/null"\n' % url)
    result = subprocess.run(["curl", "--silent", "--show-error", "--fail", "--globoff", "--noproxy", "*", "--config", config,
                             "--write-out", "%{size_download}\\n"], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError("curl failed: " + result.stderr.strip())
    return sum(int(line) for line in result.stdout.split())


def timed_fetch(planned, lanes):
    """Fetches the plan: the platform's calls first, then the accounts, `lanes` at a time. Returns a result dict."""
    work = [(a, u) for a, u in planned if a is not None]
    with tempfile.TemporaryDirectory() as workdir:
        started = time.perf_counter()
        total = [fetch_with_curl(planned[0][1], None, workdir, 99)]
        lock = threading.Lock()
        queue = list(work)
        errors = []

        def lane(index):
            while True:
                with lock:
                    if not queue:
                        return
                    account, urls = queue.pop(0)
                try:
                    received = fetch_with_curl(urls, account, workdir, index * 1000 + len(queue))
                except Exception as error:
                    errors.append(str(error))
                    return
                with lock:
                    total.append(received)

        threads = [threading.Thread(target=lane, args=(i,)) for i in range(lanes)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - started
    if errors:
        raise RuntimeError("; ".join(errors))
    return {"seconds": round(seconds, 4), "requests": sum(len(u) for _, u in planned), "bytes": sum(total),
            "lanes": lanes}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--api-base", required=True)
    parser.add_argument("--lanes", type=int, default=0, help="accounts in flight (default: as DealerPay's sync)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    planned = plan(args.api_base)
    lanes = args.lanes or max(1, min(MAX_LANES, len(planned) - 1))
    for _ in range(args.runs):
        print(json.dumps(timed_fetch(planned, lanes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
