"""The settings of `make bench`'s gunicorn: production's, and the bench's URL conf
(scripts/bench_urls.py), which adds stock Wagtail's pages API beside ours. Never used outside
scripts/bench.py, which puts scripts/ on the server's PYTHONPATH."""

import os

from turnto.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
# Stock Wagtail's pages API (bench_urls) takes its own parameters.
SITE_PAGE_PARAMETERS = SITE_PAGE_PARAMETERS | {"html_path", "fields"}  # noqa: F405
# How long a request waits for its turn to draw (production: website.views
# DRAWING_WAIT_SECONDS): scripts/bench.py measures drawings, so it waits.
if os.environ.get("BENCH_FIRST_VIEW_WAIT_SECONDS"):
    FIRST_VIEW_WAIT_SECONDS = float(os.environ["BENCH_FIRST_VIEW_WAIT_SECONDS"])
if os.environ.get("BENCH_CONCURRENT_DRAWINGS"):
    FIRST_VIEW_CONCURRENT_DRAWINGS = int(os.environ["BENCH_CONCURRENT_DRAWINGS"])
if os.environ.get("BENCH_V8_COLLECT_EVERY"):
    FIRST_VIEW_COLLECT_EVERY = int(os.environ["BENCH_V8_COLLECT_EVERY"])
if os.environ.get("BENCH_V8_IDLE_COLLECT_AFTER"):
    FIRST_VIEW_IDLE_COLLECT_AFTER = int(os.environ["BENCH_V8_IDLE_COLLECT_AFTER"])
