#!/usr/bin/env bash
# Benchmark of a headless manual enrollment against its floor.
#
#   scripts/bench-enrollment.sh [RUNS]        (default 5 runs)
#
# Builds groove-enroll, gms-devserver and bench_floor (build dir: $GE_BUILD_DIR, default
# build/default with the 'default' preset), starts gms-devserver on a free port with a throw-away
# state and 2*RUNS members, then, inside scripts/with-keyring.sh, measures RUNS times side by side:
#   wall  - `groove-enroll --headless --json --server URL --code-stdin` from start to exit, each
#           run with its own member and its own XDG_DATA_HOME;
#   floor - bench_floor with another member: two sequential RSA-2048 key generations plus the
#           KeyActivation, CreateAccount and DomainEnrollment round trips of a real enrollment
#           (see tests/bench/bench_floor.cpp for what it includes and leaves out); its round
#           trips alone (floor minus key generation) are the "trips" column;
#   engine - bench_engine with a third member: the EnrollmentEngine with a full key pool, from
#           start() to finished(), secrets in the keyring (what the wizard's user waits for
#           after the click on "Enroll"; see tests/bench/bench_engine.cpp).
# Prints a table, the medians and their ratios (goals: wall <= 1.3 x floor, engine <= 1.2 x
# trips). Exits 0 unless something failed (build, server, an enrollment); a missed goal is
# reported, not an error.
#
# Environment: GE_BUILD_DIR, GE_JOBS (parallel build jobs, default 2).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-5}
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [RUNS]" >&2
    exit 2
fi
build_dir=${GE_BUILD_DIR:-build/default}
jobs=${GE_JOBS:-2}

scratch=
server_pid=
cleanup() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [[ -n "$scratch" ]]; then
        rm -rf "$scratch"
    fi
}

