#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: installs missing Debian packages, configures,
# builds (warnings are errors) with AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer)
# and runs every ctest suite headless under them; then a short libFuzzer run of every decoder
# that reads network or config bytes (scripts/fuzz.sh, clang). Any failure, sanitizer report,
# leak or fuzz crash makes it exit non-zero.
#
# Environment: CLOACINA_BUILD_DIR (default build-test), CLOACINA_FUZZ_SECONDS (per fuzz target,
# default 10; 0 skips the fuzz run).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
build="${CLOACINA_BUILD_DIR:-build-test}"
jobs="$(nproc)"
started=$(date +%s)
elapsed() { echo "test.sh: $1 after $(( $(date +%s) - started )) s"; }

# -Og compiles as fast as -O0 (a third faster than -O1 on the generated client code) and runs
# the CPU-heavy stream tests several times faster than -O0. Debug keeps Q_ASSERT on (ours and
# Qt's inline ones). The /usr prefix gives the Debian layout the .deb test checks; nothing is
# installed there.
# Warnings are errors and the libraries build as unity batches here (both off by default, so
# distribution builds do not inherit them).
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-Og -g1" \
    -DCLOACINA_SANITIZE=ON -DCLOACINA_WERROR=ON -DCLOACINA_UNITY_BUILD=ON -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build" -j"$jobs"
elapsed "build done"
(
    . tests/sanitizers/env.sh
    ctest --test-dir "$build" --output-on-failure -j"$jobs"
)
elapsed "ctest done"

fuzz_seconds="${CLOACINA_FUZZ_SECONDS:-10}"
if [ "$fuzz_seconds" != 0 ]; then
    FUZZ_JOBS="$jobs" scripts/fuzz.sh "$fuzz_seconds"
    elapsed "fuzz done"
fi
