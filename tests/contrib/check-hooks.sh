#!/bin/sh
# Checks the lifecycle hooks in contrib/hooks:
#   - each *.sh is executable, parses (`sh -n`, `bash -n`) and is shellcheck-clean;
#   - backup.sh (with a stub `blufio` on PATH) names the backup blufio-<UTC time>.db, keeps the
#     newest $BLUFIO_BACKUP_KEEP and their .sha256 sidecars, removes older ones and stale .partial
#     files, leaves other files alone, runs $BLUFIO_POST_BACKUP, and prunes nothing when the backup
#     fails; rejects a bad BLUFIO_BACKUP_KEEP;
#   - post-backup.sh writes a sidecar that verifies and copies to $BLUFIO_BACKUP_COPY_TO;
#   - pre-start.sh exits 78 on an invalid config, 0 when only doctor fails, 1 when doctor fails
#     with BLUFIO_HOOK_STRICT=1.
#   usage: check-hooks.sh HOOKS_DIR
set -eu

hooks=$(realpath "${1:?usage: check-hooks.sh HOOKS_DIR}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

n=0
for f in "$hooks"/*.sh; do
    sh "$(dirname "$0")/check-shell.sh" "$f" >/dev/null || fail "$f: see above"
    n=$((n + 1))
done
[ "$n" -ge 3 ] || fail "expected at least 3 hooks in $hooks, found $n"
echo "ok: $n hooks executable, parse, shellcheck-clean"

# A stand-in for the blufio CLI: logs its arguments; `backup PATH` writes PATH.partial then renames.
mkdir -p "$tmp/bin"
cat >"$tmp/bin/blufio" <<'STUB'
#!/bin/sh
echo "$*" >>"$STUB_LOG"
case $1 in
config) exit "${STUB_VALIDATE_RC:-0}" ;;
doctor) exit "${STUB_DOCTOR_RC:-0}" ;;
backup)
    [ "${STUB_BACKUP_RC:-0}" -eq 0 ] || exit "$STUB_BACKUP_RC"
    echo "SQLite format 3 stub" >"$2.partial" && mv "$2.partial" "$2"
    ;;
esac
STUB
chmod +x "$tmp/bin/blufio"
export STUB_LOG="$tmp/calls"
PATH="$tmp/bin:$PATH"
export PATH

# --- backup.sh and post-backup.sh ---
state="$tmp/state"
dir="$state/backups"
mkdir -p "$dir"
for day in 01 02 03 04 05 06 07 08 09 10; do
    echo old >"$dir/blufio-202501${day}T030000Z.db"
    echo sum >"$dir/blufio-202501${day}T030000Z.db.sha256"
done
echo keep >"$dir/notes.txt"
echo partial >"$dir/blufio-20250111T030000Z.db.partial"
touch -d '2 hours ago' "$dir/blufio-20250111T030000Z.db.partial"
echo fresh >"$dir/blufio-20990101T000000Z.db.partial" # a run in progress: not touched

STATE_DIRECTORY="$state:/other" BLUFIO_BACKUP_KEEP=4 BLUFIO_POST_BACKUP="$hooks/post-backup.sh" \
    "$hooks/backup.sh" >"$tmp/out" 2>&1 || { cat "$tmp/out" >&2; fail "backup.sh failed"; }

new=$(sed -n 's/^backup //p' "$STUB_LOG")
case $new in
"$dir"/blufio-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z.db) ;;
*) fail "backup.sh called 'blufio backup $new', expected $dir/blufio-<UTC time>.db" ;;
esac
[ -f "$new" ] || fail "the new backup $new is missing after pruning"
left=$(cd "$dir" && find . -maxdepth 1 -name 'blufio-*.db' | sort | tr '\n' ' ')
expect="./blufio-20250108T030000Z.db ./blufio-20250109T030000Z.db ./blufio-20250110T030000Z.db ./$(basename "$new") "
[ "$left" = "$expect" ] || fail "after pruning: '$left', expected '$expect'"
[ ! -e "$dir/blufio-20250107T030000Z.db.sha256" ] || fail "the sidecar of a pruned backup is left"
[ -e "$dir/blufio-20250108T030000Z.db.sha256" ] || fail "the sidecar of a kept backup was removed"
[ -e "$dir/notes.txt" ] || fail "backup.sh removed a file that is not a backup"
[ ! -e "$dir/blufio-20250111T030000Z.db.partial" ] || fail "a stale .partial was left"
[ -e "$dir/blufio-20990101T000000Z.db.partial" ] || fail "a fresh .partial (a run in progress) was removed"
(cd "$dir" && sha256sum --check --quiet "$(basename "$new").sha256") || fail "post-backup.sh sidecar does not verify"
echo "ok: backup.sh made $(basename "$new"), kept the newest 4, ran post-backup.sh"

# A failed backup prunes nothing and fails the unit.
before=$(find "$dir" -name 'blufio-*.db' | wc -l)
if STATE_DIRECTORY="$state" BLUFIO_BACKUP_KEEP=1 STUB_BACKUP_RC=1 "$hooks/backup.sh" >/dev/null 2>&1; then
    fail "backup.sh succeeded although blufio backup failed"
fi
[ "$(find "$dir" -name 'blufio-*.db' | wc -l)" -eq "$before" ] || fail "backup.sh pruned after a failed backup"
rc=0
BLUFIO_BACKUP_KEEP=ten "$hooks/backup.sh" "$tmp/elsewhere" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "BLUFIO_BACKUP_KEEP=ten: exit $rc, expected 2"
echo "ok: backup.sh fails without pruning when the backup fails, rejects a bad BLUFIO_BACKUP_KEEP"

mkdir "$tmp/offsite"
BLUFIO_BACKUP_COPY_TO="$tmp/offsite" "$hooks/post-backup.sh" "$new" >/dev/null || fail "post-backup.sh with BLUFIO_BACKUP_COPY_TO"
(cd "$tmp/offsite" && sha256sum --check --quiet "$(basename "$new").sha256") || fail "the off-site copy does not verify"
echo "ok: post-backup.sh copies to BLUFIO_BACKUP_COPY_TO and the copy verifies"

# --- pre-start.sh ---
prestart() {
    rc=0
    env "$@" "$hooks/pre-start.sh" >/dev/null 2>&1 || rc=$?
    echo "$rc"
}
[ "$(prestart STUB_VALIDATE_RC=0 STUB_DOCTOR_RC=0)" -eq 0 ] || fail "pre-start.sh fails on a good setup"
[ "$(prestart STUB_VALIDATE_RC=78)" -eq 78 ] || fail "pre-start.sh does not exit 78 on an invalid config"
[ "$(prestart STUB_DOCTOR_RC=1)" -eq 0 ] || fail "pre-start.sh blocks the start on a doctor failure without BLUFIO_HOOK_STRICT"
[ "$(prestart STUB_DOCTOR_RC=1 BLUFIO_HOOK_STRICT=1)" -eq 1 ] || fail "pre-start.sh ignores a doctor failure with BLUFIO_HOOK_STRICT=1"
grep -qx 'config validate' "$STUB_LOG" || fail "pre-start.sh did not run 'blufio config validate'"
grep -qx 'doctor' "$STUB_LOG" || fail "pre-start.sh did not run 'blufio doctor'"
echo "ok: pre-start.sh: 78 on bad config, doctor failures block only with BLUFIO_HOOK_STRICT=1"
