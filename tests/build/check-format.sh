#!/bin/bash
# Every C++ file of the tree as clang-format 14 (Debian 12's) formats it with the repository's
# .clang-format; any difference fails and is shown. Fix with: clang-format-14 -i FILE...
set -u
src=$1
tool=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$tool" ] || { echo "clang-format-14 is not installed (scripts/setup.sh installs it)"; exit 1; }
cd "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find common metrics providers daemon cli tray tests bench -name '*.cpp' -o -name '*.h')
fi
out=$("$tool" --dry-run --Werror "${files[@]}" 2>&1)
rc=$?
if [ $rc -ne 0 ]; then
  echo "$out" | grep -E '^[^ ].*(warning|error):' | sed 's/: warning: code should be clang-formatted.*//' | sort -u | head -50
  echo "FAIL: $(echo "$out" | grep -cE '(warning|error):') places differ from clang-format; run clang-format-14 -i on the files above"
  exit 1
fi
echo "clang-format: ${#files[@]} files clean"
