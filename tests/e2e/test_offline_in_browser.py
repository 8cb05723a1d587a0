"""Offline, privately, in a real Chromium: the service worker keeps the pages a visitor read
and shows them without signal, with a notice; a page never read shows the offline page with
the crisis lines and the overdose steps; the quick exit and "Forget this site" leave nothing
behind; nothing private is ever kept; a site can turn it off. And "Text this" on a listing.

Service workers need a secure context: http://localhost is one."""

import re
import time
from urllib.parse import unquote

import pytest

from tests.e2e.conftest import api, open_filters, screenshot, sign_in, wait_for_page

pytestmark = pytest.mark.browser

NOTICE = re.compile(r"^Saved copy from [A-Z][a-z]{2} \d{1,2}, \d\d:\d\d — you are offline$")
STORED = """async () => {
  const urls = [];
  for (const name of await caches.keys()) {
    if (name.startsWith('workbox-precache')) continue;
    for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
  }
  return urls;
}"""


KEPT_HERE = "caches.open('turnto-pages').then(c => c.match(location.href)).then(Boolean)"


def wait_for_worker(page):
    """Until the service worker controls the page and has saved it."""
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function(
        """() => caches.open('turnto-pages').then(c => c.match(location.href)).then(Boolean)""",
        timeout=15000,
    )


@pytest.fixture
def visitor(browser):
    context = browser.new_context(viewport={"width": 375, "height": 667})
    yield context
    context.close()


def test_a_page_read_opens_offline_with_its_notice_and_a_new_one_shows_the_offline_page(
    server, visitor
):
    page = visitor.new_page()
    page.goto(server["url"] + "/the-fentanyl-crisis/")
    wait_for_page(page, "The fentanyl crisis")
    wait_for_worker(page)

    visitor.set_offline(True)
    page.reload()
    assert page.inner_text("main h1") == "The fentanyl crisis"
    notice = page.locator("#saved-copy")
    assert NOTICE.match(notice.inner_text().strip()), notice.inner_text()
    assert notice.bounding_box()["y"] < 667, "the notice is in the first screen"
    screenshot(page, "offline-saved-copy-375")

    page.goto(server["url"] + "/facts-and-stats/")  # never read on this phone
    assert page.inner_text("main h1") == "You are offline"
    lines = page.locator(".offline-lines a")
    hrefs = [lines.nth(n).get_attribute("href") for n in range(lines.count())]
    assert "tel:911" in hrefs and "tel:988" in hrefs and "sms:988" in hrefs
    steps = page.locator(".offline-steps li strong").all_inner_texts()
    assert steps[0] == "Call 911" and "Give naloxone" in steps and steps[-1] == "Stay with them"
    screenshot(page, "offline-page-375")

    visitor.set_offline(False)
    page.goto(server["url"] + "/the-fentanyl-crisis/")
    wait_for_page(page, "The fentanyl crisis")
    assert page.locator("#saved-copy").count() == 0, "online: the fresh page, no notice"


def test_the_offline_page_keeps_its_look_when_it_is_asked_again(server, visitor):
    """A second visit revalidates the browser's copy (a 304): the policy it keeps must still
    allow the page's own rules, or the crisis lines lose their layout."""
    page = visitor.new_page()
    blocked = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and blocked.append(message.text),
    )
    for _ in range(2):
        page.goto(server["url"] + "/offline/")
        assert (
            page.evaluate("getComputedStyle(document.querySelector('.offline-lines')).display")
            == "grid"
        )
    assert not blocked, blocked[0]


def follow(page, path):
    """A click on a link of the page to `path` (the router draws it: no page load)."""
    page.evaluate("p => document.querySelector(`a[href='${p}']`).click()", path)


def test_a_page_reached_in_the_site_opens_offline_from_its_saved_answer(server, visitor):
    page = visitor.new_page()
    page.goto(server["url"] + "/")
    wait_for_page(page)
    wait_for_worker(page)
    follow(page, "/the-fentanyl-crisis/")
    wait_for_page(page, "The fentanyl crisis")
    follow(page, "/")
    page.wait_for_function("location.pathname === '/'")
    wait_for_page(page)
    visitor.set_offline(True)
    follow(page, "/the-fentanyl-crisis/")
    wait_for_page(page, "The fentanyl crisis")
    assert NOTICE.match(page.inner_text("#saved-copy").strip())


