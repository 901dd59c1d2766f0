#!/usr/bin/env bash
# The operator's path through the packages in a fresh, minimal Debian 12 root (debootstrap
# --variant=minbase, cached as BUILD/debian-root.tar): what docs/DEPLOYMENT.md says, step by step.
#   1. apt-get install --no-install-recommends ./blufio_VERSION_ARCH.deb: no GUI library comes
#      with it; the blufio user, its directories, /etc/blufio/blufio.toml and blufio.env
#      (0640 root:blufio, a 64-digit token) exist; the units pass systemd-analyze verify;
#   2. blufiod started as the unit starts it (ExecStart=, Environment=, EnvironmentFile= as the
#      installed unit says, as user blufio; systemd cannot run as PID 1 in a chroot) answers
#      /health 200 and /v1/health 200 with the generated token (401 without); blufio doctor's local
#      checks pass; blufio backup works (the QSQLITE driver is there);
#   3. upgrade to a rebuilt package (version +rebuild1) keeps the configuration and the data;
#   4. remove stops and disables the units; purge leaves /etc/blufio, /var/lib/blufio and the
#      user, and removes the logs and the logrotate conffile;
#   5. blufio-tray resolves alone (apt-get -s), without pulling blufio in.
# Needs root, debootstrap and the Debian mirror; exit 77 (skipped) otherwise, saying which.
# The daemon runs in its own network namespace, so its fixed port cannot collide with the host's.
#   usage: install-test.sh BUILD_DIR CPACK
set -euo pipefail

build=$(cd "${1:?usage: install-test.sh BUILD_DIR CPACK}" && pwd)
cpack=${2:?usage: install-test.sh BUILD_DIR CPACK}
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap, chroot, mounts); CI runs it as root"
for tool in debootstrap chroot unshare ip curl tar; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/setup.sh installs debootstrap)"
done
mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$mirror" ] || skip "no Debian mirror in /etc/apt/sources.list.d/debian.sources or sources.list"
curl -fsS -o /dev/null --max-time 20 "$mirror/dists/bookworm/Release" || skip "the Debian mirror $mirror is not reachable (no network?)"

deb=$(ls "$build"/blufio_*.deb 2>/dev/null | head -n 1)
tray_deb=$(ls "$build"/blufio-tray_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no $build/blufio_*.deb: run the package_build test (cpack -G DEB) first"
version=$(dpkg-deb -f "$deb" Version)

cache=$build/debian-root.tar
if [ ! -f "$cache" ]; then
    step "bootstrapping a minimal Debian 12 root into $cache (once)"
    base=$(mktemp -d "$build/debian-root-base.XXXXXX")
    if ! debootstrap --variant=minbase bookworm "$base" "$mirror" >"$build/debian-root.log" 2>&1; then
        tail -n 20 "$build/debian-root.log" >&2
        rm -rf "$base"
        fail "debootstrap failed (log: $build/debian-root.log)"
    fi
    chmod 0755 "$base"
    tar -C "$base" -cf "$cache.partial" . && mv "$cache.partial" "$cache"
    rm -rf "$base"
fi

root=$(mktemp -d "$build/debian-root-test.XXXXXX")
mounted=()
ns_holder= # a process alone in the test's network namespace, which lives as long as it does
cleanup() {
    set +e
    # Whatever still runs inside the root (a daemon of a failed step): by its root directory.
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -KILL "${p#/proc/}" 2>/dev/null
    done
    [ -z "$ns_holder" ] || { kill "$ns_holder"; wait "$ns_holder"; } 2>/dev/null
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}"; done
    rm -rf "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$cache"
# mktemp's 0700 (also in the cached tar's "." of older runs) would lock every user but root out.
chmod 0755 "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
    rm -f "$root/etc/apt/sources.list"
fi
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind /dev "$root/dev" && mounted+=("$root/dev")
mount --bind /dev/pts "$root/dev/pts" && mounted+=("$root/dev/pts")
mkdir -p "$root/tmp/pkg"
cp "$deb" "$root/tmp/pkg/"
[ -z "$tray_deb" ] || cp "$tray_deb" "$root/tmp/pkg/"

# in_root COMMAND...: runs a shell command line in the root with a clean environment.
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin sh -c "$*" </dev/null
}
# expect_stat PATH MODE OWNER:GROUP
expect_stat() {
    local got
    got=$(in_root "stat -c '%a %U:%G' '$1'") || fail "$1 does not exist"
    [ "$got" = "$2 $3" ] || fail "$1 is '$got', expected '$2 $3'"
}

