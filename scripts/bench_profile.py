#!/usr/bin/env python3
"""Where an uncached request's time goes, in one process: `make bench`'s figures explained.

    .venv/bin/python scripts/bench_profile.py [--postgres] [PATH ...] [-n 200] [--cprofile 30]

Each path is asked `-n` times through the whole middleware with a cookie (so the response
cache never answers, as `make bench`'s "uncached"), after 20 unmeasured requests; the paths
are asked in turn, so that the machine's drift falls on all of them alike. A stock
Wagtail find (scripts/bench_urls.py) is followed by the detail it redirects to, counted as one
page. Printed per path: the median and lower quartile in ms, then the time of its parts (the
page's lookup, each serializer field, each API answer a drawn page asks for, the V8 calls), then
every database query with the code that made it. `--cprofile N` adds cProfile's N costliest
functions.

The database is DATABASE_URL's, else var/db.sqlite3 (`make demo`); with --postgres, a throwaway
PostgreSQL database with the demo sites, as `make bench` makes one. The settings are the bench
server's (production's, scripts/bench_settings.py); Redis is the cache when REDIS_URL is set.
Without a path: our find and stock Wagtail's for the four pages `make bench` compares, and the
pages it draws.
"""

import argparse
import contextlib
import cProfile
import functools
import os
import pstats
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "backend"), str(ROOT / "scripts")]

from bench import PAGES, STOCK_API, find_path  # noqa: E402

from tests.support.servers import throwaway_postgres  # noqa: E402

PARTS = defaultdict(float)  # this request's time per part, in seconds


def timed(owner, name, label):
    """Adds the time of owner.name's calls to PARTS[label] (a label may use the call's
    arguments: a function of them)."""
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            PARTS[label(*args) if callable(label) else label] += time.perf_counter() - start

    setattr(owner, name, wrapper)


def instrument():
    """The parts worth naming: the page's lookup, each serializer field, the drawn page's
    in-process API answers and its V8 calls."""
    from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

    from turnto.core.api.views import TurnToPagesAPIViewSet
    from turnto.website import first_view

    timed(TurnToPagesAPIViewSet, "find_object", "ours: find_object (page tree + page query)")
    timed(PagesAPIViewSet, "find_object", "stock: find_object (route, then exists())")
    timed(BaseAPIViewSet, "get_object", "stock: detail's get_object")
    timed(first_view, "api_answer", lambda request, url: f"drawn: API answer {url.split('?')[0]}")
    timed(first_view.engine, "call", "drawn: V8 (drawJson + fill)")
    get_serializer = BaseAPIViewSet.get_serializer

    def serializer_with_timed_fields(self, *args, **kwargs):
        serializer = get_serializer(self, *args, **kwargs)
        for name, field in serializer.fields.items():
            timed(field, "get_attribute", f"field {name}")
            timed(field, "to_representation", f"field {name}")
        return serializer

    BaseAPIViewSet.get_serializer = serializer_with_timed_fields


def query_origin():
    """Where a query comes from: the innermost frames of our code or Wagtail's."""
    frames = [
        f"{frame.filename.split('site-packages/')[-1].replace(str(ROOT) + '/', '')}:"
        f"{frame.lineno} {frame.name}"
        for frame in traceback.extract_stack()[:-3]
        if "/turnto/" in frame.filename or "/wagtail/" in frame.filename
    ]
    return " < ".join(reversed(frames[-2:]))


def log_query(queries, execute, sql, params, many, context):
    """A database execute wrapper: each query's table and origin into `queries`."""
    table = re.search(r'FROM "(\w+)"', sql)
    queries.append((table.group(1) if table else sql[:40], query_origin()))
    return execute(sql, params, many, context)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("-n", type=int, default=200, help="measured requests per path")
    parser.add_argument("--host", default="localhost:8000", help="the demo site's host")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N")
    parser.add_argument("--postgres", action="store_true", help="a throwaway database")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench_settings")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,.localhost")
    os.environ.setdefault("CACHE_KEY_PREFIX", f"bench-profile-{os.getpid()}")
    with contextlib.ExitStack() as cleanup:
        if args.postgres:
            os.environ["DATABASE_URL"] = cleanup.enter_context(
                throwaway_postgres(prefix="turnto_bench")
            )
            # The demo's images, renditions and cache files: thrown away too.
            os.environ["TURNTO_VAR_DIR"] = cleanup.enter_context(
                tempfile.TemporaryDirectory(prefix="turnto-bench-profile-")
            )
            os.environ["PYTHONPATH"] = os.pathsep.join(
                [str(ROOT / "backend"), str(ROOT / "scripts")]
            )
            port = args.host.rpartition(":")[2] or "80"
            manage = [sys.executable, str(ROOT / "backend" / "manage.py")]
            print("Seeding PostgreSQL with the demo sites...")
            subprocess.run([*manage, "migrate", "--noinput", "-v0"], check=True)
            subprocess.run(
                [*manage, "load_demo", "--port", port], check=True, stdout=subprocess.DEVNULL
            )
        profile_paths(args)
    sys.stdout.flush()
    # V8's threads (mini-racer) can keep an exiting interpreter waiting.
    os._exit(0)


def profile_paths(args):
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    instrument()
    client = Client(HTTP_HOST=args.host, HTTP_X_FORWARDED_PROTO="https")
    client.cookies["bench"] = "uncached"
    paths = args.paths or [
        path
        for _, page, _ in PAGES
        for path in (find_path("/api/v2/pages/", page), find_path(STOCK_API, page, "&fields=*"))
    ] + [page for _, page, drawn in PAGES if drawn]

    # Each path's requests: a stock find is followed by the detail it redirects to.
    groups = {}
    for path in paths:
        groups[path] = [path]
        if path.startswith(STOCK_API):
            groups[path].append(client.get(path)["Location"])
        for _ in range(20):
            for request in groups[path]:
                response = client.get(request)
                assert response.status_code in (200, 302), (request, response.status_code)
    # The paths in turn, request after request: the machine's drift falls on all of them.
    totals = {path: [] for path in paths}
    parts = {path: defaultdict(list) for path in paths}
    profiles = {path: cProfile.Profile() for path in paths} if args.cprofile else {}
    for _ in range(args.n):
        for path, requests in groups.items():
            PARTS.clear()
            profile = profiles.get(path)
            start = time.perf_counter()
            if profile:
                profile.enable()
            for request in requests:
                client.get(request)
            if profile:
                profile.disable()
            totals[path].append(time.perf_counter() - start)
            for label, seconds in PARTS.items():
                parts[path][label].append(seconds)

    for path, requests in groups.items():
        queries = []
        with connection.execute_wrapper(functools.partial(log_query, queries)):
            for request in requests:
                client.get(request)
        print(f"\n{' + '.join(requests)}")
        print(
            f"  {statistics.median(totals[path]) * 1000:6.2f} ms median, "
            f"{statistics.quantiles(totals[path], n=4)[0] * 1000:6.2f} ms lower quartile, "
            f"{len(queries)} queries"
        )
        medians = {label: statistics.median(times) for label, times in parts[path].items()}
        for label in sorted(medians, key=medians.get, reverse=True):
            if medians[label] >= 0.00005:
                print(f"    {medians[label] * 1000:6.2f} ms  {label}")
        for table, origin in queries:
            print(f"    query {table:32} {origin}")
        if path in profiles:
            pstats.Stats(profiles[path]).sort_stats("cumulative").print_stats(args.cprofile)
    connection.close()  # the throwaway database is dropped next


if __name__ == "__main__":
    main()
