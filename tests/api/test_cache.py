"""Anonymous API answers come from the cache, and the first answer after any edit shows it."""

import socket

from django.core.cache import caches
from django.test import Client

from wagtail.models import Page, Site

import pytest

from tests.conftest import find_page
from turnto.core.models import SiteSettings
from turnto.directory.models import Schedule, Service
from turnto.strategies.models import StrategyCard


def get(path, **params):
    """An anonymous visitor's GET, as (response, json)."""
    response = Client().get(path, params, HTTP_HOST="localhost")
    return response, response.json()


def test_second_answer_comes_from_the_cache_with_a_tag_that_revalidates(db):
    first, body = get("/api/v2/pages/find/", html_path="/facts-and-stats/")
    again, body_again = get("/api/v2/pages/find/", html_path="/facts-and-stats/")
    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    assert body_again == body
    assert again["Content-Location"] == first["Content-Location"]
    assert again["ETag"] == first["ETag"]
    assert "max-age=0" in again["Cache-Control"] and "must-revalidate" in again["Cache-Control"]
    unchanged = Client().get(
        "/api/v2/pages/find/?html_path=/facts-and-stats/",
        HTTP_HOST="localhost",
        HTTP_IF_NONE_MATCH=first["ETag"],
    )
    assert unchanged.status_code == 304 and unchanged.content == b""


def test_anyone_with_a_cookie_or_credentials_is_answered_afresh(db):
    get("/api/v2/site/")
    from tests.website.test_entry import real_session

    with_session = Client()
    with_session.cookies["sessionid"] = real_session()
    assert "X-Cache" not in with_session.get("/api/v2/site/", HTTP_HOST="localhost")
    # A cookie the site never made is no session: the shared answer.
    made_up = Client()
    made_up.cookies["sessionid"] = "x"
    assert made_up.get("/api/v2/site/", HTTP_HOST="localhost")["X-Cache"] == "hit"
    signed = Client().get("/api/v2/site/", HTTP_HOST="localhost", HTTP_AUTHORIZATION="Bearer x")
    assert "X-Cache" not in signed


def test_errors_are_not_kept(db):
    get("/api/v2/pages/find/", html_path="/nowhere/")
    response, _ = get("/api/v2/pages/find/", html_path="/nowhere/")
    assert response.status_code == 404 and "X-Cache" not in response


def warm(*paths):
    for path in paths:
        get(path)
        assert get(path)[0]["X-Cache"] == "hit", path


def publish_with(page, **changes):
    page = page.specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_publishing_shows_in_find_detail_listing_menu_and_search(db):
    page = Page.objects.get(url_path__endswith="/facts-and-stats/")
    find = "/api/v2/pages/find/?html_path=/facts-and-stats/"
    detail = f"/api/v2/pages/{page.pk}/"
    listing = "/api/v2/pages/?limit=50"
    warm(find, detail, listing, "/api/v2/site/")
    publish_with(page, title="Facts and figures")
    assert get(find)[1]["title"] == "Facts and figures"
    assert get(detail)[1]["title"] == "Facts and figures"
    assert "Facts and figures" in [item["title"] for item in get(listing)[1]["items"]]
    assert "Facts and figures" in [item["title"] for item in get("/api/v2/site/")[1]["navigation"]]


def test_a_saved_draft_is_not_shown(db):
    page = Page.objects.get(url_path__endswith="/facts-and-stats/").specific
    find = "/api/v2/pages/find/?html_path=/facts-and-stats/"
    title = get(find)[1]["title"]
    page.title = "A draft title"
    page.save_revision()
    assert get(find)[1]["title"] == title


def test_unpublishing_moving_and_deleting_reach_visitors_at_once(db):
    page = Page.objects.get(url_path__endswith="/the-fentanyl-crisis/")
    find = "/api/v2/pages/find/?html_path=/the-fentanyl-crisis/"
    warm(find, "/api/v2/site/")
    page.unpublish()
    assert get(find)[0].status_code == 404
    assert "/the-fentanyl-crisis/" not in [i["url"] for i in get("/api/v2/site/")[1]["navigation"]]

    home = Site.objects.get(hostname="localhost").root_page
    news = home.get_children().get(slug="news")
    post = news.get_children().live().first()
    guide = home.get_children().get(slug="resource-guide")
    old = f"/api/v2/pages/find/?html_path=/news/{post.slug}/"
    warm(old)
    post.move(guide, pos="last-child")
    assert get(old)[0].status_code == 404
    assert get(f"/api/v2/pages/find/?html_path=/resource-guide/{post.slug}/")[0].status_code == 200

    stats = Page.objects.get(url_path__endswith="/facts-and-stats/")
    find_stats = "/api/v2/pages/find/?html_path=/facts-and-stats/"
    warm(find_stats)
    stats.delete()
    assert get(find_stats)[0].status_code == 404


