#!/usr/bin/env bash
# Installs everything needed to build, test, fuzz and package Groove Enroll on Debian 12
# (bookworm). Safe to run again: when every package is already installed it does nothing
# (set GE_SETUP_FORCE=1 to run apt-get anyway). Uses sudo only when not run as root.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git ca-certificates
    # Qt 6 (qt6-svg-dev is bookworm's name for the Qt SVG development package)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-translations-l10n
    # secret storage (QtKeychain with the Secret Service backend) and a session bus for tests
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus dbus-x11
    # crypto
    libssl-dev openssl
    # fuzzing (libFuzzer + ASan/UBSan runtimes) and formatting
    clang-14 libclang-rt-14-dev clang-format-14
    # headless display for widget tests
    xvfb xauth
    # scripts/screenshots.sh and the benchmark scripts: tray host, key presses, window capture
    trayer xdotool imagemagick x11-utils jq
    # tests/core/diag tst_zipwriter checks our archives with unzip
    unzip
    # scripts/package-test.sh: building (CPack's DEB generator, dpkg-shlibdeps) and checking the
    # packages, and what their dpkg triggers and the checks after installing need;
    # packaging/linux/render-icons.sh: rsvg-convert
    dpkg-dev fakeroot file lintian appstream desktop-file-utils xdg-utils man-db groff-base
    librsvg2-bin
)

if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091
    . /etc/os-release
    if [[ "${ID:-}" != debian || "${VERSION_ID:-}" != 12 ]]; then
        echo "setup-debian.sh: warning: written for Debian 12, this is ${PRETTY_NAME:-unknown}" >&2
    fi
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$p")
    fi
done

if [[ ${#missing[@]} -eq 0 && "${GE_SETUP_FORCE:-0}" != 1 ]]; then
    echo "setup-debian.sh: all ${#packages[@]} packages are installed already"
    exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "setup-debian.sh: run as root or install sudo" >&2
        exit 1
    fi
    sudo_cmd=(sudo)
fi

echo "setup-debian.sh: installing: ${missing[*]:-${packages[*]}}"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${packages[@]}"
echo "setup-debian.sh: done"
