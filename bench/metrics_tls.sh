#!/usr/bin/env bash
# The metrics listener (docs/METRICS-TLS.md): latency of a fresh connection + GET /metrics over mutual
# TLS against plain HTTP, and blufiod's CPU per scrape when scraped once a second (target < 1% of a core).
# Certificates are made here with openssl, as docs/METRICS-TLS.md shows. Prints figures; exits 0
# unless something is missing.
#   usage: bench/metrics_tls.sh [build-dir]   env: REQUESTS (default 200), SCRAPES (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-build}" && pwd)
requests=${REQUESTS:-200}
scrapes=${SCRAPES:-60}
for tool in openssl curl python3; do
  command -v "$tool" >/dev/null || { echo "bench/metrics_tls.sh: $tool missing (scripts/setup.sh)"; exit 1; }
done
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"

# CA, server certificate for localhost/127.0.0.1, client certificate (docs/METRICS-TLS.md).
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.crt -days 2 \
  -subj "/CN=bench CA" -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out server.csr \
  -subj /CN=localhost 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >server.ext
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext -out server.crt 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout client.key -out client.csr \
  -subj /CN=prometheus 2>/dev/null
printf 'extendedKeyUsage=clientAuth\n' >client.ext
openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile client.ext -out client.crt 2>/dev/null
chmod 600 server.key client.key

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# Two daemons, identical but for the metrics listener's transport.
start() { # name tls-lines...
  local name=$1 port mport
  shift
  port=$(free_port); mport=$(free_port)
  {
    printf '[daemon]\nhealth_port = %s\ndata_dir = "%s"\n[gateway]\nbearer_token = "bench-token-0123456789abcdef"\n' "$port" "$work/$name"
    printf '[log]\nlevel = "warning"\n[metrics]\nlisten = "127.0.0.1:%s"\n' "$mport"
    for line in "$@"; do printf '%s\n' "$line"; done
  } >"$name.toml"
  "$build/bin/blufiod" --config "$name.toml" >"$name.log" 2>&1 &
  echo "$! $port $mport"
}
read -r ppid pport pmport < <(start plain)
read -r tpid tport tmport < <(start mtls "tls_cert = \"$work/server.crt\"" "tls_key = \"$work/server.key\"" \
  "tls_client_ca = \"$work/ca.crt\"" "require_mtls = true")
pids+=("$ppid" "$tpid")
for p in "$pport" "$tport"; do
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$p/health" >/dev/null && break; sleep 0.1; done
done
plain_url="http://127.0.0.1:$pmport/metrics"
mtls_url="https://localhost:$tmport/metrics"
mtls_args=(--cacert ca.crt --cert client.crt --key client.key)
curl -sf -o /dev/null "$plain_url" || { echo "plain listener not answering"; cat plain.log; exit 1; }
curl -sf -o /dev/null "${mtls_args[@]}" "$mtls_url" || { echo "mTLS listener not answering"; cat mtls.log; exit 1; }
size=$(curl -s "$plain_url" | wc -c)

# Each curl is a new connection: TCP connect, (TLS 1.3 handshake with client certificate,) GET.
latency() { # label url curl-args...
  local label=$1 url=$2
  shift 2
  for _ in $(seq "$requests"); do
    curl -s -o /dev/null -w '%{time_connect} %{time_appconnect} %{time_total}\n' "$@" "$url"
  done | python3 -c '
import sys, statistics
rows = [list(map(float, l.split())) for l in sys.stdin if l.strip()]
def pct(xs, p):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]
hs = [max(r[1] - r[0], 0) for r in rows]; tot = [r[2] for r in rows]
label = sys.argv[1]
print(f"{label:5s} n={len(rows)} total median {statistics.median(tot)*1e3:.2f} ms p95 {pct(tot,95)*1e3:.2f} ms; "
      f"handshake median {statistics.median(hs)*1e3:.2f} ms")
' "$label"
}
echo "== /metrics ($size bytes), fresh connection per request, $requests requests each"
latency plain "$plain_url"
latency mTLS "$mtls_url" "${mtls_args[@]}"

# CPU: utime+stime of each daemon (clock ticks) across $scrapes scrapes, one a second.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
cpu() { # label pid url curl-args...
  local label=$1 pid=$2 url=$3 t0 t1 s0 s1
  shift 3
  t0=$(ticks "$pid"); s0=$(date +%s.%N)
  for _ in $(seq "$scrapes"); do curl -s -o /dev/null "$@" "$url"; sleep 1; done
  t1=$(ticks "$pid"); s1=$(date +%s.%N)
  python3 -c "
ticks = $t1 - $t0; hz = $hz; wall = $s1 - $s0; n = $scrapes
print(f'$label: {ticks} ticks ({ticks / hz * 1e3:.0f} ms CPU) over {n} scrapes in {wall:.0f} s: '
      f'{ticks / hz / n * 1e3:.2f} ms per scrape, {ticks / hz / wall * 100:.2f}% of one core (includes idle work)')"
}
echo "== CPU, one scrape a second, new connection each time (curl)"
# Prometheus keeps its connection open between scrapes (keep-alive, well inside idle_timeout_secs), so
# the usual cost is one handshake per connection, not per scrape: measure that too, with one
# persistent client per daemon.
keepalive() { # label pid scheme port
  local t0 t1
  t0=$(ticks "$2")
  python3 - "$3" "$4" "$scrapes" "$work" <<'PY'
import http.client, ssl, sys, time
scheme, port, n, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
if scheme == "https":
    ctx = ssl.create_default_context(cafile=f"{work}/ca.crt")
    ctx.load_cert_chain(f"{work}/client.crt", f"{work}/client.key")
    conn = http.client.HTTPSConnection("localhost", port, context=ctx)
else:
    conn = http.client.HTTPConnection("127.0.0.1", port)
for _ in range(n):
    conn.request("GET", "/metrics")
    r = conn.getresponse(); r.read()
    assert r.status == 200, r.status
    time.sleep(1)
PY
  t1=$(ticks "$2")
  python3 -c "t = $t1 - $t0; print(f'$1 keep-alive: {t} ticks, {t / $hz / $scrapes * 1e3:.2f} ms CPU per scrape')"
}
# Both daemons at once, so each series takes $scrapes seconds, not twice that.
cpu plain "$ppid" "$plain_url" >cpu-plain.txt &
c1=$!
cpu mTLS "$tpid" "$mtls_url" "${mtls_args[@]}" >cpu-mtls.txt &
c2=$!
wait "$c1" "$c2"
cat cpu-plain.txt cpu-mtls.txt
keepalive plain "$ppid" http "$pmport" >ka-plain.txt &
c1=$!
keepalive mTLS "$tpid" https "$tmport" >ka-mtls.txt &
c2=$!
wait "$c1" "$c2"
cat ka-plain.txt ka-mtls.txt
# Baseline: the same daemons, not scraped, for as long.
b0=$(ticks "$ppid"); sleep 10; b1=$(ticks "$ppid")
python3 -c "print(f'idle baseline (plain daemon, 10 s unscraped): {($b1 - $b0) / $hz * 100 / 10:.2f}% of one core')"
