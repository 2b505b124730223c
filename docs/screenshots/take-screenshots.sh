#!/usr/bin/env bash
# The README's screenshots, retaken from a build: the window at its default size (1280×800)
# under xvfb, light, dark and German, the annotation popover, search, topics, the thread map
# with new, unread and edited comments after a re-import, and a page of an exported PDF.
# Runs in a throw-away HOME on a library made here (your own library is never touched).
# Usage: docs/screenshots/take-screenshots.sh [BUILD_DIR] [OUT_DIR]   (ONLY=NAME: that one)
# Needs xvfb-run, xdotool, ImageMagick (import, convert) and poppler-utils (pdftoppm).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
build=${1:-$root/build}
out=${2:-$here}
scholia=$(cd "$build" && pwd)/bin/scholia
delay=${SCREENSHOT_DELAY:-15} # the window, then the thread page in the web view
mkdir -p "$out"

. "$root/packaging/screenshot-session.sh"
db=$home/library.sqlite
run() { "$scholia" --db "$db" "$@"; }

# The sample thread with some of what a reader adds, and threads of other formats.
fixtures=$root/tests/fixtures
run import "$root/resources/samples/sample-thread.json" >/dev/null
annotate() { run annotate 1 "$@" >/dev/null; }
annotate --comment mo4knkd --quote "That's the actual data" --tag formats/json --color yellow \
  --note "The one format every tool can read back."
annotate --comment mo4lm86 --quote "Past a few hundred comments" --tag formats/json/limits --color orange
annotate --comment mo4mivr --quote "In ten years you need a reader for it" --tag durability --color sky \
  --note "The counter-argument: data alone is not enough."
annotate --comment mo4mhob --tag formats/json/limits --color orange
annotate --comment mo4ok72 --quote "The data should be JSON" --tag durability --color green
run import "$fixtures/hackernews/algolia-item.json" "$fixtures/discourse/topic-deep.json" \
  "$fixtures/mbox/list-thread.mbox" "$fixtures/oldreddit/thread.html" >/dev/null 2>&1 || true
# The sample thread saved again a day later: two comments edited, one removed by a
# moderator, one gone, two new replies. Its re-import shows what changed.
python3 - "$root/resources/samples/sample-thread.json" "$home/sample-resaved.json" <<'PY'
import copy, json, sys
thread = json.load(open(sys.argv[1]))
comments = []
def walk(children):
    for child in children:
        if child.get('kind') == 't1':
            comments.append(child['data'])
            replies = child['data'].get('replies')
            if isinstance(replies, dict):
                walk(replies['data']['children'])
walk(thread[1]['data']['children'])
def edit(c, old, new):
    # The same words in the Markdown and in the (escaped) HTML the importer reads.
    assert old in c['body'] and old in c['body_html']
    c['body'] = c['body'].replace(old, new)
    c['body_html'] = c['body_html'].replace(old, new)
    c['edited'] = c['created_utc'] + 86400
def with_text(words):
    return next(c for c in comments if words in c['body'] and words in c['body_html'])
edit(with_text('Everything else is a view of it.'), 'Everything else is a view of it.',
     'Everything else, the HTML included, is only a view of it.')
edit(with_text('in fifty years'), 'in fifty years', 'in a hundred years')
removed = comments[7]
removed['body'] = '[removed]'
removed['body_html'] = '&lt;div class="md"&gt;&lt;p&gt;[removed]&lt;/p&gt;&lt;/div&gt;'
first = comments[0]
top = thread[1]['data']['children']
del top[-2] # a whole subtree no longer in the save
for n, text in enumerate(['Saved it again today: two answers were edited overnight.',
                          'The mods removed one of the replies, the archive kept it.']):
    reply = copy.deepcopy(top[0])
    reply['data'].update(id='zz%d' % n, name='t1_zz%d' % n, author='late_reader_%d' % n,
                         created_utc=first['created_utc'] + 90000 + n, replies='', score=3)
    reply['data'].update(body=text, edited=False,
                         body_html='&lt;div class="md"&gt;&lt;p&gt;' + text + '&lt;/p&gt;&lt;/div&gt;')
    top.append(reply)
json.dump(thread, open(sys.argv[2], 'w'))
PY
run import "$home/sample-resaved.json" >/dev/null 2>&1
# shot NAME THEME THREAD [KEYS...]: starts the window on THREAD, presses KEYS (xdotool
# words: "key ctrl+4", "type json", "sleep 2"), then takes the screen.
shot() {
  local name=$1 theme=$2 thread=$3
  shift 3
  [[ -z ${ONLY:-} || $name == $ONLY ]] || return 0
  # Comments stay unread while on screen (read only when passed with j/k): the shots
  # show the new and unread marks the re-import left.
  printf '[appearance]\ntheme=%s\n[mainWindow]\nlastThread=%s\n[reading]\nmarkReadAfterSeconds=0\n' \
    "$theme" "$thread" \
    >"$XDG_CONFIG_HOME/scholia/scholia.conf"
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    scholia=$1 db=$2 file=$3 delay=$4
    shift 4
    "$scholia" --db "$db" & pid=$!
    sleep "$delay"
    # No window manager: the keyboard goes to the window under the pointer.
    xdotool mousemove 700 400
    for step in "$@"; do
      case $step in
        sleep\ *) sleep ${step#sleep } ;;
        *) xdotool $step; sleep 1 ;;
      esac
    done
    sleep 2
    import -window root "$file"
    kill $pid; wait $pid || true' _ "$scholia" "$db" "$out/$name.raw.png" "$delay" "$@" \
    >"$home/$name.log" 2>&1
  # Fewer colours keep text sharp and the files small in the repository.
  convert "$out/$name.raw.png" -strip -colors 255 -define png:compression-level=9 "$out/$name.png"
  rm -f "$out/$name.raw.png"
  echo "$out/$name.png: $(du -k "$out/$name.png" | cut -f1) KB"
}

shot main-window-light Light 1
shot main-window-dark Dark 1
LANGUAGE=de shot main-window-german Light 1
# A passage selected with the mouse, then `h`: the popover opens beside it, not over it.
shot annotation-popover Light 1 "mousemove 693 708 mousedown 1 mousemove 800 708 mousemove 972 708 mouseup 1" "key h"
shot search Light 1 "mousemove 190 66 click 1" "type --delay 60 json" "key Return" "sleep 2" "key Down" "key Return" "sleep 2"
shot topics Light 1 "mousemove 97 8 click 1" "key p" "sleep 3"
# After the re-import: new and unread counts in the list, the new comments marked, the
# thread map beside the thread with its ticks, an edited comment's diff opened (. then e).
shot reading-light Light 1 "key t" "key period" "key comma" "key e"
shot reading-dark Dark 1 "key t" "key period" "key comma" "key e"

# The first page of the sample thread exported to PDF.
[[ -z ${ONLY:-} || $ONLY == pdf-page ]] || exit 0
run export 1 --format pdf -o "$home/sample.pdf" >/dev/null
pdftoppm -r 70 -f 1 -l 1 -png "$home/sample.pdf" "$home/page"
convert "$home"/page*.png -strip -colors 255 -define png:compression-level=9 "$out/pdf-page.png"
echo "$out/pdf-page.png: $(du -k "$out/pdf-page.png" | cut -f1) KB"
