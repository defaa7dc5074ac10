#!/usr/bin/env bash
# Renders icons/repdesk.svg into the PNG sizes the platforms and the window use.
# Needs rsvg-convert (Debian: librsvg2-bin). The .ico/.icns come with the installers (issue 7).
set -euo pipefail
cd "$(dirname "$0")"
res=../src/main/resources/org/repdesk/ui/icons
mkdir -p png "$res"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" repdesk.svg -o "png/repdesk-$size.png"
done
for size in 16 32 48 256; do
  cp "png/repdesk-$size.png" "$res/repdesk-$size.png"
done
