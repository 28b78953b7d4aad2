#!/usr/bin/env bash
# install-deps.sh — the Debian 12 packages needed to build and test Noticeboard.
#
# Meant for a bare Debian 12 machine (or a minbase chroot), run as root; idempotent.
# When everything is already installed it only asks dpkg and returns at once, so
# scripts/test.sh can call it on every run.  Works unattended (CI=true, no stdin).
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

PACKAGES=(
    # build
    build-essential cmake ninja-build ccache pkg-config git
    # the format check (scripts/format.sh --check runs as a test)
    clang-format
    # Qt 6 (Core, Network, Widgets, Test come with qt6-base-dev), JSON, keychain
    qt6-base-dev qt6-base-dev-tools libgl-dev nlohmann-json3-dev qtkeychain-qt6-dev libcmark-dev
    # translations: lupdate/lrelease (qt6-l10n-tools), their CMake package Qt6LinguistTools
    # (qt6-tools-dev), and Qt's own German/French texts, qtbase_*.qm (qt6-translations-l10n)
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    # running widgets headless (offscreen/xcb platform plugins), SVG icons, a font
    # so text renders the same everywhere
    qt6-qpa-plugins libqt6svg6 fonts-dejavu-core
    # the real-homeserver harness (tests/harness/synapse-harness): a sid chroot with
    # Synapse, nginx in front of it, openssl for the test CA and the HMAC of
    # shared-secret registration, curl to talk to it
    debootstrap nginx-light openssl curl ca-certificates
    # GUI screenshots/tests on an X server when offscreen is not enough
    xvfb xauth imagemagick
    # the .deb (scripts/package.sh: CPack runs dpkg-shlibdeps, which needs file) and its
    # tests (tests/package): validators, man pages, bash completion; debootstrap (above)
    # makes the bookworm chroot the package is installed in
    dpkg-dev file desktop-file-utils appstream man-db groff-base bash-completion
    # the tray test (test_gui_tray): a private session bus (dbus-run-session) for its
    # stand-in tray host and notification daemon, xwininfo to see whether a window shows
    dbus-daemon x11-utils
)
# Not installed on purpose: dbus-x11 (only test_gui_tray uses a session bus, its own; the
# keychain code must cope without a secret service anyway).

# Which of PACKAGES are not installed?  One dpkg-query call keeps reruns fast.
missing_packages() {
    local installed
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${PACKAGES[@]}" 2>/dev/null |
        awk '$2 == "installed" { print $1 }' || true)
    local p
    for p in "${PACKAGES[@]}"; do
        grep -qxF "$p" <<<"$installed" || echo "$p"
    done
}

# The tests and the demo talk to https://localhost:PORT. Minimal images (debootstrap
# minbase, some containers) ship without /etc/hosts, and then only programs with their
# own resolver (curl) find "localhost"; Qt asks getaddrinfo, which does not.
ensure_localhost() {
    if ! getent hosts localhost >/dev/null 2>&1; then
        echo "install-deps: 'localhost' does not resolve; adding it to /etc/hosts" >&2
        printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >> /etc/hosts
    fi
}
ensure_localhost

mapfile -t missing < <(missing_packages)
if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages already installed" >&2
    exit 0
fi

SUDO=()
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root (missing: ${missing[*]})" >&2; exit 1; }
    SUDO=(sudo -n env DEBIAN_FRONTEND=noninteractive)
fi

echo "install-deps: installing ${missing[*]}" >&2
"${SUDO[@]}" apt-get update </dev/null
# confold/confdef: never stop to ask about configuration files.
"${SUDO[@]}" apt-get install -y --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${PACKAGES[@]}" </dev/null

mapfile -t missing < <(missing_packages)
if [ "${#missing[@]}" -ne 0 ]; then
    echo "install-deps: still missing after apt-get: ${missing[*]}" >&2
    exit 1
fi
echo "install-deps: done" >&2
