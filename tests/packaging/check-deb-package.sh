#!/usr/bin/env bash
# tst_debpackage: cpack builds the .deb from BUILD_DIR; it holds the installed files under
# /usr and its Depends (from dpkg-shlibdeps) names the libraries Scholia links.
# Usage: check-deb-package.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$out"/scholia_*.deb)
echo "package: $(basename "$deb"), $(du -h "$deb" | cut -f1)"

contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
for file in ./usr/bin/scholia ./usr/libexec/scholia/scholia-desktop ./usr/share/applications/org.scholia.Scholia.desktop \
            ./usr/share/metainfo/org.scholia.Scholia.metainfo.xml ./usr/share/man/man1/scholia.1.gz \
            ./usr/share/icons/hicolor/scalable/apps/org.scholia.Scholia.svg \
            ./usr/share/icons/hicolor/48x48/apps/org.scholia.Scholia.png; do
  grep -qx -- "$file" <<<"$contents" || fail "$file is not in the package"
done
# Nothing but the program and its desktop files (no static libraries, tests or benchmarks).
unexpected=$(grep -v -e '/$' -e '^./usr/bin/scholia$' -e '^./usr/libexec/scholia/scholia-desktop$' -e '^./usr/share/applications/' -e '^./usr/share/metainfo/' \
                     -e '^./usr/share/icons/' -e '^./usr/share/man/' <<<"$contents" || true)
[[ -z $unexpected ]] || fail "unexpected files in the package: $unexpected"
echo "contents: $(grep -vc '/$' <<<"$contents") files"

[[ $(dpkg-deb -f "$deb" Package) == scholia ]] || fail "package name"
[[ -n $(dpkg-deb -f "$deb" Maintainer) ]] || fail "no Maintainer"
[[ -n $(dpkg-deb -f "$deb" Section) ]] || fail "no Section"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6widgets6 libqt6webenginecore6 libqt6webenginewidgets6 libqt6webchannel6 \
               libsqlite3-0 libgumbo1 libmd4c-html0 libgmime-3.0-0 zlib1g libzstd1 qt6-qpa-plugins; do
  grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends does not name $package"
done
grep -Eq "(^|, )libsimdjson[0-9]+ " <<<"$depends" || fail "Depends does not name libsimdjson"
# qpdf's package is named for its soname too (libqpdf29 on Debian 12).
grep -Eq "(^|, )libqpdf[0-9]+( |,|$)" <<<"$depends" || fail "Depends does not name libqpdf"
# Stripped: a RelWithDebInfo build must not ship its debug information.
dpkg-deb -x "$deb" "$out/root"
for program in usr/bin/scholia usr/libexec/scholia/scholia-desktop; do
  file "$out/root/$program" | grep -q 'stripped' && ! file "$out/root/$program" | grep -q 'not stripped' \
    || fail "/$program is not stripped"
done
echo "PASS"
