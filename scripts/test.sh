#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (what CI runs).
#   usage: scripts/test.sh [ctest arguments...]     e.g. scripts/test.sh -L unit
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
build=${BLUFIO_BUILD_DIR:-build}
# CI=true turns warnings into errors (cmake/BlufioOptions.cmake).
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBLUFIO_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
cd "$build"
ctest --output-on-failure -j"$(nproc)" --timeout 600 "$@"
