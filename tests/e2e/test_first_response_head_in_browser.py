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


def sent_ld(text):
    head = text.split("</head>")[0]
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', head)[1])


def browser_ld(page):
    return json.loads(page.locator("head script[type='application/ld+json']").text_content())


# The router draws the address in the bar itself, from the API, as after Back or Forward;
# the server's page tags are taken away first, so every tag after it is one seo.js wrote.
REDRAW = """([path, keep]) => {
  for (const tag of document.head.querySelectorAll(
    'meta[name], meta[property], link[rel=canonical], script[type="application/ld+json"]'
  )) {
    const key = tag.getAttribute('name') || tag.getAttribute('property');
    if (!keep.includes(key)) tag.remove();
  }
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}"""


def check(page, base, path, status, heading=None, redraw=True):
    """The head the server sent for `path` is the head seo.js writes for it: once the app has
    adopted the page the server drew, and (`redraw`) once the router has drawn the same address
    itself from the API (a 404 the router leaves to the server: it loads the address)."""
    response = page.goto(base + path)
    assert response.status == status, path
    text = response.text()
    sent = page_only(sent_head(text))
    wait_for_page(page, heading)
    assert page_only(page.evaluate(HEAD_TAGS)) == sent, path
    if redraw:
        page.evaluate(REDRAW, [path, sorted(BUILD_TAGS)])
        page.wait_for_function("() => !document.querySelector('main[data-first-view]')")
        wait_for_page(page, heading)
        after = page_only(page.evaluate(HEAD_TAGS))
        assert after == sent, path
    assert browser_ld(page) == sent_ld(text), path
    assert page.evaluate("window.__csp || []") == [], path
    return sent, sent_ld(text)


def test_the_server_writes_the_head_seo_js_writes_on_both_sites(server, page):
    console = watch_csp(page)
    # Canonical addresses and pictures on the site's one origin, whatever host was asked.
    origin = f"http://localhost:{server['port']}"
    for path in [*CAMPAIGN_PATHS, "/safety/", "/search/"]:
        sent, ld = check(page, server["url"], path, 200)
        # "Page | Site"; the home page, named after the site, says the name once.
        assert sent["title"].endswith("Who Can I Turn To?"), path
        assert sent["title"].count("Who Can I Turn To?") == 1, path
        assert sent["canonical"] == origin + path
        assert ("robots" in sent) is (path == "/search/"), path
        # Every page shows a picture when shared, with its size.
        assert sent["og:image"].startswith(origin + "/media/"), path
        assert (sent["og:image:width"], sent["og:image:height"]) == ("1200", "630"), path
        kinds = {item["@type"] for item in ld["@graph"]}
        assert {"WebSite", "Organization"} <= kinds, path
        assert ("BreadcrumbList" in kinds) is (path != "/"), path
    clinic = clinic_paths(server)
    assert len(clinic) >= 2
    articles = 0
    for path in clinic:
        sent, ld = check(page, server["clinic_url"], path, 200)
        assert sent["canonical"] == server["clinic_url"] + path
        assert sent["og:image:width"] == "1200", path
        kinds = {item["@type"] for item in ld["@graph"]}
        assert "MedicalClinic" in kinds and "Organization" not in kinds, path
        articles += "NewsArticle" in kinds
    assert articles >= 1, "the clinic's posts are NewsArticles in the browser too"
    assert [text for text in console if "Content Security Policy" in text] == []


def test_a_404_shows_the_not_found_page_with_the_same_head(server, page):
    console = watch_csp(page)
    sent, _ = check(page, server["url"], "/no/such/page/", 404, "Page not found", redraw=False)
    assert sent["title"].startswith("Page not found | ")
    assert page.locator("#crisis-bar .crisis-bar__lines a[href='tel:988']").count() == 1
    check(
        page, server["clinic_url"], "/what-is-harm-reduction/", 404, "Page not found", redraw=False
    )
    assert [text for text in console if "Content Security Policy" in text] == []
