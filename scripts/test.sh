#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: installs missing Debian packages,
# configures, builds (warnings are errors) and runs every ctest suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
build="${CLOACINA_BUILD_DIR:-build}"
jobs="$(nproc)"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" --output-on-failure -j"$jobs"
