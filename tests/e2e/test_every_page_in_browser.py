"""Every page of both demo sites in a real Chromium, at phone and desktop widths: it renders
its heading and blocks, passes axe-core's WCAG 2.2 AA checks, sets no cookie and asks no other
origin for anything. Screenshots of each are saved for people to look at.

It runs before test_video_and_rich_text_in_browser.py (files run in name order), which adds a
page to the campaign site."""

from urllib.parse import urlparse

import pytest

from tests.conftest import CAMPAIGN_PATHS
from tests.e2e.conftest import api, axe_violations, screenshot, wait_for_page

pytestmark = pytest.mark.browser

CLINIC = "clinic.localhost"
WIDTHS = {"phone": 375, "desktop": 1280}


def site_pages(server, host):
    listing = api(server, "/api/v2/pages/?limit=100", host)
    return [urlparse(item["meta"]["html_url"]).path for item in listing["items"]]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("host", ["localhost", CLINIC])
def test_every_page_renders_accessibly_privately_and_without_other_origins(
    server, browser, host, width
):
    origin = f"http://{host}:{server['port']}"
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900})
    page = context.new_page()
    requests, cookies_set, errors = [], [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("response", lambda r: r.headers.get("set-cookie") and cookies_set.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    paths = site_pages(server, host)
    if host == "localhost":
        assert set(CAMPAIGN_PATHS) <= set(paths)
    problems = []
    for path in paths:
        detail = api(server, f"/api/v2/pages/find/?html_path={path}", host)
        page.goto(origin + path)
        wait_for_page(page)
        heading = page.inner_text("main h1").strip()
        expected = {detail["title"], detail.get("hero_heading") or detail["title"]}
        if heading not in expected:
            problems.append(f"{path}: heading {heading!r}, expected {expected}")
        shown = page.locator("main .block").count()
        if shown != len(detail["body"]):
            problems.append(f"{path}: {shown} blocks shown of {len(detail['body'])}")
        if width == "desktop" or path in ("/", "/facts-and-stats/"):
            problems += [f"{path} ({width}): {v}" for v in axe_violations(page)]
        slug = path.strip("/").replace("/", "--") or "home"
        screenshot(page, f"{host.split('.')[0]}-{slug}-{WIDTHS[width]}")
    others = sorted({u for u in requests if not u.startswith(origin + "/")})
    assert not problems, "\n".join(problems)
    assert others == [], f"requests to other origins: {others}"
    assert cookies_set == [] and context.cookies() == []
    assert errors == []
    context.close()
