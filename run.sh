#!/usr/bin/env bash
# Quick start: install what is missing from Debian's packages, build (incrementally), start Madoguchi.
# Embedded default: local SQLite under ~/.local/share/madoguchi and a simulated card when no reader is attached.
# Arguments are passed to madoguchi, e.g. ./run.sh --mode kiosk --language en
set -euo pipefail
cd "$(dirname "$0")"
installer/install-deps.sh build
build=build/run
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMADOGUCHI_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target madoguchi madoguchi-cli
exec "$build/app/madoguchi" "$@"
