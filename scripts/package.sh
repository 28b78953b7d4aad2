#!/usr/bin/env bash
# package.sh — build the Debian package: a Release build without tests in build-package/
# (ccache when present), then CPack's DEB generator (packaging/package.cmake). The .deb
# lands in build/package/. Install it with `apt-get install ./build/package/noticeboard_*.deb`.
#
#   bash scripts/package.sh           build the .deb
#   bash scripts/package.sh --check   and install it in a fresh Debian 12 chroot to try it
#                                     (root; what the package_install_bookworm test does)
#
# Environment: PACKAGE_BUILD_DIR (default build-package), PACKAGE_DIR (default build/package),
# BUILD_JOBS (default 2). Assumes scripts/install-deps.sh ran (cmake, Qt, dpkg-dev, file).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD_DIR=${PACKAGE_BUILD_DIR:-build-package}
PACKAGE_DIR=${PACKAGE_DIR:-build/package}
check=0
case ${1:-} in
    --check) check=1 ;;
    '') ;;
    *) echo "usage: bash scripts/package.sh [--check]" >&2; exit 2 ;;
esac

step() { printf '\n==> %s\n' "$*" >&2; }

# A build dir configured with another generator cannot be reused by cmake -G Ninja.
if [ -f "$BUILD_DIR/CMakeCache.txt" ] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$BUILD_DIR/CMakeCache.txt"; then
    echo "package.sh: $BUILD_DIR was configured with another generator, recreating it" >&2
    rm -rf "$BUILD_DIR"
fi
cmake_args=(-S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF)
if command -v ccache >/dev/null; then
    cmake_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
fi
step "configure ($BUILD_DIR, Release)"
cmake "${cmake_args[@]}" >/dev/null
step "build"
cmake --build "$BUILD_DIR" -j "${BUILD_JOBS:-2}"

step "package (CPack DEB)"
# CPack's staging area stays in the build dir; only the .deb goes to PACKAGE_DIR.
rm -rf "$BUILD_DIR/cpack"
(cd "$BUILD_DIR" && cpack -G DEB -B "$PWD/cpack") >"$BUILD_DIR/cpack.log" 2>&1 ||
    { cat "$BUILD_DIR/cpack.log" >&2; echo "package.sh: cpack failed" >&2; exit 1; }
mkdir -p "$PACKAGE_DIR"
rm -f "$PACKAGE_DIR"/noticeboard_*.deb
cp "$BUILD_DIR"/cpack/noticeboard_*.deb "$PACKAGE_DIR"/
deb=$(ls "$PACKAGE_DIR"/noticeboard_*.deb)
dpkg-deb -I "$deb" control >&2
echo "package.sh: $deb" >&2

if [ "$check" = 1 ]; then
    step "install in a fresh Debian 12 chroot"
    version=$(dpkg-deb -f "$deb" Version)
    bash tests/package/install_in_chroot.sh "$deb" "$version" "$PWD"
fi
