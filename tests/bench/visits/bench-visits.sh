#!/usr/bin/env bash
# A full office day of scripted visits (default 300) in the simulation's mix (resources/demo/simulation.json), every
# PDF written, through `madoguchi-cli visit run` on the Release build: total time, per visit, peak RSS.
# usage: tests/bench/visits/bench-visits.sh [VISITS]      (docs/benchmarks.md)
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
visits=${1:-300}
build=build/bench
if [[ ! -f "$build/build.ninja" ]]; then
    CC=gcc CXX=g++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMADOGUCHI_BENCHMARKS=ON >/dev/null
fi
cmake --build "$build" --target madoguchi-cli
cli="$root/$build/app/madoguchi-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MADOGUCHI_DATA_DIR="$work/data"
config="$work/madoguchi.ini"
printf '[terminal]\nid=B01\n' >"$config"
run() { "$cli" --config "$config" "$@"; }
run db init >/dev/null
printf 'admin-pass-1\n' | run staff add --login admin1 --name '管理　一郎' --role admin >/dev/null
printf 'admin-pass-1\n' | run registry import resources/demo/registry.csv --as admin1 >/dev/null
printf 'admin-pass-1\ncounter-pass-1\n' | run staff add --as admin1 --login clerk1 --name '窓口　花子' --role clerk >/dev/null
run catalogue list --json >"$work/catalogue.json"
/usr/bin/python3 tests/bench/visits/make-day.py "$visits" "$work/catalogue.json" resources/demo/simulation.json \
    resources/demo/registry.csv resources/demo/card-personas.json >"$work/day.json"
/usr/bin/time -v -o "$work/time.txt" "$cli" --config "$config" visit run "$work/day.json" --json --as clerk1 \
    --out "$work/out" <<<'counter-pass-1' >"$work/report.json" || true  # the report says which visits stopped
/usr/bin/python3 - "$work/report.json" "$work/time.txt" "$work/out" <<'PY'
import json, os, re, sys
report = json.load(open(sys.argv[1]))
time = open(sys.argv[2]).read()
rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', time).group(1))
wall = re.search(r'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)', time).group(1)
pdfs = sum(len(f) for _, _, f in os.walk(sys.argv[3]))
n = len(report['visits'])
ms = report['elapsed_ms']
print(f"visits: {n}, done: {report['done']}, documents: {sum(len(v['documents']) for v in report['visits'])}, "
      f"PDF files: {pdfs}")
from collections import Counter
stopped = Counter(e['message'].split(':')[0] for v in report['visits'] for e in v['errors'])
for message, count in stopped.most_common():
    print(f"  stopped {count}x: {message}")
print(f"visits run: {ms} ms in all, {ms / n:.1f} ms a visit; process wall clock {wall}; peak RSS {rss / 1024:.0f} MB")
PY
