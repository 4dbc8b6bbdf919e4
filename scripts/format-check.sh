#!/usr/bin/env bash
# Fails, listing them, when tracked C++ files differ from what
# clang-format-14 makes of them with .clang-format; bash scripts/format.sh
# fixes them.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format-14 >/dev/null || { echo "format-check: clang-format-14 missing (bash scripts/install-deps.sh)" >&2; exit 1; }
deviating=()
while IFS= read -r -d '' f; do
  clang-format-14 --dry-run --Werror --style=file "$f" >/dev/null 2>&1 || deviating+=("$f")
done < <(git ls-files -z -- '*.cpp' '*.hpp')
if [ "${#deviating[@]}" -gt 0 ]; then
  printf 'format-check: not formatted: %s\n' "${deviating[@]}"
  echo "format-check: ${#deviating[@]} files differ from .clang-format; run: bash scripts/format.sh"
  exit 1
fi
echo "format-check: every tracked C++ file matches .clang-format"
