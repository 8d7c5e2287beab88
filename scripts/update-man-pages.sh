#!/usr/bin/env bash
# Regenerates man/<program>.1 from each program's --help and --version (help2man, Debian package
# help2man). Run after changing a program's options, from a built tree, and commit the result:
#
#   scripts/update-man-pages.sh [build-dir]      # default build-dev
#
# The pages are committed (not generated during the build) so that building never runs the
# freshly built programs, which may be sanitized or cross-compiled. The ctest tests
# packaging_help_<program> check that --help works without a display; packaging_man_pages
# checks that every installed program has a page that mentions each of its options.
# man/cloacina-conformance.1 is written by hand (its report format and safety rules need more
# than --help says); keep it in step with the program's options.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-dev}"
command -v help2man >/dev/null || { echo "help2man is not installed (apt-get install help2man)" >&2; exit 1; }

declare -A names=(
    [cloacina-monitor]="operator monitor for cloacina-server (Qt Widgets)"
    [cloacina-monitor-qml]="operator monitor for cloacina-server (Qt Quick)"
    [cloacina-follow]="print the events of one cloacina execution as JSON lines"
    [cloacina-sim]="simulator of a cloacina-server for tests and demos"
)
declare -A paths=(
    [cloacina-monitor]="$build/monitor/cloacina-monitor"
    [cloacina-monitor-qml]="$build/qml/cloacina-monitor-qml"
    [cloacina-follow]="$build/cli/follow/cloacina-follow"
    [cloacina-sim]="$build/sim/cloacina-sim"
)
mkdir -p man
for program in "${!paths[@]}"; do
    bin="${paths[$program]}"
    [ -x "$bin" ] || { echo "skipping $program: $bin not built" >&2; continue; }
    # No display, a fixed environment: the page must not depend on the machine that made it.
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME=/nonexistent LC_ALL=C.UTF-8 \
        help2man --no-info --section=1 --name="${names[$program]}" \
        --version-string="$("$bin" --version 2>/dev/null | head -n 1 | awk '{print $NF}')" \
        --output="man/$program.1" "$bin"
    echo "man/$program.1"
done
