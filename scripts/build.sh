#!/usr/bin/env bash
# build.sh — configure and build Noticeboard with CMake + Ninja into build/ (ccache
# when present). Shared by demo.sh and test.sh; assumes install-deps.sh ran.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}

# A build dir configured with another generator cannot be reused by cmake -G Ninja.
if [ -f "$BUILD_DIR/CMakeCache.txt" ] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$BUILD_DIR/CMakeCache.txt"; then
    echo "build.sh: $BUILD_DIR was configured with another generator, recreating it" >&2
    rm -rf "$BUILD_DIR"
fi
cmake_args=(-S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DBUILD_TESTING=ON)
if command -v ccache >/dev/null; then
    cmake_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake "${cmake_args[@]}"
# Two jobs: the machines have two cores, and more parallel C++ jobs only add memory use.
cmake --build "$BUILD_DIR" -j "${BUILD_JOBS:-2}"
