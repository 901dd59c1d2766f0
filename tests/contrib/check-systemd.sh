#!/bin/sh
# Checks systemd unit files with systemd's own tools:
#   - `systemd-analyze verify` reports nothing (it exits 0 on unknown keys and bad values, so any
#     output counts as a failure);
#   - `systemd-analyze security --offline=true` scores every service at most MAX_EXPOSURE.
# The units name programs that are only there once installed (/usr/bin/blufiod,
# /usr/libexec/blufio/backup.sh); verify is run on copies that point at $BLUFIO_TEST_EXEC (default:
# the `true` program). Templates are checked as an instance ("name@test.service"). An argument
# UNIT.d=FILE.conf adds FILE.conf as a drop-in of UNIT (checked by verify along with UNIT).
#   usage: check-systemd.sh MAX_EXPOSURE UNIT_FILE|UNIT.d=DROPIN.conf...
set -eu

max=${1:?usage: check-systemd.sh MAX_EXPOSURE UNIT_FILE...}
shift
[ $# -gt 0 ] || { echo "check-systemd: no unit files given" >&2; exit 2; }
exe=${BLUFIO_TEST_EXEC:-$(command -v true)}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

instances=""
for unit in "$@"; do
    case $unit in
    *.d=*.conf)
        dropin_dir="$tmp/${unit%%=*}"
        mkdir -p "$dropin_dir"
        sed -e "s#/usr/libexec/blufio/[a-z-]*\.sh#$exe#g" "${unit#*=}" >"$dropin_dir/$(basename "${unit#*=}")"
        continue
        ;;
    esac
    name=$(basename "$unit")
    case $name in
    *@.*) copy=${name%%@.*}@test.${name#*@.} ;;
    *) copy=$name ;;
    esac
    sed -e "s#/usr/bin/blufiod#$exe#g" -e "s#/usr/libexec/blufio/[a-z-]*\.sh#$exe#g" "$unit" >"$tmp/$copy"
    instances="$instances $tmp/$copy"
done

status=0
# shellcheck disable=SC2086 # word splitting of the file list is intended; temp paths have no spaces
if ! out=$(cd "$tmp" && systemd-analyze verify $instances 2>&1) || [ -n "$out" ]; then
    echo "FAIL: systemd-analyze verify:" >&2
    echo "$out" >&2
    status=1
else
    echo "ok: systemd-analyze verify:$(for f in $instances; do printf ' %s' "$(basename "$f")"; done)"
fi

for f in $instances; do
    case $f in *.service) ;; *) continue ;; esac
    out=$(systemd-analyze security --offline=true --no-pager "$f" 2>&1) || true
    score=$(printf '%s\n' "$out" | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
    if [ -z "$score" ]; then
        echo "FAIL: no exposure level for $(basename "$f"):" >&2
        echo "$out" >&2
        status=1
    elif awk -v s="$score" -v m="$max" 'BEGIN { exit !(s > m) }'; then
        echo "FAIL: $(basename "$f") exposure $score > $max; the exposed settings:" >&2
        printf '%s\n' "$out" | grep '✗' >&2 || true
        status=1
    else
        echo "ok: $(basename "$f") exposure $score <= $max"
    fi
done
exit $status
