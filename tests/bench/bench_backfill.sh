#!/usr/bin/env bash
# Benchmark (prints figures; not a ctest test): back-filling N notices (default 200) missed
# while the app was closed, on one harness Synapse, next to the same /messages pages fetched
# with curl. For each round: N server notices are sent while noticectl is not running, then
#   - `noticectl inbox --json` is timed (process start, one /sync whose timeline is limited,
#     the back-fill from /messages, saving the store), and checked to list all of them;
#   - the same run with nothing new is timed (process start, /sync, save: the fixed cost);
#   - curl fetches the same /messages pages (100 events each, the app's page size and filter).
# The back-fill's own cost is the first minus the second, to compare with curl's pages.
#
# Usage: tests/bench/bench_backfill.sh [BUILD_DIR]     (needs root for the harness)
# Environment: NB_BENCH_NOTICES (200), NB_BENCH_ROUNDS (3)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build}
NOTICECTL=$BUILD/app/noticectl/noticectl
HARNESS=${NB_HARNESS_SCRIPT:-$ROOT/tests/harness/synapse-harness}
NOTICES=${NB_BENCH_NOTICES:-200}
ROUNDS=${NB_BENCH_ROUNDS:-3}

[ -x "$NOTICECTL" ] || { echo "bench_backfill: build noticectl first ($NOTICECTL)" >&2; exit 2; }

WORK=$(mktemp -d /tmp/bench_backfill.XXXXXX)
cleanup() { "$HARNESS" stop "$WORK/instance" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT

# Stock rate limits, as in production: one /login and one join; the notices go through the
# admin API and /sync and /messages are not rate limited.
"$HARNESS" start "$WORK/instance" --watch-pid $$ >/dev/null
# shellcheck disable=SC1091
source "$WORK/instance/instance.env"
eval "$("$HARNESS" register "$WORK/instance" alice alice-password | sed -n 's/^ACCESS_TOKEN=/ALICE_TOKEN=/p; s/^USER_ID=/ALICE=/p')"
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ctl() { NOTICEBOARD_CA_FILE=$CA_FILE NOTICEBOARD_TOKEN_STORE=file "$NOTICECTL" --profile "$WORK/profile" "$@"; }
notice() {
    curl -sS --fail --cacert "$CA_FILE" -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
        -X POST "$BASE_URL/_synapse/admin/v1/send_server_notice" \
        --data "{\"user_id\":\"$ALICE\",\"content\":{\"msgtype\":\"m.text\",\"body\":\"$1\"}}" >/dev/null
}
count_notices() { grep -c '"event_id"' || true; }

echo "alice-password" | ctl login --homeserver "$BASE_URL" --user "$ALICE" --password-stdin >/dev/null
notice "first"
ROOM=$(ctl inbox --json | sed -n 's/.*"room_id": "\(![^"]*\)".*/\1/p' | head -1)
ctl accept "$ROOM" >/dev/null
ctl inbox --json >/dev/null
ROOM_ENC=$(printf '%s' "$ROOM" | sed 's/!/%21/; s/:/%3A/g')
FILTER='%7B%22types%22%3A%5B%22m.room.message%22%2C%22m.room.redaction%22%5D%2C%22lazy_load_members%22%3Atrue%7D'

echo "bench_backfill: $NOTICES notices missed, $ROUNDS rounds ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
printf '%-6s %12s %12s %12s %14s\n' round "inbox (s)" "nothing (s)" "back-fill (s)" "curl pages (s)"
total=1
for round in $(seq 1 "$ROUNDS"); do
    for i in $(seq 1 "$NOTICES"); do notice "round $round notice $i"; done
    total=$((total + NOTICES))
    t0=$(now)
    listed=$(ctl inbox --json | count_notices)
    t1=$(now)
    ctl inbox --json >/dev/null
    t2=$(now)
    # The same pages with curl: newest first, 100 events each, until N are fetched.
    from=""
    fetched=0
    t3=$(now)
    while [ "$fetched" -lt "$NOTICES" ]; do
        page=$(curl -sS --fail --cacert "$CA_FILE" -H "Authorization: Bearer $ALICE_TOKEN" \
            "$BASE_URL/_matrix/client/v3/rooms/$ROOM_ENC/messages?dir=b&limit=100&filter=$FILTER${from:+&from=$from}")
        fetched=$((fetched + $(printf '%s' "$page" | grep -o '"event_id"' | wc -l)))
        from=$(printf '%s' "$page" | sed -n 's/.*"end":"\([^"]*\)".*/\1/p')
        [ -n "$from" ] || break
    done
    t4=$(now)
    [ "$listed" -ge "$total" ] || echo "bench_backfill: round $round listed $listed of $total notices" >&2
    inbox=$(elapsed "$t0" "$t1")
    nothing=$(elapsed "$t1" "$t2")
    printf '%-6s %12s %12s %12s %14s\n' "$round" "$inbox" "$nothing" \
        "$(awk -v a="$inbox" -v b="$nothing" 'BEGIN { printf "%.3f", a - b }')" "$(elapsed "$t3" "$t4")"
done
