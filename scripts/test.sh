#!/usr/bin/env bash
# Fehrist tests: set up and build, start a throwaway PostgreSQL cluster, run
# ctest against it, and always stop the cluster again.
#
#   scripts/test.sh              all tests
#   scripts/test.sh -L pg        extra arguments go to ctest
set -euo pipefail

cd "$(dirname "$0")/.."

bash scripts/setup.sh

if [[ ! -f build/CTestTestfile.cmake ]]; then
    echo "test: build/ has no tests (no CMakeLists.txt yet?)" >&2
    exit 1
fi

# In /tmp rather than $TMPDIR: the cluster's user must be able to enter it, and
# its unix socket path must stay short.
pg_dir=$(mktemp -d /tmp/fehrist-pg.XXXXXX)

ctest_pid=""

# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n "$ctest_pid" ]] && kill -0 "$ctest_pid" 2>/dev/null; then
        # ctest and the tests it started: their own process group.
        kill -TERM -- "-$ctest_pid" 2>/dev/null || kill -TERM "$ctest_pid" 2>/dev/null || true
        wait "$ctest_pid" 2>/dev/null || true
    fi
    bash scripts/pg-test-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true
    rm -rf -- "$pg_dir"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bash scripts/pg-test-cluster.sh start "$pg_dir" >/dev/null
FEHRIST_TEST_PG_URL=$(bash scripts/pg-test-cluster.sh url "$pg_dir")
export FEHRIST_TEST_PG_URL
echo "test: throwaway PostgreSQL on 127.0.0.1:$(cat "$pg_dir/port") (data in $pg_dir, removed afterwards)"

# ctest runs in the background, in a process group of its own, so that INT/TERM
# reach the traps at once (bash runs a trap only after a foreground command has
# finished) and the cleanup can end ctest together with the tests it started.
setsid -w ctest --test-dir build --output-on-failure --no-tests=error "$@" &
ctest_pid=$!
status=0
wait "$ctest_pid" || status=$?
ctest_pid=""
# A bounded fuzzing run of the import readers (CI sets FEHRIST_FUZZ_SECONDS; 0 or unset skips it,
# and says so).
if ((status == 0)); then
    if [[ "${FEHRIST_FUZZ_SECONDS:-0}" -gt 0 ]]; then
        bash scripts/fuzz.sh --time "$FEHRIST_FUZZ_SECONDS" || status=$?
    else
        echo "test: fuzzing not run (FEHRIST_FUZZ_SECONDS=${FEHRIST_FUZZ_SECONDS:-unset}; scripts/fuzz.sh runs it)"
    fi
fi
# The suite again under ASan + UBSan (scripts/sanitize.sh) when FEHRIST_SANITIZE=1 (CI sets it), while
# the PostgreSQL cluster is still up.
if ((status == 0)); then
    if [[ "${FEHRIST_SANITIZE:-0}" == 1 ]]; then
        bash scripts/sanitize.sh "$@" || status=$?
    else
        echo "test: sanitizer run not done (FEHRIST_SANITIZE=${FEHRIST_SANITIZE:-unset}; scripts/sanitize.sh runs it)"
    fi
fi
# The .deb packages: built, validated, installed, run and removed again (scripts/package-check.sh).
# After the whole suite (no ctest arguments) or with FEHRIST_PACKAGE_CHECK=1; FEHRIST_PACKAGE_CHECK=0
# skips it. Either way it says so.
if ((status == 0)); then
    if [[ "${FEHRIST_PACKAGE_CHECK:-}" == 0 ]]; then
        echo "test: package check not run (FEHRIST_PACKAGE_CHECK=0)"
    elif (($# == 0)) || [[ "${FEHRIST_PACKAGE_CHECK:-}" == 1 ]]; then
        bash scripts/package-check.sh || status=$?
    else
        echo "test: package check not run (ctest arguments given; FEHRIST_PACKAGE_CHECK=1 runs it)"
    fi
fi
exit "$status"
