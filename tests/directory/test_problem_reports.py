"""Visitors report a problem with a listing; editors read the reports in an admin inbox.

Spam is held back by a honeypot and a rate limit that never stores a visitor's IP address.
"""

import json
import socket
import uuid
from datetime import date
from functools import partial

from django.core.cache import cache, caches
from django.test import Client
from django.utils import timezone

import pytest

from turnto.directory.api.problem_reports import client_pseudonym
from turnto.directory.models import ListingReport, ReportCounter, Service

pytestmark = pytest.mark.django_db
VISITOR_IP = "203.0.113.77"  # a documentation address
INBOX = "/admin/snippets/directory/listingreport/"


@pytest.fixture(autouse=True)
def empty_counters():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def visitor():
    """An anonymous browser on another origin: CSRF checks on, no session, no token."""
    return Client(enforce_csrf_checks=True, REMOTE_ADDR=VISITOR_IP)


@pytest.fixture
def listing():
    return Service.objects.filter(status="active").order_by("name").first()


def report_url(service_id):
    return f"/api/directory/services/{service_id}/reports/"


def post_json(client, service_id, body, **extra):
    return client.post(
        report_url(service_id), json.dumps(body), content_type="application/json", **extra
    )


def test_a_report_is_stored_for_editors_and_thanked(visitor, listing):
    response = post_json(
        visitor,
        listing.pk,
        {"kind": "wrong_hours", "message": "  Closed at 5 on Saturdays now.  ", "contact": ""},
    )
    assert response.status_code == 201
    assert "thank you" in response.json()["message"].lower()
    assert "Set-Cookie" not in response.headers  # no session, no CSRF cookie
    assert not response.cookies

    report = ListingReport.objects.get()
    assert report.service == listing
    assert report.kind == "wrong_hours"
    assert report.message == "Closed at 5 on Saturdays now."
    assert report.contact == ""
    assert report.status == "new" and report.resolved_by is None


def test_a_plain_form_post_works_too(visitor, listing):
    response = visitor.post(
        report_url(listing.pk),
        {"kind": "other", "message": "The door code changed.", "contact": "kit@example.org"},
    )
    assert response.status_code == 201, response.content
    report = ListingReport.objects.get()
    assert (report.kind, report.contact) == ("other", "kit@example.org")


BAD_REPORTS = [
    ({}, "kind", "choose what is wrong"),
    ({"kind": ""}, "kind", "choose what is wrong"),
    ({"kind": "rude_staff"}, "kind", "from the list"),
    ({"kind": None}, "kind", "choose what is wrong"),
    ({"kind": "other"}, "message", "message is needed"),
    ({"kind": "other", "message": "   "}, "message", "message is needed"),
    ({"kind": "wrong_phone", "message": "x" * 1001}, "message", "1000 characters"),
    ({"kind": "wrong_phone", "message": ["a", "list"]}, "message", "must be text"),
    ({"kind": "wrong_phone", "contact": "x" * 201}, "contact", "200 characters"),
    ({"kind": "wrong_phone", "contact": {"email": "a@example.org"}}, "contact", "must be text"),
    # A number is not text either: the schema says string, and DRF alone would store "0".
    ({"kind": "other", "message": "Gone", "contact": 0}, "contact", "must be text"),
    ({"kind": "wrong_phone", "message": True}, "message", "must be text"),
]


@pytest.mark.parametrize(("body", "field", "words"), BAD_REPORTS)
def test_bad_input_is_a_400_naming_the_field(visitor, listing, body, field, words):
    response = post_json(visitor, listing.pk, body)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert list(errors) == [field]
    assert words in errors[field].lower()
    assert not ListingReport.objects.exists()


@pytest.mark.parametrize(
    ("content_type", "body"),
    [("application/json", "{not json"), ("application/json", '["a list"]')],
)
def test_an_unreadable_body_is_a_400(visitor, listing, content_type, body):
    response = visitor.post(report_url(listing.pk), body, content_type=content_type)
    assert response.status_code == 400
    assert "body" in response.json()["errors"]
    assert not ListingReport.objects.exists()


def test_an_unknown_body_format_is_refused_clearly(visitor, listing):
    response = visitor.post(report_url(listing.pk), "kind=other", content_type="text/plain")
    assert response.status_code == 415
    assert "JSON or as a form" in response.json()["errors"]["body"]


