#!/usr/bin/env bash
# Screenshots of the QML monitor (cloacina-monitor-qml --demo) under Xvfb, into
# docs/screenshots/qml-*.png. Usage: scripts/screenshots-qml.sh [build-dir]
# (default: $CLOACINA_BUILD_DIR or build). Builds only the QML monitor target.
set -euo pipefail
cd "$(dirname "$0")/.."

build="${1:-${CLOACINA_BUILD_DIR:-build}}"
out=docs/screenshots
mkdir -p "$out"

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j"${CLOACINA_JOBS:-2}" --target cloacina-monitor-qml

app="$build/qml/cloacina-monitor-qml"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

shot() { # shot <file> <args…>
    local file="$1"
    shift
    echo "screenshot: $out/$file"
    xvfb-run -a -s '-screen 0 1400x900x24' "$app" --demo --screenshot "$out/$file" "$@"
}

shot qml-failed-runs.png --screenshot-delay 3500
shot qml-run-view.png --open-first --screenshot-delay 5000
shot qml-all-runs.png --status any --open-first --screenshot-delay 6000
echo "done: $(ls "$out"/qml-*.png | tr '\n' ' ')"
