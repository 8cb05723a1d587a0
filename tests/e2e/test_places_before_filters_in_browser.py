"""Places before filters, in a real Chromium: on every city page of both demo sites the first
place's name is in the first screen of a phone and of a laptop, the filters fold behind a
"Filter" button that counts what is chosen (with and without script), and the resource guide
lists its places ten at a time, "More places" a real link, its first response small."""

import gzip
import re
import urllib.request
from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import api, screenshot, wait_for_page

pytestmark = pytest.mark.browser

CLINIC = "clinic.localhost"
SCREENS = {"phone": {"width": 375, "height": 667}, "laptop": {"width": 1280, "height": 800}}
GUIDE = "/resource-guide/"
CITY = "/resource-guide/kansas-city/"
FIRST_FLIGHT = 14 * 1024  # what the first round trip of a new connection can bring


def city_pages(server, host):
    listing = api(server, "/api/v2/pages/?type=guide.CityDirectoryPage&limit=100", host)
    return [urlparse(item["meta"]["html_url"]).path for item in listing["items"]]


@pytest.fixture
def no_script(browser):
    context = browser.new_context(java_script_enabled=False, viewport=SCREENS["phone"])
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("host", ["localhost", CLINIC])
def test_the_first_place_is_in_the_first_screen_of_every_city_page(server, browser, host, screen):
    paths = city_pages(server, host)
    if host == "localhost":
        assert CITY in paths and len(paths) >= 3
    context = browser.new_context(viewport=SCREENS[screen])
    page = context.new_page()
    height = SCREENS[screen]["height"]
    tops = {}
    for path in paths:
        page.goto(f"http://{host}:{server['port']}{path}")
        wait_for_page(page)
        name = page.locator("#directory-results .listing__name").first
        name.wait_for()
        tops[path] = page.evaluate("e => e.getBoundingClientRect().top", name.element_handle())
        assert page.locator("details.filters__fold").evaluate("d => d.open") is False
    context.close()
    late = {path: top for path, top in tops.items() if not top + 24 < height}
    assert not late, f"first place's name below the first {height} px: {late}"


def test_the_filter_button_counts_and_folds_without_script(server, no_script):
    page = no_script
    page.goto(server["url"] + CITY + "?service_type=naloxone&free=true")
    toggle = page.locator("summary.filters__toggle")
    assert toggle.inner_text().strip() == "Filter (2)"
    assert not page.get_by_label("Naloxone").is_visible()
    # The filters fold away: the first place follows the "Filter" button. (Without script the
    # site's menu is drawn open, so the first screen is the header's, not the filters'.)
    name = page.locator("#directory-results .listing__name").first
    assert 0 < name.bounding_box()["y"] - toggle.bounding_box()["y"] < 120
    screenshot(page, "places-city-filters-folded-375")
    toggle.click()
    assert page.get_by_label("Naloxone").is_checked() and page.get_by_label("Free").is_checked()
    screenshot(page, "places-city-filters-open-375")
    page.get_by_label("Free").uncheck()
    with page.expect_navigation():
        page.get_by_role("button", name="Show places").click()
    assert page.locator("summary.filters__toggle").inner_text().strip() == "Filter (1)"
    expected = api(server, "/api/directory/services/?city=Kansas+City&service_type=naloxone")
    assert page.locator("#directory-results .listing").count() == expected["count"] > 0
    box = page.locator("summary.filters__toggle").bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44


def test_the_filter_count_follows_the_visitor_with_script(server, browser):
    context = browser.new_context(viewport=SCREENS["phone"])
    page = context.new_page()
    page.goto(server["url"] + CITY)
    wait_for_page(page, "Kansas City")
    toggle = page.locator("summary.filters__toggle")
    assert toggle.inner_text().strip() == "Filter"
    toggle.click()
    with page.expect_response(lambda r: "/api/directory/services/" in r.url):
        page.get_by_label("Naloxone").check()
    page.wait_for_timeout(100)
    assert toggle.inner_text().strip() == "Filter (1)"
    assert page.locator("#directory-results").get_attribute("aria-live") == "polite"
    expected = api(server, "/api/directory/services/?city=Kansas+City&service_type=naloxone")
    assert page.locator(".listings__count").inner_text() == f"{expected['count']} places"
    context.close()


