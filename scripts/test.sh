#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (what CI runs):
#   1. the normal build (build/) and its ctest suite;
#   1b. a 2-minute soak of that build's blufiod under mixed load (bench/soak: fails when RSS grows
#      by more than 1 MiB after warm-up or a request fails; BLUFIO_SOAK_MINUTES, 0 skips it);
#   2. an ASan+UBSan build (build-asan/, clang, BLUFIO_WITH_JEMALLOC=OFF) and the ctest suite again
#      without the tests labelled jemalloc (the sanitizer's allocator hides jemalloc's figures);
#   3. the libFuzzer targets, built in that same build-asan/ dir (-DBLUFIO_FUZZ=ON: one sanitizer
#      build serves both), each run for BLUFIO_FUZZ_SECONDS (60) by tests/fuzz/run.sh.
# Each phase prints its time. BLUFIO_TEST_QUICK=1 stops after phase 1 (for developers).
#   usage: scripts/test.sh [ctest arguments...]     e.g. scripts/test.sh -L unit
# The ctest arguments apply to phases 1 and 2.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
start=$SECONDS
phase_start=$SECONDS
phase() { # name: prints the time of the phase that just ended
  echo "test.sh: $1 took $((SECONDS - phase_start)) s (total $((SECONDS - start)) s)"
  phase_start=$SECONDS
}
jobs=$(nproc)

bash scripts/setup.sh
phase setup

build=${BLUFIO_BUILD_DIR:-build}
# CI=true turns warnings into errors (cmake/BlufioOptions.cmake).
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBLUFIO_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"$jobs"
phase "build ($build)"
(cd "$build" && ctest --output-on-failure -j"$jobs" --timeout 600 "$@")
phase "ctest ($build)"
# A script, not a ctest entry: it runs for minutes and measures the real binary of the normal
# build (jemalloc, no sanitizer). It stops every process it started, also when interrupted.
if [ "${BLUFIO_SOAK_MINUTES:-2}" != 0 ]; then
  python3 bench/soak --minutes "${BLUFIO_SOAK_MINUTES:-2}" --build "$build"
  phase "soak ($build, ${BLUFIO_SOAK_MINUTES:-2} min)"
fi

if [ "${BLUFIO_TEST_QUICK:-}" = 1 ]; then
  echo "test.sh: BLUFIO_TEST_QUICK=1: sanitizer run and fuzzing skipped"
  exit 0
fi

# Sanitizer findings fail the run at the first report; leaks count. lsan.supp names the few
# allocations Qt keeps for the life of the process (each entry says why).
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$src/tests/sanitizer/lsan.supp:print_suppressions=0"

asan=${BLUFIO_ASAN_BUILD_DIR:-build-asan}
# -O1 with line tables only: fast enough to run, quicker to compile and link than -O2 -g, and
# enough for symbolized sanitizer reports; the tray is not built (no display here and
# nothing in it parses outside input). ccache, when installed, makes a second run cheap.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DBLUFIO_BUILD_TESTS=ON \
  -DCMAKE_CXX_COMPILER=clang++-14 -DBLUFIO_SANITIZE=address,undefined -DBLUFIO_FUZZ=ON \
  -DBLUFIO_WITH_JEMALLOC=OFF -DBLUFIO_BUILD_TRAY=OFF "${launcher[@]}" >/dev/null
cmake --build "$asan" -j"$jobs"
phase "build ($asan: ASan+UBSan, fuzz targets)"
# Sanitized processes are slower: a longer per-test timeout.
(cd "$asan" && ctest --output-on-failure -j"$jobs" --timeout 900 -LE jemalloc "$@")
phase "ctest ($asan, without label jemalloc)"

bash tests/fuzz/run.sh "$asan" "${BLUFIO_FUZZ_SECONDS:-60}"
phase "fuzzing"
echo "test.sh: all phases passed in $((SECONDS - start)) s"
