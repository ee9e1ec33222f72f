#!/usr/bin/env bash
# The main job: build the 'default' preset and run a real enrollment against the built-in demo
# server (groove-enroll --demo: an in-process gms-devserver on 127.0.0.1, member Bob, manual flow,
# keys kept in memory only). groove-enroll decides itself: with a display (DISPLAY,
# WAYLAND_DISPLAY or QT_QPA_PLATFORM set) the wizard opens at once on the demo server, prefilled
# with Bob's code, while the server makes its keys in the background; without one (a fresh
# Debian 12 server, ssh without X forwarding) it runs the headless demo on the command line.
#
# Environment: GE_BUILD_DIR (default build/default), GE_JOBS (parallel jobs, default 2).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${GE_BUILD_DIR:-build/default}
jobs=${GE_JOBS:-2}

cmake --preset default -B "$build_dir"
cmake --build "$build_dir" -j "$jobs" --target groove-enroll
"$build_dir/app/groove-enroll" --version
"$build_dir/app/groove-enroll" --demo
