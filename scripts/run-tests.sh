#!/usr/bin/env bash
# The one test command (README, .ci/run): configure the 'ci' preset (warnings are errors),
# build everything, run the unit tests, check that the committed translations are up to date,
# run every fuzzer for 30 s (scripts/run-fuzzers.sh), then build the 'asan' preset (Debug,
# AddressSanitizer + UndefinedBehaviorSanitizer) and run the whole unit-test suite again under
# it. A test suite that skips (e.g. no keychain) fails the run: here everything must run.
# Exits non-zero if any step fails.
#
# Environment: GE_BUILD_DIR (default build/ci), GE_FUZZ_BUILD_DIR (default build/fuzz),
# GE_JOBS (parallel jobs, default 2), GE_FUZZ_SECONDS (per fuzzer, default 30). The sanitizer
# build is always build/asan: its test settings (ASAN_OPTIONS, LSAN_OPTIONS with the
# suppressions, UBSAN_OPTIONS) live in the 'asan' test preset, which is tied to that folder.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${GE_BUILD_DIR:-build/ci}
asan_dir=build/asan
jobs=${GE_JOBS:-2}
fuzz_seconds=${GE_FUZZ_SECONDS:-30}
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
    cp -p translations/*.ts "$backup/"
    cmake --build "$build_dir" --target update_translations || rc=$?
    for ts in translations/*.ts; do
        name=$(basename "$ts")
        if [[ ! -f "$backup/$name" ]]; then
            stale+=("$ts")
            rm -f "$ts"
        elif ! cmp -s "$ts" "$backup/$name"; then
            stale+=("$ts")
            diff -u "$backup/$name" "$ts" | head -n 60 || true
            cp -p "$backup/$name" "$ts"
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

# KEYCHAIN SESSION: tests that need a Secret Service run inside a private D-Bus session with an
# unlocked, throw-away gnome-keyring.
test_session=(scripts/with-keyring.sh)

# Runs ctest (the arguments) in the keychain session and writes a JUnit report to JUNIT. Fails
# if a test failed, and also if a test did not run: CTest reports a suite that skipped as a whole
# (no D-Bus session, no keyring) as "Skipped" and still exits 0, but in CI every suite must run.
run_unit_tests() {
    local junit=$1
    shift
    [[ "$junit" == /* ]] || junit="$PWD/$junit"
    local rc=0 skipped
    rm -f "$junit"
    "${test_session[@]}" "$@" --output-junit "$junit" || rc=$?
    if [[ ! -f "$junit" ]]; then
        echo "!! ctest wrote no report ($junit)" >&2
        return 1
    fi
    skipped=$(sed -n 's/.*<testcase name="\([^"]*\)".* status="\(notrun\|disabled\)".*/\1/p' "$junit")
    if [[ -n "$skipped" ]]; then
        echo "!! these test suites did not run (skipped), which CI does not allow:" $skipped >&2
        rc=1
    fi
    return $rc
}

step "configure ($build_dir, preset ci: warnings are errors)"
cmake --preset ci -B "$build_dir"

step "build"
cmake --build "$build_dir" -j "$jobs"

step "unit tests"
if [[ "$build_dir" == build/ci ]]; then
    ctest_cmd=(ctest --preset ci -j "$jobs")
else # the same settings as the 'ci' test preset, for another build directory
    ctest_cmd=(ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j "$jobs")
fi
if ! run_unit_tests "$build_dir/junit-unit-tests.xml" "${ctest_cmd[@]}"; then
    failed+=("unit tests")
fi

step "translations"
if ! check_translations; then
    failed+=("translations")
fi

step "packages (build, lintian, install, purge)"
if ! scripts/package-test.sh "$build_dir"; then
    failed+=("packages")
fi

step "fuzzers (${fuzz_seconds}s each)"
if ! scripts/run-fuzzers.sh "$fuzz_seconds"; then
    failed+=("fuzzers")
fi

# Last, because it is the slowest step and shares nothing with the builds above: ASan and UBSan
# instrument every object file, so nothing of build/ci can be reused.
step "configure and build ($asan_dir, preset asan: AddressSanitizer + UndefinedBehaviorSanitizer)"
cmake --preset asan
cmake --build "$asan_dir" -j "$jobs"

step "unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
# The 'asan' test preset sets ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS (the suppressions of
# tests/sanitizers/lsan.supp); every process a test starts (groove-enroll, gms-devserver) inherits
# them.
if ! run_unit_tests "$asan_dir/junit-unit-tests.xml" ctest --preset asan -j "$jobs"; then
    failed+=("unit tests (asan)")
fi

echo
if [[ ${#failed[@]} -ne 0 ]]; then
    echo "=== FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "=== all tests passed"
