"""Reporting a problem with a listing without JavaScript: a page of its own, whose form the
server passes on to the directory API and whose answer it draws (website.first_view).

Safe without a CSRF cookie: the Origin must be the site's own; the API keeps its honeypot and
rate limit, and the visitor's address reaches it as it would directly.
"""

import html
import re

from django.core.cache import cache
from django.test import Client

from wagtail.models import Site

import pytest

from turnto.directory.models import ListingReport, Service

pytestmark = pytest.mark.django_db
VISITOR_IP = "203.0.113.78"  # a documentation address
ORIGIN = "http://localhost"


@pytest.fixture(autouse=True)
def empty_counters():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def visitor():
    """A browser without script: CSRF checks on, no cookie."""
    return Client(enforce_csrf_checks=True, REMOTE_ADDR=VISITOR_IP, HTTP_HOST="localhost")


@pytest.fixture
def listing():
    return (
        Service.objects.visible(Site.objects.get(hostname="localhost"))
        .filter(status="active", location__city="Columbia")
        .order_by("name")
        .first()
    )


def page_url(listing, back="/resource-guide/columbia/"):
    return f"/report-a-problem/?listing={listing.pk}&from={back}"


def main_of(response):
    return re.search(r"<main[^>]*>(.*)</main>", response.content.decode(), re.S)[1]


def text_of(markup):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def test_a_listing_card_offers_the_report_page_to_a_browser_without_script(visitor, listing):
    city = visitor.get("/resource-guide/columbia/").content.decode()
    back = "%2Fresource-guide%2Fcolumbia%2F"
    link = f'<a href="/report-a-problem/?listing={listing.pk}&amp;from={back}">'
    assert f"<noscript>{link}Report a problem with this listing</a></noscript>" in city


def test_the_report_page_names_the_listing_and_is_not_indexed(visitor, listing):
    response = visitor.get(page_url(listing))
    assert response.status_code == 200
    main = main_of(response)
    assert f"About: {listing.name}" in text_of(main)
    assert f'method="post" action="/report-a-problem/?listing={listing.pk}&amp;from=%2F' in main
    assert 'href="/resource-guide/columbia/">Back to the page you were on' in main
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
    assert not response.cookies


def test_a_report_sent_without_script_is_stored_and_thanked(visitor, listing):
    response = visitor.post(
        page_url(listing),
        {"kind": "wrong_phone", "message": "It rings out.", "contact": "", "website": ""},
        HTTP_ORIGIN=ORIGIN,
    )
    assert response.status_code == 200
    assert "Thank you. An editor will check this listing." in text_of(main_of(response))
    assert "<form" not in main_of(response)
    report = ListingReport.objects.get()
    assert (report.service_id, report.kind, report.message) == (
        listing.pk,
        "wrong_phone",
        "It rings out.",
    )
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]


def test_mistakes_come_back_by_each_field_with_what_was_typed(visitor, listing):
    response = visitor.post(
        page_url(listing),
        {"kind": "other", "message": "", "contact": "me <at> example", "website": ""},
        HTTP_ORIGIN=ORIGIN,
    )
    assert response.status_code == 400
    main = main_of(response)
    message_error = re.search(r'data-error="message"[^>]*>([^<]*)<', main)[1]
    assert "message is needed" in message_error
    assert re.search(r'<textarea[^>]*aria-invalid="true"', main)
    assert re.search(r'<input checked[^>]*value="other"', main)  # the choice kept
    assert 'value="me &lt;at&gt; example"' in main  # what was typed, escaped
    assert not ListingReport.objects.exists()


def test_a_robot_filling_the_trap_is_thanked_and_nothing_is_stored(visitor, listing):
    response = visitor.post(
        page_url(listing), {"kind": "wrong_hours", "website": "spam"}, HTTP_ORIGIN=ORIGIN
    )
    assert response.status_code == 200
    assert "Thank you" in text_of(main_of(response))
    assert not ListingReport.objects.exists()


def test_the_rate_limit_holds_for_reports_sent_without_script(visitor, listing, settings):
    settings.DIRECTORY_REPORTS_PER_CLIENT_PER_HOUR = 2
    for _ in range(2):
        ok = visitor.post(page_url(listing), {"kind": "wrong_hours"}, HTTP_ORIGIN=ORIGIN)
        assert ok.status_code == 200
    limited = visitor.post(page_url(listing), {"kind": "wrong_hours"}, HTTP_ORIGIN=ORIGIN)
    assert limited.status_code == 429
    assert "several reports in the last hour" in text_of(main_of(limited))
    # Counted per visitor address, as a direct API request would be.
    other = Client(REMOTE_ADDR="198.51.100.7", HTTP_HOST="localhost")
    assert (
        other.post(page_url(listing), {"kind": "wrong_hours"}, HTTP_ORIGIN=ORIGIN).status_code
        == 200
    )


def test_a_form_from_another_site_is_refused(visitor, listing):
    response = visitor.post(
        page_url(listing), {"kind": "wrong_hours"}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    cross_site = visitor.post(
        page_url(listing), {"kind": "wrong_hours"}, HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert cross_site.status_code == 403
    # Our pages send no referrer, so browsers send "Origin: null": only with Sec-Fetch-Site
    # saying the form is our own does it pass.
    hidden = visitor.post(page_url(listing), {"kind": "wrong_hours"}, HTTP_ORIGIN="null")
    assert hidden.status_code == 403
    hidden = visitor.post(
        page_url(listing),
        {"kind": "wrong_hours"},
        HTTP_ORIGIN="null",
        HTTP_SEC_FETCH_SITE="cross-site",
    )
    assert hidden.status_code == 403
    assert not ListingReport.objects.exists()
    ours = visitor.post(
        page_url(listing),
        {"kind": "wrong_hours"},
        HTTP_ORIGIN="null",
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert ours.status_code == 200


def test_a_page_without_a_form_does_not_take_a_post(visitor):
    response = visitor.post("/what-is-harm-reduction/", {"kind": "x"}, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 405


@pytest.mark.parametrize(
    "listing_id", ["00000000-0000-0000-0000-000000000000", "garbage", "", "1' or 1=1"]
)
def test_the_report_page_of_a_listing_that_is_not_there_is_a_404(visitor, listing_id):
    page = visitor.get("/report-a-problem/", {"listing": listing_id})
    assert page.status_code == 404
    assert "Page not found" in text_of(main_of(page))
    assert 'name="kind"' not in main_of(page)  # no report form
    sent = visitor.post(
        f"/report-a-problem/?listing={listing_id}", {"kind": "wrong_hours"}, HTTP_ORIGIN=ORIGIN
    )
    assert sent.status_code == 404
    assert not ListingReport.objects.exists()


@pytest.mark.parametrize(
    "hostile",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "/%09/evil.example",
        "/\t/evil.example",
        "javascript:alert(1)",
    ],
)
def test_the_way_back_is_only_ever_a_path_of_this_site(visitor, listing, hostile):
    page = visitor.get(f"/report-a-problem/?listing={listing.pk}&from={hostile}")
    assert page.status_code == 200
    back = re.search(r'<a href="([^"]*)">Back to the page you were on</a>', main_of(page))[1]
    assert back == "/"
    assert "evil" not in main_of(page) and "javascript" not in main_of(page)


def test_the_way_back_keeps_a_path_of_this_site(visitor, listing):
    page = visitor.get(page_url(listing, back="/resource-guide/columbia/%3Fopen_now%3Dtrue"))
    back = re.search(r'<a href="([^"]*)">Back to the page you were on</a>', main_of(page))[1]
    assert html.unescape(back) == "/resource-guide/columbia/?open_now=true"
