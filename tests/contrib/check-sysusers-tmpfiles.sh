#!/bin/sh
# Applies the sysusers.d and tmpfiles.d snippets to an empty alternate root and checks the result:
# a system user and group "blufio" with no login shell, and /var/lib/blufio, its backups directory
# and /var/log/blufio owned by that user with mode 0750.
#   usage: check-sysusers-tmpfiles.sh SYSUSERS_CONF TMPFILES_CONF
set -eu

# Creating files owned by another user in the alternate root needs root; skipped otherwise (77).
if [ "$(id -u)" -ne 0 ]; then
    echo "skip: needs root to chown in an alternate root"
    exit 77
fi

sysusers=$(realpath "${1:?usage: check-sysusers-tmpfiles.sh SYSUSERS_CONF TMPFILES_CONF}")
tmpfiles=$(realpath "${2:?usage: check-sysusers-tmpfiles.sh SYSUSERS_CONF TMPFILES_CONF}")

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/etc"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

systemd-sysusers --root="$root" "$sysusers" || fail "systemd-sysusers $sysusers"
entry=$(grep '^blufio:' "$root/etc/passwd") || fail "no user blufio in the alternate root's /etc/passwd"
uid=$(echo "$entry" | cut -d: -f3)
gid=$(echo "$entry" | cut -d: -f4)
shell=$(echo "$entry" | cut -d: -f7)
{ [ "$uid" -gt 0 ] && [ "$uid" -lt 1000 ]; } || fail "blufio uid $uid is not a system uid"
grep -q "^blufio:x:$gid:" "$root/etc/group" || fail "no group blufio with gid $gid"
case $shell in */nologin | */false) ;; *) fail "blufio has a login shell: $shell" ;; esac
echo "ok: sysusers: blufio uid $uid gid $gid shell $shell"

systemd-tmpfiles --root="$root" --create "$tmpfiles" || fail "systemd-tmpfiles --create $tmpfiles"
for d in /var/lib/blufio /var/lib/blufio/backups /var/log/blufio; do
    [ -d "$root$d" ] || fail "$d not created"
    got=$(stat -c '%a %u %g' "$root$d")
    [ "$got" = "750 $uid $gid" ] || fail "$d is '$got' (mode uid gid), expected '750 $uid $gid'"
    echo "ok: tmpfiles: $d $got"
done
