"""Print the database queries each main API request costs (`make measure`).

A benchmark, not a test: the figures go in notes; the tests only assert that counts do not
grow with a page's blocks, cards or children.
"""

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

REQUESTS = [
    ("site shell", "/api/v2/site/"),
    ("home page", "/api/v2/pages/find/?html_path=/"),
    ("content page", "/api/v2/pages/find/?html_path=/what-is-harm-reduction/"),
    ("content page (stats)", "/api/v2/pages/find/?html_path=/facts-and-stats/"),
    ("resource guide", "/api/v2/pages/find/?html_path=/resource-guide/"),
    ("city page", "/api/v2/pages/find/?html_path=/resource-guide/kansas-city/"),
    ("news index", "/api/v2/pages/find/?html_path=/news/"),
    ("search", "/api/v2/pages/?search=naloxone"),
]


class Command(BaseCommand):
    help = "Print the queries each main API request of the campaign site costs."

    def handle(self, *args, **options):
        # What rendering costs: the response cache (core.api_cache) would answer from memory.
        with override_settings(API_CACHE_SECONDS=0):
            self.measure()

    def measure(self):
        client = Client(HTTP_HOST="localhost")
        self.stdout.write(f"{'request':24} {'queries':>7}  {'bytes':>7}")
        for label, url in REQUESTS:
            client.get(url)  # warm up: renditions are made on first use
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            self.stdout.write(f"{label:24} {len(queries):>7}  {len(response.content):>7}")
