"""Anonymous visitors of the API get no cookies: nothing that marks them between visits."""

import pytest

from tests.conftest import CLINIC_HOST


@pytest.mark.parametrize(
    ("path", "host"),
    [
        ("/api/v2/site/", "localhost"),
        ("/api/v2/site/", CLINIC_HOST),
        ("/api/v2/pages/", "localhost"),
        ("/api/v2/pages/find/?html_path=/facts-and-stats/", "localhost"),
        ("/api/v2/pages/?search=naloxone", "localhost"),
        ("/api/v2/images/", "localhost"),
        ("/api/v2/pages/?limit=bad", "localhost"),
    ],
)
def test_api_sets_no_cookies(client, db, path, host):
    response = client.get(path, HTTP_HOST=host, follow=True)
    assert response.status_code in (200, 400)
    assert "Set-Cookie" not in response.headers
    assert not response.cookies
