#!/usr/bin/env bash
# check_up_to_date.sh LUPDATE SOURCE_DIR — fails when resources/translations/*.ts is not what
# lupdate makes of the sources today: a string wrapped in tr() but never extracted (so it
# stays English in every language), or an entry whose string is gone. Runs lupdate on copies
# with the options and the folders app/i18n/CMakeLists.txt uses (keep the two lists alike) and
# compares them with the tracked files.
# Fix: cmake --build <dir> --target update_translations, then translate the new entries.
set -euo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$src"/resources/translations/*.ts; do
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none \
        -I "$src" -I "$src/models" -I "$src/app" \
        "$src/ui" "$src/app/noticeboard" "$src/app/noticectl" "$src/app/service" "$src/app/client" \
        "$src/app/admin" "$src/app/campaign" \
        "$src/models/matrix" "$src/models/notice" "$src/models/qtmodels" \
        -ts "$copy" >/dev/null
    if ! diff -u "$ts" "$copy"; then
        echo "check_up_to_date.sh: $(basename "$ts") is not up to date with the sources (see the diff above)" >&2
        status=1
    fi
done
[ $status = 0 ] && echo "check_up_to_date.sh: every .ts file matches the sources"
exit $status
