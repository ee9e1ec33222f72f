#!/usr/bin/env bash
# Benchmarks of the graphical client.
#
#   scripts/bench-gui.sh [RUNS]        (default 10 runs)
#
# 1. Start-up: process start to the first painted wizard page and the peak RSS at that moment,
#    groove-enroll (no account: the wizard) against tests/bench/minimal_wizard (a QApplication and
#    a QWizard with one page), alternating, RUNS times each, under Xvfb with a private D-Bus
#    session and a throw-away HOME (tests/bench/bench_gui_startup.cpp; goals: time <= 1.15 x,
#    peak RSS <= 1.2 x).
# 2. Click to success: in the real wizard (offscreen, in-process devserver, memory key storage,
#    key pool full before the click) from the click on "Enroll" to the result page, against the
#    three round trips alone measured in the same process the way bench_floor does
#    (tests/bench/bench_wizard.cpp; goal <= 1.2 x).
# Prints both tables with medians and ratios. Exits 0 unless something failed; a missed goal is
# reported, not an error.
#
# Environment: GE_BUILD_DIR (default build/default, 'default' preset), GE_JOBS (default 2).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-10}
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [RUNS]" >&2
    exit 2
fi
build_dir=${GE_BUILD_DIR:-build/default}
jobs=${GE_JOBS:-2}

for tool in Xvfb dbus-run-session; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is not installed (scripts/setup-debian.sh)" >&2; exit 127; }
done

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    if [[ "$build_dir" == build/default ]]; then
        cmake --preset default
    else
        cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGE_BUILD_TESTS=ON
    fi
fi
cmake --build "$build_dir" -j "$jobs" --target groove-enroll minimal_wizard bench_gui_startup bench_wizard

scratch=$(mktemp -d "${TMPDIR:-/tmp}/bench-gui.XXXXXX")
xvfb_pid=
cleanup() {
    if [[ -n "$xvfb_pid" ]]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# Xvfb picks a free display itself and writes its number to the file descriptor.
exec {display_fd}>"$scratch/display"
Xvfb -displayfd "$display_fd" -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
exec {display_fd}>&-
for _ in $(seq 100); do
    [[ -s "$scratch/display" ]] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
done
if [[ ! -s "$scratch/display" ]]; then
    echo "$0: Xvfb did not start:" >&2
    cat "$scratch/xvfb.log" >&2
    exit 1
fi
display=":$(head -n 1 "$scratch/display")"

mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
echo "== start to first painted wizard page ($runs runs each, Xvfb $display)"
env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM DISPLAY="$display" HOME="$scratch/home" \
    XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
    XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" \
    dbus-run-session -- "$build_dir/tests/bench/bench_gui_startup" --runs "$runs" \
    --app "$build_dir/app/groove-enroll" --minimal "$build_dir/tests/bench/minimal_wizard"

echo
echo "== click on \"Enroll\" to the result page, full key pool ($runs runs, offscreen)"
QT_QPA_PLATFORM=offscreen "$build_dir/tests/bench/bench_wizard" --runs "$runs"
