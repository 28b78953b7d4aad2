#!/usr/bin/env bash
# test.sh — everything CI does: install the build/test dependencies, make sure the
# cached Synapse chroot exists (integration tests run against a real homeserver),
# build with CMake + Ninja into build/, run all tests.  Exits with ctest's status.
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo),
# CTEST_PARALLEL (default 2), NOTICEBOARD_CACHE (see tests/harness/synapse-harness).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
CTEST_PARALLEL=${CTEST_PARALLEL:-2}

step() { printf '\n==> %s\n' "$*" >&2; }

step "dependencies"
bash scripts/install-deps.sh

# Building the chroot takes ~1-2 minutes once per machine; doing it here (and not in
# the first integration test) keeps it out of the tests' timeouts.
step "Synapse harness"
tests/harness/synapse-harness prepare

step "build ($BUILD_TYPE, $BUILD_DIR)"
BUILD_DIR="$BUILD_DIR" BUILD_TYPE="$BUILD_TYPE" bash scripts/build.sh

step "test"
# Widgets tests run without a display.  --timeout is only the default for tests that
# do not set their own TIMEOUT property.
export QT_QPA_PLATFORM=offscreen
# When a test crashes, QtTest's signal handler tries to print a stack trace (via gdb).
# After heap corruption that path deadlocks: seen here, a test that hit SIGABRT hung
# until ctest's 600 s timeout (it even ignores SIGTERM).  Without it the crash is
# reported at once ("Received signal 6").  QTEST_DISABLE_STACK_DUMP=0 brings the
# stack traces back.
export QTEST_DISABLE_STACK_DUMP=${QTEST_DISABLE_STACK_DUMP:-1}
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$CTEST_PARALLEL" --timeout 900 || status=$?
if [ "$status" -ne 0 ]; then
    echo "test.sh: ctest failed (exit status $status)" >&2
fi
exit "$status"
