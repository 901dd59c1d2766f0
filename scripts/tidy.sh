#!/usr/bin/env bash
# clang-tidy 14 over the product's sources (common, metrics, providers, daemon, cli, tray) with the
# checks of .clang-tidy, every finding an error. Uses the compile_commands.json of a configured build.
#   usage: scripts/tidy.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/tidy.sh BUILD_DIR}
[ -f "$build/compile_commands.json" ] || { echo "tidy.sh: no $build/compile_commands.json (configure first)"; exit 1; }
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy)
# Only the product's own translation units; moc/rcc output and tests are not ours to lint here.
"$runner" -quiet -p "$build" -j "$(nproc)" -clang-tidy-binary "$(command -v clang-tidy-14 || command -v clang-tidy)" \
  "$PWD/(common|metrics|providers|daemon|cli|tray)/.*\.cpp$" 2>&1 \
  | grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated|^Suppressed [0-9]+ warnings|^Use -header-filter|^clang-tidy-14 |^Running clang-tidy|^Enabled checks|^ +[a-z]+-' \
  | tee "$build/clang-tidy.log"
# run-clang-tidy returns non-zero when any file had an error-level finding (WarningsAsErrors: '*').
if grep -qE '(warning|error): .*\[[a-z0-9.,-]+\]$' "$build/clang-tidy.log"; then
  echo "tidy.sh: findings above (full log: $build/clang-tidy.log)"
  exit 1
fi
echo "tidy.sh: clean"
