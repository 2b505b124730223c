#!/usr/bin/env bash
# tst_installedfiles: `cmake --install` into a temporary DESTDIR with prefix /usr puts every
# file where a desktop looks for it, and the desktop file, the AppStream metainfo and the
# man page pass their validators. A script, not a Qt Test: it drives command-line tools only.
# Usage: check-installed-files.sh BUILD_DIR PROJECT_VERSION
set -euo pipefail
build=$1 version=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

DESTDIR=$root cmake --install "$build" --prefix /usr >/dev/null
usr=$root/usr
expected=(
  bin/scholia
  libexec/scholia/scholia-desktop
  share/applications/org.scholia.Scholia.desktop
  share/metainfo/org.scholia.Scholia.metainfo.xml
  share/icons/hicolor/scalable/apps/org.scholia.Scholia.svg
  share/man/man1/scholia.1.gz
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("share/icons/hicolor/${size}x${size}/apps/org.scholia.Scholia.png")
done
for file in "${expected[@]}"; do
  [[ -s $usr/$file ]] || fail "not installed: /usr/$file"
done
[[ -x $usr/bin/scholia ]] || fail "/usr/bin/scholia is not executable"
[[ -x $usr/libexec/scholia/scholia-desktop ]] || fail "/usr/libexec/scholia/scholia-desktop is not executable"
# `scholia import` runs without the window's libraries; the rest starts scholia-desktop.
! ldd "$usr/bin/scholia" | grep -q -e Widgets -e WebEngine -e Qt6Gui \
  || fail "/usr/bin/scholia loads the window's libraries"
for size in 16 48 256; do
  file "$usr/share/icons/hicolor/${size}x${size}/apps/org.scholia.Scholia.png" | grep -q "$size x $size" \
    || fail "the ${size}x${size} icon has another size"
done
echo "installed: ${#expected[@]} files"

desktop-file-validate "$usr/share/applications/org.scholia.Scholia.desktop" || fail "desktop-file-validate"
echo "desktop-file-validate: ok"
(cd "$root" && appstreamcli validate --no-net --pedantic "$usr/share/metainfo/org.scholia.Scholia.metainfo.xml") \
  || fail "appstreamcli validate"
# The newest release in the metainfo is the version being built.
newest=$(grep -o '<release version="[^"]*"' "$usr/share/metainfo/org.scholia.Scholia.metainfo.xml" | head -1 | cut -d'"' -f2)
[[ $newest == "$version" ]] || fail "metainfo's newest release is $newest, the project is $version"

# The man page: no groff warnings, every subcommand documented.
warnings=$(zcat "$usr/share/man/man1/scholia.1.gz" | groff -man -Tutf8 -ww -z 2>&1 || true)
[[ -z $warnings ]] || fail "groff warnings in scholia.1: $warnings"
page=$(zcat "$usr/share/man/man1/scholia.1.gz" | groff -man -Tutf8 -P-cbou 2>/dev/null)
subcommands=$(LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$usr/bin/scholia" --help \
  | sed -n '/^Subcommands:/,/^$/p' | awk 'NF > 1 { print $1 }')
[[ -n $subcommands ]] || fail "scholia --help lists no subcommands"
! grep -F -e '\f' -e '\e' <<<"$page" || fail "roff escapes shown as text in the man page"
for name in $subcommands; do
  grep -q "scholia $name \[options\]" <<<"$page" || fail "the man page has no section for '$name'"
done
echo "man page: no warnings, $(wc -w <<<"$subcommands") subcommands"
"$usr/bin/scholia" --version | grep -qx "scholia $version" || fail "scholia --version"
echo "PASS"
