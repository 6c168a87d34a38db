#!/usr/bin/env bash
# Regenerates the application icon's PNG, .ico and .icns files from its SVG
# source, ui/icons/app.svg. The results are committed (the build does not need
# these tools); run this after changing the SVG.
#   Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns)
set -euo pipefail
cd "$(dirname "$0")"
svg=../../ui/icons/app.svg

for tool in rsvg-convert icotool png2icns; do
    if ! command -v "$tool" >/dev/null; then
        echo "generate.sh: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2
        exit 1
    fi
done

# Every size the freedesktop icon theme spec, Windows and macOS ask for.
sizes=(16 22 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do
    rsvg-convert --width "$s" --height "$s" --format png "$svg" -o "upstreamlab-$s.png"
done

# Windows: 16–48 as bitmaps, 256 as PNG (Vista and later).
icotool --create -o upstreamlab.ico \
    upstreamlab-16.png upstreamlab-24.png upstreamlab-32.png upstreamlab-48.png upstreamlab-64.png \
    --raw=upstreamlab-256.png

# macOS: the sizes png2icns knows (16, 32, 48, 128, 256, 512).
png2icns upstreamlab.icns \
    upstreamlab-16.png upstreamlab-32.png upstreamlab-48.png upstreamlab-128.png upstreamlab-256.png upstreamlab-512.png >/dev/null

ls -l upstreamlab-*.png upstreamlab.ico upstreamlab.icns
