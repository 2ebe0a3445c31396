#!/usr/bin/env bash
# Installs what is missing, builds the Debug + AddressSanitizer/UBSan tree with warnings as errors, and runs every
# test through ctest: unit, integration (real pcscd + vpcd, real PostgreSQL 15), gui, lint, fuzz.
# Extra arguments go to ctest, e.g. ./test.sh -L unit   or   ./test.sh -R tst_pcsc
set -euo pipefail
cd "$(dirname "$0")"
installer/install-deps.sh test
build=build/test
# ccache (installed with the test tools) makes a rebuild in another clone or worktree of the tree cheap: paths are
# hashed relative to this tree and, although the build has -g, the working directory is left out of the hash.
launcher=()
if command -v ccache >/dev/null; then
    cc="env;CCACHE_BASEDIR=$PWD;CCACHE_NOHASHDIR=1;ccache"
    launcher=("-DCMAKE_C_COMPILER_LAUNCHER=$cc" "-DCMAKE_CXX_COMPILER_LAUNCHER=$cc")
fi
if [[ ! -f "$build/build.ninja" ]]; then
    CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DMADOGUCHI_SANITIZE=ON -DMADOGUCHI_WERROR=ON -DMADOGUCHI_FUZZ=ON "${launcher[@]}" >/dev/null
fi
cmake --build "$build"

# Integration tests start services in private namespaces, which needs root.
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo --preserve-env)
"${sudo[@]}" ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