def test_a_page_reached_in_the_site_reloads_offline_as_its_saved_copy(server, visitor):
    """A page reached by a link came as data; reloaded with no signal it is still the page
    read (the worker kept the page itself a moment later), not the offline page."""
    page = visitor.new_page()
    page.goto(server["url"] + "/")
    wait_for_page(page)
    wait_for_worker(page)
    follow(page, "/the-fentanyl-crisis/")
    wait_for_page(page, "The fentanyl crisis")
    deadline = time.monotonic() + 15
    while not page.evaluate(KEPT_HERE) and time.monotonic() < deadline:
        time.sleep(0.25)
    assert page.evaluate(KEPT_HERE), "the page reached by a link was not kept"
    visitor.set_offline(True)
    page.reload()
    assert page.inner_text("main h1") == "The fentanyl crisis"
    assert NOTICE.match(page.inner_text("#saved-copy").strip())


def test_the_quick_exit_deletes_every_saved_copy_and_the_worker(server, visitor):
    page = visitor.new_page()
    page.route("https://www.weather.gov/**", lambda route: route.fulfill(body="weather"))
    page.goto(server["url"] + "/the-fentanyl-crisis/")
    wait_for_page(page, "The fentanyl crisis")
    wait_for_worker(page)
    assert page.evaluate("caches.keys()")
    page.get_by_role("link", name=re.compile("Exit this page")).click()
    page.wait_for_url("https://www.weather.gov/")

    other = visitor.new_page()
    other.goto(server["url"] + "/robots.txt")  # the site's origin, a file that registers nothing
    other.wait_for_function(
        """async () => (await caches.keys()).length === 0
            && (await navigator.serviceWorker.getRegistrations()).length === 0""",
        timeout=5000,
    )


def test_the_quick_exit_still_leaves_at_once(server, visitor):
    page = visitor.new_page()
    page.route("https://www.weather.gov/**", lambda route: route.fulfill(body="weather"))
    page.goto(server["url"] + "/the-fentanyl-crisis/")
    wait_for_page(page, "The fentanyl crisis")
    wait_for_worker(page)
    left = []
    page.on("request", lambda r: "weather.gov" in r.url and left.append(time.monotonic()))
    start = time.monotonic()
    page.evaluate("document.getElementById('quick-exit').click()")
    page.wait_for_url("https://www.weather.gov/")
    took = (left[0] - start) * 1000
    # The deletion holds the departure back 300 ms at most (and the test's own round trips).
    assert took <= 600, f"the exit took {took:.0f} ms to leave"
    print(f"quick exit left after {took:.0f} ms")


def test_forget_this_site_on_the_safety_page(server, visitor):
    page = visitor.new_page()
    page.goto(server["url"] + "/safety/")
    wait_for_page(page, "Staying safe on this site")
    wait_for_worker(page)
    assert "What this phone keeps" in page.inner_text("main")
    screenshot(page, "safety-375")
    page.get_by_role("button", name="Forget this site on this phone").click()
    page.locator("[data-forget-status]", has_text="Done").wait_for()
    assert page.evaluate("caches.keys()") == []
    assert page.evaluate("navigator.serviceWorker.getRegistrations()") == []


def test_nothing_private_is_ever_kept(server, browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 800},
        geolocation={"latitude": 39.099712, "longitude": -94.578331},
    )
    page = context.new_page()
    page.goto(server["url"] + "/resource-guide/kansas-city/")
    wait_for_page(page, "Kansas City")
    wait_for_worker(page)
    # Near me (a location).
    context.grant_permissions(["geolocation"])
    open_filters(page)
    with page.expect_response(lambda r: "near=" in r.url):
        page.get_by_role("button", name="Sort by distance from me").click()
    # A problem report (a POST).
    card = page.locator(".listing").first
    card.get_by_role("button", name="Report a problem with this listing").click()
    form = card.locator("form.report")
    form.get_by_role("radio", name="Wrong opening hours").check()
    with page.expect_response(lambda r: "/reports/" in r.url) as answer:
        form.get_by_role("button", name="Send report").click()
    assert answer.value.status == 201
    # A search, in the page and as a page of its own.
    page.goto(server["url"] + "/search/?q=naloxone")
    wait_for_page(page, "Search")
    page.locator("main .search-results, main [data-results], main li").first.wait_for()
    # A preview (an invalid link still asks the preview API).
    page.goto(server["url"] + "/preview/?content_type=campaign.contentpage&token=forged")
    wait_for_page(page, "This preview is not available")
    # An answer to a request with a session (a made-up cookie is no session: such a request
    # gets the page everyone gets).
    sign_in(page, server)
    page.goto(server["url"] + "/what-is-harm-reduction/")
    wait_for_page(page)
    page.wait_for_timeout(500)

    stored = page.evaluate(STORED)
    assert any(url.endswith("/resource-guide/kansas-city/") for url in stored)
    for url in stored:
        assert not re.search(r"near=|q=|search|preview|token|report|admin", url), url
        assert not url.endswith("/what-is-harm-reduction/"), "sent with a cookie: not kept"
    context.close()


