#!/usr/bin/env bash
# Builds the benchmarks in a Release tree and runs one or all of them, next to the services they need.
# usage: tests/bench/run.sh [BENCH_NAME [benchmark args...]]
# Each benchmark's section in docs/benchmarks.md names the exact command used for its figures.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
installer/install-deps.sh test
build=build/bench
# ccache as in test.sh: a Release tree in another clone or worktree reuses what this one compiled.
launcher=()
if command -v ccache >/dev/null; then
    cc="env;CCACHE_BASEDIR=$root;CCACHE_NOHASHDIR=1;ccache"
    launcher=("-DCMAKE_C_COMPILER_LAUNCHER=$cc" "-DCMAKE_CXX_COMPILER_LAUNCHER=$cc")
fi
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMADOGUCHI_BENCHMARKS=ON "${launcher[@]}" >/dev/null
fi
cmake --build "$build"
export MADOGUCHI_TEST_PG_TEMPLATE="$root/$build/pg-template"
export MADOGUCHI_CLI="$root/$build/app/madoguchi-cli"
export MADOGUCHI_SOURCE_DIR="$root"
name="${1:-}"
[[ -n "$name" ]] && shift
for exe in "$build"/tests/bench/*/bench_*; do
    [[ -x "$exe" ]] || continue
    base=$(basename "$exe")
    [[ -z "$name" || "$base" == "$name" ]] || continue
    services=()
    grep -q "with-services: pcscd" "tests/bench/"*"/$base.cpp" 2>/dev/null && services+=(--pcscd "$build/tests/tools/vpcd-card")
    grep -q "with-services: postgres" "tests/bench/"*"/$base.cpp" 2>/dev/null && services+=(--postgres)
    grep -q "with-services: cups" "tests/bench/"*"/$base.cpp" 2>/dev/null && services+=(--cups)
    echo "== $base"
    if [[ ${#services[@]} -gt 0 ]]; then
        tests/harness/with-services.sh "${services[@]}" -- "$exe" "$@"
    else
        "$exe" "$@"
    fi
done
