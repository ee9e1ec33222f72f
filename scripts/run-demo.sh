#!/usr/bin/env bash
# The main job: build the 'default' preset and run a real enrollment against the built-in demo
# server (groove-enroll --demo: an in-process gms-devserver on 127.0.0.1, member Bob, manual flow,
# keys kept in memory only). The graphical wizard does not exist yet, so this is the headless
# command line whether or not a display exists.
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
