#!/bin/sh
# Starts the sandbox server command on a free port, runs the Python SDK compatibility script against it, stops it.
# Usage: run_sdk_compat.sh <python3> <script.py> <server command and its arguments...>
# The server must print its base URL as the first line on stdout.
set -u
python="$1"; script="$2"; shift 2
out=$(mktemp)
"$@" --port 0 --profile empty >"$out" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$out"' EXIT INT TERM
url=""
for _ in $(seq 1 200); do
    url=$(head -n 1 "$out")
    [ -n "$url" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "sandbox exited early" >&2; exit 1; }
    sleep 0.1
done
[ -n "$url" ] || { echo "sandbox did not print its URL" >&2; exit 1; }
"$python" "$script" "$url"
