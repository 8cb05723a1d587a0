#!/usr/bin/env python3
"""The memory of one gunicorn worker over many uncached drawings (website.first_view's V8).

Seeds a throwaway SQLite database with the demo sites, then, for each setting compared,
starts gunicorn with the production settings and one worker, asks it for N drawn pages in
turn (home, a content page, a city) with a real session cookie (so each is drawn, never
answered from the cache), and reads the worker's resident memory (RSS, /proc) every 1,000
drawings. Every answer is checked to be drawn by the server, not left to the browser.

  --collect-every 0     V8 left to collect when it likes (as before issue 21): neither every
                        N calls nor when idle
  --collect-every 500   V8 asked to collect every 500 calls (250 drawings), and when idle
                        after 200 calls (production's: website.first_view)

Usage: .venv/bin/python scripts/bench_v8_memory.py [--drawings 20000] [--collect-every 0 500]
"""

import argparse
import contextlib
import http.client
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import session_cookie, start_server  # noqa: E402

PATHS = ["/", "/what-is-harm-reduction/", "/resource-guide/kansas-city/"]


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def worker_of(master):
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return int(children[0])


def run(port, cookie, drawings, pid, clients=2):
    """Ask for `drawings` pages with `clients` connections; (samples, not drawn, seconds)."""
    samples = [(0, rss_mb(pid))]
    lock = threading.Lock()
    state = {"done": 0, "not_drawn": 0, "errors": 0}

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        headers = {"Host": f"localhost:{port}", "X-Forwarded-Proto": "https", "Cookie": cookie}
        while True:
            with lock:
                if state["done"] >= drawings:
                    return
                n = state["done"]
                state["done"] += 1
            try:
                connection.request("GET", PATHS[n % len(PATHS)], headers=headers)
                response = connection.getresponse()
                body = response.read()
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                with lock:
                    state["errors"] += 1
                continue
            with lock:
                if response.status != 200 or b'id="turnto-shell"' not in body:
                    state["not_drawn"] += 1
                if (n + 1) % 1000 == 0:
                    samples.append((n + 1, rss_mb(pid)))

    began = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    samples.append((drawings, rss_mb(pid)))
    return samples, state, time.monotonic() - began


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drawings", type=int, default=20000)
    parser.add_argument("--collect-every", type=int, nargs="+", default=[0, 500])
    args = parser.parse_args()
    results = {}
    with contextlib.ExitStack() as cleanup:
        work = Path(tempfile.mkdtemp(prefix="turnto-v8-memory-"))
        cleanup.callback(shutil.rmtree, work, ignore_errors=True)
        database_url = f"sqlite:///{work / 'bench.sqlite3'}"
        seed = True
        for every in args.collect_every:
            with contextlib.ExitStack() as server_cleanup:
                port, env, master = start_server(
                    database_url,
                    work,
                    server_cleanup,
                    {
                        "WEB_CONCURRENCY": "1",
                        "BENCH_V8_COLLECT_EVERY": str(every),
                        # "0": not when idle either; else production's idle collection.
                        **({} if every else {"BENCH_V8_IDLE_COLLECT_AFTER": "0"}),
                        "BENCH_FIRST_VIEW_WAIT_SECONDS": "30",
                        "BENCH_SECRET_KEY": "bench-v8-memory-" + "x" * 40,
                    },
                    seed=seed,
                )
                seed = False
                cookie = session_cookie(env)
                pid = worker_of(master.pid)
                print(f"collect every {every or 'never'}: {args.drawings} drawings...", flush=True)
                samples, state, seconds = run(port, cookie, args.drawings, pid)
                results[every] = (samples, state, seconds)
                first_thousand = dict(samples).get(1000, samples[0][1])
                print(
                    f"  RSS {samples[0][1]:.0f} MB at start, {first_thousand:.0f} MB after 1,000,"
                    f" {samples[-1][1]:.0f} MB after {args.drawings:,} (max "
                    f"{max(r for _, r in samples):.0f} MB); {state['not_drawn']} not drawn, "
                    f"{state['errors']} errors; {args.drawings / seconds:.0f} drawings/s",
                    flush=True,
                )
    print(
        f"\n| V8 collects | RSS start | after 1k | after {args.drawings:,} | max | growth 1k→end |"
    )
    print("|---|---|---|---|---|---|")
    for every, (samples, _state, _seconds) in results.items():
        after_1k = dict(samples).get(1000, samples[0][1])
        print(
            f"| {'every ' + str(every) + ' calls, and when idle' if every else 'when it likes'} | "
            f"{samples[0][1]:.0f} MB | {after_1k:.0f} MB | {samples[-1][1]:.0f} MB | "
            f"{max(r for _, r in samples):.0f} MB | {samples[-1][1] - after_1k:+.0f} MB |"
        )


if __name__ == "__main__":
    main()
