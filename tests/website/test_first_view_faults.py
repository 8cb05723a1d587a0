"""When the server cannot draw a page (website.first_view): a bundle half written or broken,
a renderer that throws, loops or outgrows its memory, or every drawing slot taken. No page
becomes a 500: each goes out as the browser draws it, with its head, the quick exit and the
crisis lines, the 404 page and the report form included; and a report is never stored while
the visitor is told it was not sent."""

import re
import threading

from django.test import Client

from wagtail.models import Site

import pytest

from tests.website.test_first_view import CASES, assert_drawn_by_the_browser, get
from turnto.directory.models import ListingReport, Service
from turnto.website import first_view

pytestmark = pytest.mark.django_db
ORIGIN = "http://localhost"


@pytest.fixture(autouse=True)
def nothing_kept():
    """Each test's pages drawn afresh, not found in the cache from another test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def assert_crisis_lines(response):
    text = response.content.decode()
    assert 'href="tel:911"' in text and 'href="tel:988"' in text, "the crisis lines"
    assert 'id="quick-exit"' in text, "the quick exit"


def broken_bundles(real):
    source = real.read_text()
    return {
        "half written": source[: len(source) // 2],
        "a syntax error": "var turnto = {drawJson( {",
        "a throw as it loads": "throw new Error('the build went wrong');",
        "no renderer": "var somethingElse = 1;",
        "not text": b"\xff\xfe\x00garbage",
    }


@pytest.mark.parametrize(
    "kind", ["half written", "a syntax error", "a throw as it loads", "no renderer", "not text"]
)
def test_a_broken_bundle_leaves_every_page_to_the_browser(client, settings, tmp_path, kind):
    contents = broken_bundles(settings.FRONTEND_SERVER_BUNDLE)[kind]
    bundle = tmp_path / "render.js"
    if isinstance(contents, bytes):
        bundle.write_bytes(contents)
    else:
        bundle.write_text(contents)
    settings.FRONTEND_SERVER_BUNDLE = bundle
    for path, status, title in CASES:
        response = get(client, path)
        assert response.status_code == status, path
        assert_drawn_by_the_browser(response, title)
        assert_crisis_lines(response)
        assert "no-store" in response["Cache-Control"], "not kept: drawn again once fixed"


def test_a_broken_bundle_is_tried_once_until_it_changes(client, settings, tmp_path, caplog):
    bundle = tmp_path / "render.js"
    bundle.write_text("var turnto = {drawJson( {")
    settings.FRONTEND_SERVER_BUNDLE = bundle
    for _ in range(3):
        assert get(client, "/facts-and-stats/").status_code == 200
    loads = [r for r in caplog.records if "could not be loaded" in r.getMessage()]
    assert len(loads) == 1
    settings.FRONTEND_SERVER_BUNDLE = first_view.settings.FRONTEND_SERVER_BUNDLE


def test_the_real_bundle_draws_again_after_a_broken_one(client, settings, tmp_path):
    real = settings.FRONTEND_SERVER_BUNDLE
    bundle = tmp_path / "render.js"
    bundle.write_text(real.read_text()[:1000])
    settings.FRONTEND_SERVER_BUNDLE = bundle
    assert_drawn_by_the_browser(get(client, "/facts-and-stats/"), "Facts and stats")
    settings.FRONTEND_SERVER_BUNDLE = real
    drawn = get(client, "/facts-and-stats/")
    assert 'data-first-view="/facts-and-stats/"' in drawn.content.decode()


def runaway(tmp_path, settings, body):
    """The real bundle with its drawJson replaced by `body`."""
    real = settings.FRONTEND_SERVER_BUNDLE
    bundle = tmp_path / "render.js"
    bundle.write_text(
        f"{real.read_text()}\nturnto = Object.assign({{}}, turnto, {{drawJson() {{ {body} }}}});\n"
    )
    settings.FRONTEND_SERVER_BUNDLE = bundle
    return real


def test_a_drawing_that_never_ends_is_stopped_and_the_page_sent(client, settings, tmp_path):
    settings.FIRST_VIEW_DRAW_TIMEOUT_SECONDS = 0.5
    real = runaway(tmp_path, settings, "for (;;) {}")
    for path, status, title in CASES:
        response = get(client, path)
        assert response.status_code == status, path
        assert_drawn_by_the_browser(response, title)
        assert_crisis_lines(response)
    settings.FRONTEND_SERVER_BUNDLE = real
    assert (
        'data-first-view="/facts-and-stats/"' in get(client, "/facts-and-stats/").content.decode()
    )


def test_a_drawing_that_outgrows_its_memory_fails_alone(client, settings, tmp_path, caplog):
    """A runaway drawing hits V8's hard limit: that drawing fails (the page is sent for the
    browser to draw), the process lives on, and the next drawing has a fresh context."""
    settings.FIRST_VIEW_V8_HARD_LIMIT_BYTES = 64 * 1024 * 1024
    settings.FIRST_VIEW_V8_SOFT_LIMIT_BYTES = 32 * 1024 * 1024
    settings.FIRST_VIEW_DRAW_TIMEOUT_SECONDS = 30
    real = runaway(
        tmp_path, settings, "const kept = []; for (;;) kept.push(new Array(1e5).fill(1));"
    )
    response = get(client, "/facts-and-stats/")
    assert response.status_code == 200
    assert_drawn_by_the_browser(response, "Facts and stats")
    assert_crisis_lines(response)
    assert any("JSOOMException" in r.getMessage() for r in caplog.records)
    settings.FRONTEND_SERVER_BUNDLE = real
    assert (
        'data-first-view="/facts-and-stats/"' in get(client, "/facts-and-stats/").content.decode()
    )


def test_every_drawing_slot_taken_sends_the_page_for_the_browser(client, settings):
    settings.FIRST_VIEW_CONCURRENT_DRAWINGS = 1
    settings.FIRST_VIEW_WAIT_SECONDS = 0.05
    from turnto.website import views

    with views.drawing_slot(Client().get("/").wsgi_request):
        result = {}
        # Another thread, as another request of the same process would.
        thread = threading.Thread(
            target=lambda: result.update(r=get(Client(), "/facts-and-stats/"))
        )
        thread.start()
        thread.join()
    response = result["r"]
    assert response.status_code == 200
    assert_drawn_by_the_browser(response, "Facts and stats")
    assert_crisis_lines(response)
    assert "no-store" in response["Cache-Control"] and "X-Cache" not in response
    # Once a slot is free, the page is drawn and kept as usual.
    again = get(client, "/facts-and-stats/")
    assert 'data-first-view="/facts-and-stats/"' in again.content.decode()


# The report form, posted without script --------------------------------------------------------


@pytest.fixture
def listing():
    return (
        Service.objects.visible(Site.objects.get(hostname="localhost"))
        .filter(status="active")
        .order_by("name")
        .first()
    )


def report_page(listing):
    return f"/report-a-problem/?listing={listing.pk}&from=/"


def text_of_main(response):
    main = re.search(r"<main[^>]*>(.*)</main>", response.content.decode(), re.S)[1]
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


def post_report(listing, fields=None):
    visitor = Client(REMOTE_ADDR="203.0.113.90", HTTP_HOST="localhost")
    return visitor.post(
        report_page(listing),
        fields or {"kind": "wrong_phone", "message": "It rings out.", "website": ""},
        HTTP_ORIGIN=ORIGIN,
    )


def test_a_report_posted_while_the_bundle_is_broken_is_sent_and_thanked(
    settings, tmp_path, listing
):
    bundle = tmp_path / "render.js"
    bundle.write_text("var turnto = {drawJson( {")
    settings.FRONTEND_SERVER_BUNDLE = bundle
    response = post_report(listing)
    assert response.status_code == 200
    assert "Thank you" in text_of_main(response)
    assert "could not be sent" not in text_of_main(response)
    assert_crisis_lines(response)
    assert ListingReport.objects.filter(service=listing, message="It rings out.").count() == 1
    # A mistake is named, and nothing is stored.
    wrong = post_report(listing, {"kind": "other", "message": ""})
    assert wrong.status_code == 400
    assert "message is needed" in text_of_main(wrong)
    assert ListingReport.objects.count() == 1


def test_a_report_stored_before_the_drawing_failed_is_never_called_unsent(
    settings, listing, monkeypatch
):
    real_call = first_view.engine.call

    def fill_fails(name, *args):
        if name == "fill":
            real_call(name, *args)  # the bundle forgets the drawing
            raise first_view.FirstViewUnavailable("fill broke")
        return real_call(name, *args)

    monkeypatch.setattr(first_view.engine, "call", fill_fails)
    response = post_report(listing)
    assert ListingReport.objects.filter(service=listing).count() == 1
    assert response.status_code == 200
    assert "Thank you" in text_of_main(response)
    assert "could not be sent" not in response.content.decode()
    assert_crisis_lines(response)


def test_a_post_to_a_page_without_a_form_is_the_sites_page(client):
    response = client.post(
        "/what-is-harm-reduction/", {"kind": "x"}, HTTP_HOST="localhost", HTTP_ORIGIN=ORIGIN
    )
    assert response.status_code == 405
    assert response["Content-Type"].startswith("text/html")
    assert "There is no form to send on this page." in text_of_main(response)
    assert_crisis_lines(response)
    foreign = client.post("/", {}, HTTP_HOST="localhost", HTTP_ORIGIN="https://evil.example")
    assert foreign.status_code == 403
    assert_crisis_lines(foreign)


# V8's memory -------------------------------------------------------------------------------------


@pytest.fixture
def collections(monkeypatch):
    """Each time V8 is asked to collect."""
    made = []
    real = first_view.engine.collect

    def collect(context):
        real(context)
        made.append(context)

    monkeypatch.setattr(first_view.engine, "collect", collect)
    return made


def drawn(client, path="/facts-and-stats/"):
    response = get(client, path)
    assert f'data-first-view="{path}"' in response.content.decode()
    return response


def test_v8_collects_once_its_answer_is_sent_and_nothing_else_is_drawing(
    client, settings, collections
):
    settings.FIRST_VIEW_IDLE_COLLECT_AFTER = 2  # calls: one drawing makes two
    drawn(client)
    assert len(collections) == 1, "collected after the page was sent"
    assert first_view.engine.uncollected == 0
    # Not while another drawing of the process is under way: that one collects when it ends.
    with first_view.engine.under_way():
        drawn(client, "/what-is-harm-reduction/")
        assert len(collections) == 1
    # Nor after a single call since the last collection.
    settings.FIRST_VIEW_IDLE_COLLECT_AFTER = 200
    drawn(client, "/the-fentanyl-crisis/")
    assert len(collections) == 1
    # A process that is never idle collects every COLLECT_EVERY calls all the same.
    settings.FIRST_VIEW_COLLECT_EVERY = 4
    with first_view.engine.under_way():
        drawn(client, "/news/")
    assert len(collections) == 2


def test_a_page_answered_from_the_cache_makes_v8_collect_nothing(client, settings, collections):
    settings.FIRST_VIEW_IDLE_COLLECT_AFTER = 1
    drawn(client)
    assert len(collections) == 1
    again = get(client, "/facts-and-stats/")
    assert again["X-Cache"] == "hit"
    assert len(collections) == 1
