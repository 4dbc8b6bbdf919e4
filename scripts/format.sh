#!/usr/bin/env bash
# Formats every tracked C++ file in place with clang-format-14 and the
# repository's .clang-format. scripts/format-check.sh checks the same set.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format-14 >/dev/null || { echo "format.sh: clang-format-14 missing (bash scripts/install-deps.sh)" >&2; exit 1; }
git ls-files -z -- '*.cpp' '*.hpp' | xargs -0 --no-run-if-empty clang-format-14 -i --style=file
