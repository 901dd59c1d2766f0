#!/bin/sh
# Each FILE is executable, parses with sh -n and bash -n, and is shellcheck-clean.
#   usage: check-shell.sh FILE...
set -eu

[ $# -gt 0 ] || { echo "usage: check-shell.sh FILE..." >&2; exit 2; }
command -v shellcheck >/dev/null || { echo "FAIL: shellcheck is not installed (scripts/setup.sh installs it)" >&2; exit 1; }
for f in "$@"; do
    [ -x "$f" ] || { echo "FAIL: $f is not executable" >&2; exit 1; }
    sh -n "$f" || { echo "FAIL: sh -n $f" >&2; exit 1; }
    bash -n "$f" || { echo "FAIL: bash -n $f" >&2; exit 1; }
    shellcheck "$f" || { echo "FAIL: shellcheck $f" >&2; exit 1; }
    echo "ok: $f"
done
