#!/usr/bin/env bash
# Photographs the real application for the README: every wizard page, a problem page, the status
# window and the tray menu, plus the first two wizard pages in a dark palette and at 200 %.
#
#   scripts/screenshots.sh [OUTPUT_DIR]        (default docs/screenshots)
#
# GE_SHOTS_LANGUAGE=de (fr, es, ...; default en) photographs the program in that language.
# GE_SHOTS_SET=walkthrough takes only the pictures of scripts/walkthrough.sh (no tray menu, dark
# palette or 200 %) and writes the page titles the wizard showed to OUTPUT_DIR/page-titles.txt
# ("ID TITLE" per line).
#
# Runs build/ci's groove-enroll and gms-devserver ($GE_BUILD_DIR) under Xvfb (a display of its
# own, 2560x1600x24: room for the
# 200 % pictures) with trayer as the tray host, inside scripts/with-keyring.sh (private D-Bus
# session, unlocked throw-away keyring, HOME and XDG folders in a temporary folder). Drives the
# wizard with xdotool key presses and captures windows with ImageMagick's import. It waits for
# windows (xdotool search --sync) and for pages (the program's GROOVE_ENROLL_TRACE=1 lines),
# each with a time limit, and fails loudly when something does not appear.
#
# Produces: wizard-1-welcome.png, wizard-2-server-and-code.png, wizard-3-progress.png,
# wizard-4-done.png, wizard-5-problem.png, status-window.png, tray-menu.png,
# wizard-1-welcome-dark.png, wizard-2-server-and-code-dark.png, wizard-1-welcome-200.png,
# wizard-2-server-and-code-200.png.
#
# Needs (scripts/setup-debian.sh): xvfb, trayer, xdotool, imagemagick, jq, gnome-keyring, dbus.
# GE_TRACE=1 traces the script itself (set -x).
set -euo pipefail
[[ -n "${GE_TRACE:-}" ]] && set -x

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
build_dir=${GE_BUILD_DIR:-build/ci}
out=${1:-docs/screenshots}

# Page ids of ui/wizard/WizardPages.h.
readonly WELCOME=0 SERVER_CODE=1 PROGRESS=5 RESULT=6

fail() {
    echo "screenshots.sh: $*" >&2
    exit 1
}

