#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The upstream Python SDK (cloacina-client 0.10.0) on the same paths as bench/stream and
bench/rest, for a comparison column: client CPU per event of a delivery burst (queued in chunks,
each timed once the simulator has written it) and client CPU per row of a 100,000-row walk in pages
of 1,000. The simulator is a separate process, so time.process_time() is the client's CPU.

The SDK is not part of this repository: pass the directory that holds its `cloacina_client`
package (e.g. `git -C <cloacina checkout> archive HEAD clients/python/src | tar -x -C /tmp/sdk`
gives /tmp/sdk/clients/python/src). Needs httpx, websockets, attrs, python-dateutil and
typing-extensions (Debian: python3-httpx python3-websockets python3-attr python3-dateutil
python3-typing-extensions).

  sdk_bench.py --sdk DIR --sim PATH [--events N] [--chunk N] [--rows N]
"""

import argparse
import asyncio
import json
import subprocess
import sys
import time
import urllib.request

ADMIN_KEY = "bench-admin-key"


class Sim:
    """cloacina-sim as a child process, driven through its /_sim/ routes with blocking calls."""

    def __init__(self, program):
        self.process = subprocess.Popen(
            [program, "--api-key", ADMIN_KEY], stdout=subprocess.PIPE, text=True
        )
        line = self.process.stdout.readline()
        if "http://" not in line:
            raise RuntimeError(f"{program} did not print its URL (got {line!r})")
        self.url = line[line.index("http://"):].strip()

    def close(self):
        self.process.terminate()
        self.process.wait(10)

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Authorization", "Bearer " + ADMIN_KEY)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=600) as answer:
            return json.loads(answer.read())

    def create_executions(self, count, status):
        return self.call("POST", "/_sim/executions", {"count": count, "status": status})["ids"]

    def burst(self, execution, count):
        for done in range(0, count, 100000):
            self.call("POST", f"/_sim/executions/{execution}/burst", {"count": min(100000, count - done)})

    def pushes_sent(self):
        return self.call("GET", "/_sim/stats")["pushes_sent"]

    def wait_pushes_sent(self, target):
        # Blocking on purpose: the client's asyncio loop does not run while the burst is queued.
        deadline = time.monotonic() + 600
        while self.pushes_sent() < target and time.monotonic() < deadline:
            time.sleep(0.02)


async def stream_path(sim, client, label, iterate, n, chunk):
    """Times `iterate` (an async iterator over one recipient) reading n events, queued `chunk`
    at a time while the asyncio loop is blocked (as bench/stream does)."""
    execution = sim.create_executions(1, "Running")[0]
    stream = iterate(client, execution)
    sim.burst(execution, 1)
    await stream.__anext__()  # connects, warms up
    cpu = wall = 0.0
    queued = 0
    while queued < n:
        size = min(chunk, n - queued)
        before = sim.pushes_sent()
        sim.burst(execution, size)
        sim.wait_pushes_sent(before + size)
        queued += size
        cpu_start, wall_start = time.process_time(), time.monotonic()
        for _ in range(size):
            await stream.__anext__()
        cpu += time.process_time() - cpu_start
        wall += time.monotonic() - wall_start
    await stream.aclose()
    print(f"{label:<40} {n:9d} {cpu * 1e6 / n:12.2f} {n / wall:12.0f}")


async def streams(sim, sdk, n, chunk):
    client = sdk.AsyncClient(sim.url, api_key=ADMIN_KEY)
    print(f"\n{'path (Python SDK)':<40} {'events':>9} {'CPU us/event':>12} {'events/s':>12}")
    await stream_path(
        sim, client, "subscribe_delivery (raw pushes)",
        lambda c, e: c.subscribe_delivery(f"exec_events:{e}"), n, chunk)
    await stream_path(
        sim, client, "follow_execution_events (JSON events)",
        lambda c, e: c.follow_execution_events(e), n, chunk)


def rest(sim, sdk, rows):
    sim.create_executions(rows, "Failed")
    client = sdk.Client(sim.url, api_key=ADMIN_KEY, tenant="public")
    cpu = time.process_time()
    wall = time.monotonic()
    seen = sum(1 for _ in client.iterate_executions(page_size=1000))
    cpu = time.process_time() - cpu
    wall = time.monotonic() - wall
    print(f"\niterate_executions(page_size=1000): {cpu * 1e6 / max(1, seen):.2f} us CPU/row  "
          f"client CPU {cpu:.3f} s for {seen} rows; wall {wall:.2f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdk", required=True, help="directory holding the cloacina_client package")
    parser.add_argument("--sim", required=True, help="the cloacina-sim program")
    parser.add_argument("--events", type=int, default=100000)
    parser.add_argument("--chunk", type=int, default=10000)
    parser.add_argument("--rows", type=int, default=100000)
    args = parser.parse_args()
    sys.path.insert(0, args.sdk)
    try:
        import cloacina_client as sdk
    except ImportError as missing:
        print(f"sdk_bench.py: cannot load the Python SDK from {args.sdk}: {missing}", file=sys.stderr)
        return 3
    print(f"Python {sys.version.split()[0]}, cloacina-client {sdk.__version__}")
    for job in ("stream", "rest"):
        sim = Sim(args.sim)  # a fresh simulator per job, as the C++ benches have
        try:
            if job == "stream":
                asyncio.run(streams(sim, sdk, args.events, max(1, args.chunk)))
            else:
                rest(sim, sdk, args.rows)
        finally:
            sim.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
