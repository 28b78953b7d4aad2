#!/usr/bin/env bash
# screenshots.sh — refreshes docs/screenshots (linked from README) by running the GUI
# tests with their screenshots pointed there. Ordinary test runs write them under
# build/screenshots instead, so they never touch the tracked pictures. test_gui_looks adds
# the dark-palette pictures, and test_gui_looks_2x (the same test at QT_SCALE_FACTOR=2) the
# @2x ones.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh
NB_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen \
    ctest --test-dir "${BUILD_DIR:-build}" -L gui --output-on-failure
echo "screenshots.sh: docs/screenshots refreshed; look at them before committing." >&2
