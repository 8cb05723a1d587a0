"""Draft preview: editors see drafts through the preview API, visitors never do."""

import re
import time
from unittest import mock
from urllib.parse import parse_qs, urlparse

from django.contrib.auth.models import Group
from django.core.signing import TimestampSigner, b62_encode
from django.test import override_settings

from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from tests.conftest import find_page

pytestmark = pytest.mark.django_db
WHAT = "/campaign-home/what-is-harm-reduction/"


def content_form(title, slug, text):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "Draft intro.",
            "body": streamfield([("rich_text", rich_text(f"<p>{text}</p>"))]),
        }
    )


def preview_link(client, url, data):
    """Do what the admin's preview button does; return the SPA address it frames."""
    response = client.post(url, data)
    assert response.json()["is_valid"], response.json()
    response = client.get(url)
    assert response.status_code == 200
    src = re.search(r'<iframe src="([^"]+)"', response.content.decode()).group(1)
    return src.replace("&amp;", "&")


def preview_api(client, link):
    query = parse_qs(urlparse(link).query)
    response = client.get(
        "/api/v2/page_preview/",
        {"content_type": query["content_type"][0], "token": query["token"][0]},
    )
    return response


def test_editor_previews_a_draft_that_visitors_do_not_see(editor, client, api):
    page = Page.objects.get(url_path=WHAT)
    link = preview_link(
        editor,
        f"/admin/pages/{page.pk}/edit/preview/",
        content_form("Harm reduction, redrafted", "what-is-harm-reduction", "A DRAFT SENTENCE"),
    )
    assert link.startswith("http://localhost/preview/?")
    client.logout()
    response = preview_api(client, link)
    assert response.status_code == 200
    draft = response.json()
    assert draft["title"] == "Harm reduction, redrafted"
    assert "A DRAFT SENTENCE" in draft["body"][0]["value"]
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    published = find_page(api, "/what-is-harm-reduction/")
    assert published["title"] == "What is harm reduction?"
    assert "A DRAFT SENTENCE" not in str(published)


def test_a_new_unsaved_page_previews(editor, client):
    home = Page.objects.get(url_path="/campaign-home/")
    link = preview_link(
        editor,
        f"/admin/pages/add/campaign/contentpage/{home.pk}/preview/",
        content_form("Brand new page", "brand-new", "NOT SAVED YET"),
    )
    client.logout()
    response = preview_api(client, link)
    assert response.status_code == 200
    assert response.json()["title"] == "Brand new page"
    assert not Page.objects.filter(slug="brand-new").exists()


def signed_token(identifier, seconds_ago=0):
    signer = TimestampSigner(salt="headlesspreview.token")
    with mock.patch.object(
        TimestampSigner, "timestamp", return_value=b62_encode(int(time.time()) - seconds_ago)
    ):
        return signer.sign(identifier)


def stored_preview(page, token):
    from wagtail_headless_preview.models import PagePreview

    PagePreview.objects.create(
        token=token, content_type=page.content_type, content_json=page.to_json()
    )


def test_expired_tampered_and_missing_tokens_are_refused(client):
    page = Page.objects.get(url_path=WHAT).specific
    expired = signed_token(f"id={page.pk}", seconds_ago=2 * 3600)
    stored_preview(page, expired)
    fresh = signed_token(f"id={page.pk}")
    stored_preview(page, fresh)
    tampered = fresh[:-1] + ("A" if fresh[-1] != "A" else "B")

    def get(**params):
        response = client.get("/api/v2/page_preview/", params)
        assert response["Content-Type"] == "application/json"
        return response.status_code, response.json()

    assert get(content_type="campaign.contentpage", token=fresh)[0] == 200
    status, body = get(content_type="campaign.contentpage", token=expired)
    assert status == 400 and "expired" in body["message"]
    status, body = get(content_type="campaign.contentpage", token=tampered)
    assert status == 400 and "not valid" in body["message"]
    assert get(content_type="campaign.contentpage")[0] == 400
    assert get(token=fresh)[0] == 400
    assert get(content_type="campaign.homepage", token=fresh)[0] == 404
    assert get(content_type="auth.user", token=fresh)[0] == 404
    assert get(content_type="nonsense", token=fresh)[0] == 404
    assert get(content_type="campaign.contentpage", token=fresh, colour="red")[0] == 400
    with override_settings(PREVIEW_TOKEN_MAX_AGE=3 * 3600):
        assert get(content_type="campaign.contentpage", token=expired)[0] == 200


def public_everywhere(api, page_id, path, title):
    """Whether a page shows up in any public endpoint."""
    seen = []
    status, listing = api("/api/v2/pages/", limit=100)
    seen.append(any(item["id"] == page_id for item in listing["items"]))
    status, _ = api(f"/api/v2/pages/{page_id}/")
    seen.append(status == 200)
    status, _ = api("/api/v2/pages/find/", html_path=path)
    seen.append(status == 200)
    status, results = api("/api/v2/pages/", search=title.split()[0])
    seen.append(any(item["id"] == page_id for item in results["items"]))
    _, shell = api("/api/v2/site/")
    seen.append(
        page_id in [i["id"] for item in shell["navigation"] for i in [item, *item["children"]]]
    )
    _, guide = api("/api/v2/pages/find/", html_path="/resource-guide/")
    seen.append(page_id in [section["id"] for section in guide["sections"]])
    return seen


