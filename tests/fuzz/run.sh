#!/usr/bin/env bash
# Runs every libFuzzer target of a -DBLUFIO_FUZZ=ON build for SECONDS each, two at a time (2 cores),
# starting from tests/fuzz/corpus/<target>/ plus tests/fuzz/regressions/<target>/. New corpus entries go
# to BUILD_DIR/fuzz/corpus/<target>/ (the seeds in the source tree are not touched), crashes to
# BUILD_DIR/fuzz/crashes/<target>/. Exits non-zero if any target crashed, leaked, timed out or ran out of
# memory, printing the input that did it; copy that input to tests/fuzz/regressions/<target>/ once fixed
# so the ctest entry fuzz_<target> replays it from then on (docs/TESTING.md).
#   usage: tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET...]
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 BUILD_DIR SECONDS [TARGET...]" >&2; exit 2; }
build=$(cd "$1" && pwd)
seconds=$2
shift 2
src=$(cd "$(dirname "$0")" && pwd)
jobs=${BLUFIO_FUZZ_JOBS:-2}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in "$build"/fuzz/fuzz_*; do
    [ -x "$f" ] && targets+=("$(basename "$f")")
  done
fi
[ ${#targets[@]} -gt 0 ] || { echo "run.sh: no fuzz targets in $build/fuzz (configure with -DBLUFIO_FUZZ=ON)" >&2; exit 2; }

# Sanitizer findings are fatal; leaks count. The suppressions name the few leaks that are Qt's, not ours.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=1:symbolize=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$src/../sanitizer/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8

run_one() {
  local t=$1
  local corpus="$build/fuzz/corpus/$t" crashes="$build/fuzz/crashes/$t" log="$build/fuzz/$t.log"
  mkdir -p "$corpus" "$crashes"
  local seeds=("$src/corpus/$t")
  [ -d "$src/regressions/$t" ] && seeds+=("$src/regressions/$t")
  local rc=0
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb bounds a runaway allocation;
  # -max_len keeps inputs near real request sizes (the seeds are a few KiB at most).
  "$build/fuzz/$t" -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=10 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "${seeds[@]}" >"$log" 2>&1 || rc=$?
  local stats
  stats=$(grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | awk '{print $2}' | paste -sd/ || true)
  if [ "$rc" -ne 0 ]; then
    echo "run.sh: $t FAILED (exit $rc); log $log"
    grep -E '^==[0-9]+==ERROR|^SUMMARY|runtime error|deadly signal|Test unit written' "$log" | head -n 8 | sed 's/^/  /'
    for f in "$crashes"/*; do [ -f "$f" ] && echo "  crashing input: $f"; done
    return 1
  fi
  echo "run.sh: $t ok (${seconds}s, executions/peak RSS MB: ${stats:-?}, corpus $(find "$corpus" -type f | wc -l) files)"
}

failed=0
pids=()
names=()
for t in "${targets[@]}"; do
  run_one "$t" &
  pids+=($!)
  names+=("$t")
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  fi
done
for p in "${pids[@]}"; do
  wait "$p" || failed=1
done
if [ "$failed" -ne 0 ]; then
  echo "run.sh: at least one fuzz target failed; see the crashing inputs above" >&2
  exit 1
fi
echo "run.sh: all ${#targets[@]} fuzz targets ran ${seconds}s without a crash"
