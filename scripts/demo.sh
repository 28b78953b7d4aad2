#!/usr/bin/env bash
# demo.sh — from a bare Debian 12 machine (as root) to Noticeboard running, logged in
# as "alice" on a local demo homeserver (a real Synapse behind nginx, TLS from a local
# test CA) that has sent her a legacy notice, an MSC4279 notice room and an active
# usage-limit notice. The homeserver stops when the app is closed.
#   bash scripts/demo.sh           as alice, a user with notices
#   bash scripts/demo.sh --admin   as the server administrator: the Admin tab (create notice
#                                  rooms, compose and deliver, sent notices with alice's room)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
step() { printf '\n==> %s\n' "$*" >&2; }
as_admin=0
case "${1:-}" in
    --admin) as_admin=1 ;;
    '') ;;
    *) echo "usage: bash scripts/demo.sh [--admin]" >&2; exit 2 ;;
esac

step "dependencies"
bash scripts/install-deps.sh
step "Synapse (cached chroot)"
tests/harness/synapse-harness prepare
step "build"
bash scripts/build.sh

demo=${NOTICEBOARD_DEMO_DIR:-${HOME:-/root}/.cache/noticeboard/demo}
tests/harness/synapse-harness stop "$demo/server" >/dev/null 2>&1 || true
rm -rf "$demo"
mkdir -p "$demo/server" "$demo/profile"
trap 'tests/harness/synapse-harness stop "$demo/server" >/dev/null 2>&1 || true' EXIT

step "demo homeserver"
# Stock rate limits, as in production: the seed creates one room and the demo logs in once.
tests/harness/synapse-harness start "$demo/server" --support-admin '@admin:SERVER' >/dev/null
# shellcheck disable=SC1091
. "$demo/server/instance.env"
bash scripts/demo-seed.sh "$demo/server"

export NOTICEBOARD_CA_FILE="$CA_FILE"
if [ "$as_admin" = 1 ]; then
    step "log in as $ADMIN_USER (server administrator)"
    printf '%s\n' "$ADMIN_PASSWORD" | build/app/noticectl/noticectl --profile "$demo/profile" login \
        --user "$ADMIN_USER" --password-stdin
    echo "Demo accounts to deliver notices to: @alice, @bob and @carol:$SERVER_NAME (password NAME-password)." >&2
else
    step "log in as @alice:$SERVER_NAME"
    printf 'alice-password\n' | build/app/noticectl/noticectl --profile "$demo/profile" login \
        --user "@alice:$SERVER_NAME" --password-stdin

    # Opening the legacy "Server Notices" room makes its pinned usage-limit notice (and so
    # the banner) visible; the MSC4279 room stays a new, unopened notice.
    notices_room=$(build/app/noticectl/noticectl --profile "$demo/profile" inbox | awk '/Server Notices/ {print $1; exit}')
    [ -n "$notices_room" ] && build/app/noticectl/noticectl --profile "$demo/profile" accept "$notices_room"
fi

step "Noticeboard"
app=(build/app/noticeboard/noticeboard --profile "$demo/profile")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "${app[@]}"
else
    # No display: run it under Xvfb and show what it looks like.
    shot="$demo/noticeboard.png"
    echo "No display found: running Noticeboard under Xvfb; a screenshot goes to $shot." >&2
    xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
        "$@" & pid=$!
        sleep 8; import -window root "'"$shot"'" || true
        echo "Screenshot: '"$shot"'. Close with Ctrl+C." >&2
        wait $pid' _ "${app[@]}"
fi
