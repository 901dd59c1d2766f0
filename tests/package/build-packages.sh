#!/bin/sh
# Builds the .deb packages in the build tree with `cpack -G DEB`, as docs/DEPLOYMENT.md says, and
# leaves them there for check-packages.sh and install-test.sh. Exit 77 (skipped) without dpkg tools.
#   usage: build-packages.sh CPACK BUILD_DIR
set -eu
cpack=${1:?usage: build-packages.sh CPACK BUILD_DIR}
build=${2:?usage: build-packages.sh CPACK BUILD_DIR}
for tool in dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (scripts/setup.sh installs it)"; exit 77; }
done
cd "$build"
rm -f blufio*.deb blufio*.ddeb
"$cpack" -G DEB
ls -l blufio*.deb blufio*.ddeb
