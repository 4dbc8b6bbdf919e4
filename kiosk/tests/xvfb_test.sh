#!/usr/bin/env bash
# Scripted runs of gongkai-kiosk under Xvfb. Usage:
#   xvfb_test.sh CASE KIOSK FIXTURE SCRIPTS WORKDIR
# Exits 77 (skipped) when xvfb-run is not installed.
set -u
case_name=$1 kiosk=$2 fixture=$3 scripts=$4 work=$5
command -v xvfb-run >/dev/null || { echo "xvfb-run not installed: skipping"; exit 77; }
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*"; echo "--- log:"; cat "$work"/*.log 2>/dev/null; exit 1; }

run() {  # run NAME SNAPSHOT SCRIPT [args...]
    local name=$1 snap=$2 script=$3; shift 3
    timeout 100 xvfb-run -a -s "-screen 0 1920x1920x24" "$kiosk" --snapshot "$snap" --script "$script" \
        --screenshots "$work/shots-$name" "$@" 2>"$work/$name.log"
}
expect() {  # expect NAME LINE...
    local name=$1; shift
    for line in "$@"; do grep -qxF -- "$line" "$work/$name.log" || fail "$name: no line '$line'"; done
}
# A screenshot is not blank: PNGs of a single colour compress to almost nothing.
not_blank() { [ "$(stat -c %s "$1")" -gt 20000 ] || fail "$1 looks blank"; }

"$fixture" "$work/snap" || fail "fixture"
case $case_name in
walk_screens)
    for o in portrait landscape; do
        for t in normal large; do
            args=(--orientation "$o"); [ "$t" = large ] && args+=(--large-text)
            run "$o-$t" "$work/snap" "$scripts/walk_$o.txt" "${args[@]}" || fail "$o-$t exit code"
            expect "$o-$t" "screen home -" "screen notices -" "screen notice water-0621" "screen cases -" \
                "screen case_list - page 1" "screen projects -" "screen project bus-route-88" "screen units -" \
                "screen unit hongqi" "screen about -"
            grep -q "^screen case " "$work/$o-$t.log" || fail "$o-$t: no case detail"
            for png in home notices notice cases case_list case projects project units unit about about_contrast; do
                [ -f "$work/shots-$o-$t/$png.png" ] || fail "$o-$t: missing $png.png"
                not_blank "$work/shots-$o-$t/$png.png"
            done
            cmp -s "$work/shots-$o-$t/about.png" "$work/shots-$o-$t/about_contrast.png" && fail "contrast toggle changed nothing"
        done
    done ;;
idle_attract)
    run idle "$work/snap" "$scripts/idle.txt" || fail "exit code"
    expect idle "idle warning" "screen attract water-0621" "screen attract figures"
    # order: units -> warning -> home -> attract -> touch -> home
    seq=$(grep -E '^(screen|idle)' "$work/idle.log" | tr '\n' ';')
    case $seq in
    *"screen units -;idle warning;screen home -;screen attract water-0621;"*"screen home -;") ;;
    *) fail "unexpected sequence: $seq" ;;
    esac
    not_blank "$work/shots-idle/warning.png"; not_blank "$work/shots-idle/attract.png" ;;
snapshot_swap)
    # The kiosk shows a notice; a newer snapshot (same notice, one more urgent
    # notice) is published while it runs, by replacing the directory.
    ( sleep 2; "$fixture" "$work/snap2" --extra-urgent --at "2025-06-20 11:00" && mv "$work/snap" "$work/old" && mv "$work/snap2" "$work/snap" ) &
    run swap "$work/snap" "$scripts/swap.txt" || fail "exit code"
    wait
    expect swap "snapshot loaded 2025-06-20T09:30:00+08:00" "snapshot loaded 2025-06-20T11:00:00+08:00" "screen notice water-0621"
    grep -q "^screen home" <(sed -n '/11:00:00/,$p' "$work/swap.log") && fail "swap left the notice screen"
    true ;;
corrupt_snapshot)
    cp -r "$work/snap" "$work/bad"
    printf 'garbage' >>"$work/bad/gongkai.sqlite"
    run corrupt "$work/bad" "$scripts/corrupt.txt" || fail "exit code"
    grep -q "^snapshot refused: " "$work/corrupt.log" || fail "no refusal logged"
    expect corrupt "screen updating -"
    not_blank "$work/shots-corrupt/updating.png" 2>/dev/null || true
    [ -f "$work/shots-corrupt/updating.png" ] || fail "no screenshot"
    mkdir "$work/empty"
    run missing "$work/empty" "$scripts/corrupt.txt" || fail "exit code (missing)"
    expect missing "screen updating -" ;;
pin_exit)
    run pin "$work/snap" "$scripts/pin.txt" || fail "exit code"
    expect pin "pin pad" "pin rejected" "staff exit"
    [ -f "$work/shots-pin/pad.png" ] || fail "no pin pad screenshot"
    [ -f "$work/shots-pin/after_exit.png" ] && fail "script went on after staff exit"
    true ;;
*) fail "unknown case $case_name" ;;
esac
echo "ok: $case_name"
