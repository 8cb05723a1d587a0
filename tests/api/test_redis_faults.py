"""A Redis that hangs or goes away for a moment, on a Redis server of the test's own (never
the machine's shared one): pages stay fast, and an edit made meanwhile shows soon after."""

import time

from django.core.cache import caches
from django.test import Client

import pytest

from tests.support.redis_server import own_redis, redis_server_installed
from turnto.core import redis_cache as breaker
from turnto.settings.base import redis_cache

pytestmark = pytest.mark.skipif(
    not redis_server_installed(), reason="redis-server is not installed"
)

CACHED = (
    "/api/v2/site/",
    "/api/v2/pages/find/?html_path=/facts-and-stats/",
    "/facts-and-stats/",
)


@pytest.fixture
def redis(settings, tmp_path, monkeypatch):
    """The production cache settings (settings.base.redis_cache) on a Redis of our own."""
    with own_redis(tmp_path) as server:
        settings.CACHES = {**settings.CACHES, "redis": redis_cache(server.url)}
        settings.API_CACHE_ALIAS = "redis"
        monkeypatch.setattr(breaker, "BREAK_SECONDS", 1.0)
        breaker._open_until.clear()
        yield server
        breaker._open_until.clear()
        caches["redis"].close()


def timed_get(path):
    started = time.monotonic()
    response = Client().get(path, HTTP_HOST="localhost")
    return response, time.monotonic() - started


def test_a_paused_redis_costs_a_cached_page_a_fraction_of_a_second(db, redis):
    for path in CACHED:
        timed_get(path)
        assert timed_get(path)[0]["X-Cache"] == "hit", path
    health = Client().get("/healthz").json()
    assert health == {"status": "ok", "cache": "ok"}

    redis.pause()  # hung: connections open, nothing answers
    slowest = 0.0
    for _ in range(3):
        for path in CACHED:
            response, seconds = timed_get(path)
            assert response.status_code == 200, path
            slowest = max(slowest, seconds)
    print(f"slowest of 9 requests with Redis paused: {slowest:.3f} s")
    assert slowest < 0.5
    assert Client().get("/healthz").json() == {"status": "degraded", "cache": "unavailable"}

    redis.resume()
    time.sleep(breaker.BREAK_SECONDS + 0.1)  # the breaker lets one call try again
    assert Client().get("/healthz").json() == {"status": "ok", "cache": "ok"}
    timed_get(CACHED[0])
    assert timed_get(CACHED[0])[0]["X-Cache"] == "hit"


def title_of(path):
    return Client().get(path, HTTP_HOST="localhost").json()["title"]


def test_an_edit_made_while_redis_is_away_shows_within_seconds_of_its_return(
    db, redis, settings, django_capture_on_commit_callbacks
):
    from wagtail.models import Page

    from turnto.core import content_generation

    settings.CONTENT_GENERATION_CHECK_SECONDS = 2.0
    find = "/api/v2/pages/find/?html_path=/facts-and-stats/"
    title_of(find)
    assert Client().get(find, HTTP_HOST="localhost")["X-Cache"] == "hit"
    before = dict(getattr(content_generation, "_stored", {}))

    redis.pause()  # away for a moment, keeping what it holds
    # Noticed (a paused Redis would still run, once back, a command already written to it).
    assert Client().get("/healthz").json()["status"] == "degraded"
    page = Page.objects.get(url_path__endswith="/facts-and-stats/").specific
    page.title = "Facts, edited while Redis was away"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    # Another process, which read the database's number just before the edit.
    if before:
        content_generation._stored.update(
            value=before["value"], read_at=time.monotonic(), offline=None
        )
    time.sleep(0.5)
    redis.resume()
    time.sleep(breaker.BREAK_SECONDS)  # the breaker lets Redis be asked again

    back = time.monotonic()
    while (title := title_of(find)) != page.title and time.monotonic() - back < 10:
        time.sleep(0.2)
    stale_seconds = time.monotonic() - back
    print(f"stale for {stale_seconds:.1f} s after Redis came back (title: {title!r})")
    assert title == page.title
    assert stale_seconds <= settings.CONTENT_GENERATION_CHECK_SECONDS + 0.5