def test_a_saved_strategy_card_shows_on_the_pages_that_choose_it(db, api):
    home = find_page(api, "/")
    cards = [block for block in home["body"] if block["type"] == "strategy_cards"]
    card_id = cards[0]["value"]["cards"][0]["id"]
    find = "/api/v2/pages/find/?html_path=/"
    warm(find)
    card = StrategyCard.objects.get(pk=card_id)
    card.title = "Carry naloxone, always"
    card.save()
    body = get(find)[1]["body"]
    shown = [c["title"] for b in body if b["type"] == "strategy_cards" for c in b["value"]["cards"]]
    assert "Carry naloxone, always" in shown


def test_saved_listings_and_their_hours_show_in_the_directory(db):
    path = "/api/directory/services/?city=Kansas+City&page_size=50"
    warm(path)
    service = Service.objects.filter(location__city="Kansas City").order_by("name").first()
    service.name = "Renamed drop-in (example)"
    service.save()
    assert "Renamed drop-in (example)" in [item["name"] for item in get(path)[1]["results"]]

    warm(path)
    Schedule.objects.filter(service=service).delete()
    shown = next(i for i in get(path)[1]["results"] if i["name"] == "Renamed drop-in (example)")
    assert shown["hours"]["weekly"] == []


def test_saved_site_settings_show_in_the_shell(db):
    warm("/api/v2/site/")
    settings = SiteSettings.for_site(Site.objects.get(hostname="localhost"))
    settings.organisation_name = "Who Can I Turn To? (renamed)"
    settings.save()
    assert get("/api/v2/site/")[1]["site"]["name"] == "Who Can I Turn To? (renamed)"


def redis_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


@pytest.fixture
def redis_cache(settings):
    if not redis_reachable():
        pytest.skip("Redis is not reachable at 127.0.0.1:6379: the Redis cache test is skipped.")
    settings.CACHES = {
        **settings.CACHES,
        "redis": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": "turnto-test",
        },
    }
    settings.API_CACHE_ALIAS = "redis"
    caches["redis"].clear()
    yield caches["redis"]
    caches["redis"].clear()


def test_with_redis_answers_are_shared_and_an_edit_reaches_them(db, redis_cache):
    find = "/api/v2/pages/find/?html_path=/facts-and-stats/"
    warm(find)
    assert any(key.startswith("api-cache:") for key in redis_cache.keys("api-cache:*"))
    publish_with(Page.objects.get(url_path__endswith="/facts-and-stats/"), title="Facts (Redis)")
    response, body = get(find)
    assert response["X-Cache"] == "miss" and body["title"] == "Facts (Redis)"


def test_ping_answers_without_the_database_and_is_never_kept(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response, body = get("/api/ping/")
    assert body == {"ok": True} and "X-Cache" not in response
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.fixture
def purge_server():
    """A stand-in for Varnish: records the PURGE requests it gets."""
    import http.server
    import threading

    received = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            received.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", received
    server.shutdown()


def test_with_a_cdn_configured_each_edit_purges_every_sites_api_once(
    db, settings, purge_server, django_capture_on_commit_callbacks
):
    location, received = purge_server
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    }
    with django_capture_on_commit_callbacks(execute=True):
        publish_with(Page.objects.get(url_path__endswith="/facts-and-stats/"), title="Facts (CDN)")
    hosts = {host.split(":")[0] for host, path in received if path == "/*"}
    assert hosts == {"localhost", "clinic.localhost"}
    assert len([r for r in received if r[1] == "/*"]) == 2, "one purge per site per edit"


