"""What visitors searched for and where they are is kept in no cache: after a search and a
"near me", no key or value in Redis holds the words, the coordinates or a distance."""

import gzip
import pickle

from django.core.cache import caches
from django.test import Client

import pytest

from .test_redis_faults import redis  # noqa: F401 - the fixture: a Redis of the test's own

pytestmark = pytest.mark.skipif(
    not __import__("shutil").which("redis-server"), reason="redis-server is not installed"
)

WORDS = ("zebraquilt",)
PLACE = ("38.987", "-94.671", "distance_km")


def visitor(path):
    response = Client().get(path, HTTP_HOST="localhost")
    assert response.status_code == 200, path
    return response


def everything_in(server_url):
    """Every key and value in the Redis, as text (values unpickled, compressed answers
    decompressed)."""
    import redis as redis_py

    connection = redis_py.Redis.from_url(server_url)
    texts = []
    for key in connection.scan_iter():
        texts.append(key.decode("latin-1"))
        raw = connection.get(key)
        if raw is None:
            continue
        try:
            value = pickle.loads(raw)
        except Exception:
            texts.append(raw.decode("latin-1"))
            continue
        if isinstance(value, dict):
            for field in value.values():
                if isinstance(field, bytes):
                    try:
                        field = gzip.decompress(field)
                    except OSError:
                        pass
                    field = field.decode("utf-8", "replace")
                texts.append(str(field))
        else:
            texts.append(repr(value))
    connection.close()
    return texts


def test_searches_and_near_me_leave_nothing_in_the_cache(db, redis):  # noqa: F811
    private = [
        "/api/v2/pages/?search=zebraquilt",
        "/api/hsds/services?search=zebraquilt",
        "/api/hsds/service_at_locations?postcode=64106&proximity=5000",
        "/api/directory/services/?q=zebraquilt",
        "/api/directory/services/?near=38.987,-94.671&radius=80",
        "/resource-guide/?q=zebraquilt",
        "/resource-guide/kansas-city/?near=38.987,-94.671",
    ]
    for path in private:
        visitor(path)
        again = visitor(path)
        assert "X-Cache" not in again, path
        assert "no-store" in again["Cache-Control"] and "private" in again["Cache-Control"]
    # Pages and plain listings are still cached beside them.
    visitor("/api/directory/services/?service_type=naloxone")
    assert visitor("/api/directory/services/?service_type=naloxone")["X-Cache"] == "hit"

    texts = everything_in(redis.url)
    assert any("api-cache:" in text for text in texts)  # the cache was used
    holding = [
        [s for s in WORDS + PLACE if s in text]
        for text in texts
        if any(s in text for s in WORDS + PLACE)
    ]
    print(f"cache keys or values holding words or a location: {len(holding)}")
    assert holding == []
    caches["redis"].clear()
