#!/usr/bin/env bash
# test_package.sh CPACK BUILD_DIR VERSION SOURCE_DIR: the package_install_bookworm test.
# Makes the .deb from this build directory with CPack (what scripts/package.sh does in its
# own Release build; here the build under test is packaged instead of building the project
# a second time), checks its control data and file list, then installs it in a fresh
# bookworm chroot (install_in_chroot.sh). Exits 77 (skipped) when not root.
set -euo pipefail
CPACK=${1:?} BUILD_DIR=${2:?} VERSION=${3:?} SOURCE_DIR=${4:?}
HERE=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")

log() { printf 'test_package: %s\n' "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }
if [ "$(id -u)" != 0 ]; then
    log "skipped: needs root (debootstrap and chroot)"
    exit 77
fi

out=$BUILD_DIR/package-test
rm -rf "$out"
mkdir -p "$out"
t0=$(date +%s%N)
"$CPACK" --config "$BUILD_DIR/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
    { cat "$out/cpack.log" >&2; die "cpack failed"; }
debs=("$out"/noticeboard_*.deb)
[ "${#debs[@]}" = 1 ] && [ -f "${debs[0]}" ] || die "cpack made no single noticeboard_*.deb in $out"
deb=${debs[0]}
log "cpack: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB ($(( ($(date +%s%N) - t0) / 1000000 )) ms)"

# Depends comes from dpkg-shlibdeps: the Qt libraries the binaries link, with versions.
depends=$(dpkg-deb -f "$deb" Depends)
log "Depends: $depends"
for lib in libc6 'libstdc\+\+6' libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6; do
    grep -qE "(^|, )$lib \(>= " <<<"$depends" || die "Depends has no versioned ${lib//\\/} (dpkg-shlibdeps did not run?)"
done
# Recommends: what Qt opens at run time, which dpkg-shlibdeps cannot see; among it Qt's own
# translations, so that the buttons Qt draws follow the user's language as the app's text does.
recommends=$(dpkg-deb -f "$deb" Recommends)
log "Recommends: $recommends"
for pkg in libqt6svg6 libsecret-1-0 qt6-translations-l10n; do
    grep -qE "(^|, )$pkg(,|$| )" <<<"$recommends" || die "Recommends has no $pkg"
done
# Everything root-owned; directories 0755, files 0644 or 0755 (executables in /usr/bin).
bad=$(dpkg-deb -c "$deb" | awk '
    $2 != "root/root" { print "owner " $2 ": " $6; next }
    /^d/ && $1 != "drwxr-xr-x" { print "mode " $1 ": " $6; next }
    /^-/ && $6 ~ /^\.\/usr\/bin\// && $1 != "-rwxr-xr-x" { print "mode " $1 ": " $6; next }
    /^-/ && $6 !~ /^\.\/usr\/bin\// && $1 != "-rw-r--r--" { print "mode " $1 ": " $6 }')
[ -z "$bad" ] || die "file list: $bad"

bash "$HERE/install_in_chroot.sh" "$deb" "$VERSION" "$SOURCE_DIR"
log "$(( ($(date +%s%N) - t0) / 1000000 )) ms in all"
