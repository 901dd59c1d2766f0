#!/usr/bin/env bash
# Builds and runs every benchmark, printing the figures docs/PERFORMANCE.md quotes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --bench
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
echo "== metrics"; build/bin/bench_metrics
echo "== http"; bash bench/http.sh build
echo "== fake LLM alone"; bash bench/fakellm.sh build
echo "== gateway"; bash bench/gateway.sh build
echo "== messages ([8] targets, one table)"; bash bench/messages.sh build
echo "== max_concurrent against one upstream"; bash bench/upstream.sh build
echo "== metrics listener (TLS)"; bash bench/metrics_tls.sh build
echo "== storage"; BLUFIO_BUILD_DIR=build bash bench/storage.sh
echo "== cli"; bash bench/cli.sh build
