#!/usr/bin/env python3
"""`make bench`: the API and the site's pages under load, served the way production serves them.

Seeds a throwaway database (PostgreSQL at 127.0.0.1:5432 when it answers, else SQLite) with the
demo sites, starts gunicorn with the production settings and deploy/gunicorn.conf.py (Redis as
the cache when it answers), and measures each request with wrk: requests per second and the
p50/p99 latency. A trivial JSON view on the same gunicorn (/api/ping/) is the framework's floor;
every figure is also given as a ratio to it. Then 200 connections for 60 s must see no error.

Cached: answers from the response cache (what visitors get almost always). Uncached: the same
request with a real session cookie (a signed-in editor's), which the cache never answers,
so the page is rendered every time.

Two parts, on the same gunicorn in one run:

1. The API: the site shell, a page, a directory list.
2. Four pages (home, a content page, the resource guide, a city), each:
   - as the server draws it for its own address (website.first_view: the front end's renderers
     in an embedded V8, the API's answers asked in-process), cached and uncached; not the
     resource guide, to keep the run short;
   - our `find` (/api/v2/pages/find/?html_path=), uncached;
   - stock Wagtail's, uncached. The server's settings are production's plus one URL conf
     (scripts/bench_settings.py, scripts/bench_urls.py) that mounts Wagtail's own
     `PagesAPIViewSet` at /bench/wagtail-api/v2/pages/. Its find answers a 302 to the page's
     detail address, which a client then asks for (with ?fields=*): wrk alternates the two,
     and a page is two of its requests.
   The three uncached requests are measured in turn, round after round, so that the
   machine's drift falls on all three alike.

scripts/bench_profile.py explains the uncached figures: where one request's time goes.
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

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
STOCK_API = "/bench/wagtail-api/v2/pages/"  # scripts/bench_urls.py
WHAT_IS = "/what-is-harm-reduction/"
KANSAS_CITY = "/resource-guide/kansas-city/"
DIRECTORY = "/api/directory/services/?city=Kansas+City&service_type=naloxone&open_now=true"
FLOOR = "floor: trivial JSON view"
PING = "/api/ping/"
# Part 2's ratios are to a floor measured just before it: this machine's speed drifts.
FLOOR_2 = "floor, before part 2"

API_TARGETS = [
    # label, path, cached?
    (FLOOR, PING, False),
    ("site shell, cached", "/api/v2/site/", True),
    ("page find+detail, cached", f"/api/v2/pages/find/?html_path={WHAT_IS}", True),
    ("directory list, cached", DIRECTORY, True),
    ("site shell, uncached", "/api/v2/site/", False),
    ("page find+detail, uncached", f"/api/v2/pages/find/?html_path={WHAT_IS}", False),
    ("directory list, uncached", DIRECTORY, False),
]
# Part 2's pages: label, path, and whether the server's drawing of it is measured too.
PAGES = [
    ("home", "/", True),
    ("content: What is harm reduction?", WHAT_IS, True),
    ("resource guide", "/resource-guide/", False),
    ("city: Kansas City", KANSAS_CITY, True),
]
# Lua for wrk: each thread asks for the paths it is given in turn (stock Wagtail: find, detail).
ALTERNATE_LUA = """
local paths = {}
local n = 0
init = function(args) paths = args end
request = function()
  n = n + 1
  return wrk.format(nil, paths[(n - 1) % #paths + 1])
end
"""


def find_path(api, html_path, extra=""):
    return f"{api}find/?html_path={quote(html_path)}{extra}"


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


class Server:
    """The bench's gunicorn, as wrk and a probe reach it."""

    def __init__(self, port, args, lua, session):
        self.port = port
        self.host = f"localhost:{port}"
        self.args = args
        self.lua = lua
        self.session = session

    def headers(self, cached):
        headers = {"Host": self.host, "X-Forwarded-Proto": "https"}
        if not cached:
            # A made-up cookie is answered from the cache like any visitor: a real session.
            headers["Cookie"] = self.session
        return headers

    def wrk(self, paths, *, cached, seconds, connections=None):
        """wrk on `paths` (a list: more than one are asked in turn)."""
        connections = connections or self.args.connections
        command = [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "--timeout",
            "10s",
        ]
        for name, value in self.headers(cached).items():
            command += ["-H", f"{name}: {value}"]
        command.append(f"http://127.0.0.1:{self.port}{paths[0]}")
        if len(paths) > 1:
            command[1:1] = ["-s", str(self.lua)]
            command += ["--", *paths]
        run = subprocess.run(command, check=True, capture_output=True, text=True)
        figures = parse_wrk(run.stdout)
        # The requests wrk left in flight are still being answered: about connections ÷ rate
        # seconds of work, which must not fall on the next measurement.
        time.sleep(min(3, connections / max(figures["rps"], 1)))
        return figures

    def measure(self, paths, *, cached):
        """Warmed first: renditions made, the cache filled, the connections open."""
        self.wrk(paths, cached=cached, seconds=self.args.warm_seconds)
        return self.wrk(paths, cached=cached, seconds=self.args.seconds)

    def get(self, path, *, cached):
        """(status, headers, body) of one GET, as wrk sends it."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers=self.headers(cached))
            response = connection.getresponse()
            return response.status, response, response.read()
        finally:
            connection.close()


def check(condition, message):
    if not condition:
        sys.exit(f"bench: {message}")


def measure_api(server, results):
    print("1. The API")
    for label, path, cached in API_TARGETS:
        status, _, _ = server.get(path, cached=cached)
        check(status == 200, f"{path} answered {status}")
        results[label] = server.measure([path], cached=cached)
        print(f"  {label:36} {results[label]['rps']:8.0f} req/s")


def check_drawn(server, path, *, cached):
    """The page's answer is drawn by the server, and the run measured what it says: the
    cache answers a visitor (a page is drawn again in a new minute, so a second look may be
    needed), and never a request with a cookie. Returns the answer's size."""
    status, response, body = server.get(path, cached=cached)
    check(status == 200, f"{path} answered {status}")
    check(
        b'id="turnto-shell"' in body and b'<body class="is-loading">' not in body,
        f"{path} was not drawn by the server (no first view in its body)",
    )
    got = response.getheader("X-Cache")
    if cached and got != "hit":
        got = server.get(path, cached=cached)[1].getheader("X-Cache")
    want = "hit" if cached else None
    check(got == want, f"{path} ({'cached' if cached else 'uncached'}): X-Cache {got}")
    return len(body)


def stock_requests(server, path):
    """Stock Wagtail's two requests for the page at `path`: its find (a 302), and the detail
    address the 302 names."""
    find = find_path(STOCK_API, path, "&fields=*")
    status, response, _ = server.get(find, cached=False)
    check(status == 302, f"stock Wagtail's {find} answered {status}, not a 302")
    detail = urlsplit(response.getheader("Location"))
    check(detail.path.startswith(STOCK_API), f"stock find redirected to {detail.path}")
    detail = f"{detail.path}?{detail.query}"
    status, _, _ = server.get(detail, cached=False)
    check(status == 200, f"stock Wagtail's {detail} answered {status}")
    return [find, detail]


def combined(rounds):
    """One figure from several rounds of the same request: the mean rate, the higher p50 and
    p99 of the rounds."""
    return {
        "rps": sum(r["rps"] for r in rounds) / len(rounds),
        "p50": max(r["p50"] for r in rounds),
        "p99": max(r["p99"] for r in rounds),
        "requests": sum(r["requests"] for r in rounds),
        "errors": sum(r["errors"] for r in rounds),
        "rounds": rounds,
    }


def measure_pages(server, results):
    """Per page: the drawn page cached; then, uncached, the drawn page, our find and stock
    Wagtail's find + detail in turn, round after round, so that the machine's drift (other work
    on it) falls on all three alike."""
    print("2. Pages: drawn by the server; our find and stock Wagtail's, uncached")
    results[FLOOR_2] = server.measure([PING], cached=False)
    print(f"  {FLOOR_2:48} {results[FLOOR_2]['rps']:8.0f} req/s")
    # Every worker loads the bundle into its V8 at its first drawing (about half a second):
    # done here, or the first run's waiting requests would measure it.
    server.wrk([path for _, path, drawn in PAGES if drawn], cached=False, seconds=3)
    for label, path, drawn in PAGES:
        uncached = {
            "ours": [find_path("/api/v2/pages/", path)],
            "stock": stock_requests(server, path),
        }
        status, _, _ = server.get(uncached["ours"][0], cached=False)
        check(status == 200, f"{uncached['ours'][0]} answered {status}")
        if drawn:
            results[f"drawn: {label}, cached"] = {
                **server.measure([path], cached=True),
                "bytes": check_drawn(server, path, cached=True),
            }
            check_drawn(server, path, cached=False)
            uncached = {"drawn": [path], **uncached}
        rounds = {kind: [] for kind in uncached}
        for paths in uncached.values():
            server.wrk(paths, cached=False, seconds=server.args.warm_seconds)
        for _ in range(server.args.rounds):
            for kind, paths in uncached.items():
                rounds[kind].append(
                    server.wrk(paths, cached=False, seconds=server.args.round_seconds)
                )
        for kind, paths in uncached.items():
            results[f"{kind}: {label}, uncached"] = {**combined(rounds[kind]), "paths": paths}
        # A page is two of the stock run's requests: the 302 and the detail.
        results[f"stock: {label}, uncached"]["pages_per_s"] = (
            results[f"stock: {label}, uncached"]["rps"] / 2
        )
        figures = [
            f"drawn {results[f'drawn: {label}, cached']['rps']:5.0f} cached, "
            f"{results[f'drawn: {label}, uncached']['rps']:4.0f} uncached; "
            if drawn
            else "",
            f"find {results[f'ours: {label}, uncached']['rps']:4.0f}, ",
            f"stock {results[f'stock: {label}, uncached']['pages_per_s']:4.0f} pages/s",
        ]
        print(f"  {label:33} {''.join(figures)}")


def start_server(database_url, work, cleanup, extra_env=None, seed=True):
    """Seed the database (unless `seed` is false: seeded already) and start gunicorn with the
    production settings (stopped by `cleanup`, an ExitStack): (port, env, process)."""
    port = free_port()
    env = {
        **os.environ,
        # Production's settings, with the URL conf that adds stock Wagtail's pages API.
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": database_url,
        "TURNTO_VAR_DIR": str(work),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_LOG_LEVEL": "warning",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "backend"), str(ROOT / "scripts")]),
        **(extra_env or {}),
    }
    env.pop("REDIS_URL", None)
    if port_open(6379):
        env["REDIS_URL"] = "redis://127.0.0.1:6379/13"
        env["CACHE_KEY_PREFIX"] = f"bench-{port}"
    manage = [PYTHON, str(ROOT / "backend" / "manage.py")]
    if seed:
        kind = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
        print(f"Seeding {kind} with the demo sites...")
        subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)
        subprocess.run(
            [*manage, "load_demo", "--port", str(port)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
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
    return port, env, server


def session_cookie(env):
    """A real session in the server's session store (as a signed-in editor has): the one
    thing that makes a request private, so its pages are drawn every time."""
    code = (
        "from importlib import import_module; from django.conf import settings; "
        "s = import_module(settings.SESSION_ENGINE).SessionStore(); s['bench'] = 1; "
        "s.create(); print(settings.SESSION_COOKIE_NAME + '=' + s.session_key)"
    )
    run = subprocess.run(
        [PYTHON, str(ROOT / "backend" / "manage.py"), "shell", "-c", code],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return run.stdout.strip().splitlines()[-1]


def serve_and_measure(args, database_url, work, cleanup):
    """Seed the database, start gunicorn (stopped by `cleanup`, an ExitStack) and run wrk."""
    started = time.monotonic()
    # The drawn pages' figures are of drawings: a request waits for its turn to draw rather
    # than getting the page for the browser to draw (production waits 0.25 s; the flood
    # check, scripts/bench_flood.py, measures that).
    port, env, _ = start_server(
        database_url, work, cleanup, {"BENCH_FIRST_VIEW_WAIT_SECONDS": "30"}
    )
    lua = work / "alternate.lua"
    lua.write_text(ALTERNATE_LUA)
    bench = Server(port, args, lua, session_cookie(env))
    workers = os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1)
    print(
        f"gunicorn (production settings, {workers} workers, "
        f"cache: {'Redis' if 'REDIS_URL' in env else 'files'}) on port {port}, "
        f"{time.monotonic() - started:.0f} s after seeding began"
    )
    results = {}
    measure_api(bench, results)
    measure_pages(bench, results)
    print(f"Soak: {args.soak_connections} connections for {args.soak_seconds} s...")
    soak = bench.wrk(
        [API_TARGETS[2][1]],
        cached=True,
        seconds=args.soak_seconds,
        connections=args.soak_connections,
    )
    return env, results, soak


def report(args, results, soak, setup):
    """The tables (Markdown) and the goals."""
    floor_1, floor_2 = results[FLOOR]["rps"], results[FLOOR_2]["rps"]
    lines = [
        setup,
        "",
        "1. The API",
        "",
        "| request | req/s | p50 ms | p99 ms | × floor | errors |",
        "| --- |" + " ---: |" * 5,
    ]
    for label, _, _ in API_TARGETS:
        figures = results[label]
        lines.append(
            f"| {label} | {figures['rps']:.0f} | {figures['p50']:.1f} | {figures['p99']:.1f} "
            f"| {figures['rps'] / floor_1:.2f} | {figures['errors']} |"
        )

    lines += [
        "",
        f"2. Pages, to the floor measured just before ({floor_2:.0f} req/s); uncached: "
        f"{args.rounds} rounds of {args.round_seconds} s, the page's requests in turn.",
        "",
        "Drawn by the server: the whole HTML answer for the page's own address; find: our "
        "`/api/v2/pages/find/?html_path=`.",
        "",
        "| page | cached req/s | × floor | uncached req/s | × floor | find, uncached req/s "
        "| drawn ÷ find |",
        "| --- |" + " ---: |" * 6,
    ]
    drawn_cached, drawn_vs_find, speedups, errors = {}, {}, {}, 0
    for label, _, drawn in PAGES:
        if not drawn:
            continue
        cached, uncached = results[f"drawn: {label}, cached"], results[f"drawn: {label}, uncached"]
        find = results[f"ours: {label}, uncached"]["rps"]
        drawn_cached[label] = cached["rps"] / floor_2
        drawn_vs_find[label] = uncached["rps"] / find
        errors += cached["errors"] + uncached["errors"]
        lines.append(
            f"| {label} | {cached['rps']:.0f} | {drawn_cached[label]:.2f} "
            f"| {uncached['rps']:.0f} | {uncached['rps'] / floor_2:.3f} | {find:.0f} "
            f"| {drawn_vs_find[label]:.2f} |"
        )
    lines += [
        "",
        "Our find against stock Wagtail's, uncached: its find (a 302), then the detail it "
        "names with ?fields=*, is one page.",
        "",
        "| page | ours pages/s | × floor | stock pages/s | × floor | ours ÷ stock |",
        "| --- |" + " ---: |" * 5,
    ]
    for label, _, _ in PAGES:
        ours, stock = results[f"ours: {label}, uncached"], results[f"stock: {label}, uncached"]
        speedups[label] = ours["rps"] / stock["pages_per_s"]
        errors += ours["errors"] + stock["errors"]
        lines.append(
            f"| {label} | {ours['rps']:.0f} | {ours['rps'] / floor_2:.3f} "
            f"| {stock['pages_per_s']:.0f} | {stock['pages_per_s'] / floor_2:.3f} "
            f"| **{speedups[label]:.2f}×** |"
        )
    lines += [
        "",
        f"Errors in part 2: {errors}. Soak, page find+detail cached: {args.soak_connections} "
        f"connections for {args.soak_seconds} s: {soak['requests']} requests, "
        f"{soak['rps']:.0f} req/s, p50 {soak['p50']:.1f} ms, p99 {soak['p99']:.1f} ms, "
        f"errors: {soak['errors']}.",
    ]

    def met(ok):
        return "met" if ok else "NOT met"

    def lowest(figures):
        label = min(figures, key=figures.get)
        return f"lowest {figures[label]:.2f} ({label})", figures[label]

    cached_api = min(results[label]["rps"] for label, _, c in API_TARGETS if c) / floor_1
    uncached_page = results["page find+detail, uncached"]["rps"] / floor_1
    goals = [
        f"cached API ≥ 0.7 × floor: {cached_api:.2f} ({met(cached_api >= 0.7)})",
        f"uncached page find ≥ 0.2 × floor: {uncached_page:.2f} ({met(uncached_page >= 0.2)})",
    ]
    for goal, figures, target in [
        ("cached drawn pages ≥ 0.7 × floor", drawn_cached, 0.7),
        ("uncached drawn pages at least as fast as uncached find", drawn_vs_find, 1),
        ("our find ≥ 3 × stock Wagtail's on every page", speedups, 3),
    ]:
        text, value = lowest(figures)
        goals.append(f"{goal}: {text} ({met(value >= target)})")
    goals.append(f"soak errors: {soak['errors']} ({met(soak['errors'] == 0)})")
    return "\n".join(lines), "\n".join(f"- {goal}" for goal in goals)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=5, help="each measured request")
    parser.add_argument("--warm-seconds", type=int, default=1, help="before each uncached one")
    parser.add_argument("--rounds", type=int, default=2, help="of each uncached page request")
    parser.add_argument("--round-seconds", type=int, default=3)
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
    began = time.monotonic()
    with contextlib.ExitStack() as cleanup:
        work = Path(tempfile.mkdtemp(prefix="turnto-bench-"))
        cleanup.callback(shutil.rmtree, work, ignore_errors=True)
        if use_postgres:
            database_url = cleanup.enter_context(throwaway_postgres(prefix="turnto_bench"))
        else:
            database_url = f"sqlite:///{work / 'bench.sqlite3'}"
        env, results, soak = serve_and_measure(args, database_url, work, cleanup)
        stopping = time.monotonic()
    print(
        f"gunicorn stopped and the database dropped in {time.monotonic() - stopping:.0f} s; "
        f"the whole run took {time.monotonic() - began:.0f} s."
    )

    setup = (
        f"Database: {'PostgreSQL' if use_postgres else 'SQLite'}; cache: "
        f"{'Redis' if 'REDIS_URL' in env else 'files'}; wrk {args.connections} connections, "
        f"{args.seconds} s each after {args.warm_seconds} s of warm-up; "
        f"{os.cpu_count()} CPU cores."
    )
    tables, goals = report(args, results, soak, setup)
    print(f"\n{tables}\n\nGoals:\n{goals}")
    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    (output / "summary.md").write_text(f"{tables}\n\nGoals:\n\n{goals}\n")
    (output / "results.json").write_text(json.dumps({"results": results, "soak": soak}, indent=2))


if __name__ == "__main__":
    main()
