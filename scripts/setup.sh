#!/usr/bin/env bash
# Installs every Debian 12 package that blufio's build, tests, test tools and benchmarks need.
# Idempotent: packages already installed are skipped, so a second run does nothing.
#   usage: scripts/setup.sh [--bench]
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config git ca-certificates python3
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libgl-dev libvulkan-dev
  libssl-dev libsqlite3-dev libjemalloc-dev libsodium-dev libtomlplusplus-dev prometheus-cpp-dev libsystemd-dev
)
# python3 runs scripts/gen-manpages.py (man pages, shell completions) at build time.
# The sanitizer build and the libFuzzer targets (scripts/test.sh phases 2 and 3): clang 14 with its
# ASan/UBSan/libFuzzer runtimes (libclang-rt-14-dev; libfuzzer-14-dev has the standalone libFuzzer).
sanitizer_pkgs=(clang-14 libclang-rt-14-dev libfuzzer-14-dev)
# External validators and peers the tests drive: promtool (prometheus), sqlite3, openssl, systemd-analyze,
# logrotate, shellcheck and python3 (contrib/ checks: hooks, dashboard JSON, example config), and an X
# server with a tray host for the tray smoke test; nginx-light is the instant upstream of the soak
# phase (bench/soak).
test_pkgs=(
  prometheus sqlite3 openssl systemd logrotate curl procps shellcheck python3
  xvfb x11-apps x11-utils trayer imagemagick nginx-light
)
# The .deb packages and their tests (tests/package): dpkg-shlibdeps (dpkg-dev) and file for cpack's
# Depends and debug-symbol split, lintian for the package check, debootstrap and iproute2 (ip, for
# the daemon's private network namespace) for the install test in a fresh Debian 12 root.
package_pkgs=(dpkg-dev file lintian debootstrap iproute2)
# The style and static-analysis checks (ctest build_format, scripts/test.sh's clang-tidy phase): Debian 12's
# clang-format and clang-tidy 14, the versions the tree is formatted and checked with.
lint_pkgs=(clang-format-14 clang-tidy-14)
bench_pkgs=(wrk hyperfine)
# telegram-test-api and the openai client (tests/telegram, tests/openai: npm packages pinned by their
# package-lock.json files) run under node.
# Asked for by command rather than by package: a node that brings its own npm (NodeSource's nodejs)
# conflicts with Debian's npm package.
node_pkgs=()
command -v node >/dev/null || node_pkgs+=(nodejs)
command -v npm >/dev/null || node_pkgs+=(npm)

want=("${build_pkgs[@]}" "${test_pkgs[@]}" "${sanitizer_pkgs[@]}" "${package_pkgs[@]}" "${lint_pkgs[@]}" "${node_pkgs[@]}")
[ "${1:-}" = --bench ] && want+=("${bench_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#want[@]} packages present"
else
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "setup: done"
fi

# The npm packages of the tests, exactly as locked; again only when the lock file changed since:
# telegram-test-api (tests/telegram) and the official openai client (tests/openai).
# The system's trust store, as apt and curl use it: npm otherwise trusts only its own bundled CAs,
# which fails behind a TLS-inspecting proxy whose CA the machine trusts.
cafile=()
[ -f /etc/ssl/certs/ca-certificates.crt ] && cafile=(--cafile=/etc/ssl/certs/ca-certificates.crt)
npm_install() { # DIR WHAT
  local dir="$1" what="$2"
  local stamp="$dir/node_modules/.blufio-installed-lock"
  if cmp -s "$dir/package-lock.json" "$stamp"; then
    echo "setup: $what present"
    return
  fi
  echo "setup: npm ci in ${dir#"$root"/}"
  # Only the cases using the package need it: a machine that cannot reach the npm registry (offline, or
  # behind a proxy it does not trust) still builds and tests; those cases skip, naming why.
  if (cd "$dir" && CI=true npm ci "${cafile[@]}" --no-audit --no-fund --loglevel=error </dev/null); then
    cp "$dir/package-lock.json" "$stamp"
  else
    echo "setup: WARNING: npm ci in ${dir#"$root"/} failed; the $what test cases will be skipped" >&2
  fi
}
root="$(cd "$(dirname "$0")/.." && pwd)"
npm_install "$root/tests/telegram" telegram-test-api
npm_install "$root/tests/openai" "openai client"
