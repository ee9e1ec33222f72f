#!/usr/bin/env bash
# Builds the Debian packages from an existing build (CPack, no second build) and tests them:
# lintian (no error, no warning), appstreamcli validate, desktop-file-validate; then installs
# them with apt-get, runs the INSTALLED client (--version, a headless demo enrollment in a
# throw-away keyring, --tray without an account), asks xdg-mime for the groove-enroll:// handler
# and man for the man pages, purges them and checks that nothing they installed is left.
#
#   scripts/package-test.sh [BUILD_DIR]      (default build/ci; must be built already)
#
# Runs as root (it installs packages on this machine, as CI does) and refuses to start when a
# groove-enroll package is installed already, so that it never removes one it did not install.
# Whatever happens, it purges what it installed. The packages stay in BUILD_DIR/packages.
# Needs: cpack, dpkg-dev, lintian, appstream, desktop-file-utils, xdg-utils, man-db
# (scripts/setup-debian.sh), and gnome-keyring + dbus for scripts/with-keyring.sh.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

build_dir=${1:-build/ci}
[[ "$build_dir" == /* ]] || build_dir="$root/$build_dir"
packages=(groove-enroll groove-enroll-devserver)
desktop_id=org.example.GrooveEnroll.desktop
mimeinfo=/usr/share/applications/mimeinfo.cache

current="setting up"
installed=0
scratch=""

fail() {
    echo "package-test.sh: FAILED ($current): $*" >&2
    exit 1
}

step() {
    current=$1
    printf -- '--- %s\n' "$current"
}

cleanup() {
    local rc=$?
    if [[ $installed -eq 1 ]]; then
        echo "package-test.sh: purging ${packages[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get purge -y "${packages[@]}" >/dev/null 2>&1 \
            || echo "package-test.sh: could not purge ${packages[*]}: remove them by hand" >&2
    fi
    [[ -z "$scratch" ]] || rm -rf "$scratch"
    if [[ $rc -ne 0 ]]; then
        echo "package-test.sh: FAILED ($current)" >&2
    fi
    exit $rc
}
trap cleanup EXIT

[[ $(id -u) -eq 0 ]] || fail "run as root: it installs and purges the packages"
[[ -f "$build_dir/CPackConfig.cmake" ]] || fail "no $build_dir/CPackConfig.cmake: configure and build first"
for tool in cpack dpkg-shlibdeps lintian appstreamcli desktop-file-validate xdg-mime man apt-get; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/setup-debian.sh)"
done
for p in "${packages[@]}"; do
    if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" == "install ok installed" ]]; then
        fail "$p is installed already; this test installs and purges its own build, remove it first"
    fi
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/package-test.XXXXXX")
start=$SECONDS

step "cpack ($build_dir)"
out="$build_dir/packages"
rm -rf "$out"
cpack --config "$build_dir/CPackConfig.cmake" -B "$out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
debs=()
for p in "${packages[@]}"; do
    f=$(compgen -G "$out/${p}_*.deb" | head -n 1 || true)
    [[ -n "$f" ]] || fail "cpack made no ${p}_*.deb"
    debs+=("$f")
    compgen -G "$out/${p}-dbgsym_*.ddeb" >/dev/null || fail "cpack made no ${p}-dbgsym package"
done
ls -l "$out"/*.deb "$out"/*.ddeb

step "lintian"
# Info-level tags are shown, not fatal (packaging/README.md lists the ones we accept).
lintian --allow-root --fail-on error,warning --display-info "${debs[@]}" \
    || fail "lintian reported errors or warnings"

step "appstreamcli validate, desktop-file-validate"
dpkg-deb -x "${debs[0]}" "$scratch/client"
appstreamcli validate --no-net "$scratch"/client/usr/share/metainfo/*.metainfo.xml \
    || fail "appstreamcli validate"
desktop-file-validate "$scratch/client/usr/share/applications/$desktop_id" \
    "$scratch/client/etc/xdg/autostart/groove-enroll-tray.desktop" \
    || fail "desktop-file-validate"

step "apt-get install"
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${debs[@]}" \
    >"$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log" >&2; fail "apt-get install"; }

step "installed groove-enroll --version"
version=$(/usr/bin/groove-enroll --version) || fail "groove-enroll --version exited with $?"
echo "$version"
[[ "$version" == "groove-enroll "* ]] || fail "unexpected version output: $version"
/usr/bin/gms-devserver --version >/dev/null || fail "gms-devserver --version"

step "installed groove-enroll --demo --headless (throw-away keyring)"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    scripts/with-keyring.sh /usr/bin/groove-enroll --demo --headless \
    || fail "the headless demo enrollment exited with $?"

# A clean home and runtime folder for the steps below: nobody's accounts or mimeapps.list.
mkdir -m 0700 "$scratch/home" "$scratch/runtime"

step "installed groove-enroll --tray without an account exits at once with 0 (autostart)"
rc=0
timeout 60 env -i PATH="$PATH" HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
    QT_QPA_PLATFORM=offscreen /usr/bin/groove-enroll --tray || rc=$?
[[ $rc -eq 0 ]] || fail "groove-enroll --tray exited with $rc (124: it did not end by itself)"

step "xdg-mime query default x-scheme-handler/groove-enroll"
handler=$(env -i PATH="$PATH" HOME="$scratch/home" xdg-mime query default \
    x-scheme-handler/groove-enroll) || fail "xdg-mime exited with $?"
echo "$handler"
[[ "$handler" == "$desktop_id" ]] || fail "the handler is '$handler', not $desktop_id"

step "man -w"
man -w groove-enroll || fail "no man page groove-enroll"
man -w gms-devserver || fail "no man page gms-devserver"

step "apt-get purge"
: >"$scratch/files"
for p in "${packages[@]}"; do
    dpkg-query -L "$p" >>"$scratch/files"
done
DEBIAN_FRONTEND=noninteractive apt-get purge -y "${packages[@]}" >"$scratch/apt.log" 2>&1 \
    || { cat "$scratch/apt.log" >&2; fail "apt-get purge"; }
installed=0

step "nothing left after the purge"
left=()
while IFS= read -r path; do
    [[ -n "$path" && "$path" != /. ]] || continue
    if [[ -d "$path" && ! -L "$path" ]]; then
        # A folder stays when another package owns it or something else is in it.
        if [[ -z "$(ls -A "$path")" ]] && ! dpkg-query -S "$path" >/dev/null 2>&1; then
            left+=("$path/")
        fi
    elif [[ -e "$path" || -L "$path" ]]; then
        left+=("$path")
    fi
done <"$scratch/files"
[[ ${#left[@]} -eq 0 ]] || fail "left behind: ${left[*]}"
if [[ -f "$mimeinfo" ]] && grep -q "$desktop_id" "$mimeinfo"; then
    fail "$mimeinfo still names $desktop_id"
fi

current="done"
echo "package-test.sh: all package checks passed in $((SECONDS - start)) s"
