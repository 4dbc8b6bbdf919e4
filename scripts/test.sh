#!/usr/bin/env bash
# Everything CI checks, in the order it fails fastest on a broken tree:
#   1. gcc, AddressSanitizer + UndefinedBehaviorSanitizer, warnings as errors:
#      every test (unit, golden, invalid fixtures, end-to-end, the kiosk under
#      Xvfb); arguments go to this ctest (e.g. -R e2e_).
#   2. clang, warnings as errors: the whole tree, and its tests except the
#      scripted kiosk runs under Xvfb (they test the app, run one at a time
#      and already ran in step 1).
#   3. libFuzzer: every fuzz target for FUZZ_SECONDS (30) on its seeds
#      (scripts/fuzz.sh, docs/fuzzing.md).
#   4. when GONGKAI_FORMAT_CHECK=1: every tracked C++ file matches
#      .clang-format (scripts/format-check.sh).
# Installs missing dependencies first; run it as root or as a user who may
# use sudo (only install-deps.sh uses it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

step() { echo; echo "=== test.sh: $* ($(date -u +%H:%M:%S))"; }
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

step "gcc ASan + UBSan build and tests"
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$(nproc)"
ctest --preset asan "$@"

step "clang build and tests"
cmake --preset clang >/dev/null
cmake --build --preset clang -j"$(nproc)"
ctest --preset clang -E '^kiosk_xvfb_'

step "fuzz targets, ${FUZZ_SECONDS:-30} s each"
bash scripts/fuzz.sh

if [ "${GONGKAI_FORMAT_CHECK:-0}" = 1 ]; then
  step "format check"
  bash scripts/format-check.sh
fi
step "done"
