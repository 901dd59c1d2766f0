#!/bin/sh
# Checks contrib/logrotate/blufio with logrotate itself, on a copy whose paths point into a temp dir
# and whose su/create owner is the current user (the blufio user need not exist here):
#   1. `logrotate -d` (debug, changes nothing) parses it without errors;
#   2. a forced real rotation rotates the main and the instance log, creates new empty logs, and
#      runs the postrotate script once, which asks systemd to reload (SIGHUP) blufio.service and
#      the blufio@ instances (systemctl is a stub on PATH that records its arguments);
#   3. a failing reload makes logrotate fail instead of being hidden.
#   usage: check-logrotate.sh LOGROTATE_CONF
set -eu

conf=${1:?usage: check-logrotate.sh LOGROTATE_CONF}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

user=$(id -un)
group=$(id -gn)
grep -q '/var/log/blufio' "$conf" || fail "$conf does not mention /var/log/blufio"
sed -e "s#/var/log/blufio#$tmp/log#g" \
    -e "s#^\([[:space:]]*su\) blufio blufio#\1 $user $group#" \
    -e "s#^\([[:space:]]*create [0-7]*\) blufio blufio#\1 $user $group#" "$conf" >"$tmp/blufio.conf"
# logrotate refuses configuration files writable by others.
chmod 0644 "$tmp/blufio.conf"
mkdir -p "$tmp/log/work" "$tmp/bin"
chmod 0750 "$tmp/log" "$tmp/log/work"
echo "main line" >"$tmp/log/blufio.log"
echo "instance line" >"$tmp/log/work/blufio.log"

out=$(logrotate -d -s "$tmp/state" "$tmp/blufio.conf" 2>&1) || fail "logrotate -d exited $?: $out"
if printf '%s\n' "$out" | grep -i '^error'; then
    fail "logrotate -d reported errors"
fi
echo "ok: logrotate -d parses $(basename "$conf")"

cat >"$tmp/bin/systemctl" <<STUB
#!/bin/sh
echo "\$*" >>"$tmp/systemctl.calls"
STUB
chmod +x "$tmp/bin/systemctl"
PATH="$tmp/bin:$PATH" logrotate -f -s "$tmp/state" "$tmp/blufio.conf" || fail "forced rotation failed"

for log in blufio.log work/blufio.log; do
    [ -s "$tmp/log/$log.1" ] || fail "$log was not rotated to $log.1"
    { [ -f "$tmp/log/$log" ] && [ ! -s "$tmp/log/$log" ]; } || fail "no new empty $log after rotation"
    mode=$(stat -c %a "$tmp/log/$log")
    [ "$mode" = 640 ] || fail "new $log has mode $mode, expected 640"
done
echo "ok: forced rotation rotated both logs and created new ones with mode 640"

[ -f "$tmp/systemctl.calls" ] || fail "postrotate did not call systemctl"
calls=$(wc -l <"$tmp/systemctl.calls")
[ "$calls" -eq 1 ] || fail "postrotate ran $calls times, expected once (sharedscripts)"
call=$(cat "$tmp/systemctl.calls")
case $call in
*reload*blufio.service*"blufio@*.service"*) echo "ok: postrotate ran: systemctl $call" ;;
*) fail "postrotate ran 'systemctl $call', expected a reload of blufio.service and blufio@*.service" ;;
esac

# A reload that fails must not pass silently: logrotate reports it (exit status not 0).
echo "more" >>"$tmp/log/blufio.log"
printf '#!/bin/sh\nexit 1\n' >"$tmp/bin/systemctl"
if PATH="$tmp/bin:$PATH" logrotate -f -s "$tmp/state" "$tmp/blufio.conf" 2>/dev/null; then
    fail "logrotate succeeded although the reload in postrotate failed"
fi
echo "ok: a failed reload makes logrotate fail"
