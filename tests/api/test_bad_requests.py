"""Malformed query parameters get a 400 with a message saying what is wrong, never a 500."""

import pytest

from tests.conftest import CLINIC_HOST

BAD_REQUESTS = [
    ("/api/v2/pages/", {"limit": "ten"}),
    ("/api/v2/pages/", {"limit": "-1"}),
    ("/api/v2/pages/", {"offset": "x"}),
    ("/api/v2/pages/", {"child_of": "not-a-number"}),
    ("/api/v2/pages/", {"descendant_of": "abc"}),
    ("/api/v2/pages/", {"type": "nosuch.Model"}),
    ("/api/v2/pages/", {"type": "campaign"}),
    ("/api/v2/pages/", {"order": "no_such_field"}),
    ("/api/v2/pages/", {"fields": "no_such_field"}),
    ("/api/v2/pages/", {"fields": "body,("}),
    ("/api/v2/pages/", {"colour": "blue"}),
    ("/api/v2/pages/", {"rich_text_format": "pdf"}),
    ("/api/v2/pages/", {"search": "naloxone", "search_operator": "xor"}),
    ("/api/v2/pages/", {"site": f"{CLINIC_HOST}:port"}),
    ("/api/v2/pages/find/", {}),
    ("/api/v2/pages/find/", {"id": "abc"}),
    ("/api/v2/pages/find/", {"html_path": "/", "site": f"{CLINIC_HOST}:port"}),
    ("/api/v2/images/", {"limit": "many"}),
    ("/api/v2/documents/", {"order": "nope"}),
    ("/api/v2/site/", {"site": f"{CLINIC_HOST}:port"}),
]


@pytest.mark.parametrize(("path", "params"), BAD_REQUESTS)
def test_bad_parameters_get_a_400_with_a_message(api, path, params):
    status, body = api(path, follow=False, **params)
    assert status == 400, body
    assert isinstance(body["message"], str) and body["message"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v2/pages/find/", {"html_path": "/no/such/page/"}),
        ("/api/v2/pages/999999/", {}),
        ("/api/v2/pages/find/", {"html_path": "/../../etc/passwd"}),
        ("/api/v2/pages/find/", {"html_path": "/%00/"}),
        ("/api/v2/pages/find/", {"id": "999999"}),
    ],
)
def test_missing_pages_get_a_404_with_a_message(api, path, params):
    status, body = api(path, follow=False, **params)
    assert status == 404 and body["message"]


def test_an_unknown_api_address_is_a_json_404_not_the_site(client, db):
    for path in ("/api/v2/nothing/", "/api/nothing/", "/api/v2/pages/find/extra/"):
        response = client.get(path, HTTP_HOST="localhost")
        assert response.status_code == 404, path
        assert response["Content-Type"].startswith("application/json"), path
    # Page addresses still reach the site, and Wagtail still builds them.
    assert client.get("/facts-and-stats/", HTTP_HOST="localhost").status_code == 200
    from wagtail.models import Page

    assert Page.objects.get(url_path__endswith="/facts-and-stats/").url.endswith(
        "/facts-and-stats/"
    )


# Values that reached the database or the search backend and answered 500 (or 503): now a
# 400 whose message names the parameter.
NAMED_BAD_REQUESTS = [
    ("/api/v2/pages/", {"offset": "9223372036854775808"}, "offset"),
    ("/api/v2/pages/", {"offset": "99999999999999999999"}, "offset"),
    ("/api/v2/pages/", {"offset": "2147483648"}, "offset"),
    ("/api/v2/images/", {"offset": "99999999999999999999"}, "offset"),
    ("/api/v2/documents/", {"offset": "99999999999999999999"}, "offset"),
    ("/api/v2/pages/", {"search": "a AND " * 2000}, "search"),
    ("/api/v2/images/", {"search": "x" * 201}, "search"),
    ("/api/v2/documents/", {"search": "x", "search_operator": "xor"}, "search_operator"),
    ("/api/v2/pages/", {"type": "news.NewsPage", "date": "2020-13-45"}, "date"),
    ("/api/v2/pages/", {"type": "news.NewsPage", "date": "abc"}, "date"),
    ("/api/v2/pages/", {"first_published_at": "abc"}, "first_published_at"),
    ("/api/v2/pages/", {"first_published_at": "9999-12-31T23:59:59-14:00"}, "first_published_at"),
    ("/api/v2/pages/", {"first_published_at": "0001-01-01T00:00:00+14:00"}, "first_published_at"),
    ("/api/v2/pages/", {"first_published_at": "9999-12-31T23:59"}, "first_published_at"),
    ("/api/v2/pages/find/", {"id": "٣"}, "id"),
    ("/api/v2/images/find/", {"id": "abc"}, "id"),
    ("/api/v2/documents/find/", {"id": "abc"}, "id"),
    ("/api/v2/pages/", {"locale": "en\x00"}, "locale"),
    ("/api/v2/site/", {"site": "\x00"}, "site"),
    ("/api/directory/services/", {"city": "Kansas\x00City"}, "city"),
]


@pytest.mark.parametrize(("path", "params", "name"), NAMED_BAD_REQUESTS)
def test_values_the_database_cannot_take_get_a_400_naming_the_parameter(api, path, params, name):
    status, body = api(path, follow=False, **params)
    assert status == 400, body
    assert name in body["message"], body


