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
# English with its plural forms ("3 runs", not "3 run(s)").
export LANG=en_US.UTF-8 LC_ALL=
export XDG_RUNTIME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME" "$XDG_RUNTIME_DIR"' EXIT

# Every view at the two screens operators use: 1280×800 (the plain names, used by the docs) and
# 1920×1080 (suffix -1920x1080). The window fills the screen (--size), as a maximised one would.
for screen in 1280x800 1920x1080; do
    suffix=""
    [ "$screen" = 1280x800 ] || suffix="-$screen"
    shot() { # name, extra arguments…
        local name="$1"
        shift
        xvfb-run -a -s "-screen 0 ${screen}x24" "$monitor" --demo --size "$screen" \
            --screenshot "$out/$name$suffix.png" "$@"
    }
    shot overview --screenshot-delay 6000 --screen overview
    shot overview-dark --screenshot-delay 6000 --screen overview --theme dark
    shot fleet --screenshot-delay 5000 --screen fleet
    shot fleet-dark --screenshot-delay 5000 --screen fleet --theme dark
    shot failed-runs --screenshot-delay 4000 --screen runs
    shot run-events --screenshot-delay 5000 --screen runs --open-first-failure --tab events
    shot run-tasks --screenshot-delay 5000 --screen runs --open-first-failure --tab tasks
    shot run-timeline --screenshot-delay 5000 --screen runs --open-first-failure --tab timeline
    shot run-graph --screenshot-delay 5000 --screen runs --open-first-failure --tab graph
    shot all-runs --screenshot-delay 6000 --status any --screen runs --open-first-failure --failures-only
    shot run-dark --screenshot-delay 5000 --screen runs --open-first-failure --tab timeline --theme dark
    shot workflows --screenshot-delay 12000 --screen workflows
    shot workflows-dark --screenshot-delay 12000 --screen workflows --theme dark
    shot triggers --screenshot-delay 8000 --screen triggers
    shot triggers-dark --screenshot-delay 8000 --screen triggers --theme dark
    shot graphs --screenshot-delay 5000 --screen graphs
    shot graphs-dark --screenshot-delay 5000 --screen graphs --theme dark
    shot admin --screenshot-delay 4000 --screen admin
    shot admin-dark --screenshot-delay 4000 --screen admin --theme dark
done
echo "screenshots in $out/"
