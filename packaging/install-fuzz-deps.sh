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

exec "$(dirname "$0")/install-missing-packages.sh" "for fuzzing" "${packages[@]}"
