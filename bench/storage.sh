#!/bin/sh
# Storage benchmark ([8]): builds blufio-bench-storage if needed and runs it on an empty database and on
# one holding 20 000 sessions (200 000 messages), so a cost that grows with the history shows.
#   bench/storage.sh [--messages 3000] [--per-session 10] [--dir DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BLUFIO_BUILD_DIR:-$root/build}
if [ ! -x "$build/bin/blufio-bench-storage" ]; then
    cmake -S "$root" -B "$build" -G Ninja >/dev/null
    cmake --build "$build" --target blufio-bench-storage
fi
echo "host: $(uname -srm), $(nproc) CPUs"
"$build/bin/blufio-bench-storage" --prefill 0 "$@"
"$build/bin/blufio-bench-storage" --prefill 20000 "$@"
