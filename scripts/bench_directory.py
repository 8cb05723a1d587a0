#!/usr/bin/env python3
"""The directory query at scale: "service type + open now + near, page of 20" over 50,000 listings.

For each database (a SQLite file in a temporary folder; PostgreSQL at 127.0.0.1:5432 when it
answers, in a throwaway database created here and dropped after), this migrates, bulk-seeds
listings spread over Missouri (most around the cities, the rest anywhere) with varied hours,
closures and service types, then calls the list view directly (no response cache, no
middleware: the API layer itself, rendered to JSON), warm, with a different point and time on
each request. Prints p50/p95/max in ms, queries per request and how many listings matched;
fails when a query that must match (a common type around Kansas City or St. Louis) matches
nothing. Goal: p95 <= 30 ms for type + open now + near, <= 50 ms for the others. A count that
depends on the content alone is kept until the next edit (views.counted): the whole-state
query is measured both ways, its count kept and not.

    .venv/bin/python scripts/bench_directory.py
    .venv/bin/python scripts/bench_directory.py --database-url sqlite --listings 50000
    .venv/bin/python scripts/bench_directory.py --database-url postgres://postgres@127.0.0.1:5432/
"""

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.support.servers import (  # noqa: E402 - the repository's root is on the path now
    LOCAL_POSTGRES,
    postgres_unavailable,
    throwaway_postgres,
)

