#!/usr/bin/env bash
# Fails when a C++ file differs from .clang-format (4 spaces, 120 columns, PointerAlignment: Left).
# Fix with: clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
cd "${1:-.}"
formatter=$(command -v clang-format-14 || command -v clang-format)
mapfile -t files < <(find app widgets cardreader printing tests -name '*.cpp' -o -name '*.h' | sort)
"$formatter" --dry-run -Werror "${files[@]}"
echo "format: ${#files[@]} files checked"
