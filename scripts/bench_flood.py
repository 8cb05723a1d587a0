#!/usr/bin/env python3
"""`make bench`'s load check: a visitor's cached crisis page while another client floods the
server with pages that must be drawn.

Seeds a throwaway database (PostgreSQL when it answers, else SQLite), starts gunicorn with the
production settings, and then, for each setting compared:
- a flood: wrk with 64 connections and a real session cookie (a signed-in editor's: the one
  thing that still makes a page uncached; a made-up cookie or parameter is answered from the
  cache or redirected), asking for drawn pages in turn;
- meanwhile a visitor without cookies asks for a cached page, one request after another, and
  its latencies are measured: p50, p99, max.

  limited:   production's limit on concurrent drawings per process (website.views), the page
             for the browser to draw beyond it after 0.25 s
  unlimited: every request waits for its turn to draw (as before issue 21)
  nginx:     the limit, with nginx from deploy/nginx/turnto.conf.template in front, as in
             production: its per-address limits (limit_conn, limit_req) hold the flooding
             address back. The visitor comes from another address (127.0.0.2), as a visitor
             does; the flood's refused requests (429) are counted apart.

Goal: the visitor's p99 under 100 ms as production serves it (nginx).
"""

import argparse
import contextlib
import http.client
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import (  # noqa: E402
    ALTERNATE_LUA,
    ROOT,
    parse_wrk,
    postgres_unavailable,
    session_cookie,
    start_server,
    throwaway_postgres,
)

from tests.support.servers import start_nginx_site, stop  # noqa: E402

FLOOD_PATHS = ["/", "/what-is-harm-reduction/", "/resource-guide/kansas-city/", "/safety/"]
VISITOR_PATH = "/what-is-harm-reduction/"
GOAL_MS = 100
VISITOR_ADDRESS = "127.0.0.2"  # the flood comes from 127.0.0.1


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def visitor(port, seconds, host_port=None):
    """Latencies (ms) of one visitor's cached page, asked again and again for `seconds`, from
    another loopback address than the flood's."""
    headers = {"Host": f"localhost:{host_port or port}", "X-Forwarded-Proto": "https"}
    latencies, statuses, misses = [], {}, 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        connection = http.client.HTTPConnection(
            "127.0.0.1", port, timeout=30, source_address=(VISITOR_ADDRESS, 0)
        )
        began = time.perf_counter()
        connection.request("GET", VISITOR_PATH, headers=headers)
        response = connection.getresponse()
        response.read()
        latencies.append((time.perf_counter() - began) * 1000)
        statuses[response.status] = statuses.get(response.status, 0) + 1
        misses += response.getheader("X-Cache") != "hit"
        connection.close()
        time.sleep(0.02)
    return latencies, statuses, misses


def flood_and_measure(port, cookie, work, args, host_port=None):
    """The flood sent to `port` (gunicorn's, or nginx's in front of it) and the visitor's
    latencies meanwhile; `host_port`: the port the sites are named with (gunicorn's)."""
    host_port = host_port or port
    lua = work / "alternate.lua"
    lua.write_text(ALTERNATE_LUA)
    for _ in range(2):  # the visitor's page in the cache
        visitor(port, 0.2, host_port)
    command = [
        "wrk",
        "-t2",
        f"-c{args.connections}",
        f"-d{args.seconds + 4}s",
        "--latency",
        "--timeout",
        "30s",
        "-H",
        f"Host: localhost:{host_port}",
        "-H",
        "X-Forwarded-Proto: https",
        "-H",
        f"Cookie: {cookie}",
        "-s",
        str(lua),
        f"http://127.0.0.1:{port}{FLOOD_PATHS[0]}",
        "--",
        *FLOOD_PATHS,
    ]
    flood = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    time.sleep(2)  # the flood under way
    latencies, statuses, misses = visitor(port, args.seconds, host_port)
    out, _ = flood.communicate()
    return {
        "visitor": {
            "requests": len(latencies),
            "p50": percentile(latencies, 0.5),
            "p99": percentile(latencies, 0.99),
            "max": max(latencies),
            "statuses": statuses,
            "misses": misses,
        },
        "flood": parse_wrk(out),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--modes", nargs="+", default=["unlimited", "limited", "nginx"])
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument(
        "--drawings", type=int, help="pages one process draws at once in limited and nginx"
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install wrk).")
    results = {}
    with contextlib.ExitStack() as cleanup:
        work = Path(tempfile.mkdtemp(prefix="turnto-flood-"))
        cleanup.callback(shutil.rmtree, work, ignore_errors=True)
        if not args.sqlite and postgres_unavailable() is None:
            database_url = cleanup.enter_context(throwaway_postgres(prefix="turnto_flood"))
        else:
            database_url = f"sqlite:///{work / 'bench.sqlite3'}"
        seed = True
        for mode in args.modes:
            extra = {"BENCH_SECRET_KEY": "bench-flood-" + "x" * 40}
            if args.drawings and mode != "unlimited":
                extra["BENCH_CONCURRENT_DRAWINGS"] = str(args.drawings)
            if mode == "unlimited":
                extra |= {
                    "BENCH_CONCURRENT_DRAWINGS": "1000",
                    "BENCH_FIRST_VIEW_WAIT_SECONDS": "30",
                }
            with contextlib.ExitStack() as server_cleanup:
                port, env, _ = start_server(database_url, work, server_cleanup, extra, seed=seed)
                seed = False
                cookie = session_cookie(env)
                print(f"{mode}: {args.connections} connections flooding drawn pages...", flush=True)
                front = port
                if mode == "nginx":
                    nginx, url = start_nginx_site(
                        work / "nginx",
                        f"http://127.0.0.1:{port}",
                        ROOT / "frontend" / "dist",
                        work / "media",
                    )
                    server_cleanup.callback(stop, nginx)
                    front = int(url.rsplit(":", 1)[1])
                results[mode] = flood_and_measure(front, cookie, work, args, host_port=port)
                seen = results[mode]["visitor"]
                print(
                    f"  visitor's cached page: p50 {seen['p50']:.1f} ms, p99 {seen['p99']:.1f} ms,"
                    f" max {seen['max']:.0f} ms over {seen['requests']} requests "
                    f"{seen['statuses']}; flood {results[mode]['flood']['rps']:.0f} req/s, "
                    f"p99 {results[mode]['flood']['p99']:.0f} ms",
                    flush=True,
                )
    print("\n| mode | visitor p50 | visitor p99 | visitor max | visitor answers | flood req/s |")
    print("|---|---|---|---|---|---|")
    for mode, figures in results.items():
        seen = figures["visitor"]
        print(
            f"| {mode} | {seen['p50']:.1f} ms | {seen['p99']:.1f} ms | {seen['max']:.0f} ms | "
            f"{seen['statuses']} | {figures['flood']['rps']:.0f} |"
        )
    for mode in ("nginx", "limited"):
        if mode not in results:
            continue
        p99 = results[mode]["visitor"]["p99"]
        verdict = "ok" if p99 < GOAL_MS else "MISSED"
        print(
            f"\nGoal ({mode}): the visitor's p99 under a flood < {GOAL_MS} ms: "
            f"{p99:.1f} ms, {verdict}"
        )
        break


if __name__ == "__main__":
    main()