# Second stage: inside the private D-Bus session with a keyring (see the end of this file).
measure() {
    for tool in jq date; do
        command -v "$tool" >/dev/null || { echo "$0: $tool is not installed" >&2; exit 127; }
    done
    local enroll devserver floor engine info url home start end wall steps_ms measured floor_ms keygen_ms i
    local trips_ms engine_ms median_wall median_floor median_trips median_engine members
    local -a walls floors trips engines
    enroll=$build_dir/app/groove-enroll
    devserver=$build_dir/devserver/gms-devserver
    floor=$build_dir/tests/bench/bench_floor
    engine=$build_dir/tests/bench/bench_engine

    scratch=$(mktemp -d "${TMPDIR:-/tmp}/bench-enrollment.XXXXXX")
    trap cleanup EXIT

    # Three members a run: the CLI, the floor, the engine (a code enrolls once).
    members=$(for ((i = 1; i <= runs; i++)); do
        printf '{"name":"CLI %d","login":"cli%d"}\n{"name":"Floor %d","login":"floor%d"}\n' "$i" "$i" "$i" "$i"
        printf '{"name":"Engine %d","login":"engine%d"}\n' "$i" "$i"
    done | jq -s .)
    jq -n --argjson members "$members" '{domains: [{name: "bench", members: $members}]}' >"$scratch/config.json"

    "$devserver" --port 0 --state "$scratch/state" --config "$scratch/config.json" \
        >"$scratch/server.out" 2>"$scratch/server.err" &
    server_pid=$!
    for _ in $(seq 600); do # the first start makes the domain and TLS keys
        [[ -s "$scratch/server.out" ]] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    if ! info=$(head -n 1 "$scratch/server.out") || [[ -z "$info" ]]; then
        echo "$0: gms-devserver did not start:" >&2
        cat "$scratch/server.err" >&2
        exit 1
    fi
    url=$(jq -r .serverUrl <<<"$info")
    code_of() { jq -r --arg login "$1" '.members[] | select(.login == $login) | .code' <<<"$info"; }
    now_ms() { echo $(($(date +%s%N) / 1000000)); }

    walls=()
    floors=()
    trips=()
    engines=()
    # wall: the CLI from start to exit; steps: the sum of its own step timings (the rest is process
    # start, keychain connection, journal check and exit); floor = keygen + round trips.
    # engine store ms: its StoreKeys and SaveAccount steps (keyring, journal and account file).
    printf '%-4s %8s %9s %9s %10s %9s %10s %16s %13s\n' run "wall ms" "steps ms" "floor ms" "keygen ms" \
        "trips ms" "engine ms" "engine store ms" "engine/trips"
    for ((i = 1; i <= runs; i++)); do
        home=$(mktemp -d "$scratch/home.XXXXXX")
        start=$(now_ms)
        if ! code_of "cli$i" | XDG_DATA_HOME=$home "$enroll" --headless --json --server "$url" --code-stdin \
            >"$scratch/cli.out" 2>"$scratch/cli.err"; then
            echo "$0: run $i: groove-enroll failed: $(cat "$scratch/cli.out")" >&2
            exit 1
        fi
        end=$(now_ms)
        if [[ $(jq -r .result "$scratch/cli.out") != enrolled ]]; then
            echo "$0: run $i: unexpected output: $(cat "$scratch/cli.out")" >&2
            exit 1
        fi
        wall=$((end - start))
        steps_ms=$(jq '[.steps[].ms] | add' "$scratch/cli.out")
        if ! measured=$(code_of "floor$i" | "$floor" --server "$url"); then
            echo "$0: run $i: bench_floor failed" >&2
            exit 1
        fi
        floor_ms=$(jq -r .floorMs <<<"$measured")
        keygen_ms=$(jq -r .keygenMs <<<"$measured")
        trips_ms=$((floor_ms - keygen_ms))
        if ! measured=$(code_of "engine$i" | "$engine" --server "$url" --keychain); then
            echo "$0: run $i: bench_engine failed" >&2
            exit 1
        fi
        engine_ms=$(jq -r .engineMs <<<"$measured")
        walls+=("$wall")
        floors+=("$floor_ms")
        trips+=("$trips_ms")
        engines+=("$engine_ms")
        printf '%-4s %8s %9s %9s %10s %9s %10s %16s %13s\n' "$i" "$wall" "$steps_ms" "$floor_ms" "$keygen_ms" \
            "$trips_ms" "$engine_ms" "$(jq '.steps.StoreKeys + .steps.SaveAccount' <<<"$measured")" "$(awk -v e="$engine_ms" -v t="$trips_ms" 'BEGIN { printf "%.2f", e / t }')"
    done

    median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
    median_wall=$(median "${walls[@]}")
    median_floor=$(median "${floors[@]}")
    median_trips=$(median "${trips[@]}")
    median_engine=$(median "${engines[@]}")
    echo
    awk -v w="$median_wall" -v f="$median_floor" 'BEGIN {
        ratio = w / f
        printf "median wall %s ms, median floor %s ms, ratio %.2f (goal <= 1.3: %s)\n", w, f, ratio, ratio <= 1.3 ? "met" : "missed"
    }'
    awk -v e="$median_engine" -v t="$median_trips" 'BEGIN {
        ratio = e / t
        printf "median engine with a full key pool %s ms, median round trips alone %s ms, ratio %.2f (goal <= 1.2: %s)\n", e, t, ratio, ratio <= 1.2 ? "met" : "missed"
    }'
}

if [[ "${GE_BENCH_STAGE:-}" == measure ]]; then
    measure
    exit 0
fi

# First stage: configure if needed, build, then measure inside a keyring session.
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    if [[ "$build_dir" == build/default ]]; then
        cmake --preset default
    else
        cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
fi
cmake --build "$build_dir" -j "$jobs" --target groove-enroll gms-devserver bench_floor bench_engine
GE_BENCH_STAGE=measure GE_BUILD_DIR=$build_dir exec scripts/with-keyring.sh "$PWD/scripts/bench-enrollment.sh" "$runs"
