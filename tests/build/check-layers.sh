#!/bin/bash
# The target graph, checked on the sources and on the linked program (issue [10]):
#   common <- metrics <- providers <- daemon;  common + providers <- cli;  common <- tray.
# A folder may include only the folders below it, and `blufio` must not load what serves HTTP.
set -u
src=$1 bin=$2
fail=0
check() { # folder, forbidden include prefixes...
  local dir=$1; shift
  for prefix in "$@"; do
    hits=$(grep -rnE "^#include \"${prefix}/" "$src/$dir" --include='*.h' --include='*.cpp' || true)
    if [ -n "$hits" ]; then
      echo "FAIL: $dir/ includes $prefix/:"; echo "$hits"; fail=1
    fi
  done
}
check common daemon providers metrics cli tray
check metrics daemon providers cli tray
check providers daemon cli tray
check cli daemon tray
check tray daemon providers metrics cli
check daemon cli tray

needed=$(readelf -d "$bin/blufio" | grep NEEDED)
for lib in libQt6HttpServer libQt6WebSockets libsystemd libQt6Widgets; do
  if grep -q "$lib" <<<"$needed"; then
    echo "FAIL: blufio links $lib"; fail=1
  fi
done
[ $fail = 0 ] && echo "layers and links: ok"
exit $fail
