#!/usr/bin/env bash
# The fake LLM alone, one client, instant replies (--delay-ms 0): what a benchmark through blufiod can
# measure at most. Before TCP_NODELAY on its sockets this was ~22 req/s (each small write after the
# first waited for the client's delayed ACK); it must reach thousands for bench/gateway.sh to measure
# the daemon rather than the fake (issue [8]).
#   usage: bench/fakellm.sh [build-dir]      (needs wrk: scripts/setup.sh --bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
command -v wrk >/dev/null || { echo "bench/fakellm.sh: wrk missing (scripts/setup.sh --bench)"; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"model":"m","max_tokens":16,"stream":true,"messages":[{"role":"user","content":"hi"}]}'
wrk.headers["Content-Type"] = "application/json"
LUA
"$build/bin/fake-llm" --port 0 --delay-ms 0 >"$work/port" 2>"$work/log" &
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(head -1 "$work/port")
for clients in 1 16; do
  out=$(wrk -t1 -c"$clients" -d5s -s "$work/post.lua" "http://127.0.0.1:$port/v1/messages")
  echo "fake-llm alone, $clients client(s), --delay-ms 0: $(awk '/Requests\/sec/ {print $2}' <<<"$out") req/s," \
       "mean latency $(awk '/Latency/ {print $2}' <<<"$out") (target: thousands of req/s with one client)"
done