def test_unknown_or_hidden_listings_are_404(visitor, listing):
    for service_id in (uuid.uuid4(), "not-an-id", "123"):
        response = post_json(visitor, service_id, {"kind": "wrong_hours"})
        assert response.status_code == 404
        assert response.json()["message"] == "There is no such listing."
    listing.status = "inactive"
    listing.save()
    assert post_json(visitor, listing.pk, {"kind": "wrong_hours"}).status_code == 404
    assert not ListingReport.objects.exists()


@pytest.mark.parametrize("website", ["https://spam.example", " ", "   ", "\t\n", 0, False])
def test_a_filled_honeypot_is_thanked_but_nothing_is_stored(visitor, listing, website):
    """People never see the field, so anything in it, even only spaces, came from a bot."""
    response = post_json(
        visitor, listing.pk, {"kind": "other", "message": "cheap pills", "website": website}
    )
    assert response.status_code == 201
    assert "thank you" in response.json()["message"].lower()
    assert not ListingReport.objects.exists()


def test_a_form_with_the_honeypot_left_empty_is_stored(visitor, listing):
    """The site's form sends the hidden field empty: that is a person."""
    response = visitor.post(report_url(listing.pk), {"kind": "wrong_hours", "website": ""})
    assert response.status_code == 201
    assert ListingReport.objects.count() == 1
    response = post_json(visitor, listing.pk, {"kind": "wrong_hours", "website": None})
    assert response.status_code == 201
    assert ListingReport.objects.count() == 2


@pytest.mark.parametrize("website", [[], {}])
def test_a_list_or_object_in_the_honeypot_is_refused(visitor, listing, website):
    """A form cannot send a list or an object (an empty list is sent as nothing at all): such
    a body is a 400 naming the field, and nothing is stored."""
    response = post_json(visitor, listing.pk, {"kind": "wrong_hours", "website": website})
    assert response.status_code == 400 and "website" in response.json()["errors"]
    assert not ListingReport.objects.exists()


def test_the_rate_limit_stops_a_client_after_five_an_hour(visitor, listing):
    for number in range(5):
        response = post_json(visitor, listing.pk, {"kind": "wrong_phone", "message": f"#{number}"})
        assert response.status_code == 201
    response = post_json(visitor, listing.pk, {"kind": "wrong_phone"})
    assert response.status_code == 429
    assert "try again later" in response.json()["message"]
    assert 1 <= int(response["Retry-After"]) <= 3600
    assert ListingReport.objects.count() == 5

    # Someone else, at another address, can still report.
    other = Client(enforce_csrf_checks=True, REMOTE_ADDR="198.51.100.20")
    assert post_json(other, listing.pk, {"kind": "wrong_phone"}).status_code == 201


def test_no_ip_address_is_stored_in_the_database(visitor, listing):
    for _ in range(3):
        post_json(visitor, listing.pk, {"kind": "wrong_address", "contact": "by phone"})

    field_names = {field.name for field in ListingReport._meta.get_fields()}
    assert field_names == {
        "id",
        "service",
        "kind",
        "message",
        "contact",
        "created_at",
        "status",
        "resolved_by",
        "resolved_at",
    }
    for row in ListingReport.objects.values():
        assert not any(VISITOR_IP in str(value) for value in row.values())

    counters = dict(ReportCounter.objects.values_list("key", "count"))
    client_keys = [key for key in counters if ":client:" in key]
    assert len(client_keys) == 1 and counters[client_keys[0]] == 3
    assert all(VISITOR_IP not in key for key in counters)
    # The day the server keys by (UTC), not the test machine's local day.
    assert client_pseudonym(VISITOR_IP, timezone.now().date()) in client_keys[0]
    # The pseudonym changes every day, so days cannot be linked.
    assert client_pseudonym(VISITOR_IP, date(2026, 1, 1)) != client_pseudonym(
        VISITOR_IP, date(2026, 1, 2)
    )


