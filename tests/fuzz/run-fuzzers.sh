#!/usr/bin/env bash
# Runs every fuzz target of tests/fuzz/targets.txt (or those named in $FUZZ_TARGETS) for
# SECONDS each, FUZZ_PARALLEL at a time (default: the number of cores, at most 4), and prints
# one line per target, in the list's order, with libFuzzer's execution count. Fails when any target finds a crash, leak, timeout or sanitizer error;
# the input that did it is kept in BUILD_DIR/fuzz-artifacts/<target>/ and named in the line.
# FUZZ_SEED fixes libFuzzer's random seed, so that a run (CI's) can be repeated input for
# input on another machine; unset, every run explores differently. Targets run side by side
# because each is one process on one core: CI's 20 targets take half the time on 2 cores.
#   usage: run-fuzzers.sh BUILD_DIR SECONDS
set -uo pipefail

build_dir=$(realpath "${1:?usage: run-fuzzers.sh BUILD_DIR SECONDS}")
seconds=${2:?usage: run-fuzzers.sh BUILD_DIR SECONDS}
fuzz_dir=$(dirname "$(realpath "$0")")
fixtures=$(realpath "$fuzz_dir/../fixtures")

# UBSan stops at the first error (the build also says -fno-sanitize-recover) so that
# libFuzzer keeps the input; leaks count as findings, minus Qt's and GLib's own (lsan.supp).
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$fuzz_dir/lsan.supp:print_suppressions=0}
symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)
[[ -n $symbolizer ]] && export ASAN_SYMBOLIZER_PATH=$symbolizer
# GLib's slice allocator would hide GMime's allocations from ASan.
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 G_SLICE=always-malloc

parallel=${FUZZ_PARALLEL:-$(nproc)}
((parallel > 4)) && parallel=4
((parallel < 1)) && parallel=1
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

# Fuzzes one target and writes its report (the line, and the finding if any) to
# $results/<order>.txt, its outcome to $results/<order>.status.
fuzz_one() {
  local order=$1 name=$2 max_len=$3 dictionary=$4 seeds=$5
  local report=$results/$order.txt
  local executable=$build_dir/bin/fuzz-$name
  local corpus artifacts log seed_dirs seed seed_option status executions finding input
  corpus=$build_dir/fuzz-corpus/$name     # grows from run to run; not in git
  artifacts=$build_dir/fuzz-artifacts/$name
  log=$build_dir/fuzz-logs/$name.log
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  # Seeds are read in place: libFuzzer writes new inputs only to the first folder.
  seed_dirs=()
  for seed in $seeds; do
    [[ $seed != - && -d $fixtures/$seed ]] && seed_dirs+=("$fixtures/$seed")
  done
  [[ -d $fuzz_dir/regressions/$name ]] && seed_dirs+=("$fuzz_dir/regressions/$name")

  seed_option=()
  [[ -n ${FUZZ_SEED:-} ]] && seed_option=(-seed="$FUZZ_SEED")
  "$executable" "${seed_option[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -dict="$fuzz_dir/dictionaries/$dictionary" -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$corpus" "${seed_dirs[@]}" >"$log" 2>&1
  status=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  exec 3>"$report"
  if ((status == 0)); then
    echo ok >"$results/$order.status"
    printf '%-22s %10s executions in %s s, corpus %s files: ok\n' "fuzz-$name" "${executions:-?}" \
      "$seconds" "$(find "$corpus" -type f | wc -l)" >&3
  else
    echo failed >"$results/$order.status"
    finding=$(grep -m1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer): [a-z-]+|runtime error: .*|fuzz invariant broken: .*' "$log" || true)
    input=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    printf '%-22s %10s executions: FAILED (%s) input %s, log %s\n' "fuzz-$name" "${executions:-?}" \
      "${finding:-exit status $status}" "${input:-not written}" "$log" >&3
    # The build folder of a CI run is gone with its machine: print the input itself, and
    # the finding, so the log alone is enough to reproduce it.
    if [[ -n $input && -f $input && $(stat -c %s "$input") -le 8192 ]]; then
      echo "  input, base64 (decode with base64 -d):" >&3
      base64 -w 100 "$input" | sed 's/^/    /' >&3
    fi
    grep -m1 -A12 -E 'fuzz invariant broken|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error' \
      "$log" | cut -c1-300 | sed 's/^/  | /' >&3
  fi
  exec 3>&-
}

ran=0
running=0
while read -r name max_len dictionary seeds; do
  [[ -z $name || $name == \#* ]] && continue
  if [[ -n ${FUZZ_TARGETS:-} && " $FUZZ_TARGETS " != *" $name "* ]]; then
    continue
  fi
  ran=$((ran + 1))
  if ((running >= parallel)); then
    wait -n
    running=$((running - 1))
  fi
  fuzz_one "$ran" "$name" "$max_len" "$dictionary" "$seeds" &
  running=$((running + 1))
done <"$fuzz_dir/targets.txt"
wait

failed=0
for ((order = 1; order <= ran; order++)); do
  cat "$results/$order.txt" 2>/dev/null
  [[ $(cat "$results/$order.status" 2>/dev/null) == ok ]] || failed=$((failed + 1))
done

if ((ran == 0)); then
  echo "no fuzz target matched FUZZ_TARGETS=\"${FUZZ_TARGETS:-}\"" >&2
  exit 2
fi
if ((failed > 0)); then
  echo "$failed fuzz target(s) found a problem. Reproduce: BUILD_DIR/bin/fuzz-NAME INPUT;" \
       "minimize: add -minimize_crash=1 -runs=10000; keep it in tests/fuzz/regressions/NAME/." >&2
  exit 1
fi
