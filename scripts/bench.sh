#!/usr/bin/env bash
# Builds the benchmarks RelWithDebInfo in build-bench/ and runs them all with their default
# (full) sizes, printing every figure BENCHMARKS.md quotes. Takes 10–20 minutes on 2 cores.
#
#   scripts/bench.sh [--python-sdk DIR] [--quick]
#
# --python-sdk DIR: the directory holding the upstream Python SDK's `cloacina_client` package,
#   e.g. after `git -C <cloacina checkout> archive HEAD clients/python/src | tar -x -C /tmp/sdk`:
#   /tmp/sdk/clients/python/src. Without it (or without python3-httpx, python3-websockets,
#   python3-attr, python3-dateutil, python3-typing-extensions) the Python column is skipped.
# --quick: small sizes, to check the script itself.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-bench"
sdk=""
quick=0
while [ $# -gt 0 ]; do
    case "$1" in
        --python-sdk) sdk="$2"; shift 2 ;;
        --quick) quick=1; shift ;;
        *) echo "usage: $0 [--python-sdk DIR] [--quick]" >&2; exit 2 ;;
    esac
done

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null || exit 1
fi
nice -n 5 ninja -C "$build" -j2 cloacina-sim cloacina-bench-stream cloacina-bench-rest cloacina-bench-follow \
    cloacina-bench-monitor || exit 1

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%F %T') UTC"
status=0
run() {
    echo
    echo "== $*"
    QT_QPA_PLATFORM=offscreen "$@" || { echo "!! $1 exited with $?"; status=1; }
}
if [ "$quick" = 1 ]; then
    run "$build/bench/stream/cloacina-bench-stream" --events 2000
    run "$build/bench/rest/cloacina-bench-rest" --calls 200 --rows 3000
    run "$build/bench/follow/cloacina-bench-follow" --steps 2 --step-events 1000 --step-seconds 4
    run "$build/bench/monitor/cloacina-bench-monitor" --seconds 2 --events 20000
else
    run "$build/bench/stream/cloacina-bench-stream"
    run "$build/bench/rest/cloacina-bench-rest"
    run "$build/bench/follow/cloacina-bench-follow"
    # One process per phase: peak RSS is per process.
    run "$build/bench/monitor/cloacina-bench-monitor" --phase rate
    run "$build/bench/monitor/cloacina-bench-monitor" --phase million
fi

echo
if [ -z "$sdk" ]; then
    echo "== Python SDK column skipped: no --python-sdk DIR given"
elif ! /usr/bin/python3 -c 'import httpx, websockets, attr, dateutil, typing_extensions' 2>/dev/null; then
    echo "== Python SDK column skipped: install python3-httpx python3-websockets python3-attr python3-dateutil python3-typing-extensions"
else
    sizes=()
    [ "$quick" = 1 ] && sizes=(--events 2000 --rows 3000)
    run /usr/bin/python3 "$root/bench/python/sdk_bench.py" --sdk "$sdk" --sim "$build/sim/cloacina-sim" "${sizes[@]}"
fi
echo "== done, load $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