def test_last_hours_counters_are_cleared_away(visitor, listing):
    old = ReportCounter.objects.create(
        key="directory-report:client:old:2026010100", count=5, expires_at=timezone.now()
    )
    assert post_json(visitor, listing.pk, {"kind": "wrong_hours"}).status_code == 201
    assert not ReportCounter.objects.filter(pk=old.pk).exists()
    assert ReportCounter.objects.count() == 2  # this hour's: the visitor's and everyone's


def test_a_busy_hour_holds_back_second_reports_but_not_a_first(listing, settings):
    """Past the busy mark, an address that already sent one waits; a new address is still
    heard (a flood of many addresses cannot shut honest visitors out)."""
    settings.DIRECTORY_REPORTS_PER_HOUR = 3
    for number in range(3):
        client = Client(REMOTE_ADDR=f"198.51.100.{number}")
        assert post_json(client, listing.pk, {"kind": "wrong_hours"}).status_code == 201
    again = post_json(Client(REMOTE_ADDR="198.51.100.0"), listing.pk, {"kind": "wrong_hours"})
    assert again.status_code == 429
    assert "many reports right now" in again.json()["message"]
    assert again["Retry-After"].isdigit()
    newcomer = Client(REMOTE_ADDR="198.51.100.99")
    assert post_json(newcomer, listing.pk, {"kind": "wrong_hours"}).status_code == 201
    assert ListingReport.objects.count() == 4


def test_past_the_ceiling_every_report_waits_for_the_hour(listing, settings):
    settings.DIRECTORY_REPORTS_PER_HOUR = 1
    settings.DIRECTORY_REPORTS_CEILING_PER_HOUR = 3
    for number in range(3):
        client = Client(REMOTE_ADDR=f"198.51.100.{number}")
        assert post_json(client, listing.pk, {"kind": "wrong_hours"}).status_code == 201
    response = post_json(Client(REMOTE_ADDR="198.51.100.99"), listing.pk, {"kind": "wrong_hours"})
    assert response.status_code == 429
    assert "many reports right now" in response.json()["message"]
    assert ListingReport.objects.count() == 3


@pytest.fixture
def report(listing):
    return ListingReport.objects.create(
        service=listing, kind="wrong_phone", message="The number rings out."
    )


def test_the_inbox_lists_reports_with_a_link_to_the_listing(editor, report, listing):
    page = editor.get(INBOX).content.decode()
    assert "Wrong phone number" in page
    assert listing.name in page
    assert f"/admin/snippets/directory/service/edit/{listing.pk}/" in page

    report_link = f"{INBOX}edit/{report.pk}/"
    assert report_link in page
    assert report_link in editor.get(INBOX, {"status": "new"}).content.decode()
    assert report_link not in editor.get(INBOX, {"status": "resolved"}).content.decode()
    assert report_link not in editor.get(INBOX, {"kind": "wrong_hours"}).content.decode()


def test_editors_mark_a_report_resolved_but_cannot_rewrite_or_create_one(editor, report):
    edit_url = f"{INBOX}edit/{report.pk}/"
    page = editor.get(edit_url).content.decode()
    assert "The number rings out." in page

    response = editor.post(
        edit_url, {"status": "resolved", "kind": "other", "message": "edited by an editor"}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "resolved"
    assert report.resolved_by.username == "editor" and report.resolved_at is not None
    assert (report.kind, report.message) == ("wrong_phone", "The number rings out.")

    editor.post(edit_url, {"status": "new"})
    report.refresh_from_db()
    assert report.resolved_by is None and report.resolved_at is None

    assert editor.get(f"{INBOX}add/").status_code in (302, 403)
    assert f"{INBOX}add/" not in editor.get(INBOX).content.decode()


def test_the_inbox_needs_a_login(client, report):
    response = client.get(INBOX)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_behind_nginx_each_visitor_has_their_own_limit(settings, listing):
    """Every request reaches gunicorn from nginx; the visitor's address is in X-Real-IP."""
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]

    def through_nginx(visitor_address):
        return Client(REMOTE_ADDR="10.0.0.2", HTTP_X_REAL_IP=visitor_address)

    for number in range(5):
        response = post_json(through_nginx("198.51.100.7"), listing.pk, {"kind": "wrong_hours"})
        assert response.status_code == 201, number
    assert (
        post_json(
            through_nginx("198.51.100.7"), listing.pk, {"kind": "other", "message": "x"}
        ).status_code
        == 429
    )
    assert (
        post_json(through_nginx("198.51.100.8"), listing.pk, {"kind": "wrong_hours"}).status_code
        == 201
    )