GOAL_P95_MS = 50
GOAL_NEAR_P95_MS = 30  # type + open now + near, the query of "near me"
# Half the listings are anywhere in the state's box, half around its cities (a spread of about
# 30 km), shared roughly by population: the busiest "near" query, downtown St. Louis or Kansas
# City, has a few thousand places within 25 km.
CITIES = [
    ("Kansas City", 39.0997, -94.5786, 0.30),
    ("St. Louis", 38.6270, -90.1994, 0.34),
    ("Springfield", 37.2090, -93.2923, 0.11),
    ("Columbia", 38.9517, -92.3341, 0.08),
    ("Jefferson City", 38.5767, -92.1735, 0.05),
    ("Joplin", 37.0842, -94.5133, 0.05),
    ("St. Joseph", 39.7675, -94.8467, 0.04),
    ("Cape Girardeau", 37.3059, -89.5181, 0.03),
]
IN_CITIES = 0.5
CITY_SPREAD = (0.27, 0.34)  # degrees of latitude, longitude: about 30 km each way
MISSOURI = ((36.5, 40.6), (-95.7, -89.2))
# Weekly patterns: (weekdays, opens, closes, attendance); "24h" for around the clock.
PATTERNS = [
    ([1, 2, 3, 4, 5], "09:00", "17:00", "walk_in"),
    ([1, 2, 3, 4, 5], "08:00", "16:30", "appointment"),
    ([1, 2, 3, 4, 5, 6], "10:00", "18:00", "walk_in"),
    ([1, 3, 5], "12:00", "20:00", "walk_in"),
    ([5, 6], "21:00", "03:00", "walk_in"),  # overnight
    ([1, 2, 3, 4, 5, 6, 7], "20:00", "02:00", "walk_in"),
    ([1, 2, 3, 4, 5, 6, 7], "24h", "24h", "walk_in"),
    ([2, 4], "13:00", "19:00", "appointment"),
    ([6, 7], "11:00", "15:00", "walk_in"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        action="append",
        help="'sqlite' (a temporary file) or a PostgreSQL server URL; repeatable. "
        f"Default: sqlite, and {LOCAL_POSTGRES} when it answers.",
    )
    parser.add_argument("--listings", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one database
    args = parser.parse_args()
    if args.one:
        run_one(args.one, args)
        return
    unavailable = None if args.database_url else postgres_unavailable(LOCAL_POSTGRES)
    targets = args.database_url or ["sqlite"] + ([] if unavailable else [LOCAL_POSTGRES])
    if unavailable:
        print(f"SQLite only: PostgreSQL does not answer ({unavailable}).")
    failed = False
    for target in targets:
        with throwaway_database(target) as url:
            command = [sys.executable, __file__, "--one", url, "--listings", str(args.listings)]
            command += ["--requests", str(args.requests), "--seed", str(args.seed)]
            failed |= subprocess.run(command, cwd=ROOT).returncode != 0
    sys.exit(1 if failed else 0)


@contextmanager
def throwaway_database(target):
    """A database that exists only for this run: a SQLite file, or a PostgreSQL database."""
    if target.startswith("sqlite"):
        folder = tempfile.mkdtemp(prefix="turnto-bench-")
        try:
            yield f"sqlite:///{folder}/bench.sqlite3"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    else:
        with throwaway_postgres(target, prefix="turnto_bench_directory") as url:
            yield url


def run_one(url, args):
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "turnto.settings.test"
    sys.path.insert(0, str(ROOT / "backend"))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    vendor = connection.vendor
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    migrated = time.perf_counter()
    rng = random.Random(args.seed)
    seed(args.listings, rng)
    if vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # where autovacuum leaves a table after a bulk load
    seeded = time.perf_counter()
    print(
        f"\n{vendor}: {args.listings} listings; migrate {migrated - started:.1f} s, "
        f"seed {seeded - migrated:.1f} s; load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores (other work on the machine shows in the figures)"
    )
    scenarios = [
        ("service type + open now + near 25 km, page of 20", main_query, GOAL_NEAR_P95_MS),
        ("service type + open at (any hour of a week) + near 25 km", open_at_query, GOAL_P95_MS),
        ("open now + near 50 km, no type", wide_query, GOAL_P95_MS),
        ("service type only, whole state, page of 20", type_only_query, GOAL_P95_MS),
        (
            "the same, its count not yet kept (the first request after an edit)",
            type_only_query,
            GOAL_P95_MS,
            forget_counts,
        ),
    ]
    matched = [
        measure(label, make_params, args.requests, random.Random(args.seed + 1), goal, *before)
        for label, make_params, goal, *before in scenarios
    ]
    if not all(matched):
        sys.exit(1)


def seed(count, rng):
    """Listings as plain rows, inserted in batches: seconds, not minutes, for 50,000."""
    from datetime import date, timedelta

    from django.utils import timezone

    from wagtail.models import Site

    from turnto.directory.models import (
        DAY_FIELDS,
        Closure,
        Location,
        Organization,
        Phone,
        Schedule,
        Service,
        ServiceType,
    )

    types = list(ServiceType.objects.values_list("id", "slug"))
    common = [pk for pk, slug in types if slug in {"naloxone", "test-strips", "syringe-services"}]
    organizations = [uuid.uuid4() for _ in range(max(count // 50, 1))]
    rows = {model: [] for model in (Location, Service, Phone, Schedule, Closure)}
    tags = []
    today, now = date.today(), timezone.now()
    for number in range(count):
        organization = organizations[number % len(organizations)]
        latitude, longitude = place(rng)
        location, service = uuid.uuid4(), uuid.uuid4()
        rows[Location].append(
            {
                "id": location,
                "organization_id": organization,
                "name": f"Site {number} (example)",
                "city": "Benchville",
                "latitude": round(latitude, 6),
                "longitude": round(longitude, 6),
                "timezone": "America/New_York" if rng.random() < 0.03 else "America/Chicago",
            }
        )
        rows[Service].append(
            {
                "id": service,
                "organization_id": organization,
                "location_id": location if rng.random() > 0.02 else None,
                "name": f"Bench listing {number:05d} (example)",
                "description": "A generated listing for the directory benchmark.",
                "status": "active" if rng.random() > 0.05 else "temporarily closed",
                "is_free": rng.random() < 0.6,
                "languages": "en, es" if rng.random() < 0.2 else "en",
                "assured_date": today - timedelta(days=rng.randrange(400)),
                "updated_at": now,
            }
        )
        chosen = {rng.choice(common)} if rng.random() < 0.45 else set()
        chosen |= {rng.choice(types)[0] for _ in range(rng.randrange(1, 3))}
        tags += [{"service_id": service, "servicetype_id": pk} for pk in chosen]
        rows[Phone].append({"service_id": service, "number": f"573-555-01{number % 100:02d}"})
        for days, opens, closes, attendance in rng.sample(PATTERNS, rng.choice([1, 1, 2])):
            # One row per span of hours, its days ticked, as an editor enters them.
            hours = {"open_all_day": True}
            if opens != "24h":
                hours = {
                    "opens_at": time_of(opens),
                    "closes_at": time_of(closes),
                    "closes_after_midnight": closes <= opens,
                }
            ticked = {day: number in days for number, day in enumerate(DAY_FIELDS, 1)}
            rows[Schedule].append(
                {"service_id": service, "attendance": attendance, **ticked, **hours}
            )
        if rng.random() < 0.05:
            first = today + timedelta(days=rng.randrange(-3, 10))
            rows[Closure].append(
                {
                    "service_id": service,
                    "valid_from": first,
                    "valid_to": first + timedelta(days=rng.randrange(3)),
                    "closed": True,
                    "note": "Generated closure",
                }
            )
    insert(
        Organization,
        [
            {"id": pk, "name": f"Bench organization {n} (example)"}
            for n, pk in enumerate(organizations)
        ],
    )
    for model, model_rows in rows.items():
        insert(model, model_rows)
    insert(Service.service_types.through, tags)
    # Every listing on every site, as the migration put listings before sites were chosen:
    # the benchmark's requests find the default site.
    sites = list(Site.objects.values_list("pk", flat=True))
    links = [{"service_id": row["id"], "site_id": pk} for row in rows[Service] for pk in sites]
    insert(Service.sites.through, links)


def time_of(text):
    from datetime import time

    return time.fromisoformat(text)


def insert(model, rows, batch=2000):
    """INSERT the rows (dicts by attname; other columns take their defaults) in batches,
    each value prepared by its field as Django's own inserts do."""
    from django.db import connection, transaction

    fields = [
        field
        for field in model._meta.concrete_fields
        if not field.generated
        and not (field.primary_key and field.get_internal_type().endswith("AutoField"))
    ]
    unknown = set().union(*rows) - {field.attname for field in fields} if rows else set()
    if unknown:  # a seed naming a field the model no longer has would seed nothing
        raise ValueError(f"{model.__name__} has no field {', '.join(sorted(unknown))}")
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
    values = [
        [
            field.get_db_prep_save(
                row[field.attname] if field.attname in row else field.get_default(), connection
            )
            for field in fields
        ]
        for row in rows
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(values), batch):
            cursor.executemany(sql, values[start : start + batch])


def place(rng):
    if rng.random() < IN_CITIES:
        _, latitude, longitude, _ = rng.choices(CITIES, weights=[c[3] for c in CITIES])[0]
        return rng.gauss(latitude, CITY_SPREAD[0]), rng.gauss(longitude, CITY_SPREAD[1])
    return rng.uniform(*MISSOURI[0]), rng.uniform(*MISSOURI[1])


# Around these two (thousands of listings within 25 km, a tenth of them open around the
# clock) a query for a common type must find something at any hour: if it finds nothing, the
# seed or the query is broken, and the benchmark is measuring empty answers.
BIG_CITIES = {"Kansas City", "St. Louis"}


def visitor_point(rng):
    """(latitude, longitude, whether a query there must match something)."""
    if rng.random() < 0.8:
        name, latitude, longitude, _ = rng.choice(CITIES)
        return (
            latitude + rng.uniform(-0.1, 0.1),
            longitude + rng.uniform(-0.1, 0.1),
            name in BIG_CITIES,
        )
    return rng.uniform(*MISSOURI[0]), rng.uniform(*MISSOURI[1]), False


def main_query(rng):
    latitude, longitude, must_match = visitor_point(rng)
    kind = rng.choice(["naloxone", "naloxone", "test-strips", "syringe-services"])
    params = {
        "service_type": kind,
        "open_now": "true",
        "near": f"{latitude:.2f},{longitude:.2f}",  # the browser rounds to about 1 km
        "radius": "25",
        "page_size": "20",
    }
    return params, must_match


def open_at_query(rng):
    params, must_match = main_query(rng)
    del params["open_now"]
    hour = rng.randrange(7 * 24)
    params["open_at"] = f"2026-11-{16 + hour // 24:02d}T{hour % 24:02d}:{rng.randrange(60):02d}"
    return params, must_match


def wide_query(rng):
    params, must_match = main_query(rng)
    del params["service_type"]
    params["radius"] = "50"
    return params, must_match


def type_only_query(rng):
    return {"service_type": rng.choice(["naloxone", "moud", "prep"]), "page_size": "20"}, True


def forget_counts():
    """The counts the list view keeps until the next edit (views.counted), forgotten."""
    from turnto.core.page_tree import request_pages

    request_pages().tree.memo.pop("directory:counts", None)


def measure(label, make_params, requests, rng, goal_ms, before=None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from rest_framework.test import APIRequestFactory

    from turnto.directory.api.views import ServiceListView

    factory, view = APIRequestFactory(), ServiceListView.as_view()

    def call(params):
        response = view(factory.get("/api/directory/services/", params))
        response.render()
        assert response.status_code == 200, response.content[:300]
        return json.loads(response.content)

    for _ in range(20):  # warm: connection, caches, the database's pages
        call(make_params(rng)[0])
    timings, counts, queries, empty, asked = [], [], set(), [], []
    for _ in range(requests):
        params, must_match = make_params(rng)
        if before:
            before()
        started = time.perf_counter()
        data = call(params)
        timings.append((time.perf_counter() - started) * 1000)
        asked.append(params)
        counts.append(data["count"])
        if must_match and not data["count"]:
            empty.append(params)
    # Queries are counted on a pass of their own: Django's debug cursor, which counts them,
    # formats and keeps every query (about 2 ms a request), and would be timed with them.
    for params in asked[:50]:
        with CaptureQueriesContext(connection) as captured:
            call(params)
        queries.add(len(captured))
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    verdict = "ok" if p95 <= goal_ms else f"over the {goal_ms} ms goal"
    print(
        f"  {label}:\n"
        f"    p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
        f"max {timings[-1]:.1f} ms ({verdict}); queries per request: "
        f"{', '.join(map(str, sorted(queries)))}\n"
        f"    matches: min {min(counts)}, median {statistics.median(counts):.0f}, "
        f"max {max(counts)}; {counts.count(0)} of {len(counts)} requests matched nothing"
    )
    if empty:
        print(
            f"    FAILED: {len(empty)} queries that must match (a common type around a big city)"
            f" matched nothing, e.g. {empty[0]}"
        )
    return not empty


if __name__ == "__main__":
    main()
