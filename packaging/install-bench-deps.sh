#!/usr/bin/env bash
# Installs what `make bench` compares Scholia against (jq, gojq, headless Chromium) and what its
# driver runs on (python3), from Debian packages, only the missing ones: a machine that
# already has them is not touched. Needs root, or sudo for apt-get.
set -euo pipefail

# gojq: jq 1.6 (Debian 12) refuses JSON nested deeper than 256 levels, which a Reddit
# thread with 45-deep reply chains is (five levels per reply); gojq reads it.
packages=(jq gojq chromium python3 fonts-dejavu-core)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ $status == installed ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing missing Debian packages for the benchmarks: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