step "apt-get install --no-install-recommends ./$(basename "$deb")"
in_root "apt-get update -qq" >/dev/null
count_before=$(in_root "dpkg-query -W -f='\${Package}\n'" | wc -l)
in_root "apt-get install -y -q --no-install-recommends /tmp/pkg/$(basename "$deb")" >"$build/install-test-install.log" 2>&1 ||
    { tail -n 30 "$build/install-test-install.log" >&2; fail "installation failed"; }
grep -F 'blufio: generated the gateway'"'"'s bearer token in /etc/blufio/blufio.env' "$build/install-test-install.log" ||
    fail "postinst did not say where the token is"
gui=$(in_root "dpkg-query -W -f='\${Package}\n'" | grep -E '^(libqt6gui6|libqt6widgets6|libgtk|libgl1|libx11-6|mesa|systemd-sysv)' || true)
[ -z "$gui" ] || fail "a server installation pulled in: $(echo "$gui" | tr '\n' ' ')"
echo "packages in the root: $count_before before, $(in_root "dpkg-query -W -f='\${Package}\n'" | wc -l) with blufio"

step "user, directories, configuration"
in_root "getent passwd blufio" | grep -q ':/var/lib/blufio:/usr/sbin/nologin$' || fail "no blufio system user"
expect_stat /var/lib/blufio 750 blufio:blufio
expect_stat /var/lib/blufio/backups 750 blufio:blufio
expect_stat /var/log/blufio 750 blufio:blufio
expect_stat /etc/blufio 755 root:root
expect_stat /etc/blufio/blufio.toml 640 root:blufio
expect_stat /etc/blufio/blufio.env 640 root:blufio
token=$(sed -n 's/^BLUFIO_GATEWAY_BEARER_TOKEN=//p' "$root/etc/blufio/blufio.env")
[[ $token =~ ^[0-9a-f]{64}$ ]] || fail "blufio.env holds no 64-digit token"
grep -qx 'data_dir = "/var/lib/blufio"' "$root/etc/blufio/blufio.toml" || fail "blufio.toml does not name data_dir"
grep -q '^bearer_token' "$root/etc/blufio/blufio.toml" && fail "blufio.toml still sets bearer_token"
unit=$root/usr/lib/systemd/system/blufio.service
[ -f "$unit" ] || fail "no /usr/lib/systemd/system/blufio.service"
for u in blufio.service blufio@.service blufio-backup.service blufio-backup@.service blufio-backup.timer blufio-backup@.timer; do
    # Instances need a name to be checked.
    name=$u; case $u in *@.*) name=${u/@./@check.} ;; esac
    out=$(in_root "SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no /usr/lib/systemd/system/$name 2>&1") ||
        { echo "$out" >&2; fail "systemd-analyze verify $name"; }
    # Only the root's own missing pieces (no running systemd, no network-online.target user) are excused.
    rest=$(echo "$out" | grep -v -e 'Failed to connect to bus' -e 'Unit network-online.target' -e '^$' || true)
    [ -z "$rest" ] || { echo "$rest" >&2; fail "systemd-analyze verify $name reported problems"; }
done

# start_daemon: blufiod as the unit starts it, in the background, in the test's network namespace.
# The command line and environment are read from the installed unit, not repeated here.
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
[ "$exec_start" = /usr/bin/blufiod ] || fail "ExecStart=$exec_start, expected /usr/bin/blufiod"
unit_env=$(sed -n 's/^Environment=//p' "$unit" | tr '\n' ' ')
env_file=$(sed -n 's/^EnvironmentFile=-\{0,1\}//p' "$unit")
[ "$env_file" = /etc/blufio/blufio.env ] || fail "EnvironmentFile=$env_file, expected /etc/blufio/blufio.env"

# Everything that talks to the daemon runs in one private network namespace (the host's port 3000
# may be taken), held open by a sleeping process and entered with nsenter --net. Not `ip netns`: its
# exec remounts / and /sys, which fails where / is not a mount point (inside a chroot, as in
# fresh-debian), and its named namespaces are mounts under /run/netns that outlive a killed test.
unshare --net sleep infinity &
ns_holder=$!
# Until unshare has exec'd sleep, the holder is still in the host's namespace; if it failed, it is gone.
ns_ready() {
    local ns
    ns=$(readlink "/proc/$ns_holder/ns/net" 2>/dev/null) && [ -n "$ns" ] && [ "$ns" != "$(readlink /proc/self/ns/net)" ]
}
for _ in $(seq 1 50); do
    ns_ready && break
    kill -0 "$ns_holder" 2>/dev/null || break
    sleep 0.1
