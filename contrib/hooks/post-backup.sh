#!/bin/sh
# Example post-backup hook: backup.sh runs it with the new backup's path when
# BLUFIO_POST_BACKUP=/usr/libexec/blufio/post-backup.sh is set (e.g. in a drop-in for
# blufio-backup.service). It writes a SHA-256 sidecar and, when $BLUFIO_BACKUP_COPY_TO names a
# directory (a mounted disk, say), copies the backup and its sidecar there and verifies the copy.
set -eu

backup=${1:?usage: post-backup.sh BACKUP_FILE}
[ -f "$backup" ] || { echo "post-backup: $backup is not a file" >&2; exit 1; }

dir=$(dirname -- "$backup")
name=$(basename -- "$backup")
(cd "$dir" && sha256sum -- "$name" >"$name.sha256")
echo "post-backup: $(cat "$backup.sha256")"

if [ -n "${BLUFIO_BACKUP_COPY_TO:-}" ]; then
    dest=$BLUFIO_BACKUP_COPY_TO
    cp -- "$backup" "$backup.sha256" "$dest/"
    (cd "$dest" && sha256sum --check --quiet -- "$name.sha256")
    echo "post-backup: copied to $dest/$name"
fi
