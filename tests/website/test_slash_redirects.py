"""The admin and documents without their slash lead there, not to the single-page site."""

from django.urls import resolve

import pytest

from turnto.website.views import site_entry

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("prefix", ["admin", "documents"])
def test_a_prefix_without_its_slash_redirects_to_it(client, prefix):
    response = client.get(f"/{prefix}")
    assert response.status_code == 301
    assert response["Location"] == f"/{prefix}/"
    assert client.get(f"/{prefix}", {"next": "/x/"})["Location"] == f"/{prefix}/?next=%2Fx%2F"


def test_the_admin_without_its_slash_reaches_the_login_page(client):
    response = client.get("/admin", follow=True)
    assert response.redirect_chain[0] == ("/admin/", 301)
    assert response.status_code == 200
    assert "/admin/login/" in response.request["PATH_INFO"]


def test_paths_that_only_begin_like_a_prefix_are_still_the_sites():
    for path in ("/administration/", "/documentsx", "/admin-guide/"):
        assert resolve(path).func is site_entry, path
