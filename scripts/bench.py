#!/usr/bin/env python3
"""`make bench`: the API under load, served the way production serves it.

Seeds a throwaway database (PostgreSQL at 127.0.0.1:5432 when it answers, else SQLite) with the
demo sites, starts gunicorn with the production settings and deploy/gunicorn.conf.py (Redis as
the cache when it answers), and measures each request with wrk: requests per second and the
p50/p99 latency. A trivial JSON view on the same gunicorn (/api/ping/) is the framework's floor;
every figure is also given as a ratio to it. Then 200 connections for 60 s must see no error.

Cached: answers from the response cache (what visitors get almost always). Uncached: the same
request with a cookie, which the cache never answers, so the page is rendered every time.
"""

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.support.servers import (  # noqa: E402 - the repository's root is on the path now
    ServerDidNotStart,
    free_port,
    port_open,
    postgres_unavailable,
    stop,
    throwaway_postgres,
    wait_for_url,
)

PYTHON = sys.executable
GUNICORN = Path(PYTHON).with_name("gunicorn")

TARGETS = [
    # label, path, cached?
    ("floor: trivial JSON view", "/api/ping/", False),
    ("site shell, cached", "/api/v2/site/", True),
    ("page find+detail, cached", "/api/v2/pages/find/?html_path=/what-is-harm-reduction/", True),
    (
        "directory list, cached",
        "/api/directory/services/?city=Kansas+City&service_type=naloxone&open_now=true",
        True,
    ),
    ("site shell, uncached", "/api/v2/site/", False),
    ("page find+detail, uncached", "/api/v2/pages/find/?html_path=/what-is-harm-reduction/", False),
    (
        "directory list, uncached",
        "/api/directory/services/?city=Kansas+City&service_type=naloxone&open_now=true",
        False,
    ),
]


def parse_wrk(output):
    """Requests/s, p50 and p99 in ms, and errors from wrk --latency's report."""

    def ms(label):
        found = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        if not found:
            return None
        value, unit = float(found.group(1)), found.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return {"rps": rate, "p50": ms("50"), "p99": ms("99"), "requests": total, "errors": errors}


