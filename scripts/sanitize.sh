#!/usr/bin/env bash
# The test suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (gcc; cmake --preset
# sanitize, in build-sanitize/). Any memory error, leak or undefined behaviour fails the test it happens
# in. Qt and the system libraries are not instrumented; what they keep until exit is listed, with the
# reason, in tests/sanitizers/lsan.supp.
#
#   scripts/sanitize.sh [ctest arguments]
#
# PostgreSQL tests need FEHRIST_TEST_PG_URL, as under scripts/test.sh (which runs this when
# FEHRIST_SANITIZE=1, with its cluster still up).
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ ! -f build-sanitize/build.ninja ]]; then
    cmake --preset sanitize >/dev/null
fi
echo "sanitize: building build-sanitize/ (ASan + UBSan)"
cmake --build build-sanitize

supp=$PWD/tests/sanitizers/lsan.supp
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:quarantine_size_mb=16:malloc_context_size=10}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# The convergence soak at a fifth of its size: instrumented processes are several times slower, and the
# full soak has run uninstrumented already.
export FEHRIST_SOAK_OPS=${FEHRIST_SOAK_OPS:-600}
echo "sanitize: running the suite under ASan + UBSan"
ctest --test-dir build-sanitize --output-on-failure --no-tests=error --timeout 1500 "$@"
