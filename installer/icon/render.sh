#!/usr/bin/env bash
# Renders installer/icon/fieldbook.svg into the icon files jpackage needs, and writes them
# where the per-OS argument files expect them. The outputs are committed; run this again
# only after changing the SVG.
#   PNG 16..512  installer/icon/fieldbook-N.png (Linux uses the 256 px one)
#   ICO          installer/windows/Fieldbook.ico   (16, 24, 32, 48, 64, 128, 256)
#   ICNS         installer/macos/Fieldbook.icns    (16, 32, 48, 128, 256, 512)
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v rsvg-convert >/dev/null || missing+=("rsvg-convert (apt-get install librsvg2-bin)")
command -v convert >/dev/null || missing+=("convert (apt-get install imagemagick)")
command -v png2icns >/dev/null || missing+=("png2icns (apt-get install icnsutils)")
if [ ${#missing[@]} -gt 0 ]; then
    printf 'render.sh needs: %s\n' "${missing[@]}" >&2
    exit 2
fi

for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" fieldbook.svg --output "fieldbook-$size.png"
done

convert fieldbook-16.png fieldbook-24.png fieldbook-32.png fieldbook-48.png fieldbook-64.png \
    fieldbook-128.png fieldbook-256.png ../windows/Fieldbook.ico
png2icns ../macos/Fieldbook.icns fieldbook-16.png fieldbook-32.png fieldbook-48.png \
    fieldbook-128.png fieldbook-256.png fieldbook-512.png >/dev/null

ls -l fieldbook-*.png ../windows/Fieldbook.ico ../macos/Fieldbook.icns
