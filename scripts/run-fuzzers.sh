#!/usr/bin/env bash
# Usage: scripts/run-fuzzers.sh [SECONDS]
# Configures and builds the 'fuzz' preset (clang-14, libFuzzer, ASan, UBSan), then runs every
# fuzzer that exists for SECONDS each (default 60). Exits non-zero if any fuzzer finds a crash,
# leak, timeout, out-of-memory or undefined behaviour; its reproducer stays in
# <build dir>/fuzz/artifacts/<target>/.
#
# Environment: GE_FUZZ_BUILD_DIR (default build/fuzz), GE_JOBS (build jobs, default 2).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-60}
if [[ ! "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS]   (SECONDS is a positive integer, default 60)" >&2
    exit 2
fi
build_dir=${GE_FUZZ_BUILD_DIR:-build/fuzz}
jobs=${GE_JOBS:-2}

echo "== fuzz: configure and build ($build_dir)"
cmake --preset fuzz -B "$build_dir"
cmake --build "$build_dir" -j "$jobs"

manifest="$build_dir/fuzz/fuzzers.txt"
fuzzers=()
if [[ -f "$manifest" ]]; then
    while IFS= read -r line; do
        [[ -n "$line" ]] && fuzzers+=("$line")
    done <"$manifest"
fi
if [[ ${#fuzzers[@]} -eq 0 ]]; then
    echo "== fuzz: no fuzzer sources (fuzz/fuzz_*.cpp) exist yet; nothing to run"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Make undefined behaviour fatal so that libFuzzer reports it as a finding.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}

failed=()
for fuzzer in "${fuzzers[@]}"; do
    name=$(basename "$fuzzer")
    short=${name#fuzz_}
    corpus="$work/corpus-$short"
    mkdir -p "$corpus"
    if [[ -d "fuzz/corpus/$short" ]]; then
        cp -R "fuzz/corpus/$short/." "$corpus/"
    fi
    artifacts="$build_dir/fuzz/artifacts/$name"
    rm -rf "$artifacts"
    mkdir -p "$artifacts"
    log="$artifacts/run.log"

    echo "== fuzz: $name for ${seconds}s (seed corpus: $(find "$corpus" -type f | wc -l) files)"
    rc=0
    "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1 || rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "!! fuzz: $name FAILED (exit $rc); last lines of $log:" >&2
        tail -n 60 "$log" >&2
        failed+=("$name")
    else
        grep -E '^(stat::number_of_executed_runs|Done [0-9]+ runs)' "$log" || true
        echo "   $name: no findings"
    fi
done

if [[ ${#failed[@]} -ne 0 ]]; then
    echo "!! fuzz: findings in: ${failed[*]} (reproducers in $build_dir/fuzz/artifacts/)" >&2
    exit 1
fi
echo "== fuzz: all ${#fuzzers[@]} fuzzers ran ${seconds}s without findings"
