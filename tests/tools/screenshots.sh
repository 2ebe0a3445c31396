#!/usr/bin/env bash
# Screenshots of every step of the 転入 (move-in) visit, clerk and resident windows, taken under Xvfb with the real
# xcb platform: runs the GUI test's move-in visit with MADOGUCHI_SCREENSHOT_DIR set. Output: build/screenshots/*.png
# (test artifacts, not in git). Needs a built build/test tree (./test.sh or cmake --build build/test).
# usage: tests/tools/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/test}
out=${2:-build/screenshots}
test_binary="$build/tests/gui/tst_countervisits"
[[ -x "$test_binary" ]] || { echo "build $test_binary first: cmake --build $build --target tst_countervisits" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
export MADOGUCHI_SCREENSHOT_DIR="$PWD/$out"
export MADOGUCHI_CLI="$PWD/$build/app/madoguchi-cli"
export MADOGUCHI_SOURCE_DIR="$PWD"
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8
export ASAN_OPTIONS=detect_leaks=0
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$test_binary" moveInOfAFamilyOfFourWithChildAllowance
rm -rf "$runtime"
ls -1 "$out"
