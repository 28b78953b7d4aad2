#!/usr/bin/env bash
# Benchmark (prints figures; not a ctest test): one notice to N local users (default 300)
# on one harness Synapse, in the same run:
#   - noticectl notify --via server-notices (8 requests at once, journal fsync'd)
#   - synadm notice send (Debian's synadm: one POST at a time)
#   - 8 parallel curl PUT /_synapse/admin/v1/send_server_notice/{txn} (the baseline)
#   - noticectl notify --via rooms (one MSC4279 room per user, then the message)
# The first notice to a user makes Synapse create their server notices room, which is
# several times slower; a warm-up gives everyone one first (timed, reported apart), so the
# compared runs all post into existing rooms. Each tool runs ROUNDS times, interleaved, to
# spread the noise of other work on the machine; the best round of each is compared.
#
# Usage: tests/bench/bench_notify.sh [BUILD_DIR]     (needs root for the harness, and synadm)
# Environment: NB_BENCH_USERS (300), NB_BENCH_ROUNDS (2), NB_BENCH_CONCURRENCY (8)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build}
NOTICECTL=$BUILD/app/noticectl/noticectl
HARNESS=${NB_HARNESS_SCRIPT:-$ROOT/tests/harness/synapse-harness}
USERS=${NB_BENCH_USERS:-300}
ROUNDS=${NB_BENCH_ROUNDS:-2}
CONCURRENCY=${NB_BENCH_CONCURRENCY:-8}

[ -x "$NOTICECTL" ] || { echo "bench_notify: build noticectl first ($NOTICECTL)" >&2; exit 2; }
command -v synadm >/dev/null || { echo "bench_notify: synadm is missing (apt-get install synadm)" >&2; exit 2; }

