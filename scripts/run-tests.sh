#!/usr/bin/env bash
# The one test command (README, .ci/run): configure the 'ci' preset (warnings are errors),
# build everything, run the unit tests, check that the committed translations are up to date,
# then run every fuzzer for 60 s (scripts/run-fuzzers.sh). Exits non-zero if any step fails.
#
# Environment: GE_BUILD_DIR (default build/ci), GE_FUZZ_BUILD_DIR (default build/fuzz),
# GE_JOBS (parallel jobs, default 2), GE_FUZZ_SECONDS (per fuzzer, default 60).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${GE_BUILD_DIR:-build/ci}
jobs=${GE_JOBS:-2}
fuzz_seconds=${GE_FUZZ_SECONDS:-60}
failed=()

step() {
    printf '\n=== %s\n' "$*"
}

# Runs update_translations and fails if that changed a committed .ts file. The files are put back
# as they were, so this command never leaves the source tree modified.
check_translations() {
    local backup ts name rc=0
    local stale=()
    backup=$(mktemp -d)
    cp translations/*.ts "$backup/"
    cmake --build "$build_dir" --target update_translations || rc=$?
    for ts in translations/*.ts; do
        name=$(basename "$ts")
        if [[ ! -f "$backup/$name" ]]; then
            stale+=("$ts")
            rm -f "$ts"
        elif ! cmp -s "$ts" "$backup/$name"; then
            stale+=("$ts")
            diff -u "$backup/$name" "$ts" | head -n 60 || true
            cp "$backup/$name" "$ts"
        fi
    done
    rm -rf "$backup"
    if [[ $rc -ne 0 ]]; then
        echo "!! update_translations failed" >&2
        return 1
    fi
    if [[ ${#stale[@]} -ne 0 ]]; then
        echo "!! out of date: ${stale[*]}" >&2
        echo "   run: cmake --build --preset default --target update_translations, then commit" >&2
        return 1
    fi
    echo "translations are up to date"
}

step "configure ($build_dir, preset ci: warnings are errors)"
cmake --preset ci -B "$build_dir"

step "build"
cmake --build "$build_dir" -j "$jobs"

step "unit tests"
# KEYCHAIN SESSION: tests that need a Secret Service run inside a private D-Bus session with an
# unlocked gnome-keyring. Put that wrapper here, e.g. test_session=(dbus-run-session --), or a
# small script that also starts and unlocks gnome-keyring-daemon.
test_session=(scripts/with-keyring.sh)
if [[ "$build_dir" == build/ci ]]; then
    ctest_cmd=(ctest --preset ci -j "$jobs")
else # the same settings as the 'ci' test preset, for another build directory
    ctest_cmd=(ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j "$jobs")
fi
if ! "${test_session[@]}" "${ctest_cmd[@]}"; then
    failed+=("unit tests")
fi

step "translations"
if ! check_translations; then
    failed+=("translations")
fi

step "fuzzers (${fuzz_seconds}s each)"
if ! scripts/run-fuzzers.sh "$fuzz_seconds"; then
    failed+=("fuzzers")
fi

echo
if [[ ${#failed[@]} -ne 0 ]]; then
    echo "=== FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "=== all tests passed"