def test_unpublished_and_private_pages_are_in_no_public_endpoint(api):
    city = Page.objects.get(url_path="/campaign-home/resource-guide/columbia/")
    assert public_everywhere(api, city.pk, "/resource-guide/columbia/", "Columbia") == [True] * 6

    city.specific.unpublish()
    assert public_everywhere(api, city.pk, "/resource-guide/columbia/", "Columbia") == [False] * 6

    city.specific.save_revision().publish()
    PageViewRestriction.objects.create(page=city, restriction_type="password", password="x")
    assert public_everywhere(api, city.pk, "/resource-guide/columbia/", "Columbia") == [False] * 6


def test_links_to_private_pages_leave_no_title_or_address(api):
    target = Page.objects.get(url_path="/campaign-home/resource-guide/")
    PageViewRestriction.objects.create(page=target, restriction_type="password", password="x")
    page = find_page(api, "/what-is-harm-reduction/")
    text = str(page)
    assert "/resource-guide/" not in text
    cta = next(b for b in page["body"] if b["type"] == "call_to_action")["value"]
    assert cta["page"] is None


def test_preview_page_is_framed_only_by_the_admin_never_cached_or_indexed(client):
    response = client.get("/preview/", {"content_type": "campaign.contentpage", "token": "x"})
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assert "frame-ancestors" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response
    public = client.get("/facts-and-stats/")
    assert public["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    ("allowed", "origin", "expected"),
    [
        ([], "http://localhost:5173", None),
        (["http://localhost:5173"], "http://localhost:5173", "http://localhost:5173"),
        (["http://localhost:5173"], "https://evil.example", None),
    ],
)
def test_cors_allows_only_configured_front_ends(client, allowed, origin, expected):
    with override_settings(CORS_ALLOWED_ORIGINS=allowed):
        response = client.get("/api/v2/site/", HTTP_ORIGIN=origin)
    assert response.status_code == 200
    assert response.headers.get("Access-Control-Allow-Origin") == expected


def test_view_live_points_at_the_single_page_site_of_each_site(api):
    campaign = find_page(api, "/facts-and-stats/")
    clinic = find_page(api, "/harm-reduction/", host="clinic.localhost")
    assert campaign["meta"]["html_url"] == "http://localhost/facts-and-stats/"
    assert clinic["meta"]["html_url"] == "http://clinic.localhost/harm-reduction/"


GUIDE = "/campaign-home/resource-guide/"
UNDER_GUIDE = "/campaign-home/resource-guide/additional-resources/"


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="a-shared-secret" if kind == "password" else ""
    )
    if kind == "groups":
        restriction.groups.add(Group.objects.create(name="Outreach staff"))


@pytest.mark.parametrize("kind", ["password", "login", "groups"])
def test_drafts_preview_while_a_page_is_restricted(editor, client, kind):
    restrict(Page.objects.get(url_path=GUIDE), kind)
    page = Page.objects.get(url_path=WHAT)
    link = preview_link(
        editor,
        f"/admin/pages/{page.pk}/edit/preview/",
        content_form("Harm reduction, redrafted", "what-is-harm-reduction", "A DRAFT SENTENCE"),
    )
    for logged_in in (True, False):  # in the admin's frame, and from the link alone
        if not logged_in:
            client.logout()
        response = preview_api(client, link)
        assert response.status_code == 200, response.content[:300]
        assert "A DRAFT SENTENCE" in response.json()["body"][0]["value"]


@pytest.mark.parametrize("kind", ["password", "login", "groups"])
def test_an_editor_previews_a_restricted_pages_draft_which_stays_hidden(editor, client, kind):
    guide = Page.objects.get(url_path=GUIDE)
    restrict(guide, kind)
    page = Page.objects.get(url_path=UNDER_GUIDE)
    link = preview_link(
        editor,
        f"/admin/pages/{page.pk}/edit/preview/",
        content_form("Staff-only resources", "additional-resources", "A STAFF DRAFT"),
    )
    # The editor (a superuser) passes a login or groups restriction, as on Wagtail's own
    # pages, so sees the draft's parent; a password must be given, superuser or not.
    response = preview_api(client, link)
    assert response.status_code == 200, response.content[:300]
    draft = response.json()
    assert draft["title"] == "Staff-only resources"
    assert "A STAFF DRAFT" in str(draft["body"])
    parent = draft["meta"]["parent"]
    assert (parent and parent["id"]) == (None if kind == "password" else guide.pk)
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]

    # The token alone previews the draft, but shows nothing of the restricted guide.
    client.logout()
    response = preview_api(client, link)
    assert response.status_code == 200
    assert response.json()["meta"]["parent"] is None
    assert "Resource guide" not in response.content.decode()
    # Neither the page nor its draft reaches a visitor.
    for path, params in (
        ("/api/v2/pages/", {"search": "resources"}),
        ("/api/v2/pages/", {"limit": 100}),
        ("/api/v2/pages/find/", {"html_path": "/resource-guide/additional-resources/"}),
        (f"/api/v2/pages/{page.pk}/", {}),
    ):
        answer = client.get(path, params)
        assert answer.status_code in (200, 404)
        assert "additional-resources" not in answer.content.decode()
        assert "STAFF" not in answer.content.decode()
