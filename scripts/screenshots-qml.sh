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
# English with its plural forms ("3 runs", not "3 run(s)").
export LANG=en_US.UTF-8 LC_ALL=
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

# At 1280×800 (the plain names, used by the docs) and 1920×1080 (suffix -1920x1080).
for screen in 1280x800 1920x1080; do
    suffix=""
    [ "$screen" = 1280x800 ] || suffix="-$screen"
    shot() { # shot <name> <args…>
        local file="$1$suffix.png"
        shift
        echo "screenshot: $out/$file"
        xvfb-run -a -s "-screen 0 ${screen}x24" "$app" --demo --size "$screen" --screenshot "$out/$file" "$@"
    }
    shot qml-overview --page overview --screenshot-delay 6000
    shot qml-failed-runs --page runs --screenshot-delay 3500
    shot qml-run-view --page runs --open-first --screenshot-delay 5000
    shot qml-all-runs --page runs --status any --open-first --screenshot-delay 6000
done
echo "done: $(ls "$out"/qml-*.png | tr '\n' ' ')"
