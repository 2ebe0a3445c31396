#!/usr/bin/env bash
# Runs every fuzz target for MINUTES each (CI runs them for seconds under ctest), one after another, on the seed
# corpus plus a kept working corpus, so long runs build on each other. A crash stops with the target's name and the
# input libFuzzer saved (crash-*) in build/fuzz-long/<target>/.
# usage: tests/fuzz/run-long.sh MINUTES [TARGET...]     (default: every target; e.g. fuzz_settings)
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:?usage: tests/fuzz/run-long.sh MINUTES [TARGET...]}
shift
[[ $minutes =~ ^[0-9]+$ && $minutes -ge 1 ]] || { echo "MINUTES must be a whole number >= 1" >&2; exit 2; }
build=build/test
[[ -f $build/build.ninja ]] || { echo "no $build: run ./test.sh -R NONE first (it configures the fuzz build)" >&2; exit 2; }
# Every target, as ctest knows it: name, executable and seed corpus come from its madoguchi_add_fuzzer() call.
mapfile -t targets < <(ctest --test-dir "$build" -N -L fuzz | sed -n 's/^ *Test *#[0-9]*: //p')
[[ $# -gt 0 ]] && targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || { echo "no fuzz targets found in $build" >&2; exit 2; }
nice -n 5 cmake --build "$build" --target "${targets[@]}"
for target in "${targets[@]}"; do
    exe=$(find "$build/tests/fuzz" -type f -name "$target" -perm -u+x | head -1)
    [[ -n $exe ]] || { echo "$target: not built" >&2; exit 1; }
    seeds=$(dirname "$(find tests/fuzz -name "$target.cpp" | head -1)")/corpus
    work=build/fuzz-long/$target
    mkdir -p "$work/corpus"
    echo "== $target for $minutes min (working corpus $work/corpus)"
    (cd "$work" && nice -n 5 "$OLDPWD/$exe" -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 corpus "$OLDPWD/$seeds") || { echo "$target FAILED; input saved in $work" >&2; exit 1; }
done
echo "all ${#targets[@]} target(s) ran $minutes min without a finding"
