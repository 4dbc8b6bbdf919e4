#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, every library
# instrumented, ASan + UBSan) and runs each for a while on its seeds, two at
# a time. Exits non-zero when any target crashes, leaks, times out on one
# input or exceeds its memory limit; the input that did it is left in
# build/fuzz/artifacts/. See docs/fuzzing.md.
#
#   bash scripts/fuzz.sh                      # every target, FUZZ_SECONDS (30) each
#   FUZZ_SECONDS=3600 bash scripts/fuzz.sh notice mustache
#   FUZZ_JOBS=1 ...                           # one target at a time
#
# Seeds are the repository's own content (content/, tests/fixtures/,
# tests/invalid/, the theme) plus fuzz/corpus/NAME/; they are copied into
# build/fuzz/seeds/NAME/ on each run. What a run discovers is kept in
# build/fuzz/corpus/NAME/ (not committed), so the next run starts from there.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-30}
jobs=${FUZZ_JOBS:-2}

all_targets=(case_markdown case_csv site_config markdown snapshot_manifest calendar notice project mustache)
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=("${all_targets[@]}")

# seeds NAME: the files a target starts from (globs that match nothing vanish).
seeds() {
  shopt -s nullglob
  local f=()
  case $1 in
    case_markdown) f=(content/cases/*.md tests/fixtures/*/cases/*.md tests/invalid/*/cases/*.md) ;;
    case_csv) f=(content/cases/*.csv tests/fixtures/*/cases/*.csv tests/invalid/*/cases/*.csv) ;;
    site_config) f=(content/site.yaml tests/fixtures/*/site.yaml tests/invalid/*/site.yaml) ;;
    markdown) f=(content/pages/*.md content/notices/*.md tests/fixtures/*/pages/*.md) ;;
    snapshot_manifest) f=() ;;
    calendar) f=(content/calendar/*.yaml tests/fixtures/*/calendar/*.yaml tests/invalid/*/calendar/*.yaml) ;;
    notice) f=(content/notices/*.md tests/fixtures/*/notices/*.md tests/invalid/*/notices/*.md) ;;
    project) f=(content/projects/*.md tests/fixtures/*/projects/*.md tests/invalid/*/projects/*.md) ;;
    mustache) f=(themes/default/templates/*.mustache themes/default/templates/partials/*.mustache) ;;
    *) echo "fuzz.sh: unknown target '$1' (targets: ${all_targets[*]})" >&2; return 1 ;;
  esac
  f+=(fuzz/corpus/"$1"/*)
  printf '%s\n' "${f[@]}"
}

dict_for() {
  case $1 in
    mustache) echo fuzz/dict/mustache.dict ;;
    markdown) echo fuzz/dict/markdown.dict ;;
    case_csv) echo fuzz/dict/csv.dict ;;
    snapshot_manifest) echo fuzz/dict/json.dict ;;
    *) echo fuzz/dict/yaml.dict ;;
  esac
}

for t in "${targets[@]}"; do seeds "$t" >/dev/null; done   # unknown names fail before the build

if [ "${GONGKAI_FUZZ_NO_BUILD:-0}" != 1 ]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j"$(nproc)"
fi

out=build/fuzz
mkdir -p "$out/logs" "$out/artifacts"

# run_target NAME: one libFuzzer run; its log in build/fuzz/logs/NAME.log.
run_target() {
  local t=$1 seed_dir=$out/seeds/$1 corpus=$out/corpus/$1
  rm -rf "$seed_dir" && mkdir -p "$seed_dir" "$corpus"
  local i=0
  while IFS= read -r f; do
    [ -n "$f" ] || continue
    i=$((i + 1)); cp "$f" "$seed_dir/$i-$(basename "$f")"
  done < <(seeds "$t")
  # -timeout: one input taking 10 s is a hang, not slowness (the loaders
  # cap their work); -rss_limit_mb: a bounded allocation, ASan included.
  "$out/fuzz/${t}_fuzz" "$corpus" "$seed_dir" -dict="$(dict_for "$t")" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/$t-" >"$out/logs/$t.log" 2>&1
}

# Two at a time (the machine, like CI's, has two cores).
failed=()
report() {
  local t=$1 rc=$2 log=$out/logs/$1.log
  local execs
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ "$rc" -eq 0 ]; then
    printf 'fuzz %-18s ok      %8s runs in %ss, corpus %s\n' "$t" "${execs:-?}" "$seconds" \
      "$(find "$out/corpus/$t" -type f | wc -l)"
  else
    printf 'fuzz %-18s FAILED  (exit %s; log %s)\n' "$t" "$rc" "$log"
    grep -E "^==[0-9]+==ERROR|SUMMARY|runtime error|Test unit written|ALARM|out-of-memory" "$log" | head -n 20 || true
    # CI's build folder is gone after the run: print the input itself.
    local input
    input=$(ls -t "$out/artifacts/$t"-* 2>/dev/null | head -n 1)
    if [ -n "$input" ] && [ "$(stat -c %s "$input")" -le 65536 ]; then
      echo "input (base64; base64 -d > $(basename "$input") to reproduce):"
      base64 -w 0 "$input"; echo
    fi
    failed+=("$t")
  fi
}
declare -A target_of=()
reap_one() {
  local pid rc=0
  wait -n -p pid || rc=$?
  report "${target_of[$pid]}" "$rc"
  unset "target_of[$pid]"
}
for t in "${targets[@]}"; do
  while [ "${#target_of[@]}" -ge "$jobs" ]; do reap_one; done
  run_target "$t" &
  target_of[$!]=$t
done
while [ "${#target_of[@]}" -gt 0 ]; do reap_one; done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: ${#failed[@]} of ${#targets[@]} targets failed: ${failed[*]}; reproduce with build/fuzz/fuzz/NAME_fuzz build/fuzz/artifacts/NAME-*"
  exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${seconds}s each without a crash"
