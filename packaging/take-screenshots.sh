#!/usr/bin/env bash
# Screenshots for the AppStream metainfo: the main window on the sample thread with a few
# annotations, 1440×900, in a throw-away HOME (your own library is never touched).
# Usage: packaging/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
#   THEME=Light|Dark (default: both), NAME=main-window (file name prefix),
#   LANGUAGE/LC_ALL pass through, e.g. LANGUAGE=de LC_ALL=de_DE.UTF-8 NAME=main-window-de THEME=Light
# Needs xvfb-run and ImageMagick's import; keeps each PNG under 300 KB for software centres.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
out=${2:-$here/screenshots}
scholia=${SCHOLIA:-$build/bin/scholia}
name=${NAME:-main-window}
themes=${THEME:-Light Dark}
mkdir -p "$out"

. "$here/screenshot-session.sh"

# The sample thread, as a first start shows it, with some of what a reader would add.
"$scholia" import "$here/../resources/samples/sample-thread.json" >/dev/null
annotate() { "$scholia" annotate 1 "$@" >/dev/null; }
annotate --comment mo4knkd --quote "That's the actual data" --tag formats/json --color yellow \
  --note "The one format every tool can read back."
annotate --comment mo4lm86 --quote "Past a few hundred comments" --tag formats/json/limits --color orange
annotate --comment mo4mivr --quote "In ten years you need a reader for it" --tag durability --color sky \
  --note "The counter-argument: data alone is not enough."
annotate --comment mo4mhob --tag formats/json/limits --color orange
annotate --comment mo4ok72 --quote "The data should be JSON" --tag durability --color green
# A library of more than one thread, from the test fixtures of other formats.
fixtures=$here/../tests/fixtures
"$scholia" import "$fixtures/hackernews/algolia-item.json" "$fixtures/discourse/topic-deep.json" \
  "$fixtures/mbox/list-thread.mbox" "$fixtures/oldreddit/thread.html" "$fixtures/rdrama/page.html" >/dev/null 2>&1

for theme in $themes; do
  printf '[appearance]\ntheme=%s\n[mainWindow]\nlastThread=1\n' "$theme" >"$XDG_CONFIG_HOME/scholia/scholia.conf"
  file=$out/$name-$(tr '[:upper:]' '[:lower:]' <<<"$theme").png
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    "$1" & pid=$!
    sleep "${SCREENSHOT_DELAY:-15}" # the window, then the thread page in the web view
    import -window root "$2"
    kill $pid; wait $pid || true' _ "$scholia" "$file.raw.png"
  # Fewer colours keep text sharp and the file small enough for a software centre.
  convert "$file.raw.png" -strip -colors 255 -define png:compression-level=9 "$file"
  rm -f "$file.raw.png"
  echo "$file: $(du -k "$file" | cut -f1) KB"
done
