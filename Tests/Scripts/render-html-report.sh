#!/usr/bin/env bash
# Renders claimdiff's HTML side-by-side report of the europol-2017 pair in headless Chromium,
# at a desktop width and a phone width, so that a person can look at the pictures.
#   bash Tests/Scripts/render-html-report.sh [OUTDIR]
# Needs Debian's chromium package (apt-get install chromium). Skips cleanly without it.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-.build/html-report}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "render-html-report: chromium not installed; skipped (apt-get install chromium)"
  exit 0
fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift build -q --product claimdiff
.build/debug/claimdiff compare Fixtures/europol-2017/en.html Fixtures/europol-2017/it.html \
  --format html --output "$out/europol-2017.html" --fail-on never
page="file://$out/europol-2017.html"
# No network: the report must not need it, and the browser gets none.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --disable-background-networking
  --proxy-server=127.0.0.1:9)
"$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$out/desktop.png" "$page" 2>/dev/null
"$browser" "${flags[@]}" --window-size=390,2400 --force-device-scale-factor=2 --screenshot="$out/phone.png" "$page" 2>/dev/null
echo "render-html-report: $out/desktop.png and $out/phone.png"
