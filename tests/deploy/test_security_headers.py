"""The security headers Django sends (turnto.core.middleware), and that nginx sends the same
for the files it serves itself."""

import base64
import hashlib
import re

from django.core.files.base import ContentFile
from django.test import override_settings

from wagtail.documents.models import Document

import pytest

from turnto.core.middleware import (
    PERMISSIONS_POLICY,
    SITE_CSP,
    UNBUILT_HASHES,
    csp_header,
    parse_csp,
)

from .conftest import ROOT, TEMPLATE

pytestmark = pytest.mark.django_db


def test_the_site_gets_a_strict_policy(client):
    response = client.get("/resource-guide/kansas-city/")
    assert response.status_code in (200, 503)  # 503: the front end is not built here
    policy = parse_csp(response["Content-Security-Policy"])
    # The site's own files, and the one inline script of the build by its hash (boot.js).
    assert policy["script-src"].split()[0] == "'self'"
    assert all(source.startswith("'sha256-") for source in policy["script-src"].split()[1:])
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'"
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    permissions = dict(item.split("=") for item in response["Permissions-Policy"].split(", "))
    assert permissions["geolocation"] == "(self)"  # "Near me", on the site itself only
    assert permissions["camera"] == permissions["microphone"] == "()"


def test_the_api_is_nothing_a_browser_may_run_or_frame(client):
    response = client.get("/api/v2/site/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert parse_csp(response["Content-Security-Policy"]) == {
        "default-src": "'none'",
        "frame-ancestors": "'none'",
    }
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_admin_has_its_own_laxer_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = parse_csp(response["Content-Security-Policy"])
    # Wagtail's admin has inline scripts and compiles templates with new Function().
    assert "'unsafe-inline'" in policy["script-src"] and "'unsafe-eval'" in policy["script-src"]
    assert policy["frame-ancestors"] == "'self'"
    # It frames the sites' /preview/ pages: over https only, once it is on https itself.
    assert "http:" in policy["frame-src"].split()
    secure = client.get("/admin/login/", secure=True)
    assert parse_csp(secure["Content-Security-Policy"])["frame-src"] == "'self' https:"
    # Admin logins need the Origin header on https, which no-referrer would hide.
    assert response["Referrer-Policy"] == "same-origin"


@override_settings(PREVIEW_FRAME_ANCESTORS="'self' https://admin.example.org")
def test_preview_may_be_framed_by_the_admin_only(client):
    response = client.get("/preview/", {"content_type": "campaign.contentpage", "token": "x"})
    policy = parse_csp(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == "'self' https://admin.example.org"
    # Everything else is the site's own policy.
    assert {k: v for k, v in policy.items() if k != "frame-ancestors"} == {
        k: v for k, v in SITE_CSP.items() if k != "frame-ancestors"
    }
    assert "X-Frame-Options" not in response


def test_documents_keep_wagtails_own_policy(client, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(title="Example leaflet")
    document.file.save("leaflet.txt", ContentFile(b"Example text."))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["Referrer-Policy"] == "no-referrer"


def template_map_value(name):
    match = re.search(rf"map \$host \${name} {{\s*default \"([^\"]+)\";", TEMPLATE.read_text())
    assert match, name
    return match.group(1)


def test_nginx_sends_the_same_site_policy_as_django():
    # nginx takes the inline style's and script's hashes from the build (csp-style.map,
    # csp-script.map), as Django does (csp-hashes.json).
    policy = template_map_value("turnto_site_csp")
    for kind, directive in (("style", "style-src"), ("script", "script-src")):
        built = ROOT / "frontend" / "dist" / f"csp-{kind}.map"
        if built.exists():
            hashes = re.fullmatch(r'default "([^"]*)";\n', built.read_text()).group(1)
        else:
            hashes = UNBUILT_HASHES.get(directive, "")
        assert f"include ${{FRONTEND_ROOT}}/csp-{kind}.map;" in TEMPLATE.read_text()
        policy = policy.replace(f"$turnto_{kind}_hashes", hashes)
    assert policy.replace("'self' ;", "'self';") == csp_header(SITE_CSP)
    assert template_map_value("turnto_permissions_policy") == PERMISSIONS_POLICY


def csp_hash(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("index", ["frontend/index.html", "frontend/dist/index.html"])
def test_the_policy_allows_what_index_html_needs_and_no_other_inline_script(index):
    path = ROOT / index
    if not path.exists():
        pytest.skip(f"{index} is not built")
    html = path.read_text()
    assert not re.search(r"\son\w+=", html), "an inline event handler"
    allowed = SITE_CSP["style-src"].split()
    for style in re.findall(r"<style[^>]*>(.*?)</style>", html, re.S):
        assert csp_hash(style) in allowed, f"add {csp_hash(style)} to SITE_CSP style-src"
    # The built page's one inline script is boot.js (the quick exit): allowed by its hash, and
    # nothing else. Data blocks (the shell's JSON, ld+json) never run.
    inline = re.findall(
        r"<script(?![^>]*\b(?:src=|type=\"application/))[^>]*>(.*?)</script>", html, re.S
    )
    allowed = SITE_CSP["script-src"].split()
    assert all(csp_hash(script) in allowed for script in inline), "an inline script not allowed"
    if index.startswith("frontend/dist/"):
        assert len(inline) == 1 and "quick-exit" in inline[0]
        assert allowed == ["'self'", csp_hash(inline[0])]  # and no other


def test_debug_error_pages_stay_readable_on_a_developers_machine(client, settings):
    settings.DEBUG = True
    response = client.get("/media/no-such-file.jpg")
    assert response.status_code == 404 and response["Content-Type"].startswith("text/html")
    assert "Content-Security-Policy" not in response  # Django's page styles itself inline
    settings.DEBUG = False
    response = client.get("/media/no-such-file.jpg")
    assert response.status_code == 404
    assert parse_csp(response["Content-Security-Policy"])["script-src"] == SITE_CSP["script-src"]


def test_the_sites_own_scripts_and_styles_carry_no_document_policy(client):
    """Half a kilobyte less on every asset a phone downloads; a policy there does nothing."""
    from django.conf import settings

    assets = sorted((settings.FRONTEND_DIST / "static" / "spa").glob("app-*.js"))
    if not assets:
        pytest.skip("the front end is not built")
    response = client.get(f"/static/spa/{assets[0].name}")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert "Permissions-Policy" not in response
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in client.get("/facts-and-stats/")
