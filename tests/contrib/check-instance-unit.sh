#!/bin/sh
# blufio@.service must run like blufio.service: their [Service] sections may differ only in the
# instance's BLUFIO_CONFIG, its environment file (%i.env) and its per-instance state and logs directories (blufio/%i), so hardening
# added to one cannot be forgotten in the other.
#   usage: check-instance-unit.sh BLUFIO_SERVICE BLUFIO_AT_SERVICE
set -eu

main=${1:?usage: check-instance-unit.sh BLUFIO_SERVICE BLUFIO_AT_SERVICE}
template=${2:?usage: check-instance-unit.sh BLUFIO_SERVICE BLUFIO_AT_SERVICE}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

service_section() {
    sed -n '/^\[Service\]/,/^\[/p' "$1" | grep -v '^#' | grep -v '^\[Install\]'
}
service_section "$main" >"$tmp/main"
service_section "$template" |
    grep -vx 'Environment=BLUFIO_CONFIG=/etc/blufio/%i.toml' |
    sed -e 's#^EnvironmentFile=-/etc/blufio/%i.env$#EnvironmentFile=-/etc/blufio/blufio.env#' -e 's#^StateDirectory=blufio/%i$#StateDirectory=blufio#' -e 's#^LogsDirectory=blufio/%i$#LogsDirectory=blufio#' >"$tmp/template"

grep -qx 'Environment=BLUFIO_CONFIG=/etc/blufio/%i.toml' "$template" || { echo "FAIL: $template does not set BLUFIO_CONFIG=/etc/blufio/%i.toml" >&2; exit 1; }
grep -qx 'StateDirectory=blufio/%i' "$template" || { echo "FAIL: $template has no StateDirectory=blufio/%i" >&2; exit 1; }
if ! diff -u "$tmp/main" "$tmp/template" >&2; then
    echo "FAIL: [Service] of $template differs from $main beyond the instance settings (diff above)" >&2
    exit 1
fi
echo "ok: $(basename "$template") runs like $(basename "$main"), with per-instance config, state and logs"
