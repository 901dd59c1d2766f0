#!/usr/bin/env bash
# /v1/messages against the fake LLM (instant replies): requests per second and latency at 50
# concurrent clients, then RSS with >= 1,000 sessions stored and 100 conversations in flight
# (the fake streaming slowly). Prints figures for docs/PERFORMANCE.md.
#   usage: bench/gateway.sh [build-dir]     (needs wrk: scripts/setup.sh --bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
command -v wrk >/dev/null || { echo "bench/gateway.sh: wrk missing (scripts/setup.sh --bench)"; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
token=bench-token-0123456789abcdef

start_fake() { # mode, delay
  "$build/bin/fake-llm" --port 0 --mode "$1" --delay-ms "$2" --api-key sk-bench >"$work/fake.port" 2>"$work/fake.log" &
  fake_pid=$!
  for _ in $(seq 50); do [ -s "$work/fake.port" ] && break; sleep 0.1; done
  fake_port=$(head -1 "$work/fake.port")
}
start_daemon() {
  port=$(free_port)
  cat >"$work/blufio.toml" <<TOML
[daemon]
health_port = $port
data_dir = "$work/data"
[gateway]
bearer_token = "$token"
[agent]
max_concurrent = 8
max_queue = 1000
[providers.anthropic]
base_url = "http://127.0.0.1:$fake_port"
api_key = "sk-bench"
[log]
level = "warning"
TOML
  "$build/bin/blufiod" --config "$work/blufio.toml" >"$work/blufiod.log" 2>&1 &
  pid=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
}
rss_mib() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$pid/status"; }

cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"content": "benchmark message"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA

start_fake ok 0
start_daemon
echo "== /v1/messages, 50 concurrent clients, instant fake replies (each request a new session)"
wrk -t2 -c50 -d15s --latency -s "$work/post.lua" "http://127.0.0.1:$port/v1/messages" | grep -E 'Requests/sec|50%|99%|Non-2xx|requests in'
# /v1/sessions pages (50 by default); the total is in /v1/health.
sessions=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/v1/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["storage"]["sessions_total"])')
echo "sessions stored: $sessions; RSS after the run: $(rss_mib) MiB"

# The same daemon and database, the fake now slow: 100 conversations in flight at once.
kill "$fake_pid" 2>/dev/null || true
wait "$fake_pid" 2>/dev/null || true
"$build/bin/fake-llm" --port "$fake_port" --mode slow --delay-ms 500 --api-key sk-bench >/dev/null 2>&1 &
sleep 0.5
echo "== 100 conversations in flight (fake streams for ~5 s each) over $sessions stored sessions"
wrk -t2 -c100 -d12s -s "$work/post.lua" "http://127.0.0.1:$port/v1/messages" >/dev/null &
wrk_pid=$!
peak=0
for _ in $(seq 20); do
  sleep 0.5
  r=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  [ "$r" -gt "$peak" ] && peak=$r
done
active=$(curl -s "http://127.0.0.1:$port/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["active_sessions"])')
wait "$wrk_pid" 2>/dev/null || true
echo "peak RSS with 100 in flight: $((peak / 1024)) MiB (target <= 40 MiB); active sessions at the end of sampling: $active"
