#!/usr/bin/env bash
# Renders the hicolor PNG icons from resources/icons/groove-enroll.svg into packaging/linux/icons/.
# The PNGs are committed, so that building the packages needs no SVG renderer: run this again
# (and commit the result) only when the SVG changes. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

svg=resources/icons/groove-enroll.svg
out=packaging/linux/icons
if ! command -v rsvg-convert >/dev/null; then
    echo "$0: rsvg-convert is not installed (apt-get install librsvg2-bin)" >&2
    exit 1
fi
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png \
        --output "$out/groove-enroll-$size.png" "$svg"
done
echo "rendered ${out}/groove-enroll-{16,22,24,32,48,64,128,256}.png"
