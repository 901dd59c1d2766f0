#!/usr/bin/env bash
# The targets of issue [8] in one run, each figure beside its target (docs/PERFORMANCE.md):
#   - POST /v1/messages at 16 clients, each message a new session, against an instant upstream
#     (nginx, one worker, answering every request with a complete Anthropic SSE stream), first with
#     an empty database, then with 100,000 messages stored;
#   - one client: latency through blufiod minus the upstream alone (p50, p99);
#   - RSS with 100,000 messages stored and 100 conversations in flight (fake-llm streaming slowly);
#   - start to READY=1 with 100,000 messages stored (a fake NOTIFY_SOCKET);
#   - /health against nginx serving the same bytes (one worker each, wrk -t1 -c32).
# Every figure through blufiod is taken in the same run as the upstream alone.
#   usage: bench/messages.sh [--strict] [--seconds N] [build-dir]
# Exits 0 whatever the figures (benchmarks are not tests) unless --strict, then 1 on any miss.
set -euo pipefail
cd "$(dirname "$0")/.."
strict=0
secs=10
build=build
while [ $# -gt 0 ]; do
  case $1 in
    --strict) strict=1 ;;
    --seconds) secs=$2; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) build=$1 ;;
  esac
  shift
done
for tool in wrk curl sqlite3 python3; do
  command -v "$tool" >/dev/null || { echo "bench/messages.sh: $tool missing (scripts/setup.sh --bench)"; exit 1; }
done
[ -x /usr/sbin/nginx ] || { echo "bench/messages.sh: nginx missing (scripts/setup.sh --bench)"; exit 1; }
for bin in blufiod fake-llm; do
  [ -x "$build/bin/$bin" ] || { echo "bench/messages.sh: $build/bin/$bin missing (cmake --build $build --target blufiod fake-llm)"; exit 1; }
done

work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  kill $(jobs -p) 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  wait 2>/dev/null || true
  if [ -n "${BENCH_KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
token=bench-token-0123456789abcdef
stored=100000

# --- the instant upstream: nginx answers every POST with a whole Anthropic stream -----------------
# The stream is what fake-llm sends (the same events), so the daemon parses a realistic reply.
# (\$(...) drops the trailing blank line; the nginx config puts the final event's end back.)
uport=$(free_port)
hport=$(free_port)
sse=$(cat <<'SSE'
event: message_start
data: {"type":"message_start","message":{"id":"msg_bench","type":"message","role":"assistant","model":"claude-bench","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":1,"cache_creation_input_tokens":0,"cache_read_input_tokens":0}}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: ping
data: {"type":"ping"}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" from the instant upstream."}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":6}}

event: message_stop
data: {"type":"message_stop"}

SSE
)
mkdir -p "$work/www"
start_nginx() {
  cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$uport;
    location = /v1/messages {
      default_type text/event-stream;
      return 200 '$sse

';
    }
  }
  server { listen 127.0.0.1:$hport; root $work/www; default_type application/json; location / { } }
}
NGINX
  /usr/sbin/nginx -c "$work/nginx.conf" -p "$work"
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$uport/" && break; sleep 0.05; done
}
start_nginx

# --- blufiod -------------------------------------------------------------------------------------
port=$(free_port)
write_config() { # upstream-port
  cat >"$work/blufio.toml" <<TOML
[daemon]
health_port = $port
data_dir = "$work/data"
[gateway]
bearer_token = "$token"
[agent]
max_concurrent = 64
max_queue = 1000
[providers.anthropic]
base_url = "http://127.0.0.1:$1"
api_key = "sk-bench"
[log]
level = "warning"
TOML
}
# Started from this shell (not a subshell), so the EXIT trap stops it.
start_daemon() {
  "$build/bin/blufiod" --config "$work/blufio.toml" >>"$work/blufiod.log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return; sleep 0.05; done
  echo "bench/messages.sh: blufiod did not come up:"; cat "$work/blufiod.log"; exit 1
}
stop_daemon() {
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
}
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
messages_stored() { sqlite3 "$work/data/blufio.db" 'SELECT COUNT(*) FROM messages'; }

cat >"$work/upstream.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"model":"claude-bench","max_tokens":1024,"stream":true,"messages":[{"role":"user","content":"benchmark message"}]}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["x-api-key"] = "sk-bench"
wrk.headers["anthropic-version"] = "2023-06-01"
LUA
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"content": "benchmark message"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA

# wrk_run OUT CLIENTS URL SCRIPT: keeps the whole output (req/s, latency percentiles, errors).
wrk_run() {
  local out=$1 clients=$2 url=$3 script=${4:-}
  local args=(-t1 -c"$clients" -d"${secs}s" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" "$url" >"$work/$out.wrk"
}
rps() { awk '/Requests\/sec/ {print $2}' "$work/$1.wrk"; }
errors() { grep -E 'Socket errors|Non-2xx' "$work/$1.wrk" || true; }
pct() { # file percentile -> milliseconds
  awk -v p="$2%" '$1 == p {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.3f", v}' \
    "$work/$1.wrk"
}

rows=()
misses=0
# row METRIC FIGURE TARGET VERDICT
row() { rows+=("$1|$2|$3|$4"); [ "$4" = "**miss**" ] && misses=$((misses + 1)); return 0; }
check() { python3 -c "import sys; print('met' if ($1) else '**miss**')"; }

write_config "$uport"
start_daemon
echo "== upstream alone (nginx, 1 worker, instant Anthropic SSE stream)"
wrk_run up16 16 "http://127.0.0.1:$uport/v1/messages" "$work/upstream.lua"
wrk_run up1 1 "http://127.0.0.1:$uport/v1/messages" "$work/upstream.lua"
echo "   16 clients $(rps up16) req/s; 1 client $(rps up1) req/s, p50 $(pct up1 50) ms, p99 $(pct up1 99) ms"

echo "== /v1/messages through blufiod, empty database"
# One message first: a figure of error replies would be worthless.
probe() {
  curl -s -o "$work/probe.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"content": "benchmark message"}' "http://127.0.0.1:$port/v1/messages"
}
code=$(probe)
[ "$code" = 200 ] || { echo "bench/messages.sh: POST /v1/messages answered $code: $(cat "$work/probe.json")"; tail "$work/blufiod.log"; exit 1; }
wrk_run empty16 16 "http://127.0.0.1:$port/v1/messages" "$work/post.lua"
errors empty16
wrk_run empty1 1 "http://127.0.0.1:$port/v1/messages" "$work/post.lua"
errors empty1
echo "   16 clients $(rps empty16) msg/s; 1 client $(rps empty1) msg/s, p50 $(pct empty1 50) ms, p99 $(pct empty1 99) ms"

# --- 100,000 messages stored ---------------------------------------------------------------------
# Inserted with the sqlite3 shell into the stopped daemon's own database (the real schema, its
# triggers keeping message_count and the cost totals): each seeded session is what one exchange
# through the daemon leaves, a user message with its answered queue row and the assistant's reply
# with its ledger row. Through the daemon this would take minutes of the run.
stop_daemon
have=$(messages_stored)
pairs=$(( (stored - have + 1) / 2 ))
if [ "$pairs" -gt 0 ]; then
  sqlite3 "$work/data/blufio.db" <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
CREATE TEMP TABLE seed AS
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $pairs)
  SELECT i, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a'
                  || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) AS id,
         CAST(strftime('%s', 'now') AS INTEGER) * 1000 - ($pairs - i) * 10 AS t
  FROM n;
INSERT INTO sessions (id, created_at, updated_at) SELECT id, t, t + 5 FROM seed;
INSERT INTO messages (session_id, seq, role, content, created_at) SELECT id, 1, 'user', 'benchmark message', t FROM seed;
INSERT INTO messages (session_id, seq, role, content, created_at)
  SELECT id, 2, 'assistant', 'Hello from the instant upstream.', t + 5 FROM seed;
INSERT INTO queue (session_id, message_id, state, attempts, created_at, updated_at)
  SELECT m.session_id, m.id, 'answered', 1, m.created_at, m.created_at + 5
  FROM messages m JOIN seed s ON s.id = m.session_id WHERE m.seq = 1;
INSERT INTO cost_ledger (session_id, message_id, model, input_tokens, output_tokens, cost_usd, created_at)
  SELECT m.session_id, m.id, 'claude-bench', 12, 6, 0.000126, m.created_at
  FROM messages m JOIN seed s ON s.id = m.session_id WHERE m.seq = 2;
COMMIT;
SQL
fi
total=$(messages_stored)
echo "== $total messages stored ($have through the daemon, the rest seeded)"