def wrk(url, host, *, cached, seconds, connections, threads=2):
    headers = ["-H", f"Host: {host}", "-H", "X-Forwarded-Proto: https"]
    if not cached:
        headers += ["-H", "Cookie: bench=uncached"]
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "--timeout",
        "10s",
        *headers,
        url,
    ]
    return parse_wrk(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def serve_and_measure(args, database_url, work, cleanup):
    """Seed the database, start gunicorn (stopped by `cleanup`, an ExitStack) and run wrk."""
    port = free_port()
    host = f"localhost:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "turnto.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": database_url,
        "TURNTO_VAR_DIR": str(work),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_LOG_LEVEL": "warning",
        "PYTHONPATH": str(ROOT / "backend"),
    }
    env.pop("REDIS_URL", None)
    if port_open(6379):
        env["REDIS_URL"] = "redis://127.0.0.1:6379/13"
        env["CACHE_KEY_PREFIX"] = f"bench-{port}"
    manage = [PYTHON, str(ROOT / "backend" / "manage.py")]
    kind = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    print(f"Seeding {kind} with the demo sites...")
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)
    subprocess.run(
        [*manage, "load_demo", "--port", str(port)], env=env, check=True, stdout=subprocess.DEVNULL
    )
    server = subprocess.Popen(
        [str(GUNICORN), "-c", str(ROOT / "deploy" / "gunicorn.conf.py"), "turnto.wsgi:application"],
        env=env,
        cwd=ROOT / "backend",
    )
    cleanup.callback(stop, server, timeout=30)
    try:
        wait_for_url(f"http://127.0.0.1:{port}/healthz", 60, process=server)
    except ServerDidNotStart as problem:
        sys.exit(f"gunicorn did not start: {problem}")
    results = {}
    workers = os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1)
    print(
        f"gunicorn (production settings, {workers} workers, "
        f"cache: {'Redis' if 'REDIS_URL' in env else 'files'}) on port {port}"
    )
    for label, path, cached in TARGETS:
        url = f"http://127.0.0.1:{port}{path}"
        # Warm: renditions made, the cache filled, every worker's connections open.
        wrk(url, host, cached=cached, seconds=5, connections=args.connections)
        results[label] = wrk(
            url, host, cached=cached, seconds=args.seconds, connections=args.connections
        )
        print(f"  {label:32} {results[label]['rps']:8.0f} req/s")
    soak_url = f"http://127.0.0.1:{port}{TARGETS[2][1]}"
    print(f"Soak: {args.soak_connections} connections for {args.soak_seconds} s...")
    soak = wrk(
        soak_url,
        host,
        cached=True,
        seconds=args.soak_seconds,
        connections=args.soak_connections,
    )
    return env, results, soak


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="each measured request")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--soak-seconds", type=int, default=60)
    parser.add_argument("--soak-connections", type=int, default=200)
    parser.add_argument("--sqlite", action="store_true", help="SQLite even if PostgreSQL answers")
    parser.add_argument("--output", default=str(ROOT / "var" / "bench"))
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install wrk; make bench installs it).")

    unavailable = None if args.sqlite else postgres_unavailable()
    use_postgres = not args.sqlite and unavailable is None
    if unavailable:
        print(f"SQLite: PostgreSQL does not answer ({unavailable}).")
    with contextlib.ExitStack() as cleanup:
        work = Path(tempfile.mkdtemp(prefix="turnto-bench-"))
        cleanup.callback(shutil.rmtree, work, ignore_errors=True)
        if use_postgres:
            database_url = cleanup.enter_context(throwaway_postgres(prefix="turnto_bench"))
        else:
            database_url = f"sqlite:///{work / 'bench.sqlite3'}"
        env, results, soak = serve_and_measure(args, database_url, work, cleanup)

    floor = results[TARGETS[0][0]]["rps"]
    lines = [
        f"Database: {'PostgreSQL' if use_postgres else 'SQLite'}; cache: "
        f"{'Redis' if 'REDIS_URL' in env else 'files'}; wrk {args.connections} "
        f"connections, {args.seconds} s each; {os.cpu_count()} CPU cores.",
        "",
        "| request | req/s | p50 ms | p99 ms | × floor | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, figures in results.items():
        lines.append(
            f"| {label} | {figures['rps']:.0f} | {figures['p50']:.1f} | {figures['p99']:.1f} "
            f"| {figures['rps'] / floor:.2f} | {figures['errors']} |"
        )
    lines += [
        "",
        f"Soak, page find+detail cached: {args.soak_connections} connections for "
        f"{args.soak_seconds} s: {soak['requests']} requests, {soak['rps']:.0f} req/s, "
        f"p50 {soak['p50']:.1f} ms, p99 {soak['p99']:.1f} ms, errors: {soak['errors']}.",
    ]
    summary = "\n".join(lines)
    print("\n" + summary)
    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    (output / "summary.md").write_text(summary + "\n")
    (output / "results.json").write_text(json.dumps({"results": results, "soak": soak}, indent=2))
    cached_ratio = min(results[label]["rps"] for label, _, c in TARGETS[1:] if c) / floor
    uncached_page = results["page find+detail, uncached"]["rps"] / floor
    print(
        f"\nGoals: cached API ≥ 0.7 × floor: {cached_ratio:.2f} "
        f"({'met' if cached_ratio >= 0.7 else 'NOT met'}); uncached page ≥ 0.2 × floor: "
        f"{uncached_page:.2f} ({'met' if uncached_page >= 0.2 else 'NOT met'}); "
        f"soak errors: {soak['errors']} ({'met' if soak['errors'] == 0 else 'NOT met'})."
    )


if __name__ == "__main__":
    main()
