"""The head the server sends in the first response is the head the browser's seo.js writes
once the app has run: a shared link, a crawler and a visitor's first paint see the page's own
title, description, canonical and Open Graph tags, and they do not change under the reader."""

import html
import json
import re

import pytest

from tests.conftest import CAMPAIGN_PATHS
from tests.e2e.conftest import api, wait_for_page

pytestmark = pytest.mark.browser

HEAD_TAGS = """() => {
  const out = {title: document.title, lang: document.documentElement.lang};
  for (const m of document.head.querySelectorAll('meta[name], meta[property]')) {
    const key = m.getAttribute('name') || m.getAttribute('property');
    out[key] = m.getAttribute('content');
  }
  out.canonical = document.head.querySelector('link[rel=canonical]')?.getAttribute('href');
  return out;
}"""
# Tags that are the build's, not the page's.
BUILD_TAGS = {"viewport", "referrer", "turnto-api", "turnto-site", "turnto-map-css", "theme-color"}


def sent_head(text):
    head = text.split("</head>")[0]
    out = {
        "title": html.unescape(re.search(r"<title>([^<]*)</title>", head)[1]),
        "lang": re.search(r'<html lang="([^"]*)"', text)[1],
    }
    for match in re.finditer(r'<meta (?:name|property)="([^"]+)" content="([^"]*)">', head):
        out[match[1]] = html.unescape(match[2])
    canonical = re.search(r'<link rel="canonical" href="([^"]*)">', head)
    out["canonical"] = canonical and html.unescape(canonical[1])
    return out


def page_only(tags):
    return {key: value for key, value in tags.items() if key not in BUILD_TAGS}


def watch_csp(page):
    """Every Content-Security-Policy violation the page reports, and console errors."""
    seen = []
    page.on(
        "console",
        lambda message: message.type == "error" and seen.append(message.text),
    )
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation',"
        " e => (window.__csp ||= []).push(e.violatedDirective + ' ' + e.blockedURI))"
    )
    return seen


def clinic_paths(server):
    found = api(server, "/api/v2/pages/?limit=50", host="clinic.localhost")
    return sorted({"/" + item["meta"]["html_url"].split("/", 3)[3] for item in found["items"]})


def check(page, base, path, status, heading=None):
    response = page.goto(base + path)
    assert response.status == status, path
    sent = page_only(sent_head(response.text()))
    wait_for_page(page, heading)
    after = page_only(page.evaluate(HEAD_TAGS))
    assert sent == after, path
    assert page.evaluate("window.__csp || []") == [], path
    data = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert {item["@type"] for item in data["@graph"]} == {"WebSite", "Organization"}
    return sent


def test_the_server_writes_the_head_seo_js_writes_on_both_sites(server, page):
    console = watch_csp(page)
    for path in [*CAMPAIGN_PATHS, "/safety/", "/search/"]:
        sent = check(page, server["url"], path, 200)
        # "Page | Site"; the home page, named after the site, says the name once.
        assert sent["title"].endswith("Who Can I Turn To?"), path
        assert sent["title"].count("Who Can I Turn To?") == 1, path
        assert sent["canonical"] == server["url"] + path
        assert ("robots" in sent) is (path == "/search/"), path
    clinic = clinic_paths(server)
    assert len(clinic) >= 2
    for path in clinic:
        sent = check(page, server["clinic_url"], path, 200)
        assert sent["canonical"] == server["clinic_url"] + path
    assert [text for text in console if "Content Security Policy" in text] == []


def test_a_404_shows_the_not_found_page_with_the_same_head(server, page):
    console = watch_csp(page)
    sent = check(page, server["url"], "/no/such/page/", 404, "Page not found")
    assert sent["title"].startswith("Page not found | ")
    assert page.locator("#crisis-bar a[href='tel:988']").count() == 1
    check(page, server["clinic_url"], "/what-is-harm-reduction/", 404, "Page not found")
    assert [text for text in console if "Content Security Policy" in text] == []
