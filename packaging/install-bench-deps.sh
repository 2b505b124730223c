#!/usr/bin/env bash
# Installs what `make bench` compares Scholia against (jq, gojq, headless Chromium) and what its
# driver runs on (python3), from Debian packages, only the missing ones: a machine that
# already has them is not touched. Needs root, or sudo for apt-get.
set -euo pipefail

# gojq: jq 1.6 (Debian 12) refuses JSON nested deeper than 256 levels, which a Reddit
# thread with 45-deep reply chains is (five levels per reply); gojq reads it.
packages=(jq gojq chromium python3 fonts-dejavu-core)

exec "$(dirname "$0")/install-missing-packages.sh" "for the benchmarks" "${packages[@]}"
