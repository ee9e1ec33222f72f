#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring, for the
# tests that need a real Secret Service (ctest label "keychain"). The keyring lives in a
# temporary HOME that is deleted afterwards, so the user's own keyring is never touched.
#
#   scripts/with-keyring.sh ctest --test-dir build -L keychain --output-on-failure
#
# Needs dbus-run-session and dbus-send (dbus-bin) and gnome-keyring-daemon (gnome-keyring).
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 command [arguments...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "$0: $tool is not installed" >&2
        exit 127
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/with-keyring.XXXXXX")
# XDG_RUNTIME_DIR must be private (0700) or gnome-keyring refuses to put its control socket there.
chmod 0700 "$scratch"
mkdir -m 0700 "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
cleanup() {
    rm -rf "$scratch"
}
trap cleanup EXIT

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
# A desktop session's keyring must not be reached by mistake.
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SESSION_BUS_ADDRESS

# Not exec'd, so that the trap can remove the scratch folder afterwards. The password creates and
# unlocks a "login" collection, which becomes the default one that QtKeychain writes to. It must
# not be empty: gnome-keyring then creates no collection at all, and the first write would wait
# forever at a "create a keyring" prompt nobody can answer. It protects nothing but this
# throw-away keyring.
set +e
dbus-run-session -- bash -c '
    set -e
    printf "%s" "with-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # The daemon takes its bus name a moment later; a client that came first would have the bus
    # start a second daemon. Bus activation copes with that, but waiting is quieter.
    for _ in $(seq 50); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true" && break
        sleep 0.1
    done
    exec "$@"
' with-keyring "$@"
rc=$?
set -e
exit $rc
