#!/usr/bin/env bash
# Installs what is missing, builds, and runs blufiod in the foreground on its built-in defaults:
# 127.0.0.1:3000, data (SQLite) in ./.blufio-local/data. The first run generates a bearer token
# for /v1 and /ws, prints it once and keeps it in ./.blufio-local/bearer_token (mode 0600).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target blufiod blufio

local_dir="$PWD/.blufio-local"
token_file="$local_dir/bearer_token"
mkdir -p "$local_dir/data"
chmod 700 "$local_dir"
if [ ! -s "$token_file" ]; then
  (umask 077 && head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$token_file")
  echo "blufio: generated a bearer token for /v1 and /ws (shown once; kept in $token_file):"
  echo
  echo "    $(cat "$token_file")"
  echo
  echo "    curl -H \"Authorization: Bearer \$(cat $token_file)\" http://127.0.0.1:3000/v1/health"
  echo
fi
BLUFIO_DAEMON_DATA_DIR="$local_dir/data" BLUFIO_GATEWAY_BEARER_TOKEN="$(cat "$token_file")" exec build/bin/blufiod "$@"
