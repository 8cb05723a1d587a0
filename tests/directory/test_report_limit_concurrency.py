"""The report limit under simultaneous requests (directory.api.problem_reports.admit): five an
hour per address holds when sixty arrive at once, and a flood from many addresses does not
shut reporting off for an honest visitor.

Each request runs in its own thread with its own database connection, as gunicorn's threads
and workers do: on PostgreSQL only (an in-memory SQLite test database is one connection's)."""

import json
import threading
import uuid

from django.db import connection, connections
from django.test import Client

import pytest

from turnto.directory.models import ListingReport, ReportCounter, Service

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip(
            "The report limit's concurrency test needs PostgreSQL (set DATABASE_URL): an "
            "in-memory SQLite test database cannot be shared by threads."
        )


def in_threads(calls):
    """Run each call in its own thread, all released at once; their results in order."""
    results = [None] * len(calls)
    barrier = threading.Barrier(len(calls))

    def run(n, call):
        try:
            barrier.wait()
            results[n] = call()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n, call)) for n, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.fixture
def listing(postgres):
    # Committed by the seeding, so every thread's connection sees it.
    service = Service.objects.filter(status="active").order_by("name").first()
    marker = f"concurrency {uuid.uuid4()}"
    yield service, marker

    def clean():  # what the threads committed, outside this test's transaction
        ListingReport.objects.filter(message__startswith=marker).delete()
        ReportCounter.objects.all().delete()

    in_threads([clean])


def post(service, address, message):
    response = Client(REMOTE_ADDR=address).post(
        f"/api/directory/services/{service.pk}/reports/",
        json.dumps({"kind": "other", "message": message}),
        content_type="application/json",
    )
    return response.status_code


def stored(marker):
    return in_threads([lambda: ListingReport.objects.filter(message__startswith=marker).count()])[0]


def test_five_an_hour_holds_under_sixty_simultaneous_requests(listing):
    service, marker = listing
    statuses = in_threads(
        [lambda n=n: post(service, "203.0.113.60", f"{marker} #{n}") for n in range(60)]
    )
    assert statuses.count(201) == 5, statuses
    assert statuses.count(429) == 55
    assert stored(marker) == 5


def test_a_flood_from_many_addresses_leaves_room_for_an_honest_visitor(listing, settings):
    settings.DIRECTORY_REPORTS_PER_HOUR = 15
    service, marker = listing
    # 30 addresses, 2 each, all at once: the busy mark (15) is passed. Sixty threads stay
    # under PostgreSQL's default 100 connections (more would be refused by the database).
    flood = [
        lambda n=n: post(service, f"198.51.100.{n // 2 + 1}", f"{marker} spam {n}")
        for n in range(60)
    ]
    statuses = in_threads(flood)
    assert set(statuses) <= {201, 429}, statuses
    spam = statuses.count(201)
    # Each address's first report was taken, and beyond the busy mark no address's second.
    assert 30 <= spam <= 30 + 15, statuses
    # An honest visitor's first report still goes through...
    assert in_threads([lambda: post(service, "203.0.113.61", f"{marker} honest")]) == [201]
    # ...but an address that has sent one already waits for the hour to end.
    assert in_threads([lambda: post(service, "198.51.100.1", f"{marker} more")]) == [429]
    assert stored(marker) == spam + 1


def test_past_the_ceiling_every_report_waits(listing, settings):
    settings.DIRECTORY_REPORTS_PER_HOUR = 2
    settings.DIRECTORY_REPORTS_CEILING_PER_HOUR = 10
    service, marker = listing
    statuses = in_threads(
        [lambda n=n: post(service, f"198.51.100.{n + 1}", f"{marker} {n}") for n in range(30)]
    )
    assert statuses.count(201) == 10 and statuses.count(429) == 20
    assert stored(marker) == 10
