import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
# Fast hashing: tests create users often.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests never write into the developer's var/ folder.
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", "/tmp/turnto-test-media"))  # noqa: F405
if "DATABASE_URL" not in os.environ:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
# One process, emptied before each test (tests/conftest.py); the Redis tests set REDIS_URL.
if not os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The database's generation is read once per process here (the cache is never away, and query
# counts stay the same from one request to the next); tests/api/test_redis_faults.py sets it.
CONTENT_GENERATION_CHECK_SECONDS = 3600
