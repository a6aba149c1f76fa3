#!/usr/bin/env bash
# Fuzzes what Fehrist reads from outside with libFuzzer (clang, ASan, UBSan) for a bounded time each:
# the import readers, the server's push decoder and the client's pull decoder.
#
#   scripts/fuzz.sh [--time SECONDS] [TARGET...]     targets: fuzz_csv fuzz_xlsx fuzz_push fuzz_pull
#                                                    (default: all four)
#
# Builds build-fuzz/ (cmake --preset fuzz) when needed. Each target starts from its seed corpus in
# tests/fuzz/corpus/ (copied, so the repository's corpus does not grow); a crash, leak, timeout or
# out-of-memory stops the run with the input that caused it. docs/development.md says more.
set -euo pipefail

cd "$(dirname "$0")/.."

seconds=60
targets=()
while (($#)); do
    case "$1" in
        --time) seconds=$2; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        fuzz_*) targets+=("$1") ;;
        *) echo "fuzz: unknown argument $1" >&2; exit 2 ;;
    esac
    shift
done
((${#targets[@]})) || targets=(fuzz_csv fuzz_xlsx fuzz_push fuzz_pull)

if [[ ! -f build-fuzz/build.ninja ]]; then
    cmake --preset fuzz >/dev/null
fi
cmake --build build-fuzz --target "${targets[@]}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
    reader=${target#fuzz_}
    mkdir -p "$work/$reader" "$work/artifacts"
    cp tests/fuzz/corpus/"$reader"/* "$work/$reader/"
    echo "fuzz: $target for ${seconds}s from $(ls "$work/$reader" | wc -l) seeds"
    if ! build-fuzz/tests/fuzz/"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/$reader" >"$work/$target.log" 2>&1; then
        tail -n 60 "$work/$target.log" >&2
        mkdir -p fuzz-artifacts
        cp "$work"/artifacts/* fuzz-artifacts/ 2>/dev/null || true
        echo "fuzz: $target failed; the input is in fuzz-artifacts/ (add it to tests/fuzz/corpus/$reader once fixed)" >&2
        exit 1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" | sed "s/^/fuzz: $target /"
done
