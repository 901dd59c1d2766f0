#!/usr/bin/env bash
# Fails when a user-visible string in the sources is missing from a translations/*.ts file or is
# still unfinished there (what Mumble checks in CI). Runs lupdate on copies, never on the originals.
#   usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/blufio_*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  out=$(cd "$src" && "$lupdate" -locations none -no-obsolete common providers daemon cli tray -ts "$copy" 2>&1)
  new=$(printf '%s\n' "$out" | sed -n 's/.*(\([0-9]*\) new and.*/\1/p' | head -1)
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  total=$(grep -c '<source>' "$copy" || true)
  echo "$(basename "$ts"): $total strings, ${new:-?} new in the sources, $unfinished unfinished"
  if [ "${new:-1}" != 0 ] || [ "$unfinished" != 0 ] || [ "$total" = 0 ]; then
    status=1
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -5 | sed 's/^/  unfinished: /'
  fi
done
[ $status = 0 ] && echo "translations complete" || echo "run: cmake --build build --target update_translations, then translate the unfinished strings"
exit $status
