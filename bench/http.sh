#!/usr/bin/env bash
# Idle RSS of blufiod and /health throughput with wrk, next to nginx (one worker) serving a static
# JSON file of the same size, in the same run. Prints figures; exits 0 unless something is missing.
#   usage: bench/http.sh [build-dir]     (needs: wrk, nginx-light: scripts/setup.sh --bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "bench/http.sh: $tool missing (scripts/setup.sh --bench)"; exit 1; }
done
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
cat >"$work/blufio.toml" <<TOML
[daemon]
health_port = $port
data_dir = "$work/data"
[gateway]
bearer_token = "bench-token-0123456789abcdef"
[log]
level = "warning"
TOML
"$build/bin/blufiod" --config "$work/blufio.toml" >"$work/blufiod.log" 2>&1 &
pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
sleep 10
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "blufiod idle RSS 10 s after start: $((rss_kb / 1024)) MiB ($rss_kb KiB; target <= 25 MiB)"

curl -s "http://127.0.0.1:$port/health" >"$work/health.json"
nport=$(free_port)
mkdir -p "$work/www"
cp "$work/health.json" "$work/www/health"
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server { listen 127.0.0.1:$nport; root $work/www; location / { } }
}
NGINX
/usr/sbin/nginx -c "$work/nginx.conf" -p "$work"
sleep 0.5
run_wrk() { wrk -t2 -c50 -d10s "$1" | awk '/Requests\/sec/ {print $2}'; }
b=$(run_wrk "http://127.0.0.1:$port/health")
n=$(run_wrk "http://127.0.0.1:$nport/health")
echo "/health: blufiod $b req/s, nginx (1 worker, static $(stat -c %s "$work/health.json") B) $n req/s, ratio $(python3 -c "print(round($b/$n, 2))") (target >= 0.9)"
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "blufiod RSS after the load: $((rss_kb / 1024)) MiB"
