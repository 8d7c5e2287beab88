#!/bin/sh
# Runs a command against a cloacina-sim it starts on a free port (CLOACINA_SERVER_URL and
# CLOACINA_API_KEY name it), then stops the simulator. For cloacina-conformance, and for
# tst_contract in its live-server mode.
# Usage: run_against_sim.sh SIM COMMAND [ARGS…]
# Exit status: the command's; 2 when the simulator did not come up.
set -u
sim="$1"
shift
work=$(mktemp -d)
trap 'kill "$sim_pid" 2>/dev/null; wait "$sim_pid" 2>/dev/null; rm -rf "$work"' EXIT
"$sim" --port 0 --api-key conformance-admin-key >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
# The first stdout line names the URL; wait for it (bounded: 100 × 0.1 s).
url=""
tries=0
while [ -z "$url" ] && [ "$tries" -lt 100 ]; do
    url=$(sed -n 's/^cloacina-sim listening on \(http:[^ ]*\).*/\1/p' "$work/sim.out")
    [ -n "$url" ] || { tries=$((tries + 1)); sleep 0.1; }
done
if [ -z "$url" ]; then
    echo "cloacina-sim did not start:" >&2
    cat "$work/sim.err" >&2
    exit 2
fi
CLOACINA_SERVER_URL="$url" CLOACINA_API_KEY=conformance-admin-key "$@"
