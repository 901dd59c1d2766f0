#!/usr/bin/env bash
# Wall time of `blufio status` and `blufio doctor` (quick checks) against a local daemon whose
# provider is the local fake LLM, with hyperfine. Targets: status < 50 ms, doctor < 300 ms.
#   usage: bench/cli.sh [build-dir]     (needs hyperfine: scripts/setup.sh --bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
command -v hyperfine >/dev/null || { echo "bench/cli.sh: hyperfine missing (scripts/setup.sh --bench)"; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
"$build/bin/fake-llm" --port 0 --api-key sk-bench >"$work/fake.port" 2>/dev/null &
for _ in $(seq 50); do [ -s "$work/fake.port" ] && break; sleep 0.1; done
port=$(free_port)
cat >"$work/blufio.toml" <<TOML
[daemon]
health_port = $port
data_dir = "$work/data"
[gateway]
bearer_token = "bench-token-0123456789abcdef"
[providers.anthropic]
base_url = "http://127.0.0.1:$(head -1 "$work/fake.port")"
api_key = "sk-bench"
[log]
level = "warning"
TOML
"$build/bin/blufiod" --config "$work/blufio.toml" >"$work/blufiod.log" 2>&1 &
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
export BLUFIO_CONFIG="$work/blufio.toml" NO_COLOR=1
hyperfine --warmup 3 --runs 30 -N --export-markdown "$work/cli.md" \
  "$build/bin/blufio status" "$build/bin/blufio status --json" "$build/bin/blufio doctor" 2>&1 | grep -E 'Time|Benchmark'
cat "$work/cli.md"
