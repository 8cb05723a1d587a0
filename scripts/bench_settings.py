"""The settings of `make bench`'s gunicorn: production's, and the bench's URL conf
(scripts/bench_urls.py), which adds stock Wagtail's pages API beside ours. Never used outside
scripts/bench.py, which puts scripts/ on the server's PYTHONPATH."""

from turnto.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
# Stock Wagtail's pages API (bench_urls) takes its own parameters.
SITE_PAGE_PARAMETERS = SITE_PAGE_PARAMETERS | {"html_path", "fields"}  # noqa: F405
