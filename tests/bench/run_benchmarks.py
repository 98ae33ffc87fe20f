#!/usr/bin/python3
"""DealerPay benchmarks: runs each measure several times against one sandbox, side by side in the same run, prints a
table of medians and ratios and writes it, with the machine and the date, to BENCHMARKS.md.

  /usr/bin/python3 tests/bench/run_benchmarks.py [--build-dir build] [--profile demo|large] [--runs 3]
                                                 [--only NAME] [--smoke] [--output FILE]

Measures (--only takes these names):
  sync      PERF-1: `dealerpay-cli sync` into an empty store, against
  sdk       the official Stripe Python SDK (sdk_peer_sync.py: auto-paging limit=100, one thread per account,
            executemany per page into SQLite), and
  transfer  the transfer limit (transfer_limit.py: the same pages over HTTP with the same concurrency, no parsing,
            no storing).
  extras    the other benchmark programs of the build, when they exist (bench_paymentstable, bench_startup,
            bench_reconcile, bench_export): their own tables are included as they print them.

--smoke runs each PERF-1 measure once on the demo profile, checks that DealerPay's store holds what the SDK's does,
writes nothing and skips the extras (CI: ctest -R bench_smoke). Uses /usr/bin/python3: Debian's python3-stripe.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import transfer_limit  # noqa: E402  (next to this file)

API_KEY = "sk_test_bench_0123456789abcdef"
PERF1 = ("sync", "sdk", "transfer")

# Other measures: (name, program in <build>/tests/bench, arguments of a full run; {runs} is replaced).
EXTRAS = [
    ("PERF-2 payments table", "bench_paymentstable", ["--runs", "{runs}"]),
    ("PERF-6 start-up", "bench_startup", ["--runs", "{runs}"]),
    ("PERF-4 reconciliation", "bench_reconcile", ["--runs", "{runs}"]),
    ("PERF-5 export", "bench_export", ["--runs", "{runs}"]),
]


def environment(home):
    env = dict(os.environ)
    env.update({"DEALERPAY_API_KEY": API_KEY, "DEALERPAY_SECRETS": "file", "HOME": home,
                "XDG_DATA_HOME": os.path.join(home, "data"), "XDG_CONFIG_HOME": os.path.join(home, "config"),
                "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
                "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    return env


class Sandbox:
    """`dealerpay-cli sandbox serve` on a free port, for the whole run."""

    def __init__(self, cli, profile, seed, env):
        self.process = subprocess.Popen([cli, "sandbox", "serve", "--port", "0", "--profile", profile,
                                         "--seed", str(seed)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, env=env)
        self.url = self.process.stdout.readline().strip()  # the first line once it listens (seeding included)
        if not self.url.startswith("http"):
            error = self.process.stderr.read()
            self.process.kill()
            raise RuntimeError("the sandbox did not start (profile %s): %s" % (profile, error.strip()))

    def call(self, method, path):
        request = urllib.request.Request(self.url + path, method=method,
                                         headers={"Authorization": "Bearer " + API_KEY})
        with urllib.request.urlopen(request) as reply:
            return json.loads(reply.read())

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def count(db, table):
    return sqlite3.connect(db).execute("SELECT COUNT(*) FROM %s" % table).fetchone()[0]


def run_dealerpay(cli, sandbox, env, workdir):
    db = os.path.join(workdir, "dealerpay.sqlite")
    started = time.perf_counter()
    done = subprocess.run([cli, "sync", "--api-base", sandbox.url, "--db", db,
                           "--settings", os.path.join(workdir, "settings.ini")],
                          capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError("dealerpay-cli sync failed (%d): %s" % (done.returncode, done.stderr.strip()[-500:]))
    return {"seconds": seconds, "charges": count(db, "payments"), "refunds": count(db, "refunds"),
            "payouts": count(db, "payouts"), "linked": sqlite3.connect(db).execute(
                "SELECT COUNT(*) FROM payments WHERE payout_id <> ''").fetchone()[0]}


def run_sdk(sandbox, env, workdir):
    db = os.path.join(workdir, "sdk.sqlite")
    done = subprocess.run(["/usr/bin/python3", os.path.join(HERE, "sdk_peer_sync.py"), "--api-base", sandbox.url,
                           "--db", db, "--api-key", API_KEY], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError("sdk_peer_sync.py failed: " + done.stderr.strip()[-500:])
    out = json.loads(done.stdout.strip().splitlines()[-1])
    out["linked"] = sqlite3.connect(db).execute("SELECT COUNT(*) FROM payments WHERE payout_id <> ''").fetchone()[0]
    return out


def median(runs, key="seconds"):
    return statistics.median(r[key] for r in runs)


def machine():
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %d cores (nproc), %s" % (model, os.cpu_count() or 0, platform.platform())


def perf1(args, cli, env):
    wanted = [m for m in PERF1 if not args.only or args.only == m]
    if not wanted:
        return [], []
    lines, problems = [], []
    sandbox = Sandbox(cli, args.profile, args.seed, env)
    try:
        planned = transfer_limit.plan(sandbox.url)  # also lets the sandbox pay out up to today before any timing
        accounts = len(planned) - 1
        lanes = max(1, min(transfer_limit.MAX_LANES, accounts))
        results = {m: [] for m in wanted}
        requests_seen = None
        for run in range(args.runs):
            for measure in wanted:  # side by side: every measure once per run, against the same server
                with tempfile.TemporaryDirectory(prefix="dpbench-") as workdir:
                    if measure == "sync":
                        sandbox.call("DELETE", "/v1/test_helpers/requests")
                        results[measure].append(run_dealerpay(cli, sandbox, environment(workdir), workdir))
                        requests_seen = sandbox.call("GET", "/v1/test_helpers/requests?method=GET")["count"]
                    elif measure == "sdk":
                        results[measure].append(run_sdk(sandbox, env, workdir))
                    else:
                        results[measure].append(transfer_limit.timed_fetch(planned, lanes))
        planned_requests = sum(len(u) for _, u in planned)
        sdk = results.get("sdk")
        objects = sdk[0]["objects"] if sdk else None
        if "sync" in results and sdk:
            mine, theirs = results["sync"][0], sdk[0]
            for key in ("charges", "refunds", "payouts", "linked"):
                if mine[key] != theirs[key]:
                    problems.append("DealerPay's store holds %d %s, the SDK's %d" % (mine[key], key, theirs[key]))
        lines.append("PERF-1 full sync of profile `%s` into an empty store (%d accounts; medians of %d runs, side by "
                     "side in each run)" % (args.profile, accounts, args.runs))
        lines.append("")
        if objects:
            s = sdk[0]
            lines.append("Objects: %d (%d charges, %d refunds, %d payouts, %d balance transactions of paid payouts, "
                         "%d events)." % (objects, s["charges"], s["refunds"], s["payouts"], s["payout_transactions"],
                                          s["events"]))
        lines.append("Requests: DealerPay %s, transfer limit %d (the same pages), SDK %s."
                     % (requests_seen if requests_seen is not None else "-", planned_requests,
                        sdk[0]["requests"] if sdk else "-"))
        lines.append("")
        lines.append("| measure | median s | objects/s | DealerPay is |")
        lines.append("|---|---:|---:|---:|")
        mine = median(results["sync"]) if "sync" in results else None
        names = {"sync": "DealerPay `dealerpay-cli sync` (process wall time)",
                 "sdk": "official Python SDK peer (after its imports)",
                 "transfer": "transfer limit (curl, %d lane(s), no parsing, no storing)" % lanes}
        for measure in wanted:
            t = median(results[measure])
            rate = "%.0f" % (objects / t) if objects else "-"
            if measure == "sync":
                ratio = ""
            elif mine:
                ratio = ("%.2f× its rate" % (t / mine)) if measure == "sdk" else ("%.0f %% of it" % (100 * t / mine))
            else:
                ratio = "-"
            lines.append("| %s | %.3f | %s | %s |" % (names[measure], t, rate, ratio))
        lines.append("")
        if mine and sdk and "transfer" in results:
            vs_sdk = median(sdk) / mine
            vs_wire = median(results["transfer"]) / mine
            lines.append("Targets: ≥ 5× the SDK — %.2f× (%s); ≥ 60 %% of the transfer limit — %.0f %% (%s)."
                         % (vs_sdk, "met" if vs_sdk >= 5 else "not met", 100 * vs_wire,
                            "met" if vs_wire >= 0.6 else "not met"))
        lines.append("Runs (s): " + "; ".join("%s %s" % (m, ", ".join("%.3f" % r["seconds"] for r in results[m]))
                                             for m in wanted))
    finally:
        sandbox.stop()
    return lines, problems


def extras(args, build):
    lines = []
    if args.smoke or (args.only and args.only != "extras"):
        return lines
    for title, program, arguments in EXTRAS:
        path = os.path.join(build, "tests", "bench", program)
        if not os.access(path, os.X_OK):
            continue
        done = subprocess.run([path] + [a.replace("{runs}", str(args.runs)) for a in arguments],
                              capture_output=True, text=True, env=environment(tempfile.gettempdir()))
        lines += ["", title + " (`%s`)" % program, ""]
        lines += done.stdout.rstrip().splitlines() if done.returncode == 0 else \
            ["failed (%d): %s" % (done.returncode, done.stderr.strip()[-300:])]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    parser.add_argument("--cli", help="dealerpay-cli (default: <build-dir>/app/dealerpay-cli)")
    parser.add_argument("--profile", default="demo", help="sandbox profile: demo or large")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=list(PERF1) + ["extras"])
    parser.add_argument("--smoke", action="store_true", help="one small run, checks only, writes nothing")
    parser.add_argument("--output", default=os.path.join(ROOT, "BENCHMARKS.md"))
    args = parser.parse_args()
    if args.smoke:
        args.runs, args.profile = 1, "demo"
    cli = args.cli or os.path.join(args.build_dir, "app", "dealerpay-cli")
    if not os.access(cli, os.X_OK):
        print("run_benchmarks: no dealerpay-cli at %s (build it, or give --build-dir / --cli)" % cli, file=sys.stderr)
        return 2
    if not shutil.which("curl"):
        print("run_benchmarks: curl is needed for the transfer limit", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="dpbench-home-") as home:
        lines, problems = perf1(args, cli, environment(home))
    lines += extras(args, args.build_dir)
    header = ["# Benchmarks", "", "Machine: " + machine() + ".",
              "Date: " + datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC") + ".",
              "Build: " + os.path.abspath(args.build_dir) + " (" + build_type(args.build_dir) + ").",
              "Command: `/usr/bin/python3 tests/bench/run_benchmarks.py " + " ".join(sys.argv[1:]) + "`", ""]
    text = "\n".join(header + lines) + "\n"
    print(text)
    for problem in problems:
        print("run_benchmarks: " + problem, file=sys.stderr)
    if not args.smoke and not problems:
        with open(args.output, "w") as f:
            f.write(text)
        print("written to " + args.output)
    return 1 if problems else 0


def build_type(build):
    try:
        with open(os.path.join(build, "CMakeCache.txt")) as f:
            for line in f:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    return line.split("=", 1)[1].strip() or "no build type"
    except OSError:
        pass
    return "build type unknown"


if __name__ == "__main__":
    sys.exit(main())