WORK=$(mktemp -d /tmp/bench_notify.XXXXXX)
cleanup() { "$HARNESS" stop "$WORK/instance" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT

# Rate limits off: this compares the clients' throughput. At stock limits the rooms round
# would measure Synapse's rc_room_creation (10, then 1 room per ~62 s: hours for 300), not
# noticectl; the server-notices rounds go through the admin API, which is not limited anyway.
"$HARNESS" start "$WORK/instance" --watch-pid $$ \
    --relax-ratelimits "bench_notify compares client throughput; 300 rooms at stock rc_room_creation take hours" >/dev/null
# shellcheck disable=SC1091
source "$WORK/instance/instance.env"
AUTH="Authorization: Bearer $ADMIN_TOKEN"
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "bench_notify: $USERS users on $BASE_URL ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
seq 1 "$USERS" | sed "s/.*/@bench&:$SERVER_NAME/" >"$WORK/users.txt"
# Password-less users through the admin API: no bcrypt, so this takes seconds.
xargs -P 8 -I@@ curl -sf -o /dev/null --cacert "$CA_FILE" -H "$AUTH" -X PUT \
    "$BASE_URL/_synapse/admin/v2/users/@@" -d '{}' <"$WORK/users.txt"

export NOTICEBOARD_CA_FILE=$CA_FILE NOTICEBOARD_TOKEN_STORE=file
echo "$ADMIN_PASSWORD" | "$NOTICECTL" --profile "$WORK/profile" login --user "$ADMIN_USER" --password-stdin >/dev/null

# synadm, configured without prompts; requests trusts the harness CA through REQUESTS_CA_BUNDLE.
export REQUESTS_CA_BUNDLE=$CA_FILE
SYNADM=(synadm --batch -c "$WORK/synadm.yaml")
echo "{}" >"$WORK/synadm.yaml"  # synadm reads the file before writing it
"${SYNADM[@]}" config -u "$ADMIN_USER" -t "$ADMIN_TOKEN" -b "$BASE_URL" -p /_synapse/admin -m /_matrix \
    -o json -w 60 -d well-known -n "$SERVER_NAME" >/dev/null 2>&1

declare -A BEST
record() {  # tool seconds notices
    local rate
    rate=$(awk -v s="$2" -v n="$3" 'BEGIN { printf "%.1f", n / s }')
    printf '  %-34s %4d notices in %6.2f s = %6.1f notices/s\n' "$1" "$3" "$2" "$rate" >&2
    if [ -z "${BEST[$1]:-}" ] || awk -v a="$rate" -v b="${BEST[$1]}" 'BEGIN { exit !(a > b) }'; then BEST[$1]=$rate; fi
}

curl_round() {  # label tag
    local start end ok
    start=$(now)
    ok=$(xargs -P 8 -I@@ curl -s -o /dev/null -w '%{http_code}\n' --cacert "$CA_FILE" -H "$AUTH" -X PUT \
        "$BASE_URL/_synapse/admin/v1/send_server_notice/bench-$2-@@" \
        -d "{\"user_id\":\"@@\",\"content\":{\"msgtype\":\"m.text\",\"body\":\"curl $2\"}}" <"$WORK/users.txt" | grep -c '^200$' || true)
    end=$(now)
    [ "$ok" -eq "$USERS" ] || echo "bench_notify: curl: only $ok of $USERS answered 200" >&2
    record "$1" "$(elapsed "$start" "$end")" "$ok"
}

noticectl_round() {  # label via tag
    local start end sent
    start=$(now)
    sent=$("$NOTICECTL" --profile "$WORK/profile" notify --to-file "$WORK/users.txt" --via "$2" \
        --journal "$WORK/journal-$3.jsonl" --concurrency "$CONCURRENCY" --json "noticectl $3" 2>"$WORK/notify-$3.log" |
        grep -o '"sent": [0-9]*' | grep -o '[0-9]*$')
    end=$(now)
    [ "$sent" -eq "$USERS" ] || echo "bench_notify: noticectl: sent $sent of $USERS (see $WORK/notify-$3.log)" >&2
    record "$1" "$(elapsed "$start" "$end")" "$sent"
}

synadm_round() {  # label tag
    local start end
    start=$(now)
    "${SYNADM[@]}" notice send --silent --regex "@bench[0-9]+:" "synadm $2" >/dev/null
    end=$(now)
    record "$1" "$(elapsed "$start" "$end")" "$USERS"
}

echo "warm-up (creates every user's server notices room):" >&2
curl_round "curl x8, first notice (room created)" warmup
for round in $(seq 1 "$ROUNDS"); do
    echo "round $round of $ROUNDS:" >&2
    curl_round "curl x8 (baseline)" "r$round"
    noticectl_round "noticectl server-notices" server-notices "r$round"
    synadm_round "synadm notice send" "r$round"
done
echo "notice rooms (MSC4279; a room per user, then the message):" >&2
noticectl_round "noticectl rooms" rooms rooms

# Sanity: every user holds warm-up + 3 per round in their server notices room.
expected=$((1 + 3 * ROUNDS))
room=$(curl -sf --cacert "$CA_FILE" -H "$AUTH" "$BASE_URL/_synapse/admin/v1/users/@bench1:$SERVER_NAME/memberships" |
    grep -o '"![^"]*"' | head -1 | tr -d '"')
got=$(curl -sf --cacert "$CA_FILE" -H "$AUTH" -G "$BASE_URL/_synapse/admin/v1/rooms/$room/messages" \
    --data-urlencode dir=b --data-urlencode limit=1000 --data-urlencode 'filter={"types":["m.room.message"]}' |
    grep -o '"type":"m.room.message"' | wc -l)
echo "check: @bench1 has $got notices in its server notices room (expected $expected)" >&2

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "| run (best of $ROUNDS) | notices/s |"
echo "|---|---|"
for tool in "curl x8 (baseline)" "noticectl server-notices" "synadm notice send" "curl x8, first notice (room created)" "noticectl rooms"; do
    echo "| $tool | ${BEST[$tool]} |"
done
echo
echo "noticectl server-notices / synadm = $(ratio "${BEST[noticectl server-notices]}" "${BEST[synadm notice send]}")x (target >= 1.3)"
echo "noticectl server-notices / curl x8 = $(ratio "${BEST[noticectl server-notices]}" "${BEST[curl x8 (baseline)]}") (target >= 0.90)"
