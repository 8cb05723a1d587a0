"""The bench server's URLs (scripts/bench_settings.py): production's (turnto.urls, unchanged),
and stock Wagtail's pages API at /bench/wagtail-api/v2/pages/ for `make bench` to compare ours
with. Wagtail's own `PagesAPIViewSet`, as its documentation mounts it: its find answers a 302
to the page's detail address.

Mounted before production's patterns: their catch-all would draw /bench/... as a site path."""

from django.urls import path

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from turnto.urls import urlpatterns as production_urlpatterns

STOCK_PREFIX = "bench/wagtail-api/v2/"

stock_router = WagtailAPIRouter("bench_wagtailapi")
stock_router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path(STOCK_PREFIX, stock_router.urls), *production_urlpatterns]
