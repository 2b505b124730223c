#!/usr/bin/env bash
# install-missing-packages.sh PURPOSE PACKAGE...
# Installs those of the Debian packages that are not installed yet, and nothing when all
# are, so that the set-up scripts (build, fuzz, bench) cost nothing on a ready machine.
# PURPOSE ends the message, e.g. "for fuzzing". Needs root, or sudo for apt-get.
set -euo pipefail

purpose=$1
shift

missing=()
for p in "$@"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ $status == installed ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing missing Debian packages ${purpose}: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# The package lists may be missing or stale on a fresh machine: refresh once, then install.
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
