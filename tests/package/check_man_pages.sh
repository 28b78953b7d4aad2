#!/usr/bin/env bash
# check_man_pages.sh PAGE...: each man page renders with `man -l` as a user would read it,
# and neither man-db nor groff has anything to say about it. Both exit 0 on a warning (an
# unknown macro, a bad escape), so anything they print on stderr is the failure.
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: check_man_pages.sh PAGE..." >&2; exit 2; }
failures=0
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
for page in "$@"; do
    name=$(basename "$page")
    # man-db as it runs for users (preprocessors, the UTF-8 device), warnings on.
    rendered=$(env LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>"$errors" | col -b) || true
    # groff directly, all warnings, for the file and line numbers.
    groff -man -ww -z "$page" >>"$errors" 2>&1 || echo "groff failed" >>"$errors"
    warnings=$(cat "$errors")
    if [ -n "$warnings" ]; then
        printf 'FAIL: %s:\n%s\n' "$name" "$warnings" >&2
        failures=$((failures + 1))
        continue
    fi
    for section in NAME SYNOPSIS DESCRIPTION "SEE ALSO"; do
        grep -qx "$section" <<<"$rendered" || { echo "FAIL: $name has no $section section" >&2; failures=$((failures + 1)); }
    done
    echo "$name: renders without warnings ($(wc -l <<<"$rendered") lines)"
done
exit $((failures > 0))
