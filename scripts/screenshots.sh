#!/usr/bin/env bash
# Builds cloacina-monitor if needed and saves PNGs of its main views under docs/screenshots/,
# each from a fresh --demo run under Xvfb. Usage: scripts/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."

build="${1:-${CLOACINA_BUILD_DIR:-build}}"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j2 --target cloacina-monitor
monitor="$build/monitor/cloacina-monitor"
out=docs/screenshots
mkdir -p "$out"

# Isolated settings (no recent connections or window geometry from the user's profile).
export HOME="$(mktemp -d)"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_RUNTIME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME" "$XDG_RUNTIME_DIR"' EXIT

shot() { # name, extra arguments…
    local name="$1"
    shift
    xvfb-run -a -s '-screen 0 1600x1000x24' "$monitor" --demo --screenshot "$out/$name.png" "$@"
}

shot failed-runs --screenshot-delay 4000
shot run-events --screenshot-delay 5000 --open-first-failure --tab events
shot run-tasks --screenshot-delay 5000 --open-first-failure --tab tasks
shot run-timeline --screenshot-delay 5000 --open-first-failure --tab timeline
shot run-graph --screenshot-delay 5000 --open-first-failure --tab graph
shot all-runs --screenshot-delay 6000 --status any --open-first-failure --failures-only
echo "screenshots in $out/"
