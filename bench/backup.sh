#!/bin/sh
# Backup benchmark (issue 4): builds blufio-bench-backup if needed and runs it once.
#   bench/backup.sh [--size-mb 100] [--runs 3] [--rate 50] [--pages-per-step 128] [--pause-us 0] [--dir DIR]
# Needs the sqlite3 shell on PATH (Debian: apt install sqlite3). Put DIR on the disk you care about;
# the default is a temporary directory.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BLUFIO_BUILD_DIR:-$root/build}
if [ ! -x "$build/bin/blufio-bench-backup" ]; then
    cmake -S "$root" -B "$build" -G Ninja >/dev/null
    cmake --build "$build" --target blufio-bench-backup
fi
command -v sqlite3 >/dev/null || { echo "backup.sh: the sqlite3 shell is needed (apt install sqlite3)" >&2; exit 1; }
echo "host: $(uname -srm), $(nproc) CPUs, $(awk '/MemTotal/ {print int($2/1024) " MiB"}' /proc/meminfo)"
exec "$build/bin/blufio-bench-backup" "$@"
