#!/usr/bin/env bash
# Renders icons/repdesk.svg into every icon RepDesk ships:
#   png/repdesk-N.png   the sizes the platforms and the window use (Linux installer: 256)
#   repdesk.ico         Windows installer, launcher and shortcuts (16-256 in one file)
#   repdesk.icns        macOS bundle (16-512)
#   src/main/resources/org/repdesk/ui/icons/   the window, taskbar and About dialog
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert (imagemagick) and
# png2icns (icnsutils). The outputs are committed, so only whoever changes the SVG runs this.
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done
res=../src/main/resources/org/repdesk/ui/icons
mkdir -p png "$res"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" repdesk.svg -o "png/repdesk-$size.png"
done
for size in 16 32 48 256; do
  cp "png/repdesk-$size.png" "$res/repdesk-$size.png"
done
# Windows Explorer picks the nearest size from the .ico; 256 is stored as PNG inside it.
convert png/repdesk-{16,24,32,48,64,128,256}.png repdesk.ico
# png2icns takes the sizes it knows (16, 32, 48, 128, 256, 512) and picks the format per size.
png2icns repdesk.icns png/repdesk-{16,32,48,128,256,512}.png >/dev/null
echo "make-icons: png/, repdesk.ico, repdesk.icns and the window icons are up to date"
