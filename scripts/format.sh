#!/usr/bin/env bash
# format.sh — formats every tracked C++ file with clang-format (.clang-format at the top).
#   bash scripts/format.sh          rewrite files in place
#   bash scripts/format.sh --check  list the files that differ; exit 1 if any (a ctest runs this)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v clang-format >/dev/null || { echo "format.sh: clang-format is not installed" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = --check ]; then
    bad=()
    for f in "${files[@]}"; do
        clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
    done
    if [ ${#bad[@]} -gt 0 ]; then
        printf 'not formatted (run bash scripts/format.sh):\n' >&2
        printf '  %s\n' "${bad[@]}" >&2
        exit 1
    fi
    echo "format.sh: ${#files[@]} files formatted as .clang-format says"
    exit 0
fi
clang-format -i "${files[@]}"
