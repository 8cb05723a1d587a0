"""The Redis cache, made so that a Redis that hangs or is gone costs a request tens of
milliseconds, not seconds (settings: REDIS_URL).

Each call has short socket timeouts (settings.base), and a breaker: once a call fails to reach
Redis, this process stops asking it for BREAK_SECONDS and every cache call answers at once as a
miss (a get finds nothing, a set keeps nothing), so requests are answered from the database
meanwhile. Then one call tries Redis again. `/healthz` says when the breaker is open
(core.middleware.HealthCheckMiddleware).
"""

import threading
import time

from django.core.cache import caches

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError

BREAK_SECONDS = 5.0

# Per process, per Redis server: the monotonic time until which it is not asked.
_open_until = {}
_lock = threading.Lock()


def breaker_open(server):
    return time.monotonic() < _open_until.get(server, 0.0)


def open_breaker(server):
    with _lock:
        _open_until[server] = time.monotonic() + BREAK_SECONDS


def close_breaker(server):
    with _lock:
        _open_until.pop(server, None)


class BreakerClient:
    """django-redis's client, each of whose calls fails at once while the breaker is open
    (RedisCache then answers as a miss: IGNORE_EXCEPTIONS), and opens it when Redis cannot be
    reached. An error Redis answers (a full memory, a wrong type) opens nothing."""

    def __init__(self, client, server):
        self._client = client
        self._server = server

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            if breaker_open(self._server):
                interrupted = ConnectionInterrupted(connection=None)
                interrupted.__cause__ = RedisConnectionError("not asked: Redis failed just now")
                raise interrupted
            try:
                return attribute(*args, **kwargs)
            except ConnectionInterrupted as exc:
                if not isinstance(exc.__cause__, ResponseError):
                    open_breaker(self._server)
                raise

        return call


class BreakerRedisCache(RedisCache):
    @property
    def client(self):
        if self._client is None:
            client = self._client_cls(self._server, self._params, self)
            self._client = BreakerClient(client, str(self._server))
        return self._client


def cache_unavailable(alias="default"):
    """True when the cache `alias` is a Redis this process has stopped asking (it failed in
    the last few seconds); False for any other cache."""
    cache = caches[alias]
    return isinstance(cache, BreakerRedisCache) and breaker_open(str(cache._server))
