#!/usr/bin/env bash
# The main job: build the 'default' preset and run groove-enroll.
# For now the program only answers --help and --version; a later change makes this a real
# enrollment against the built-in demo server (groove-enroll --demo).
#
# Environment: GE_BUILD_DIR (default build/default), GE_JOBS (parallel jobs, default 2).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${GE_BUILD_DIR:-build/default}
jobs=${GE_JOBS:-2}

cmake --preset default -B "$build_dir"
cmake --build "$build_dir" -j "$jobs" --target groove-enroll
"$build_dir/app/groove-enroll" --version
