#!/bin/sh
# Runs cloacina-conformance against a cloacina-sim it starts on a free port, then stops the
# simulator. Usage: run_against_sim.sh SIM CONFORMANCE [conformance options…]
# Exit status: the conformance program's; 2 when the simulator did not come up.
set -u
sim="$1"
conformance="$2"
shift 2
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
CLOACINA_API_KEY=conformance-admin-key "$conformance" --server "$url" "$@"