def guide_names(page):
    return page.locator("#directory-results .listing__name").all_inner_texts()


def test_the_guide_lists_ten_places_a_page_and_more_without_script(server, no_script):
    page = no_script
    every = api(server, "/api/directory/services/?page_size=100")
    names = [item["name"] for item in every["results"]]
    assert len(names) > 20
    page.goto(server["url"] + GUIDE)
    # The cities first, then the search of every place.
    cities = page.locator("main .section-list a")
    assert cities.first.bounding_box()["y"] < page.locator("#directory-q").bounding_box()["y"]
    for n in range(cities.count()):
        box = cities.nth(n).bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, cities.nth(n).inner_text()
    assert guide_names(page) == names[:10]
    more = page.get_by_role("link", name="More places")
    box = more.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
    with page.expect_navigation():
        more.click()
    assert urlparse(page.url).query == "page=2"
    assert guide_names(page) == names[10:20]
    # The search of every place, without script: a plain GET form.
    page.goto(server["url"] + GUIDE)
    page.locator("#directory-q").fill("naloxone")
    with page.expect_navigation():
        page.get_by_role("button", name="Search", exact=True).click()
    found = api(server, "/api/directory/services/?q=naloxone&page_size=10")
    assert guide_names(page) == [item["name"] for item in found["results"]]
    assert page.locator("#directory-q").input_value() == "naloxone"


def test_the_guide_adds_more_places_under_the_first_with_script(server, browser):
    every = api(server, "/api/directory/services/?page_size=100")
    names = [item["name"] for item in every["results"]]
    for screen in SCREENS.values():
        context = browser.new_context(viewport=screen)
        page = context.new_page()
        page.goto(server["url"] + GUIDE)
        wait_for_page(page, "Resource guide")
        assert guide_names(page) == names[:10]
        screenshot(page, f"places-guide-{screen['width']}")
        page.locator("summary.filters__toggle").click()
        screenshot(page, f"places-guide-filters-open-{screen['width']}")
        page.locator("summary.filters__toggle").click()
        with page.expect_response(lambda r: "page=2" in r.url):
            page.get_by_role("link", name="More places").click()
        page.wait_for_function("() => document.querySelectorAll('.listing').length === 20")
        assert guide_names(page) == names[:20]
        assert page.url == server["url"] + GUIDE  # the same page, grown
        assert page.evaluate("document.activeElement.textContent") == names[10]
        context.close()


def test_the_city_page_at_both_sizes(server, browser):
    for screen in SCREENS.values():
        context = browser.new_context(viewport=screen)
        page = context.new_page()
        page.goto(server["url"] + CITY)
        wait_for_page(page, "Kansas City")
        screenshot(page, f"places-kansas-city-{screen['width']}")
        page.locator("summary.filters__toggle").click()
        screenshot(page, f"places-kansas-city-filters-open-{screen['width']}")
        context.close()


@pytest.mark.parametrize("asked", ["abc", "0", "99999", "-1", "2.5"])
def test_a_page_of_places_that_is_not_there_is_said_not_a_500(server, no_script, asked):
    page = no_script
    response = page.goto(f"{server['url']}{GUIDE}?page={asked}")
    assert response.status == 400
    message = page.locator("#directory-results .error-detail")
    assert "page" in message.inner_text()
    with page.expect_navigation():
        message.get_by_role("link", name="See the first page of places").click()
    assert len(guide_names(page)) == 10


def test_the_guide_first_response_fits_the_first_flight(server):
    request = urllib.request.Request(server["url"] + GUIDE, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        body = response.read()
        headers = "".join(f"{k}: {v}\r\n" for k, v in response.getheaders())
    if response.headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    assert body.count(b'class="listing"') == 10
    size = len(gzip.compress(body, 6)) + len(headers.encode())
    # With the stylesheet it needs to paint, compressed too (not the one a browser without
    # script would ask for, in a <noscript>).
    for href in re.findall(rb'(?<!<noscript>)<link rel="stylesheet" href="([^"]+)"', body):
        with urllib.request.urlopen(server["url"] + href.decode()) as response:
            size += len(gzip.compress(response.read(), 6))
    assert size <= FIRST_FLIGHT, f"{size} bytes"
