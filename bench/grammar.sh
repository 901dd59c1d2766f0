#!/usr/bin/env bash
# /health throughput before and after the strict request grammar of issue [7], in one run: nginx
# alone first (the ceiling on this machine), then a baseline blufiod build and the current one,
# alternating three 10 s wrk rounds each, with keep-alive and with a new connection per request.
#   usage: bench/grammar.sh BASELINE_BUILD_DIR [build-dir]
#   e.g.:  git worktree add /tmp/before <commit>; cmake -S /tmp/before -B /tmp/before/build -G Ninja;
#          cmake --build /tmp/before/build --target blufiod; bench/grammar.sh /tmp/before/build
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=${1:?usage: bench/grammar.sh BASELINE_BUILD_DIR [build-dir]}
build=${2:-build}
for tool in wrk curl; do command -v "$tool" >/dev/null || { echo "bench/grammar.sh: $tool missing (scripts/setup.sh --bench)"; exit 1; }; done
[ -x /usr/sbin/nginx ] || { echo "bench/grammar.sh: nginx missing (scripts/setup.sh --bench)"; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Started from this shell (not a $(...) subshell), so the EXIT trap's `jobs -p` sees and stops them.
start_daemon() { # name bindir port
  printf '[daemon]\nhealth_port = %s\ndata_dir = "%s"\n[gateway]\nbearer_token = "bench-token-0123456789abcdef"\n[log]\nlevel = "warning"\n' \
    "$3" "$work/$1" >"$work/$1.toml"
  "$2/blufiod" --config "$work/$1.toml" >"$work/$1.log" 2>&1 &
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$3/health" >/dev/null && break; sleep 0.1; done
}
before=$(free_port)
start_daemon before "$baseline/bin" "$before"
after=$(free_port)
start_daemon after "$build/bin" "$after"
curl -s "http://127.0.0.1:$after/health" >"$work/health.json"
nport=$(free_port)
mkdir -p "$work/www"; cp "$work/health.json" "$work/www/health"
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type application/json;
  server { listen 127.0.0.1:$nport; root $work/www; location / { } } }
NGINX
/usr/sbin/nginx -c "$work/nginx.conf" -p "$work"
sleep 0.5
rps() { wrk -t2 -c50 -d10s "$@" | awk '/Requests\/sec/ {print $2}'; }
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
echo "nginx alone (1 worker, static copy of /health): $(rps "http://127.0.0.1:$nport/health") req/s"
for mode in keepalive close; do
  hdr=(); [ "$mode" = close ] && hdr=(-H "Connection: close")
  b=(); a=()
  for _ in 1 2 3; do
    b+=("$(rps "${hdr[@]}" "http://127.0.0.1:$before/health")")
    a+=("$(rps "${hdr[@]}" "http://127.0.0.1:$after/health")")
  done
  mb=$(median "${b[@]}"); ma=$(median "${a[@]}")
  echo "/health ($mode): before ${b[*]} (median $mb) req/s; after ${a[*]} (median $ma) req/s;" \
       "after/before $(python3 -c "print(round($ma/$mb, 3))") (target >= 0.95)"
done