# --- second stage: inside with-keyring.sh ---------------------------------------------------
shoot() {
    local enroll=$root/$build_dir/app/groove-enroll
    local devserver=$root/$build_dir/devserver/gms-devserver
    [[ -x "$enroll" && -x "$devserver" ]] || fail "build groove-enroll and gms-devserver in $build_dir first"
    for tool in Xvfb trayer xdotool import jq; do
        command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/setup-debian.sh)"
    done
    mkdir -p "$out"
    out=$(cd "$out" && pwd)
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/screenshots.XXXXXX")
    declare -a pids=()
    cleanup() {
        local p
        for p in "${pids[@]}"; do
            kill "$p" 2>/dev/null || true
        done
        for p in "${pids[@]}"; do
            wait "$p" 2>/dev/null || true
        done
        rm -rf "$scratch"
    }
    trap cleanup EXIT

    # A display of its own: Xvfb chooses a free number and tells it on a file descriptor.
    exec {fd}>"$scratch/display"
    Xvfb -displayfd "$fd" -screen 0 2560x1600x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
    pids+=($!)
    exec {fd}>&-
    wait_for "Xvfb" 10 test -s "$scratch/display"
    export DISPLAY=":$(head -n 1 "$scratch/display")"
    unset WAYLAND_DISPLAY QT_QPA_PLATFORM
    # QLocale reads LANGUAGE for the user's languages; LANG stays a locale every machine has.
    export GROOVE_ENROLL_TRACE=1 LANG=C.UTF-8 LANGUAGE=${GE_SHOTS_LANGUAGE:-en}
    local set=${GE_SHOTS_SET:-all}

    trayer --edge top --align right --widthtype request --height 32 --SetDockType true \
        --transparent false --tint 0xdddddd >"$scratch/trayer.log" 2>&1 &
    pids+=($!)
    timeout 10 xdotool search --sync --onlyvisible --class trayer >/dev/null \
        || fail "trayer did not show its window"

    # 1. The demo: welcome and "Server and code" (prefilled when the demo server is ready), then
    #    the enrollment to the done page.
    run_app demo --demo
    wait_line demo "wizard-page $WELCOME" 15
    capture demo wizard-1-welcome.png
    wait_line demo "demo-ready" 30
    key demo Return
    wait_line demo "wizard-page $SERVER_CODE" 10
    capture demo wizard-2-server-and-code.png
    key demo Return
    wait_line demo "wizard-page $RESULT" 60
    capture demo wizard-4-done.png
    stop_app demo

    # 2. A gms-devserver of our own: its first CreateAccount stalls, so that the progress page
    #    can be photographed while a step runs.
    "$devserver" --port 0 --state "$scratch/server" --inject CreateAccount:stall:1 \
        >"$scratch/server.out" 2>"$scratch/server.err" &
    pids+=($!)
    wait_for "gms-devserver" 60 test -s "$scratch/server.out"
    local info url code_of_bob code_of_carol
    info=$(head -n 1 "$scratch/server.out")
    url=$(jq -r .serverUrl <<<"$info")
    code_of_bob=$(jq -r '.members[] | select(.login == "bob") | .code' <<<"$info")
    code_of_carol=$(jq -r '.members[] | select(.login == "carol") | .code' <<<"$info")

    run_app progress "$(link "$url" "$code_of_bob")"
    wait_line progress "wizard-page $WELCOME" 15
    key progress Return
    wait_line progress "wizard-page $SERVER_CODE" 10
    key progress Return
    wait_line progress "wizard-page $PROGRESS" 30
    # The progress page shows its steps as they run; CreateAccount now waits on the server.
    sleep 1
    capture progress wizard-3-progress.png
    stop_app progress

    # 3. A wrong code: the problem page.
    run_app problem "$(link "$url" "AAAA-BBBB-CCCC-DDDD")"
    wait_line problem "wizard-page $WELCOME" 15
    key problem Return
    wait_line problem "wizard-page $SERVER_CODE" 10
    key problem Return
    wait_line problem "wizard-page $RESULT" 60
    capture problem wizard-5-problem.png
    stop_app problem

    # 4. A real enrollment (Carol, in the keyring of this session), then the status window and
    #    the tray menu of the program that now has an account.
    printf '%s\n' "$code_of_carol" | "$enroll" --headless --server "$url" --code-stdin \
        >"$scratch/enroll.out" 2>&1 || { cat "$scratch/enroll.out" >&2; fail "the headless enrollment failed"; }
    run_app status
    wait_line status "status-window" 15
    capture status status-window.png
    stop_app status

    if [[ $set == walkthrough ]]; then
        page_titles
        return
    fi

    run_app tray --tray
    # The icon docks into trayer: click it (right button: the context menu) and photograph the
    # corner of the screen with the menu.
    local tray_window x y w h windows_before
    tray_window=$(timeout 10 xdotool search --sync --onlyvisible --class trayer | head -n 1) \
        || fail "no trayer window"
    wait_for "the tray icon" 15 tray_has_icon "$tray_window"
    eval "$(xdotool getwindowgeometry --shell "$tray_window")"
    x=$X y=$Y w=$WIDTH h=$HEIGHT
    windows_before=$(visible_windows tray)
    xdotool mousemove $((x + w / 2)) $((y + h / 2)) click 3
    wait_for "the tray menu" 10 menu_visible tray "$windows_before"
    sleep 0.3
    eval "$(xdotool getdisplaygeometry --shell)"
    import -window root -crop 360x180+$((WIDTH - 360))+0 +repage "$out/tray-menu.png"
    xdotool key Escape
    stop_app tray

    # 5. Dark palette and 200 %: the first two pages of the demo.
    for variant in dark 200; do
        if [[ $variant == dark ]]; then
            run_app "$variant" --demo -- GROOVE_ENROLL_PALETTE=dark
        else
            run_app "$variant" --demo -- QT_SCALE_FACTOR=2
        fi
        wait_line "$variant" "wizard-page $WELCOME" 15
        capture "$variant" "wizard-1-welcome-$variant.png"
        wait_line "$variant" "demo-ready" 30
        key "$variant" Return
        wait_line "$variant" "wizard-page $SERVER_CODE" 10
        capture "$variant" "wizard-2-server-and-code-$variant.png"
        stop_app "$variant"
    done
    echo "screenshots.sh: pictures in $out:"
    ls -1 "$out"
}

