#!/bin/sh
# Starts `sandbox serve` on a free port, runs the Python SDK compatibility script against it, stops the server.
# Usage: run_sdk_compat.sh <serve-executable> <python3> <script.py> [extra serve args...]
set -u
serve="$1"; python="$2"; script="$3"; shift 3
out=$(mktemp)
"$serve" --port 0 --profile empty "$@" >"$out" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$out"' EXIT INT TERM
url=""
for _ in $(seq 1 100); do
    url=$(head -n 1 "$out")
    [ -n "$url" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "sandbox exited early" >&2; exit 1; }
    sleep 0.1
done
[ -n "$url" ] || { echo "sandbox did not print its URL" >&2; exit 1; }
"$python" "$script" "$url"
