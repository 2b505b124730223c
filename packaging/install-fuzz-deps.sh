#!/usr/bin/env bash
# Installs what `make fuzz` needs beyond the build's own packages (install-build-deps.sh):
# clang with its libFuzzer and sanitizer runtimes, and llvm-symbolizer for readable
# stacks. Only the missing packages, so a second `make fuzz` starts at once.
set -euo pipefail

# Debian 12's default clang is 14; these name the default, so clang++ and its runtimes match.
packages=(
  clang             # compiler with -fsanitize=fuzzer
  libclang-rt-dev   # libFuzzer, ASan, UBSan and LSan runtimes for that clang
  llvm              # llvm-symbolizer: ASan and UBSan stacks with file and line
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ $status == installed ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing missing Debian packages for fuzzing: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