def test_a_hit_is_sent_compressed_without_compressing_again(db):
    import gzip
    import json

    import brotli

    path = "/api/v2/pages/find/?html_path=/facts-and-stats/"
    plain = Client().get(path, HTTP_HOST="localhost").json()
    hit = Client().get(path, HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING="gzip")
    assert hit["X-Cache"] == "hit" and hit["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in hit["Vary"]
    assert json.loads(gzip.decompress(hit.content)) == plain
    # A browser that takes brotli (every current one, over HTTPS) gets the smaller form.
    hit = Client().get(path, HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert hit["X-Cache"] == "hit" and hit["Content-Encoding"] == "br"
    assert json.loads(brotli.decompress(hit.content)) == plain
    rated = Client().get(path, HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING="br;q=0.5, gzip")
    assert rated["Content-Encoding"] == "gzip", "the client's own preference wins"


def test_a_long_city_page_fits_the_first_round_trip_in_spanish(db):
    """A Spanish city page, cached, as a browser takes it: inside the 14 KB (ten TCP segments)
    the first round trip carries, headers included (gzip alone went over by about 1 KB)."""
    path = "/es/guia-de-recursos/kansas-city/"
    Client().get(path, HTTP_HOST="localhost")
    hit = Client().get(path, HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert hit.status_code == 200 and hit["Content-Encoding"] == "br"
    headers = sum(len(f"{name}: {value}\r\n") for name, value in hit.items())
    assert len(hit.content) + headers + len("HTTP/1.1 200 OK\r\n\r\n") <= 14 * 1024


def answer_made_by(view, requests):
    """`requests` concurrent visitors of the same address, through the cache middleware."""
    import threading

    from django.test import RequestFactory

    from turnto.core.api_cache import ApiCacheMiddleware

    middleware = ApiCacheMiddleware(view)
    responses = []

    def visit():
        responses.append(middleware(RequestFactory().get("/api/v2/pages/find/?html_path=/x/")))

    threads = [threading.Thread(target=visit) for _ in range(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses


def test_visitors_arriving_while_an_answer_is_made_wait_for_it_instead_of_making_it_again(
    monkeypatch,
):
    """After an edit every answer is stale at once: a busy page must be made once, not once
    per visitor who arrives before it is ready."""
    import time

    from django.core.cache import caches
    from django.http import JsonResponse

    from turnto.core import content_generation

    # The database's number as this process last read it (the test has no database), and no
    # generation in the cache yet: the visitors arriving together must agree on one.
    monkeypatch.setattr(content_generation, "stored_generation", lambda: 7)
    caches["default"].delete(content_generation.GENERATION_KEY)

    made = []

    def slow_page(request):
        made.append(request)
        time.sleep(0.3)
        return JsonResponse({"title": "A page", "n": len(made)})

    responses = answer_made_by(slow_page, 8)
    assert len(made) == 1
    assert {r.status_code for r in responses} == {200}
    assert len({r.content for r in responses}) == 1
    assert sorted(r["X-Cache"] for r in responses) == ["hit"] * 7 + ["miss"]


def test_visitors_do_not_wait_for_an_answer_that_is_not_kept():
    import time

    from django.http import JsonResponse

    def missing_page(request):
        time.sleep(0.2)
        return JsonResponse({"message": "not found"}, status=404)

    started = time.monotonic()
    responses = answer_made_by(missing_page, 6)
    assert {r.status_code for r in responses} == {404}
    assert time.monotonic() - started < 2, "nobody waited the full 3 s for a 404"


def kept_keys():
    """The answers the cache holds now (the test cache is Django's local memory)."""
    return {key for key in caches["default"]._cache if "api-cache:" in key}


def cached_api_addresses():
    """Every kind of /api/ address whose answer a visitor gets from the cache, each with a
    parameter it reads that changes the answer."""
    from wagtail.images.models import Image

    page = Page.objects.get(url_path__endswith="/facts-and-stats/")
    listing = Service.objects.filter(status="active").order_by("name").first()
    image = Image.objects.order_by("pk").first()
    return [
        ("/api/v2/site/", {}, {"locale": "es"}),
        ("/api/v2/pages/", {}, {"limit": "1"}),
        (f"/api/v2/pages/{page.pk}/", {}, {"fields": "_"}),
        ("/api/v2/pages/find/", {"html_path": "/facts-and-stats/"}, {"fields": "_"}),
        ("/api/v2/images/", {}, {"limit": "1"}),
        (f"/api/v2/images/{image.pk}/", {}, {"fields": "_"}),
        ("/api/v2/documents/", {}, {"limit": "1"}),
        ("/api/directory/services/", {}, {"page_size": "1"}),
        (f"/api/directory/services/{listing.pk}/", {}, {"site": "localhost"}),
        ("/api/hsds/services", {}, {"per_page": "1"}),
        ("/api/docs/", {}, None),
    ]


def test_made_up_parameters_make_no_new_answer_to_keep(db):
    """A made-up parameter per request (a tracking tag, random junk) cannot make the server
    draw and keep a new answer each time: it is refused with a 400 that names it (a 400 is not
    kept), on every API address; a parameter the address reads still changes the answer."""
    for path, params, real in cached_api_addresses():
        first, _ = Client().get(path, params, HTTP_HOST="localhost"), None
        assert first.status_code == 200 and first["X-Cache"] == "miss", path
        kept = kept_keys()
        for junk in ({"utm_source": "x"}, {"zz1": "1"}, {"cachebuster": "8471"}):
            response = Client().get(path, {**params, **junk}, HTTP_HOST="localhost")
            assert response.status_code == 400, (path, junk)
            assert [*junk][0] in response.json()["message"], (path, response.json())
        assert kept_keys() == kept, f"{path}: a made-up parameter made a new answer to keep"
        if real is not None:
            changed = Client().get(path, {**params, **real}, HTTP_HOST="localhost")
            assert changed.status_code == 200 and changed["X-Cache"] == "miss", (path, real)
            assert len(kept_keys()) == len(kept) + 1


def test_a_cache_buster_of_wagtails_api_is_the_same_answer(db):
    """Wagtail's API takes jQuery's cache-buster `_` and ignores it: whatever its value, the
    answer kept is the one without it. The directory's and HSDS's addresses refuse it."""
    page = Page.objects.get(url_path__endswith="/facts-and-stats/")
    for path, params in [
        ("/api/v2/site/", {}),
        ("/api/v2/pages/", {"limit": "3"}),
        (f"/api/v2/pages/{page.pk}/", {}),
        ("/api/v2/pages/find/", {"html_path": "/facts-and-stats/"}),
    ]:
        first = Client().get(path, params, HTTP_HOST="localhost")
        kept = kept_keys()
        for value in ("1733476000123", "1733476000124"):
            again = Client().get(path, {**params, "_": value}, HTTP_HOST="localhost")
            assert again.status_code == 200 and again["X-Cache"] == "hit", path
            assert again["ETag"] == first["ETag"]
        assert kept_keys() == kept
    get("/api/directory/services/")
    refused = Client().get("/api/directory/services/", {"_": "1"}, HTTP_HOST="localhost")
    assert refused.status_code == 400 and refused.json()["parameter"] == "_"


def test_find_with_fields_still_names_its_detail(db):
    page = Page.objects.get(url_path__endswith="/facts-and-stats/")
    response, body = get("/api/v2/pages/find/", html_path="/facts-and-stats/", fields="_")
    assert response.status_code == 200 and body == {}  # Wagtail's "none of the fields"
    assert response["Content-Location"] == f"/api/v2/pages/{page.pk}/"


def test_answers_filed_by_the_minute_leave_the_cache_after_two_minutes(db, monkeypatch):
    """A city page (and the directory's answers) is filed under its minute and never asked for
    after it: made-up values of a parameter the page reads (`open_at`) cost a drawing each but
    fill the cache for two minutes at most. A page of the API, filed until an edit, stays."""
    import time

    from turnto.core.api_cache import api_cache

    before = set(kept_keys())
    city = Client().get(
        "/resource-guide/kansas-city/", {"open_at": "2026-12-07T10:31"}, HTTP_HOST="localhost"
    )
    assert city.status_code == 200 and city["X-Cache"] == "miss"
    Client().get("/api/v2/pages/find/", {"html_path": "/facts-and-stats/"}, HTTP_HOST="localhost")
    kept = {key[key.index("api-cache:") :] for key in set(kept_keys()) - before}
    assert len(kept) >= 2
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 121)
    still = {key for key in kept if api_cache().get(key) is not None}
    assert still, "the pages API's answer is kept until an edit"
    gone = kept - still
    assert gone, "the city page's answer outlived its minute by more than two minutes"
    monkeypatch.setattr(time, "time", lambda: now + 59)
    assert all(api_cache().get(key) is not None for key in still)


def test_a_kept_page_is_stored_compressed_only(db):
    """A page kept in the cache is its gzip and brotli forms, not also its plain bytes (a
    quarter of the room, so a flood of drawings fills less); a client that takes neither still
    gets the page."""
    from turnto.core.api_cache import api_cache

    path = "/es/guia-de-recursos/kansas-city/"
    before = set(kept_keys())
    plain = Client().get(path, HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING="identity")
    entries = [api_cache().get(key[key.index("api-cache:") :]) for key in set(kept_keys()) - before]
    page = next(
        e for e in entries if isinstance(e, dict) and e["content_type"].startswith("text/html")
    )
    assert page["content"] is None
    stored = len(page["gzipped"]) + len(page["brotli"])
    assert stored * 2 < len(plain.content), (stored, len(plain.content))
    again = Client().get(path, HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING="identity")
    assert again["X-Cache"] == "hit" and "Content-Encoding" not in again
    assert again.content == plain.content