done
ns_ready || skip "cannot create a network namespace (unshare --net; a container without CAP_SYS_ADMIN?)"
in_ns() { nsenter --net="/proc/$ns_holder/ns/net" "$@"; }
in_ns ip link set lo up
daemon_pid= # the background job (a subshell running nsenter ... blufiod)
blufiod_pid= # blufiod itself: the process named blufiod whose root is the test root
find_blufiod() {
    local p
    for p in /proc/[0-9]*; do
        if [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && [ "$(cat "$p/comm" 2>/dev/null)" = blufiod ]; then
            echo "${p#/proc/}"
            return 0
        fi
    done
}
start_daemon() {
    in_ns chroot "$root" /usr/bin/env -i LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        STATE_DIRECTORY=/var/lib/blufio LOGS_DIRECTORY=/var/log/blufio CONFIGURATION_DIRECTORY=/etc/blufio \
        $unit_env sh -c "set -a; . '$env_file'; set +a; umask 0077; exec setpriv --reuid=blufio --regid=blufio --init-groups $exec_start" \
        >>"$build/install-test-daemon.log" 2>&1 &
    daemon_pid=$!
    # Generous: a loaded CI machine may take a while to start it; a hung start still ends the test.
    for _ in $(seq 1 600); do
        if in_ns curl -fsS --max-time 5 -o /dev/null http://127.0.0.1:3000/health 2>/dev/null; then
            blufiod_pid=$(find_blufiod)
            [ -n "$blufiod_pid" ] || fail "something answers /health, but no blufiod runs in the root"
            return 0
        fi
        kill -0 "$daemon_pid" 2>/dev/null || { tail -n 20 "$build/install-test-daemon.log" >&2; fail "blufiod exited"; }
        sleep 0.2
    done
    fail "blufiod did not answer /health within 2 minutes"
}
stop_daemon() {
    kill -TERM "$blufiod_pid"
    wait "$daemon_pid" || fail "blufiod exited $? on SIGTERM"
    daemon_pid=''
    blufiod_pid=''
}
check_daemon() {
    code=$(in_ns curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:3000/health)
    [ "$code" = 200 ] || fail "/health answered $code"
    code=$(in_ns curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:3000/v1/health)
    [ "$code" = 401 ] || fail "/v1/health without the token answered $code, expected 401"
    body=$(in_ns curl -fsS -H "Authorization: Bearer $token" http://127.0.0.1:3000/v1/health) ||
        fail "/v1/health refused the generated token"
    echo "$body" | grep -q '"commit"' || fail "/v1/health's build has no commit: $body"
}
: >"$build/install-test-daemon.log"

step "blufiod as user blufio with /etc/blufio/blufio.toml and the generated token"
start_daemon
check_daemon
uid=$(awk '/^Uid:/{print $2}' "/proc/$blufiod_pid/status")
[ "$uid" = "$(in_root 'id -u blufio')" ] || fail "blufiod runs as uid $uid, not as blufio"
# The CLI as the docs run it: as blufio, with the environment file.
cli() { in_ns chroot "$root" /usr/bin/env -i LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    setpriv --reuid=blufio --regid=blufio --init-groups sh -c "set -a; . /etc/blufio/blufio.env; set +a; $*"; }
doctor=$(cli "blufio doctor --json" || true)
echo "$doctor" >"$build/install-test-doctor.json"
python3 - "$build/install-test-doctor.json" <<'PY' || fail "blufio doctor's local checks failed (see $build/install-test-doctor.json)"
import json, sys
checks = {c["id"]: c for c in json.load(open(sys.argv[1]))["checks"]}
# The provider needs the network and an API key, systemd a running systemd: not local.
bad = [f'{i}: {c["status"]}: {c["message"]}' for i, c in checks.items()
       if i in ("config", "data_dir", "database", "gateway_auth", "auth", "port") and c["status"] == "fail"]
missing = [i for i in ("config", "data_dir", "database") if i not in checks]
print("\n".join(bad + [f"missing check {m}" for m in missing]))
sys.exit(1 if bad or missing else 0)
PY
cli "blufio backup /var/lib/blufio/backups/install-test.db" || fail "blufio backup failed"
# Without Qt's SQLite plugin (what the missing Depends did), doctor must fail and name the package.
plugin=$(in_root "dpkg -L libqt6sql6-sqlite" | grep '/libqsqlite\.so$') || fail "libqt6sql6-sqlite has no libqsqlite.so"
# Out of its directory: Qt tries every file in sqldrivers/, whatever its name.
mv "$root$plugin" "$root/tmp/libqsqlite.so.hidden"
nodriver=$(cli "blufio doctor" 2>&1) && { mv "$root/tmp/libqsqlite.so.hidden" "$root$plugin"; fail "blufio doctor passed without the QSQLITE driver"; }
mv "$root/tmp/libqsqlite.so.hidden" "$root$plugin"
echo "$nodriver" | grep -q 'libqt6sql6-sqlite' || fail "doctor without the QSQLITE driver does not name libqt6sql6-sqlite: $nodriver"
stop_daemon
[ -f "$root/var/lib/blufio/blufio.db" ] || fail "no database in /var/lib/blufio"

# Local changes an upgrade must keep.
echo "# kept across upgrades" >>"$root/etc/blufio/blufio.toml"
before=$(cd "$root" && sha256sum etc/blufio/blufio.toml etc/blufio/blufio.env var/lib/blufio/backups/install-test.db)
in_root "systemctl enable blufio.service blufio-backup.timer" >/dev/null 2>&1 || fail "systemctl enable in the root"
[ -L "$root/etc/systemd/system/multi-user.target.wants/blufio.service" ] || fail "enable made no link"

step "upgrade to a rebuilt package"
upgrade_dir=$build/package-upgrade
rm -rf "$upgrade_dir"
BLUFIO_DEB_VERSION="$version+rebuild1" "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$upgrade_dir" -D CPACK_COMPONENTS_ALL=blufio >"$build/install-test-cpack.log" 2>&1 ||
    { tail -n 20 "$build/install-test-cpack.log" >&2; fail "cpack of the rebuilt package failed"; }
new_deb=$(ls "$upgrade_dir"/blufio_*.deb | head -n 1)
[ "$(dpkg-deb -f "$new_deb" Version)" = "$version+rebuild1" ] || fail "the rebuilt package is not version $version+rebuild1"
cp "$new_deb" "$root/tmp/pkg/"
in_root "apt-get install -y -q --no-install-recommends /tmp/pkg/$(basename "$new_deb")" >"$build/install-test-upgrade.log" 2>&1 ||
    { tail -n 30 "$build/install-test-upgrade.log" >&2; fail "upgrade failed"; }
[ "$(in_root "dpkg-query -W -f='\${Version}' blufio")" = "$version+rebuild1" ] || fail "not upgraded"
after=$(cd "$root" && sha256sum etc/blufio/blufio.toml etc/blufio/blufio.env var/lib/blufio/backups/install-test.db)
[ "$before" = "$after" ] || fail "the upgrade changed the configuration or the data"
grep -q 'generated the gateway' "$build/install-test-upgrade.log" && fail "the upgrade generated a new token"
start_daemon
check_daemon
stop_daemon

step "apt-get remove blufio"
in_root "apt-get remove -y -q blufio" >"$build/install-test-remove.log" 2>&1 || fail "remove failed"
[ ! -e "$root/usr/bin/blufiod" ] || fail "/usr/bin/blufiod is still there"
links=$(find "$root/etc/systemd/system" -name 'blufio*' 2>/dev/null || true)
[ -z "$links" ] || fail "remove left enablement links: $links"
for kept in /etc/blufio/blufio.toml /etc/blufio/blufio.env /var/lib/blufio/blufio.db /etc/logrotate.d/blufio; do
    [ -e "$root$kept" ] || fail "remove deleted $kept"
done

step "apt-get purge blufio"
in_root "apt-get purge -y -q blufio" >"$build/install-test-purge.log" 2>&1 || fail "purge failed"
grep "^blufio:" "$build/install-test-purge.log" || true
[ ! -e "$root/etc/logrotate.d/blufio" ] || fail "purge left /etc/logrotate.d/blufio"
[ ! -e "$root/var/log/blufio" ] || fail "purge left /var/log/blufio"
after=$(cd "$root" && sha256sum etc/blufio/blufio.toml etc/blufio/blufio.env var/lib/blufio/backups/install-test.db)
[ "$before" = "$after" ] || fail "purge changed /etc/blufio or /var/lib/blufio, which it keeps"
grep -q 'kept /etc/blufio' "$build/install-test-purge.log" || fail "purge did not say it kept /etc/blufio"
grep -q 'kept /var/lib/blufio' "$build/install-test-purge.log" || fail "purge did not say it kept /var/lib/blufio"
in_root "getent passwd blufio" >/dev/null || fail "purge removed the blufio user"
left=$(in_root "dpkg-query -W -f='\${db:Status-Abbrev}' blufio 2>/dev/null" || true)
[ -z "$left" ] || [ "$left" = "un " ] || fail "dpkg still knows blufio: '$left'"

if [ -n "$tray_deb" ]; then
    step "blufio-tray alone (apt-get -s)"
    plan=$(in_root "apt-get install -s --no-install-recommends /tmp/pkg/$(basename "$tray_deb")") || fail "blufio-tray does not resolve"
    echo "$plan" | grep -q '^Inst blufio-tray ' || fail "blufio-tray is not in the plan"
    echo "$plan" | grep -q '^Inst blufio ' && fail "blufio-tray pulls in blufio"
    echo "$plan" | grep -q '^Inst qt6-qpa-plugins ' || fail "blufio-tray does not pull in the Qt platform plugins"
fi
echo "ok: install, first start with the generated token, upgrade, remove and purge as documented"
