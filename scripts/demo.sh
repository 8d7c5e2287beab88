#!/usr/bin/env bash
# Builds cloacina-qt and starts cloacina-monitor in --demo mode against an in-process
# simulator. Installs missing Debian packages first. Extra arguments go to the monitor.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh

build="${CLOACINA_BUILD_DIR:-build}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLOACINA_BUILD_TESTS=OFF
cmake --build "$build" -j"$(nproc)" --target cloacina-monitor

monitor="$build/monitor/cloacina-monitor"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "demo: no display found; running under Xvfb (set DISPLAY to see the window)" >&2
    exec xvfb-run -a -s '-screen 0 1600x1000x24' "$monitor" --demo "$@"
fi
exec "$monitor" --demo "$@"
