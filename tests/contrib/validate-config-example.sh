#!/bin/sh
# Runs `blufio config validate` on contrib/blufio.toml.example as shipped and with every
# commented-out key enabled, in a clean environment (no BLUFIO_* overrides, no user config).
#   usage: validate-config-example.sh BLUFIO EXAMPLE CHECK_CONFIG_EXAMPLE_PY CONFIG_SCHEMA_CPP
set -eu

usage="usage: validate-config-example.sh BLUFIO EXAMPLE CHECK_CONFIG_EXAMPLE_PY CONFIG_SCHEMA_CPP"
blufio=${1:?$usage}
example=${2:?$usage}
checker=${3:?$usage}
schema=${4:?$usage}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$checker" "$example" "$schema" --print-uncommented >"$tmp/all-keys.toml"

for f in "$example" "$tmp/all-keys.toml"; do
    if env -i PATH="$PATH" HOME="$tmp" LC_ALL=C.UTF-8 "$blufio" config validate "$f"; then
        echo "ok: blufio config validate $f"
    else
        echo "FAIL: blufio config validate $f (exit $?)" >&2
        exit 1
    fi
done
