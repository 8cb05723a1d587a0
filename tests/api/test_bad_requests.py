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
