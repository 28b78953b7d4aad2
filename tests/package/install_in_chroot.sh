#!/usr/bin/env bash
# install_in_chroot.sh DEB VERSION [SOURCE_DIR]
#
# Installs the Noticeboard package the way a user would on a bare Debian 12, and checks
# that it works there: a fresh `debootstrap --variant=minbase bookworm` root, nothing of
# the build tree in it, `apt-get install ./noticeboard_*.deb` resolving the runtime
# libraries from the Debian mirror, then `noticeboard --version` and `noticectl --help`
# from /usr/bin (no display), the app starting (offscreen), the installed files, and a
# clean purge.
#
# The base system is built once and kept as a tarball (like tests/harness/synapse-harness
# keeps its sid chroot: built in a temporary name under a lock, renamed when complete);
# each run unpacks a fresh copy. Downloaded .debs are kept too, so a second run needs the
# network only for `apt-get update`.
#
# Environment: NOTICEBOARD_CACHE (default ~/.cache/noticeboard), NOTICEBOARD_DEBIAN_MIRROR.
# Needs root (debootstrap, chroot); exits 77 (skipped) otherwise.
set -euo pipefail

DEB=${1:?usage: install_in_chroot.sh DEB VERSION [SOURCE_DIR]}
VERSION=${2:?usage: install_in_chroot.sh DEB VERSION [SOURCE_DIR]}
SOURCE_DIR=${3:-}
CACHE_DIR=${NOTICEBOARD_CACHE:-${HOME:-/root}/.cache/noticeboard}
BASE=$CACHE_DIR/bookworm-minbase.tar.gz   # only ever appears complete
ARCHIVES=$CACHE_DIR/bookworm-apt-archives # .debs downloaded by earlier runs
LISTS=$CACHE_DIR/bookworm-apt-lists       # the package lists of the last run
LOCK_FILE=$CACHE_DIR/bookworm.lock

log() { printf 'install_in_chroot: %s\n' "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }
now_ms() { local t; t=$(date +%s%N); echo $((t / 1000000)); }
T0=$(now_ms)
step_start=$T0
step() { local t; t=$(now_ms); log "$1 ($(( (t - step_start) )) ms)"; step_start=$t; }

if [ "$(id -u)" != 0 ]; then
    log "skipped: needs root (debootstrap and chroot)"
    exit 77
fi
[ -f "$DEB" ] || die "no package at $DEB"
command -v debootstrap >/dev/null || die "debootstrap is not installed (scripts/install-deps.sh installs it)"
mkdir -p "$CACHE_DIR" "$ARCHIVES"

# The Debian mirror the host's apt uses: the same rule as tests/harness/synapse-harness.
host_mirror() {
    if [ -n "${NOTICEBOARD_DEBIAN_MIRROR:-}" ]; then
        echo "$NOTICEBOARD_DEBIAN_MIRROR"
        return
    fi
    local f uri
    uri=$(
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] || continue
            case $f in
                *.sources) awk 'tolower($1) == "uris:" { for (i = 2; i <= NF; i++) print $i }' "$f" ;;
                *) sed -nE 's/^[[:space:]]*deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/p' "$f" ;;
            esac
        done | grep -E '^https?://[^[:space:]]*/debian/?$' | sed -n 1p || true
    )
    echo "${uri:-http://deb.debian.org/debian}"
}

# Unmounts anything below DIR (debootstrap mounts proc and sys while it runs) and removes
# DIR without crossing into other file systems.
remove_tree() {
    local dir=$1 m
    [ -e "$dir" ] || return 0
    awk -v p="$dir/" 'index($2 "/", p) == 1 { print $2 }' /proc/mounts | sort -r |
        while read -r m; do umount -l "$m" 2>/dev/null || true; done
    rm -rf --one-file-system "$dir"
}