def test_a_site_can_turn_offline_saving_off(server, visitor):
    page = visitor.new_page()
    page.goto(server["url"] + "/")
    wait_for_page(page)
    wait_for_worker(page)
    set_offline_saving(server, False)
    try:
        page.goto(server["url"] + "/what-is-harm-reduction/")
        wait_for_page(page)
        page.wait_for_function(
            """async () => (await navigator.serviceWorker.getRegistrations()).length === 0
                && (await caches.keys()).length === 0""",
            timeout=5000,
        )
        page.goto(server["url"] + "/safety/")
        wait_for_page(page)
        page.wait_for_timeout(1000)
        assert page.evaluate("navigator.serviceWorker.getRegistrations()") == []
        assert "saves nothing on your phone" in page.inner_text("main")
    finally:
        set_offline_saving(server, True)


def set_offline_saving(server, on):
    server["manage"](
        "shell",
        "-c",
        "from wagtail.models import Site; from turnto.core.models import SiteSettings; "
        "s = SiteSettings.for_site(Site.objects.get(is_default_site=True)); "
        f"s.offline_saving = {on}; s.save()",
    )


def test_the_worker_and_the_manifest_are_served_as_they_must_be(server, page):
    response = page.request.get(server["url"] + "/sw.js")
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["cache-control"] == "no-cache"
    manifest = page.request.get(server["url"] + "/manifest.webmanifest")
    assert manifest.headers["content-type"].startswith("application/manifest+json")
    data = manifest.json()
    assert data["name"] == "Who Can I Turn To?" and data["theme_color"] == "#0b4f5c"
    assert {icon["sizes"] for icon in data["icons"]} >= {"192x192", "512x512"}
    for icon in data["icons"]:
        assert page.request.get(server["url"] + icon["src"]).status == 200


def sms_body(page, name):
    card = page.locator(".listing", has=page.locator(".listing__name", has_text=name))
    href = card.get_by_role("link", name=re.compile("^Text this")).get_attribute("href")
    assert href.startswith("sms:?&body=")
    return unquote(href.removeprefix("sms:?&body="))


def test_text_this_holds_the_listing_in_words(server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 667})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    name = "24-Hour Crisis Center (example)"
    listing = next(
        item
        for item in api(server, "/api/directory/services/?city=Kansas%20City&page_size=50")[
            "results"
        ]
        if item["name"] == name
    )
    expected = (
        "24-Hour Crisis Center (example)\n"
        "Example address — not a real place, Kansas City, MO\n"
        "Call 816-555-0103\n"
        "Today: Open 24 hours\n"
        f"{server['url']}/resource-guide/kansas-city/#listing-{listing['id']}"
    )
    page.goto(server["url"] + "/resource-guide/kansas-city/")
    wait_for_page(page, "Kansas City")
    assert sms_body(page, name) == expected, "the server's first view"
    # Drawn again by the browser (a filter sent): the same words.
    follow(page, "/")
    page.wait_for_function("location.pathname === '/'")
    wait_for_page(page)
    page.go_back()
    wait_for_page(page, "Kansas City")
    page.locator(".listing").first.wait_for()
    assert sms_body(page, name) == expected, "the browser's drawing"
    card = page.locator(".listing", has=page.locator(".listing__name", has_text=name))
    card.get_by_role("button", name=re.compile("^Copy")).click()
    assert page.evaluate("navigator.clipboard.readText()") == expected
    card.scroll_into_view_if_needed()
    screenshot(page, "listing-text-this-375")
    context.close()


def test_without_script_text_this_is_a_plain_link(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server["url"] + "/resource-guide/kansas-city/")
    card = page.locator(".listing").first
    assert card.get_by_role("link", name=re.compile("^Text this")).count() == 1
    assert card.get_by_role("button", name=re.compile("^(Copy|Share)")).count() == 0
    context.close()
