#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, ASan + UBSan) and runs each for N seconds.
# Fails on any crash, sanitizer report, leak, timeout or out-of-memory.
#
#   scripts/fuzz.sh [seconds]            # default 25 s per target (CI)
#   scripts/fuzz.sh 600                  # the longer run (docs/RELIABILITY.md)
#   FUZZ_TARGETS="fuzz_toml fuzz_schemas" scripts/fuzz.sh 60
#   scripts/fuzz.sh --seeds              # regenerate the seed corpus from the contract
#   scripts/fuzz.sh --merge              # minimise what a long run found into fuzz/corpus
#
# Environment: CLOACINA_FUZZ_BUILD_DIR (default build-fuzz), FUZZ_JOBS (build, default 2),
# FUZZ_MAX_LEN (default 8192), FUZZ_RSS_MB (default 2048).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build="$(realpath -m "${CLOACINA_FUZZ_BUILD_DIR:-build-fuzz}")"
jobs="${FUZZ_JOBS:-2}"
all_targets="fuzz_schemas fuzz_response fuzz_runevent fuzz_delivery fuzz_reactor fuzz_toml"
targets="${FUZZ_TARGETS:-$all_targets}"
mode=run
seconds=25
case "${1:-}" in
    --seeds) mode=seeds ;;
    --merge) mode=merge ;;
    "") ;;
    *) seconds="$1" ;;
esac

command -v clang++ >/dev/null || { echo "fuzz: clang++ is required (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
if [ ! -f "$build/build.ninja" ]; then
    cmake -S fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCLOACINA_WERROR=ON >/dev/null
fi
seedgen=""
if [ "$mode" = seeds ]; then seedgen=fuzz_seedgen; fi
# shellcheck disable=SC2086
cmake --build "$build" -j"$jobs" --target $targets $seedgen

if [ "$mode" = seeds ]; then
    "$build/fuzz_seedgen" fuzz/corpus
    exit 0
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$root/fuzz/ubsan.supp}"
export QT_QPA_PLATFORM=offscreen
work="$build/runs"
mkdir -p "$work"

if [ "$mode" = merge ]; then
    for t in $targets; do
        mkdir -p "fuzz/corpus/$t"
        [ -d "$work/$t/corpus" ] || continue
        "$build/$t" -merge=1 "fuzz/corpus/$t" "$work/$t/corpus" >/dev/null 2>&1
        echo "fuzz: $t: $(ls "fuzz/corpus/$t" | wc -l) seeds after merge"
    done
    exit 0
fi

status=0
summary=()
# Replay the regression inputs first: known findings must still crash (else: fixed, remove
# them from fuzz/regressions/KNOWN), every other input must pass.
for t in $targets; do
    [ -d "fuzz/regressions/$t" ] || continue
    for f in fuzz/regressions/"$t"/*; do
        set +e
        { FUZZ_SKIP_KNOWN= "$build/$t" "$f" >"$work/replay.log" 2>&1; } 2>/dev/null
        rc=$?
        set -e
        rel="${f#fuzz/regressions/}"
        if grep -qxF "$rel" fuzz/regressions/KNOWN 2>/dev/null; then
            if [ $rc -eq 0 ]; then
                status=1
                summary+=("XPASS $rel: fixed? remove it from fuzz/regressions/KNOWN")
            else
                summary+=("xfail $rel (known finding, still crashes)")
            fi
        elif [ $rc -ne 0 ]; then
            status=1
            summary+=("FAIL regression $rel (exit $rc)")
        fi
    done
done
# Known, reported findings that a harness can step around (see fuzz/regressions/KNOWN).
export FUZZ_SKIP_KNOWN="${FUZZ_SKIP_KNOWN-}"
for t in $targets; do
    dir="$work/$t"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    seeds=()
    [ -d "fuzz/corpus/$t" ] && seeds+=("fuzz/corpus/$t")
    log="$dir/log.txt"
    set +e
    { (cd "$dir" && "$build/$t" corpus "${seeds[@]/#/$root/}" \
        -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-8192}" -timeout=10 \
        -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -print_final_stats=1 \
        -artifact_prefix=artifacts/ ) >"$log" 2>&1; } 2>/dev/null
    rc=$?
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')
    if [ $rc -ne 0 ] || ls "$dir/artifacts" | grep -q .; then
        status=1
        summary+=("FAIL $t (exit $rc): see $log and $dir/artifacts")
        grep -m5 -E 'ERROR|runtime error|FUZZ_CHECK|SUMMARY' "$log" >&2 || true
    else
        summary+=("ok   $t: ${seconds}s, $execs execs, cov $cov")
    fi
done
printf '%s\n' "${summary[@]}"
exit $status