ROOT=
BUILD_TMP=
cleanup() {
    local rc=$?
    [ -n "$BUILD_TMP" ] && remove_tree "$BUILD_TMP"
    [ -n "$ROOT" ] && remove_tree "$ROOT"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The bookworm minbase tarball, built under the lock by whoever needs it first.
ensure_base() {
    exec 9>>"$LOCK_FILE"
    flock 9
    if [ ! -s "$BASE" ]; then
        local mirror buildlog=$CACHE_DIR/bookworm-minbase.log
        mirror=$(host_mirror)
        log "building the bookworm minbase root once (from $mirror), log in $buildlog"
        BUILD_TMP=$(mktemp -d "$CACHE_DIR/bookworm-minbase.tmp.XXXXXX")
        chmod 755 "$BUILD_TMP" # apt's _apt sandbox user must traverse "/"
        debootstrap --variant=minbase bookworm "$BUILD_TMP" "$mirror" >"$buildlog" 2>&1 ||
            { tail -n 30 "$buildlog" >&2; die "debootstrap failed"; }
        # No init system in the chroot: maintainer scripts must not start services.
        printf '#!/bin/sh\nexit 101\n' >"$BUILD_TMP/usr/sbin/policy-rc.d"
        chmod 755 "$BUILD_TMP/usr/sbin/policy-rc.d"
        chroot "$BUILD_TMP" apt-get clean
        tar -C "$BUILD_TMP" -czf "$BASE.tmp" .
        mv -f "$BASE.tmp" "$BASE"
        remove_tree "$BUILD_TMP"
        BUILD_TMP=
    fi
    flock -u 9
    exec 9>&-
}
ensure_base
# Roots of runs that were killed (SIGKILL leaves no chance to clean up); a live run is
# never that old.
for old_root in "$CACHE_DIR"/bookworm-test.*; do
    [ -d "$old_root" ] && [ -n "$(find "$old_root" -maxdepth 0 -mmin +180)" ] &&
        { log "removing $old_root, left by a run that was killed"; remove_tree "$old_root"; }
done
step "base system ready ($BASE)"

ROOT=$(mktemp -d "$CACHE_DIR/bookworm-test.XXXXXX")
chmod 755 "$ROOT"
tar -C "$ROOT" -xzf "$BASE"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# The package alone, in a directory of its own: no build tree, no source tree.
mkdir -p "$ROOT/srv/package"
cp "$DEB" "$ROOT/srv/package/"
deb_name=$(basename "$DEB")
chmod 644 "$ROOT/srv/package/$deb_name"
# Earlier runs' downloads (hard links where the cache is on the same file system).
cp -l "$ARCHIVES"/*.deb "$ROOT/var/cache/apt/archives/" 2>/dev/null ||
    cp "$ARCHIVES"/*.deb "$ROOT/var/cache/apt/archives/" 2>/dev/null || true
# The last run's package lists: apt-get update then fetches only what changed.
[ -d "$LISTS" ] && cp -a "$LISTS"/. "$ROOT/var/lib/apt/lists/"
step "fresh root unpacked in $ROOT"

in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
# unsafe-io: dpkg without fsync; this root is thrown away (several times faster here).
APT_OPTIONS=(-o APT::Sandbox::User=root -o Acquire::Languages=none -o Dpkg::Options::=--force-unsafe-io)
apt_in_root() { in_root env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTIONS[@]}" "$@"; }

apt_log=$CACHE_DIR/bookworm-test-apt.log
apt_in_root update >"$apt_log" 2>&1 || { tail -n 30 "$apt_log" >&2; die "apt-get update in the chroot failed"; }
rm -rf "$LISTS.tmp" && cp -a "$ROOT/var/lib/apt/lists" "$LISTS.tmp" && rm -rf "$LISTS" && mv "$LISTS.tmp" "$LISTS"
step "apt-get update"
# The user's command, with --no-install-recommends: the Depends that dpkg-shlibdeps computed
# must be enough on their own (what is recommended only adds to them).
in_root sh -c "cd /srv/package && DEBIAN_FRONTEND=noninteractive apt-get ${APT_OPTIONS[*]} \
    install -y --no-install-recommends ./$deb_name" >>"$apt_log" 2>&1 ||
    { tail -n 40 "$apt_log" >&2; die "apt-get install ./$deb_name failed"; }
installed_count=$(in_root dpkg-query -W -f='${db:Status-Status}\n' | grep -c '^installed$' || true)
step "apt-get install ./$deb_name ($installed_count packages installed in all)"
cp -n "$ROOT"/var/cache/apt/archives/*.deb "$ARCHIVES"/ 2>/dev/null || true

failures=0
check() { # check DESCRIPTION COMMAND...: runs COMMAND, counts a failure with its output
    local what=$1 out
    shift
    if out=$("$@" 2>&1); then
        log "ok: $what"
    else
        log "FAIL: $what"
        printf '%s\n' "$out" | sed 's/^/    /' >&2
        failures=$((failures + 1))
    fi
}
expect_output() { # expect_output PATTERN COMMAND...: exit 0 and PATTERN in its output
    local pattern=$1 out
    shift
    out=$("$@" 2>&1) || { printf 'exit status %s\n%s\n' "$?" "$out"; return 1; }
    grep -qE -- "$pattern" <<<"$out" || { printf 'no "%s" in:\n%s\n' "$pattern" "$out"; return 1; }
}

check "noticeboard and noticectl are found in /usr/bin" \
    expect_output '^/usr/bin/noticeboard /usr/bin/noticectl$' \
    in_root sh -c 'echo $(command -v noticeboard) $(command -v noticectl)'
check "every library they need is there (ldd)" \
    in_root sh -c '! ldd /usr/bin/noticeboard /usr/bin/noticectl | grep "not found"'
# No DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: --version must not need a display.
check "noticeboard --version prints $VERSION without a display" \
    expect_output "^noticeboard $VERSION\$" in_root noticeboard --version
check "noticectl --help" expect_output '^noticectl - server notices from the command line' in_root noticectl --help
check "no RUNPATH: libraries come from the system's paths only" \
    sh -c "! readelf -d '$ROOT/usr/bin/noticeboard' '$ROOT/usr/bin/noticectl' | grep -E 'RPATH|RUNPATH'"

for f in share/applications/io.noticeboard.Noticeboard.desktop \
    share/metainfo/io.noticeboard.Noticeboard.metainfo.xml \
    share/icons/hicolor/scalable/apps/io.noticeboard.Noticeboard.svg \
    share/icons/hicolor/128x128/apps/io.noticeboard.Noticeboard.png \
    share/man/man1/noticeboard.1.gz share/man/man1/noticectl.1.gz \
    share/bash-completion/completions/noticectl share/doc/noticeboard/copyright; do
    check "/usr/$f installed" test -s "$ROOT/usr/$f"
done
check "the 128 px icon is a 128x128 PNG" \
    expect_output 'PNG image data, 128 x 128' file "$ROOT/usr/share/icons/hicolor/128x128/apps/io.noticeboard.Noticeboard.png"
if [ -n "$SOURCE_DIR" ]; then
    # Each translation the sources have (resources/translations/*.ts) arrives as a .qm.
    for ts in "$SOURCE_DIR"/resources/translations/*.ts; do
        [ -e "$ts" ] || continue
        check "translation $(basename "$ts" .ts).qm installed" \
            test -s "$ROOT/usr/share/noticeboard/translations/$(basename "$ts" .ts).qm"
    done
fi
# Recommends and Suggests are the only names written by hand: each must exist.
hand_listed_exist() {
    local p
    for p in $(dpkg-deb -f "$DEB" Recommends Suggests | sed -E 's/^[A-Za-z]+://; s/\([^)]*\)//g; s/[,|]/ /g'); do
        in_root apt-cache show "$p" >/dev/null 2>&1 || { echo "no package $p in bookworm"; return 1; }
    done
}
check "the packages it recommends and suggests exist in bookworm" hand_listed_exist
step "checks of the installed files"

# The app itself starting from the package: the login window, offscreen (the platform
# plugin and the SVG icons come with the recommended packages, installed here for that).
apt_in_root install -y --no-install-recommends qt6-qpa-plugins libqt6svg6 >>"$apt_log" 2>&1 ||
    { tail -n 20 "$apt_log" >&2; die "installing qt6-qpa-plugins libqt6svg6 failed"; }
cp -n "$ROOT"/var/cache/apt/archives/*.deb "$ARCHIVES"/ 2>/dev/null || true
starts() {
    local rc=0 out
    out=$(in_root env QT_QPA_PLATFORM=offscreen NOTICEBOARD_PROFILE=/root/profile \
        timeout -s TERM 5 noticeboard 2>&1) || rc=$?
    # Still running when timeout stopped it: it started and waited for the user.
    [ "$rc" = 124 ] || { printf 'exit status %s before 5 s\n%s\n' "$rc" "$out"; return 1; }
}
check "noticeboard starts and stays up (offscreen, 5 s)" starts
step "the app started"

# Translations: noticectl finds the package's own German .qm (share/noticeboard/translations,
# next to bin/), and the recommended qt6-translations-l10n puts Qt's own German where
# bookworm's Qt looks for it (QLibraryInfo's TranslationsPath, /usr/share/qt6/translations),
# which is where nb::installTranslations loads qtbase_de.qm from for Qt's buttons and dialogs.
check "noticectl --help in German (LANG=de_DE.UTF-8, the installed translation)" \
    expect_output '^Aufruf: noticectl' in_root env LANG=de_DE.UTF-8 LANGUAGE=de noticectl --help
apt_in_root install -y --no-install-recommends qt6-translations-l10n >>"$apt_log" 2>&1 ||
    { tail -n 20 "$apt_log" >&2; die "installing qt6-translations-l10n failed"; }
cp -n "$ROOT"/var/cache/apt/archives/*.deb "$ARCHIVES"/ 2>/dev/null || true
check "Qt's own German (qtbase_de.qm) where the installed Qt looks for it" \
    test -s "$ROOT/usr/share/qt6/translations/qtbase_de.qm"
step "translations"

apt_in_root purge -y noticeboard >>"$apt_log" 2>&1 || die "apt-get purge noticeboard failed"
check "apt-get purge removes it" sh -c "! test -e '$ROOT/usr/bin/noticeboard' && ! test -e '$ROOT/usr/bin/noticectl'"
step "purged"

log "$(( $(now_ms) - T0 )) ms in all, $failures failure(s)"
[ "$failures" -eq 0 ]
