"""Each site's offline page (what the service worker shows for a page the phone never saved)
and its web app manifest."""

import re

from wagtail.models import Site

import pytest

from tests.conftest import CLINIC_HOST

pytestmark = pytest.mark.django_db


def test_the_offline_page_has_the_sites_lines_and_its_own_overdose_steps(client):
    response = client.get("/offline/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "no-store" not in response["Cache-Control"] and response["ETag"]
    assert response["X-Robots-Tag"] == "noindex"
    text = response.content.decode()
    assert "<h1>You are offline</h1>" in text
    links = re.findall(r'<a class="button" href="([^"]+)">', text)
    assert links[:3] == ["tel:911", "tel:988", "sms:988"]
    # The campaign's own numbered steps ("The fentanyl crisis"), not the universal ones.
    steps = re.findall(r"<li><strong>([^<]+)</strong>", text)
    assert steps == [
        "Call 911",
        "Give naloxone",
        "Help them breathe",
        "Put them on their side",
        "Stay with them",
    ]
    assert "The dispatcher will talk you through what to do." in text  # the page's words
    assert 'id="quick-exit"' in text and "Content-Security-Policy" in response
    # Its icon, as every page's (a browser asks for /favicon.ico where a page names none).
    icons = re.findall(r'<link rel="icon" href="([^"]+)"', text)
    assert icons and all(client.get(icon).status_code == 200 for icon in icons)


def test_the_offline_page_shows_the_steps_the_crisis_bar_links_to(client):
    # Another page, earlier in the menu, gets overdose steps of its own: the offline page
    # keeps to the ones the site's settings name, as the crisis bar's link does.
    from wagtail.models import Page

    page = Page.objects.get(url_path="/campaign-home/what-is-harm-reduction/").specific
    step = {"title": "Shout their name", "text": "<p>An older page's step.</p>"}
    page.body.append(
        ("steps", {"heading": "What to do in an overdose", "intro": "", "steps": [step]})
    )
    page.save_revision().publish()
    text = client.get("/offline/", HTTP_HOST="localhost").content.decode()
    steps = re.findall(r"<li><strong>([^<]+)</strong>", text)
    assert steps[0] == "Call 911" and "Shout their name" not in steps


def test_the_clinics_offline_page_has_steps_too(client):
    text = client.get("/offline/", HTTP_HOST=CLINIC_HOST).content.decode()
    steps = re.findall(r"<li><strong>([^<]+)</strong>", text)
    assert steps[0] == "Call 911" and steps[-1] == "Stay with them"
    assert "tel:911" in text


def test_the_manifest_names_the_site_or_its_discreet_name(client):
    from turnto.core.models import SiteSettings

    data = client.get("/manifest.webmanifest", HTTP_HOST="localhost").json()
    assert data["name"] == "Who Can I Turn To?"
    assert data["start_url"] == "/" and data["display"] == "standalone"
    settings = SiteSettings.for_site(Site.objects.get(hostname="localhost"))
    settings.app_name = "Notes"
    settings.save()
    response = client.get("/manifest.webmanifest", HTTP_HOST="localhost")
    assert response["Content-Type"] == "application/manifest+json"
    assert response.json()["name"] == "Notes" and response.json()["short_name"] == "Notes"


def test_the_shell_says_whether_phones_keep_offline_copies(client):
    from turnto.core.models import SiteSettings

    assert client.get("/api/v2/site/", HTTP_HOST="localhost").json()["offline"] is True
    settings = SiteSettings.for_site(Site.objects.get(hostname="localhost"))
    settings.offline_saving = False
    settings.save()
    assert client.get("/api/v2/site/", HTTP_HOST="localhost").json()["offline"] is False


def test_only_the_offline_page_carries_its_own_rules_and_its_policy_allows_them(client):
    """Its rules go inline in that page alone (every page's first response must fit in 14 KB),
    allowed there by their hash beside the site's own."""
    import base64
    import hashlib

    from turnto.core.middleware import parse_csp

    client.get("/offline/", HTTP_HOST="localhost")
    response = client.get("/offline/", HTTP_HOST="localhost")  # from the cache: the same policy
    assert response["X-Cache"] == "hit"
    text = response.content.decode()
    styles = re.findall(r"<style>([^<]*)</style>", text)
    own = [style for style in styles if ".offline-steps" in style]
    if not own:
        pytest.skip("the front end is not built")
    allowed = parse_csp(response["Content-Security-Policy"])["style-src"].split()
    for style in styles:  # the site's stylesheet, and the page's own rules
        digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in allowed
    assert parse_csp(response["Content-Security-Policy"])["script-src"].startswith("'self'")
    page = client.get("/what-is-harm-reduction/", HTTP_HOST="localhost").content.decode()
    assert ".offline-steps" not in page and ".saved-copy" in page
    # Asked again by a browser or the phone's saved copy (If-None-Match): the 304's policy,
    # which the browser keeps with its copy, still allows the page's own rules.
    again = client.get("/offline/", HTTP_HOST="localhost", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again["Content-Security-Policy"] == response["Content-Security-Policy"]
