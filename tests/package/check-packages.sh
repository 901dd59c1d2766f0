#!/usr/bin/env bash
# Checks the packages build-packages.sh left in the build tree: names, control fields, Depends (the
# server package complete and without any GUI library, the tray without the daemon), file lists
# (tests/package/*.files), conffiles and maintainer scripts, units naming binaries the package
# ships, stripped binaries with their symbols in the -dbgsym packages, and lintian at error level.
#   usage: check-packages.sh BUILD_DIR EXPECTED_DIR MAINTAINER
set -euo pipefail
build=${1:?usage: check-packages.sh BUILD_DIR EXPECTED_DIR MAINTAINER}
expected=${2:?usage: check-packages.sh BUILD_DIR EXPECTED_DIR MAINTAINER}
maintainer=${3:?usage: check-packages.sh BUILD_DIR EXPECTED_DIR MAINTAINER}
for tool in dpkg-deb readelf lintian; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (scripts/setup.sh installs it)"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

arch=$(dpkg --print-architecture)
deb=$(ls "$build"/blufio_*_"$arch".deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "FAIL: no $build/blufio_VERSION_$arch.deb (run the package_build test)" >&2; exit 1; }
version=$(dpkg-deb -f "$deb" Version)
tray=$build/blufio-tray_${version}_$arch.deb
packages=("$deb")
if [ -f "$expected/blufio-tray.files" ] && [ -f "$tray" ]; then
    packages+=("$tray")
elif [ -f "$tray" ] || [ "${BLUFIO_EXPECT_TRAY:-1}" = 1 ]; then
    fail "expected blufio-tray_${version}_$arch.deb beside $(basename "$deb")"
fi

# depends_has PACKAGE_FILE NAME...: every NAME is in Depends.
depends() { dpkg-deb -f "$1" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//'; }
depends_has() {
    local f=$1; shift
    for name in "$@"; do depends "$f" | grep -qx "$name" || fail "$(basename "$f"): Depends lacks $name"; done
}
depends_lacks() {
    local f=$1; shift
    for pattern in "$@"; do
        if depends "$f" | grep -Eq "^($pattern)$"; then fail "$(basename "$f"): Depends has $(depends "$f" | grep -E "^($pattern)$" | tr '\n' ' ')"; fi
    done
}

for f in "${packages[@]}"; do
    name=$(dpkg-deb -f "$f" Package)
    echo "--- $name: $(basename "$f")"
    [ "$(basename "$f")" = "${name}_${version}_$arch.deb" ] || fail "$(basename "$f") is not named ${name}_${version}_$arch.deb"
    [ "$(dpkg-deb -f "$f" Maintainer)" = "$maintainer" ] || fail "$name: Maintainer is '$(dpkg-deb -f "$f" Maintainer)', not '$maintainer'"
    # A summary and a long description of a few lines.
    [ "$(dpkg-deb -f "$f" Description | wc -l)" -ge 4 ] || fail "$name: the long description is missing"
    dpkg-deb -c "$f" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | LC_ALL=C sort >"$tmp/$name.files"
    LC_ALL=C sort "$expected/$name.files" >"$tmp/$name.expected"
    diff -u "$tmp/$name.expected" "$tmp/$name.files" || fail "$name: files differ from $expected/$name.files (diff above: - expected, + packaged)"
    mkdir -p "$tmp/$name/root" "$tmp/$name/control"
    dpkg-deb -x "$f" "$tmp/$name/root"
    dpkg-deb -e "$f" "$tmp/$name/control"
    # Every ELF file stripped, its symbols in NAME-dbgsym by build id.
    ddeb=$build/${name}-dbgsym_${version}_$arch.ddeb
    [ -f "$ddeb" ] || fail "no $(basename "$ddeb")"
    [ -f "$ddeb" ] && dpkg-deb -x "$ddeb" "$tmp/$name/dbgsym"
    while IFS= read -r -d '' elf; do
        head -c 4 "$elf" | grep -q 'ELF' || continue
        readelf -S "$elf" | grep -q '\.debug_info' && fail "$name: ${elf#"$tmp/$name/root"} is not stripped"
        id=$(readelf -n "$elf" | sed -n 's/.*Build ID: //p')
        [ -f "$tmp/$name/dbgsym/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug" ] ||
            fail "$name: no debug symbols for ${elf#"$tmp/$name/root"} (build id $id) in $(basename "$ddeb")"
    done < <(find "$tmp/$name/root/usr/bin" -type f -print0)
done

echo "--- blufio: Depends, conffiles, scripts, units"
# dpkg-shlibdeps finds the libraries; these are what it cannot see (cmake/BlufioPackaging.cmake).
depends_has "$deb" libqt6sql6-sqlite systemd procps ca-certificates libqt6core6 libqt6network6 libqt6sql6 libsqlite3-0 libsodium23
# A server install must not pull in a GUI stack.
depends_lacks "$deb" 'libqt6gui6|libqt6widgets6|libgl1|libegl1|libx11-6|libxcb1|libgtk-3-0|qt6-qpa-plugins|blufio-tray'
ctl=$tmp/blufio/control
[ "$(cat "$ctl/conffiles")" = /etc/logrotate.d/blufio ] || fail "blufio: conffiles is not exactly /etc/logrotate.d/blufio"
for s in postinst prerm postrm; do
    [ -x "$ctl/$s" ] || fail "blufio: no executable $s"
done
# Every conffile shipped, every file below /etc a conffile.
for c in $(cat "$ctl/conffiles"); do [ -f "$tmp/blufio/root$c" ] || fail "blufio: conffile $c is not in the package"; done
while IFS= read -r e; do grep -qx "$e" "$ctl/conffiles" || fail "blufio: $e is below /etc but not a conffile"; done \
    < <(grep '^/etc/' "$tmp/blufio.files")
# The units name programs the package ships (or the system's /bin/kill, from procps).
for u in "$tmp"/blufio/root/usr/lib/systemd/system/*; do
    for p in $(sed -n 's/^Exec[A-Za-z]*=[-@:+!]*\([^ ]*\).*/\1/p' "$u"); do
        case $p in /bin/kill) continue ;; esac
        [ -x "$tmp/blufio/root$p" ] || fail "blufio: $(basename "$u") runs $p, which the package does not ship"
    done
    grep -q '/usr/local' "$u" && fail "blufio: $(basename "$u") names /usr/local"
done
[ -f "$tmp/blufio/root/usr/share/blufio/blufio.toml.example" ] || fail "blufio: no configuration template for postinst"

if [ -f "$tray" ]; then
    echo "--- blufio-tray: Depends"
    depends_has "$tray" qt6-qpa-plugins libqt6widgets6
    depends_lacks "$tray" 'blufio|systemd|libqt6sql6-sqlite|libqt6httpserver6'
    [ -z "$(find "$tmp/blufio-tray/root" -path '*/autostart/*')" ] || fail "blufio-tray: ships an autostart entry (it is opt-in)"
fi

echo "--- lintian (errors fail; warnings listed)"
# lintian run as root leaves its mldbm-elf-* caches in TMPDIR: give it a directory of its own and remove it.
lintian_tmp=$(mktemp -d)
lintian_rc=0
TMPDIR=$lintian_tmp lintian --fail-on error --tag-display-limit 0 "${packages[@]}" || lintian_rc=$?
rm -rf "$lintian_tmp"
[ "$lintian_rc" = 0 ] || fail "lintian reported errors"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "ok: $(basename "$deb")${tray:+ and $(basename "$tray")} as expected"