# Start to READY=1: blufiod under a fake NOTIFY_SOCKET, timed from just before exec.
ready_ms=$(python3 - "$build/bin/blufiod" "$work/blufio.toml" "$work/notify.sock" <<'PY'
import os, socket, subprocess, sys, time
binary, config, path = sys.argv[1:4]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
s.settimeout(10)
env = dict(os.environ, NOTIFY_SOCKET=path)
start = time.monotonic()
p = subprocess.Popen([binary, "--config", config], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
ready = None
try:
    while ready is None:
        msg = s.recv(4096).decode()
        if "READY=1" in msg.split("\n"):
            ready = (time.monotonic() - start) * 1000
finally:
    p.terminate()
    p.wait()
print("%.1f" % ready)
PY
)
echo "   start to READY=1: $ready_ms ms"

start_daemon
wrk_run full16 16 "http://127.0.0.1:$port/v1/messages" "$work/post.lua"
errors full16
echo "   16 clients $(rps full16) msg/s"

# --- RSS: 100 conversations in flight over the stored messages ------------------------------------
# nginx cannot stream slowly, so this part uses fake-llm streaming each reply over ~2 s.
stop_daemon
"$build/bin/fake-llm" --port 0 --mode slow --delay-ms 150 --api-key sk-bench >"$work/fake.port" 2>"$work/fake.log" &
fake_pid=$!
for _ in $(seq 50); do [ -s "$work/fake.port" ] && break; sleep 0.1; done
write_config "$(head -1 "$work/fake.port")"
start_daemon
wrk -t1 -c100 -d12s -s "$work/post.lua" "http://127.0.0.1:$port/v1/messages" >"$work/inflight.wrk" &
wrk_pid=$!
peak=0
inflight=0
for _ in $(seq 20); do
  sleep 0.5
  r=$(rss_kib)
  [ "$r" -gt "$peak" ] && peak=$r
  a=$(curl -s "http://127.0.0.1:$port/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["active_sessions"])')
  [ "$a" -gt "$inflight" ] && inflight=$a
done
wait "$wrk_pid" 2>/dev/null || true
kill "$fake_pid" 2>/dev/null; wait "$fake_pid" 2>/dev/null || true
echo "   peak RSS $((peak / 1024)) MiB with up to $inflight conversations active"

# --- /health against nginx serving the same bytes -------------------------------------------------
curl -s "http://127.0.0.1:$port/health" >"$work/www/health"
wrk -t1 -c32 -d"${secs}s" "http://127.0.0.1:$hport/health" >"$work/hnginx.wrk"
wrk -t1 -c32 -d"${secs}s" "http://127.0.0.1:$port/health" >"$work/hblufio.wrk"
echo "   /health: nginx $(rps hnginx) req/s, blufiod $(rps hblufio) req/s ($(stat -c %s "$work/www/health") B body)"
stop_daemon

# --- the table -----------------------------------------------------------------------------------
e16=$(rps empty16); f16=$(rps full16); u16=$(rps up16)
add50=$(python3 -c "print('%.3f' % ($(pct empty1 50) - $(pct up1 50)))")
add99=$(python3 -c "print('%.3f' % ($(pct empty1 99) - $(pct up1 99)))")
ratio_full=$(python3 -c "print('%.2f' % ($f16 / $e16))")
ratio_health=$(python3 -c "print('%.2f' % ($(rps hblufio) / $(rps hnginx)))")
row "upstream alone (nginx), 16 clients" "$u16 req/s" "" ""
row "/v1/messages, 16 clients, new session each, empty database" "$e16 msg/s ($(python3 -c "print('%.2f' % ($e16 / $u16))") of upstream)" ">= 2000 msg/s" "$(check "$e16 >= 2000")"
row "/v1/messages, 16 clients, $total messages stored" "$f16 msg/s" "" ""
row "  ratio stored / empty" "$ratio_full" ">= 0.9" "$(check "$ratio_full >= 0.9")"
row "upstream alone, 1 client, p50 / p99" "$(pct up1 50) / $(pct up1 99) ms" "" ""
row "through blufiod, 1 client, p50 / p99" "$(pct empty1 50) / $(pct empty1 99) ms" "" ""
row "  added latency p50" "$add50 ms" "<= 0.5 ms" "$(check "$add50 <= 0.5")"
row "  added latency p99" "$add99 ms" "<= 1.5 ms" "$(check "$add99 <= 1.5")"
row "peak RSS, $total messages stored, 100 clients in flight (max $inflight active)" "$(python3 -c "print('%.1f' % ($peak / 1024))") MiB" "<= 40 MiB" "$(check "$peak <= 40 * 1024")"
row "start to READY=1, $total messages stored" "$ready_ms ms" "< 150 ms" "$(check "$ready_ms < 150")"
row "/health, nginx 1 worker, same bytes (wrk -t1 -c32)" "$(rps hnginx) req/s" "" ""
row "/health, blufiod" "$(rps hblufio) req/s" "" ""
row "  ratio blufiod / nginx" "$ratio_health" ">= 0.8" "$(check "$ratio_health >= 0.8")"

echo
echo "bench/messages.sh, $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg), ${secs} s per wrk run"
echo
echo "| metric | figure | target | |"
echo "|---|---|---|---|"
for r in "${rows[@]}"; do
  IFS='|' read -r m f t v <<<"$r"
  echo "| $m | $f | $t | $v |"
done
echo
if [ "$misses" -gt 0 ]; then
  echo "bench/messages.sh: $misses target(s) missed"
  [ "$strict" = 1 ] && exit 1
else
  echo "bench/messages.sh: every target met"
fi
exit 0
