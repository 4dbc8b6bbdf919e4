#!/usr/bin/env bash
# Runs every test: unit, golden, invalid fixtures, end-to-end and kiosk (under
# Xvfb), with AddressSanitizer + UndefinedBehaviorSanitizer and warnings as
# errors. Installs missing dependencies first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$(nproc)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
ctest --preset asan "$@"
