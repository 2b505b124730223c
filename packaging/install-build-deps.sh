#!/usr/bin/env bash
# Installs the Debian 12 packages Scholia needs to build, test and run, but only the
# missing ones, so `make run` / `make test` stay fast on a machine that already has them.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6.4 (Debian 12)
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev
  qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-pdf-dev
  # libraries named in DESIGN.md
  libsqlite3-dev libsimdjson-dev libgumbo-dev libmd4c-dev libmd4c-html0-dev libgmime-3.0-dev zlib1g-dev
  # whole-community archives (Pushshift / Arctic Shift .zst dumps)
  libzstd-dev
  # argument maps: Graphviz's layout (libgvc, libcgraph) and its dot and SVG plugins
  libgraphviz-dev
  # PDF export: page numbers are added to the printed PDF with qpdf
  libqpdf-dev
  # headless runs (tests, screenshots) and readable text in the web view
  xvfb xauth fonts-dejavu-core
  # desktop integration and the package: PNG icons, checks of the installed files, .deb
  # (file: CPack's dpkg-shlibdeps step and the icon-size check call it)
  librsvg2-bin desktop-file-utils appstream dpkg-dev groff-base file
)

exec "$(dirname "$0")/install-missing-packages.sh" "to build and test Scholia" "${packages[@]}"
