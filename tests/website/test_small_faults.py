"""Smaller faults found by trying the site as an attacker would: a NUL in a search (the admin's
API, our own, the site's pages), a client that refuses gzip, and a password-protected page
that no one could have seen."""

from django.test import Client

import pytest

from turnto.core.encoding import accepts_gzip

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    ["/admin/api/main/pages/?search=%00", "/admin/api/main/pages/?search=a%00b&type=x"],
)
def test_a_nul_in_the_admins_api_is_a_400_not_a_500(editor, path):
    response = editor.get(path, HTTP_HOST="localhost")
    assert response.status_code == 400
    assert "NUL" in response.json()["message"]


def test_a_nul_in_an_admin_search_is_a_400(editor):
    response = editor.get("/admin/pages/search/?q=%00", HTTP_HOST="localhost")
    assert response.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/pages/?search=%00",
        "/api/v2/search/?q=%00",
        "/api/directory/services/?q=%00",
    ],
)
def test_a_nul_in_our_apis_is_a_400(path):
    response = Client().get(path, HTTP_HOST="localhost")
    assert response.status_code == 400, response.content
    assert "NUL" in response.json()["message"]


@pytest.mark.parametrize("path", ["/search/?q=%00", "/search/?search=a%00", "/?q=%00"])
def test_a_nul_in_a_pages_address_is_the_sites_400_page(path):
    response = Client().get(path, HTTP_HOST="localhost")
    assert response.status_code == 400
    text = response.content.decode()
    assert 'href="tel:988"' in text and 'id="quick-exit"' in text
    assert "no page can take" in text


def test_a_built_file_is_not_gzipped_for_a_client_that_refuses_gzip():
    from django.conf import settings

    spa = settings.FRONTEND_DIST / "static" / "spa"
    name = next(p.name for p in spa.glob("app-*.js"))
    path = f"/static/spa/{name}"
    for header, gzipped in [("gzip", True), ("gzip;q=0", False), ("gzip;q=0, br;q=0", False)]:
        response = Client().get(path, HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING=header)
        assert response.status_code == 200
        assert (response.get("Content-Encoding") == "gzip") is gzipped, header
        assert accepts_gzip(header) is gzipped


def test_editors_are_not_offered_a_shared_password(editor):
    """The site has no password form (its pages are drawn from the API): a page behind a
    shared password could be seen by no one. Restricting to logins or groups remains."""
    from wagtail.models import Page

    page = Page.objects.filter(depth=3).live().first()
    response = editor.get(f"/admin/pages/{page.pk}/privacy/", HTTP_HOST="localhost")
    assert response.status_code == 200
    body = response.json()["html"]
    assert 'value="password"' not in body
    assert 'value="login"' in body and 'value="groups"' in body


def test_every_field_a_page_sends_is_a_parameter_the_cache_keeps():
    """A page asked for with a parameter no page reads is sent to its address without it
    (core.api_cache): every field of the front end's forms must be one it keeps (the report
    form's fields are posted, not in the address)."""
    import re

    from django.conf import settings

    posted = {"kind", "message", "contact", "website"}
    preview = {"content_type", "token"}  # /preview/'s, never cached
    source = settings.FRONTEND_DIST.parent / "src"
    names = {
        name
        for path in source.rglob("*.js")
        for pattern in (r'name="([a-z_]+)"', r'(?:params|chosen)\.get(?:All)?\("([a-z_]+)"')
        for name in re.findall(pattern, path.read_text())
    }
    assert names - posted - preview <= settings.SITE_PAGE_PARAMETERS