def test_an_address_header_from_anyone_but_the_proxy_is_ignored(settings, listing):
    """Reached directly (not through nginx), the backend counts a client by its connection's
    own address, whatever X-Real-IP it sends: a new made-up address each time is no way out."""
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.TRUSTED_PROXIES = ["127.0.0.0/8", "::1/128", "172.16.0.0/12"]

    def direct(made_up_address):
        return Client(REMOTE_ADDR="203.0.113.50", HTTP_X_REAL_IP=made_up_address)

    for number in range(5):
        response = post_json(direct(f"198.51.100.{number}"), listing.pk, {"kind": "wrong_hours"})
        assert response.status_code == 201, number
    response = post_json(direct("198.51.100.200"), listing.pk, {"kind": "wrong_hours"})
    assert response.status_code == 429
    assert "several reports" in response.json()["message"]

    # The proxy's header is believed, IPv6 proxies too; a header that is no address is not.
    via_docker = Client(REMOTE_ADDR="172.18.0.5", HTTP_X_REAL_IP="203.0.113.50")
    assert post_json(via_docker, listing.pk, {"kind": "wrong_hours"}).status_code == 429
    via_loopback = Client(REMOTE_ADDR="::1", HTTP_X_REAL_IP="198.51.100.9")
    assert post_json(via_loopback, listing.pk, {"kind": "wrong_hours"}).status_code == 201
    nonsense = Client(REMOTE_ADDR="172.18.0.5", HTTP_X_REAL_IP="not-an-address")
    assert post_json(nonsense, listing.pk, {"kind": "wrong_hours"}).status_code == 201


def test_a_report_leaves_the_api_cache_alone(visitor, listing):
    """Counting a report is no edit: cached API answers stay."""
    Client().get("/api/v2/site/", HTTP_HOST="localhost")
    assert post_json(visitor, listing.pk, {"kind": "wrong_hours"}).status_code == 201
    assert Client().get("/api/v2/site/", HTTP_HOST="localhost")["X-Cache"] == "hit"


def limit_then_flood(listing, forget_all, flood_size):
    """A visitor is limited; then a flood of distinct API requests fills the API cache (and,
    to be sure, everything left in it goes); the visitor must still be limited."""
    for _ in range(5):
        report = post_json(Client(REMOTE_ADDR=VISITOR_IP), listing.pk, {"kind": "wrong_hours"})
        assert report.status_code == 201
    assert (
        post_json(Client(REMOTE_ADDR=VISITOR_IP), listing.pk, {"kind": "wrong_hours"}).status_code
        == 429
    )

    other_traffic = Client()
    for number in range(flood_size):
        response = other_traffic.get(f"/api/v2/pages/?title=word{number}", HTTP_HOST="localhost")
        assert response.status_code == 200
    assert response["X-Cache"] == "miss"  # each answer went into the cache
    forget_all()

    response = post_json(Client(REMOTE_ADDR=VISITOR_IP), listing.pk, {"kind": "wrong_hours"})
    assert response.status_code == 429
    assert ListingReport.objects.count() == 5


def test_a_flood_of_other_requests_does_not_reset_a_limit_with_the_file_cache(
    settings, listing, tmp_path
):
    """The cache without Redis: files, culled at random when full, as in production."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 50},
        }
    }
    limit_then_flood(listing, caches["default"].clear, flood_size=120)
    assert len(list((tmp_path / "cache").iterdir())) <= 51  # the flood made the cache cull


def redis_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


def test_a_flood_of_other_requests_does_not_reset_a_limit_with_redis(settings, listing):
    if not redis_reachable():
        pytest.skip("Redis is not reachable at 127.0.0.1:6379: the Redis flood test is skipped.")
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": f"turnto-test-limits-{uuid.uuid4().hex}",
        }
    }
    # Only this test's keys (its own prefix): clear() would empty the whole Redis database.
    forget_all = partial(caches["default"].delete_pattern, "*")
    try:
        limit_then_flood(listing, forget_all, flood_size=120)
    finally:
        forget_all()
