#!/usr/bin/env bash
# Benchmark (prints figures; not a ctest test): `noticectl notify --via rooms` to N users
# (default 300), one MSC4279 room per user, on harness Synapses:
#   1. stock rate limits, --lift-rate-limit            (the admin's exemption for the run)
#   2. stock rate limits, not lifted: run for NB_BENCH_MINUTES (3), then stopped (SIGTERM);
#      the whole run is extrapolated from the pace after Synapse's burst of 10 rooms
#   3. rate limits off (--relax-ratelimits): the ceiling the lifted run is compared with
# Each run has its own N fresh users. Target (issue 8): lifted within 1.2x of rate limits off.
# After run 1 the admin's override must be back (none): checked and printed.
#
# Usage: tests/bench/bench_rate_limits.sh [BUILD_DIR]     (needs root for the harness)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build}
NOTICECTL=$BUILD/app/noticectl/noticectl
HARNESS=${NB_HARNESS_SCRIPT:-$ROOT/tests/harness/synapse-harness}
USERS=${NB_BENCH_USERS:-300}
MINUTES=${NB_BENCH_MINUTES:-3}
[ -x "$NOTICECTL" ] || { echo "bench_rate_limits: build noticectl first ($NOTICECTL)" >&2; exit 2; }

WORK=$(mktemp -d /tmp/bench_rate_limits.XXXXXX)
cleanup() {
    "$HARNESS" stop "$WORK/stock" >/dev/null 2>&1 || true
    "$HARNESS" stop "$WORK/relaxed" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
export NOTICEBOARD_TOKEN_STORE=file

setup() {  # instance-dir prefix -> users file; logs the admin in to a profile in the dir
    # shellcheck disable=SC1091
    source "$1/instance.env"
    seq 1 "$USERS" | sed "s/.*/@$2&:$SERVER_NAME/" >"$1/$2.txt"
    xargs -P 8 -I@@ curl -sf -o /dev/null --cacert "$CA_FILE" -H "Authorization: Bearer $ADMIN_TOKEN" -X PUT \
        "$BASE_URL/_synapse/admin/v2/users/@@" -d '{}' <"$1/$2.txt"
    if [ ! -d "$1/profile" ]; then
        echo "$ADMIN_PASSWORD" | NOTICEBOARD_CA_FILE=$CA_FILE "$NOTICECTL" --profile "$1/profile" login \
            --user "$ADMIN_USER" --password-stdin >/dev/null
    fi
}

notify() {  # instance-dir prefix [extra args...] -> prints seconds; log in dir
    local dir=$1 prefix=$2 start end
    shift 2
    # shellcheck disable=SC1091
    source "$dir/instance.env"
    start=$(now)
    NOTICEBOARD_CA_FILE=$CA_FILE "$NOTICECTL" --profile "$dir/profile" notify --via rooms --to-file "$dir/$prefix.txt" \
        --journal "$dir/$prefix.journal" --json "$@" "Maintenance on Sunday ($prefix)" >"$dir/$prefix.json" 2>"$dir/$prefix.log" || true
    end=$(now)
    elapsed "$start" "$end"
}

echo "bench_rate_limits: $USERS recipients per run ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
"$HARNESS" start "$WORK/stock" --watch-pid $$ >/dev/null
"$HARNESS" start "$WORK/relaxed" --watch-pid $$ \
    --relax-ratelimits "the benchmark's ceiling: the same campaign with no rate limit at all" >/dev/null

setup "$WORK/relaxed" off
OFF=$(notify "$WORK/relaxed" off)
echo "  rate limits off:        $OFF s ($(grep -o '"sent": [0-9]*' "$WORK/relaxed/off.json"))" >&2

setup "$WORK/stock" lifted
LIFTED=$(notify "$WORK/stock" lifted --lift-rate-limit)
echo "  stock limits, lifted:   $LIFTED s ($(grep -o '"sent": [0-9]*' "$WORK/stock/lifted.json"))" >&2
# shellcheck disable=SC1091
source "$WORK/stock/instance.env"
AFTER=$(curl -sf --cacert "$CA_FILE" -H "Authorization: Bearer $ADMIN_TOKEN" \
    "$BASE_URL/_synapse/admin/v1/users/$ADMIN_USER/override_ratelimit")
echo "  admin's override after the lifted run: $AFTER (expected {}: none before)" >&2
grep -m1 "at the server's pace" "$WORK/stock/lifted.log" >&2 || true

setup "$WORK/stock" paced
start=$(now)
(
    source "$WORK/stock/instance.env"
    NOTICEBOARD_CA_FILE=$CA_FILE exec "$NOTICECTL" --profile "$WORK/stock/profile" notify --via rooms \
        --to-file "$WORK/stock/paced.txt" --journal "$WORK/stock/paced.journal" --json "Maintenance (paced)" \
        >"$WORK/stock/paced.json" 2>"$WORK/stock/paced.log"
) &
pid=$!
# Polled once a second: when the 10th notice was out (the end of Synapse's burst) and when
# the last one came, so the pace after the burst is measured, not guessed.
BURST_END=""
LAST_AT=""
DONE=0
deadline=$(( $(date +%s) + MINUTES * 60 ))
while [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
    sleep 1
    n=$(grep -c '"t":"sent"' "$WORK/stock/paced.journal" 2>/dev/null || true)
    n=${n:-0}
    if [ "$n" -gt "$DONE" ]; then
        DONE=$n
        LAST_AT=$(now)
        [ -z "$BURST_END" ] && [ "$n" -ge 10 ] && BURST_END=$LAST_AT
    fi
done
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" || true
end=$(now)
RAN=$(elapsed "$start" "$end")
grep -m1 "at the server's pace" "$WORK/stock/paced.log" >&2 || true
if [ -n "$BURST_END" ] && [ "$DONE" -gt 10 ]; then
    PER=$(awk -v f="$BURST_END" -v l="$LAST_AT" -v n="$DONE" 'BEGIN { printf "%.1f", (l - f) / (n - 10) }')
    PACED=$(awk -v per="$PER" -v u="$USERS" -v b="$BURST_END" -v s="$start" \
        'BEGIN { printf "%.0f", (b - s) + (u - 10) * per }')
else
    PER="?"
    PACED="?"
fi
echo "  stock limits, not lifted: $DONE of $USERS in $RAN s; after the burst one room every $PER s" >&2

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "| notify --via rooms, $USERS recipients | time |"
echo "|---|---|"
echo "| rate limits off (harness --relax-ratelimits) | $OFF s |"
echo "| stock limits, --lift-rate-limit | $LIFTED s |"
echo "| stock limits, not lifted (extrapolated from $MINUTES min: $DONE done) | about $PACED s ($(awk -v s="$PACED" 'BEGIN { printf "%.1f", s / 3600 }') h) |"
echo
echo "lifted / off = $(ratio "$LIFTED" "$OFF") (target <= 1.2)"
