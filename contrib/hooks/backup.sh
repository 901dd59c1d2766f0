#!/bin/sh
# Online backup of blufio's database, then pruning of old backups. Run by blufio-backup.service
# (daily, from blufio-backup.timer) as the blufio user; safe to run by hand while blufiod runs.
#
#   backup.sh [DIR]
#
# DIR defaults to $BLUFIO_BACKUP_DIR, else $STATE_DIRECTORY/backups (systemd), else
# /var/lib/blufio/backups. Keeps the newest $BLUFIO_BACKUP_KEEP backups (default 14) and removes
# older blufio-*.db files there, nothing else. When $BLUFIO_POST_BACKUP names an executable, it is
# run with the new backup's path (see post-backup.sh).
set -eu

blufio=${BLUFIO_CLI:-blufio}
state=${STATE_DIRECTORY:-/var/lib/blufio}
state=${state%%:*} # systemd separates several directories with ':'
dir=${1:-${BLUFIO_BACKUP_DIR:-$state/backups}}
keep=${BLUFIO_BACKUP_KEEP:-14}

case $keep in
'' | *[!0-9]*) echo "backup: BLUFIO_BACKUP_KEEP must be a number, not '$keep'" >&2; exit 2 ;;
esac
[ "$keep" -ge 1 ] || { echo "backup: BLUFIO_BACKUP_KEEP must be at least 1" >&2; exit 2; }

umask 077
mkdir -p "$dir"
# UTC timestamps sort in time order and never repeat across DST changes.
target="$dir/blufio-$(date -u +%Y%m%dT%H%M%SZ).db"

# blufio backup writes TARGET.partial, checks integrity, fsyncs, then renames: a failed run leaves
# no file named like a good backup.
"$blufio" backup "$target"

# Prune: names sort by time, so everything before the newest $keep goes.
count=$(find "$dir" -maxdepth 1 -type f -name 'blufio-*.db' | wc -l)
if [ "$count" -gt "$keep" ]; then
    find "$dir" -maxdepth 1 -type f -name 'blufio-*.db' | LC_ALL=C sort | head -n "$((count - keep))" |
        while IFS= read -r old; do
            rm -f -- "$old" "$old.sha256"
            echo "backup: pruned $old"
        done
fi
# Leftovers of interrupted runs.
find "$dir" -maxdepth 1 -type f -name 'blufio-*.db.partial' -mmin +60 -exec rm -f -- {} +

if [ -n "${BLUFIO_POST_BACKUP:-}" ]; then
    "$BLUFIO_POST_BACKUP" "$target"
fi
