#!/bin/sh
# Look at the HTML export as a person would: a throwaway database, a week of
# sample activity, the export, and a PNG screenshot from headless Chromium.
# Usage: sh scripts/export_screenshot.sh [OUT.png]   (needs: apt-get install chromium)
set -e
out="${1:-export-screenshot.png}"
folder="$(mktemp -d)"
export PEERJOB_DB="$folder/demo.db"
peerjob goals set --applications 3 --checkins 1 2>/dev/null
peerjob log ACME "Support Specialist" --date "4 days ago" 2>/dev/null
peerjob log Globex "Peer Support Worker" --date "2 days ago" 2>/dev/null
peerjob log Initech "Data Entry Clerk" 2>/dev/null
peerjob stage 1 screening --date yesterday 2>/dev/null
peerjob export --format html --output "$folder/update.html" --yes
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$folder/profile" --window-size=800,1400 \
  --screenshot="$out" "file://$folder/update.html" 2>/dev/null
echo "Screenshot: $out (page: $folder/update.html)"
