#!/usr/bin/env bash
# agent.max_concurrent against one plain-HTTP upstream (issue [8]): 16 wrk clients post to blufiod with
# max_concurrent = 16 while fake-llm streams each reply slowly (--mode slow); prints requests per second
# and the most calls the fake saw at once. Qt 6.4 sends at most six requests per host and network
# manager at a time, so a daemon with one manager tops out at 6 however high max_concurrent is.
#   usage: bench/upstream.sh [build-dir] [blufiod-binary]   (a second binary, e.g. an older build, to compare)
#   (needs wrk: scripts/setup.sh --bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
blufiod=${2:-$build/bin/blufiod}
command -v wrk >/dev/null || { echo "bench/upstream.sh: wrk missing (scripts/setup.sh --bench)"; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
token=bench-token-0123456789abcdef

"$build/bin/fake-llm" --port 0 --mode slow --delay-ms 20 --api-key sk-bench >"$work/fake.port" 2>"$work/fake.log" &
for _ in $(seq 50); do [ -s "$work/fake.port" ] && break; sleep 0.1; done
fake_port=$(head -1 "$work/fake.port")
port=$(free_port)
cat >"$work/blufio.toml" <<TOML
[daemon]
health_port = $port
data_dir = "$work/data"
[gateway]
bearer_token = "$token"
[agent]
max_concurrent = 16
max_queue = 1000
[providers.anthropic]
base_url = "http://127.0.0.1:$fake_port"
api_key = "sk-bench"
[log]
level = "warning"
TOML
"$blufiod" --config "$work/blufio.toml" >"$work/blufiod.log" 2>&1 &
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done

cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"content": "benchmark message"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA
curl -s -X POST -d '{"reset_peak": true}' "http://127.0.0.1:$fake_port/_control" >/dev/null
out=$(wrk -t2 -c16 -d10s --latency -s "$work/post.lua" "http://127.0.0.1:$port/v1/messages")
peak=$(curl -s "http://127.0.0.1:$fake_port/_control" | python3 -c 'import json,sys; print(json.load(sys.stdin)["peak_in_flight"])')
echo "$blufiod, max_concurrent = 16, 16 clients, fake streaming at 20 ms per event:" \
     "$(awk '/Requests\/sec/ {print $2}' <<<"$out") req/s, p50 $(awk '$1 == "50%" {print $2}' <<<"$out")," \
     "most calls at the upstream at once: $peak (target: 16)"
grep -E 'Non-2xx' <<<"$out" || true