# Every page title the wizard runs traced ("wizard-title ID TITLE"), once per page id.
page_titles() {
    sed -n 's/^wizard-title \([0-9]*\) /\1 /p' "$scratch"/*.out | sort -n -u -k1,1 >"$out/page-titles.txt"
    echo "screenshots.sh: pictures in $out:"
    ls -1 "$out"
}

link() { # URL CODE -> groove-enroll://enroll?server=...&code=...
    printf 'groove-enroll://enroll?server=%s&code=%s' "$(jq -rn --arg v "$1" '$v|@uri')" \
        "$(jq -rn --arg v "$2" '$v|@uri')"
}

# wait_for WHAT SECONDS COMMAND...: runs COMMAND until it succeeds, at most SECONDS.
wait_for() {
    local what=$1 seconds=$2
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null; do
        ((SECONDS < deadline)) || fail "$what did not appear within ${seconds}s"
        sleep 0.1
    done
}

# run_app NAME [ARGS...] [-- VAR=VALUE...]: starts groove-enroll with its output in NAME.out.
declare -A app_pid
run_app() {
    local name=$1
    shift
    local -a args=() vars=()
    while (($#)); do
        if [[ $1 == -- ]]; then
            shift
            vars=("$@")
            break
        fi
        args+=("$1")
        shift
    done
    env "${vars[@]}" "$root/$build_dir/app/groove-enroll" "${args[@]}" \
        >"$scratch/$name.out" 2>"$scratch/$name.err" &
    app_pid[$name]=$!
    pids+=($!)
}

stop_app() {
    local pid=${app_pid[$1]}
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

wait_line() { # NAME LINE SECONDS
    local name=$1 line=$2 seconds=$3
    local deadline=$((SECONDS + seconds))
    until grep -qxF "$line" "$scratch/$name.out"; do
        if ! kill -0 "${app_pid[$name]}" 2>/dev/null; then
            cat "$scratch/$name.err" >&2
            fail "groove-enroll ($name) ended before \"$line\""
        fi
        ((SECONDS < deadline)) || { cat "$scratch/$name.err" >&2; fail "no \"$line\" from groove-enroll ($name) within ${seconds}s"; }
        sleep 0.1
    done
}

# The top-level window of the app NAME (the largest visible one: the wizard or status window).
window_of() {
    local id best="" best_area=0 area
    for id in $(xdotool search --onlyvisible --pid "${app_pid[$1]}" 2>/dev/null); do
        eval "$(xdotool getwindowgeometry --shell "$id")"
        area=$((WIDTH * HEIGHT))
        if ((area > best_area)); then
            best=$id best_area=$area
        fi
    done
    [[ -n "$best" ]] && echo "$best"
}

key() { # NAME KEY
    local window
    wait_for "a window of groove-enroll ($1)" 10 window_of "$1"
    window=$(window_of "$1")
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
    xdotool key --window "$window" --clearmodifiers "$2"
}

capture() { # NAME FILE
    local window
    wait_for "a window of groove-enroll ($1)" 10 window_of "$1"
    window=$(window_of "$1")
    # The page was just made current; its first paint follows on the next turns of the loop.
    sleep 0.3
    import -window "$window" "$out/$2"
    echo "screenshots.sh: $2"
}

tray_has_icon() { # TRAYER_WINDOW: trayer (--widthtype request) grows when an icon docks
    eval "$(xdotool getwindowgeometry --shell "$1")"
    ((WIDTH >= 16))
}

visible_windows() { # NAME: how many visible windows the app has
    { xdotool search --onlyvisible --pid "${app_pid[$1]}" 2>/dev/null || true; } | wc -l
}

menu_visible() { # NAME COUNT: the app has more visible windows than before (the popup menu)
    (($(visible_windows "$1") > $2))
}

if [[ "${GE_SCREENSHOT_STAGE:-}" == shoot ]]; then
    shoot
    exit 0
fi
GE_SCREENSHOT_STAGE=shoot GE_BUILD_DIR=$build_dir exec scripts/with-keyring.sh "$root/scripts/screenshots.sh" "$out"