@pytest.mark.parametrize("search", ['"', '"naloxone', "naloxone\"'*()", "\\", "("])
def test_search_punctuation_is_not_syntax_and_the_words_still_find(api, search):
    """A lone quote was FTS5 syntax to SQLite, answered 503 with Retry-After as if down."""
    status, body = api("/api/v2/pages/", search=search)
    assert status == 200, body
    if "naloxone" in search:
        _, plain = api("/api/v2/pages/", search="naloxone")
        assert body["meta"]["total_count"] == plain["meta"]["total_count"] > 0
    else:
        assert body["meta"]["total_count"] == 0


@pytest.mark.parametrize("path", ["/api/v2/images/", "/api/v2/documents/"])
def test_media_search_punctuation_is_not_syntax(api, path):
    status, body = api(path, search='"')
    assert (status, body["meta"]["total_count"]) == (200, 0)


def test_find_with_a_type_the_page_is_not_is_a_404(api):
    for params in (
        {"html_path": "/", "type": "news.NewsPage"},
        {"id": "3", "type": "news.NewsPage"},
    ):
        status, body = api("/api/v2/pages/find/", follow=False, **params)
        assert status == 404 and body["message"], params
    status, body = api("/api/v2/pages/find/", follow=False, id="3", type="campaign.HomePage")
    assert status == 200 and body["id"] == 3


@pytest.mark.parametrize("path", ["/api/v2/images/find/", "/api/v2/documents/find/"])
def test_media_find_of_a_missing_id_is_a_404(api, path):
    status, body = api(path, follow=False, id="99999999999999999999")
    assert status == 404 and body["message"]


def test_extreme_but_valid_dates_find_nothing_rather_than_fail(api):
    for params in (
        {"type": "news.NewsPage", "date": "9999-12-31"},
        {"type": "news.NewsPage", "date": "0001-01-01"},
        {"first_published_at": "9999-12-31T23:59:59+14:00"},
        {"first_published_at": "0001-01-01T00:00:00-14:00"},
    ):
        status, body = api("/api/v2/pages/", **params)
        assert (status, body["meta"]["total_count"]) == (200, 0), params


@pytest.fixture
def broken_site_shell(monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("secret detail of a bug")

    monkeypatch.setattr("turnto.core.api.views.site_shell", fail)


@pytest.mark.parametrize("debug", [False, True])
def test_a_bug_under_api_is_a_json_500_without_a_traceback(
    client, db, settings, broken_site_shell, debug, caplog
):
    settings.DEBUG = debug
    response = client.get("/api/v2/site/", HTTP_HOST="localhost")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert "secret detail" not in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert response.json()["message"]
    assert "Retry-After" not in response
    # The developer still learns what broke, from the log.
    assert any(
        record.exc_info and "secret detail" in str(record.exc_info[1]) for record in caplog.records
    )


def test_a_query_the_database_refuses_is_a_500_not_an_outage(client, db, monkeypatch):
    """503 with Retry-After tells caches the service is down: only when it is."""
    from django.db import OperationalError

    def refuse(*args, **kwargs):
        raise OperationalError("fts5: syntax error near something")

    monkeypatch.setattr("turnto.core.api.views.site_shell", refuse)
    response = client.get("/api/v2/site/", HTTP_HOST="localhost")
    assert response.status_code == 500 and "Retry-After" not in response
    assert response.json()["message"]


def test_a_database_that_stopped_answering_is_still_a_503(client, db, monkeypatch):
    from django.db import OperationalError

    def refuse(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("turnto.core.api.views.site_shell", refuse)
    monkeypatch.setattr("turnto.core.middleware.database_reachable", lambda exception: False)
    response = client.get("/api/v2/site/", HTTP_HOST="localhost")
    assert response.status_code == 503 and response["Retry-After"] == "30"


def test_html_error_pages_under_api_are_json(client, db):
    response = client.post("/api/docs/", HTTP_HOST="localhost")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json" and response.json()["message"]
    # The site's own pages are left alone.
    assert not client.get("/admin/login/", HTTP_HOST="localhost")["Content-Type"].endswith("json")


@pytest.mark.parametrize(
    "method, path", [("OPTIONS", "/api/docs/"), ("TRACE", "/api/ping/"), ("POST", "/api/ping/")]
)
def test_methods_a_page_does_not_take_are_a_json_405(client, db, method, path):
    response = client.generic(method, path, HTTP_HOST="localhost")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json" and response.json()["message"]


@pytest.mark.parametrize("path", ["/api/v2/pages/", "/api/directory/services/", "/api/v2/site/"])
def test_a_method_the_api_does_not_take_is_a_405_in_the_api_shape(client, db, path):
    response = client.delete(path, HTTP_HOST="localhost")
    assert response.status_code == 405
    assert response.json() == {"message": 'Method "DELETE" not allowed.'}


@pytest.mark.parametrize("operator", ["and", "or"])
def test_the_longest_search_allowed_answers(api, operator):
    """200 characters: a hundred one-letter words, each a level of the query, still answer."""
    status, body = api(
        "/api/v2/pages/", search=" ".join(["a"] * 100)[:200], search_operator=operator
    )
    assert status == 200, body
