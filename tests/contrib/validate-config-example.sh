#!/bin/sh
# Runs `blufio config validate` on contrib/blufio.toml.example as shipped and with every
# commented-out key enabled, in a clean environment (no BLUFIO_* overrides, no user config, no
# BLUFIO_VAULT_KEY: the example's vault: references count as credentials and are left unresolved).
#   usage: validate-config-example.sh BLUFIO EXAMPLE CHECK_CONFIG_EXAMPLE_PY CONFIG_SCHEMA_CPP
set -eu

usage="usage: validate-config-example.sh BLUFIO EXAMPLE CHECK_CONFIG_EXAMPLE_PY CONFIG_SCHEMA_CPP"
blufio=${1:?$usage}
example=${2:?$usage}
checker=${3:?$usage}
schema=${4:?$usage}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$checker" "$example" "$schema" --print-uncommented >"$tmp/all-keys.toml.in"

# `config validate` checks the metrics listener's files as blufiod does (readable, key matching the
# certificate, key private), so the all-keys variant points at a real CA and certificate made here
# instead of the example's /etc/blufio paths, which do not exist on a test machine.
umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=test-ca \
    -keyout "$tmp/ca.key" -out "$tmp/scraper-ca.crt" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=localhost \
    -keyout "$tmp/metrics.key" -out "$tmp/metrics.csr" 2>/dev/null
openssl x509 -req -in "$tmp/metrics.csr" -CA "$tmp/scraper-ca.crt" -CAkey "$tmp/ca.key" -CAcreateserial \
    -days 2 -out "$tmp/metrics.crt" 2>/dev/null
grep -q '"/etc/blufio/metrics.crt"' "$tmp/all-keys.toml.in" || { echo "FAIL: example has no tls_cert path" >&2; exit 1; }
sed -e "s|\"/etc/blufio/metrics.crt\"|\"$tmp/metrics.crt\"|" \
    -e "s|\"/etc/blufio/metrics.key\"|\"$tmp/metrics.key\"|" \
    -e "s|\"/etc/blufio/scraper-ca.crt\"|\"$tmp/scraper-ca.crt\"|" \
    "$tmp/all-keys.toml.in" >"$tmp/all-keys.toml"

for f in "$example" "$tmp/all-keys.toml"; do
    # A clean environment, but for the markers of tests/support/no-leftovers and TMPDIR.
    if env -i PATH="$PATH" HOME="$tmp" LC_ALL=C.UTF-8 TMPDIR="${TMPDIR:-/tmp}" BLUFIO_TEST_ID="${BLUFIO_TEST_ID:-}" \
        BLUFIO_TEST_ROOT="${BLUFIO_TEST_ROOT:-}" BLUFIO_TEST_INVOCATION="${BLUFIO_TEST_INVOCATION:-}" \
        "$blufio" config validate "$f"; then
        echo "ok: blufio config validate $f"
    else
        echo "FAIL: blufio config validate $f (exit $?)" >&2
        exit 1
    fi
done
