"""Moving around the single-page site in a real Chromium: links, Back and Forward, deep links,
the page that is not there, an API that fails, and the menu by keyboard and on a phone."""

import pytest

from tests.e2e.conftest import wait_for_page

pytestmark = pytest.mark.browser


def test_navigation_stays_in_the_page_with_titles_focus_back_and_scroll(server, page):
    page.goto(server["url"] + "/")
    wait_for_page(page)
    page.evaluate("window.__sameDocument = true")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Facts and stats").click()
    wait_for_page(page, "Facts and stats")
    assert page.url.endswith("/facts-and-stats/")
    assert page.title().startswith("Facts and stats | Who Can I Turn To?")
    assert page.evaluate("document.activeElement.tagName") == "H1"
    page.wait_for_function(
        "() => document.getElementById('announcer').textContent.includes('Facts')"
    )

    # Far down the page the reader follows a link in the text; Back must bring them back
    # to the same place.
    link = page.locator("main .rich-text a[href='/the-fentanyl-crisis/']").last
    link.scroll_into_view_if_needed()
    scrolled = page.evaluate("window.scrollY")
    assert scrolled > 300
    link.click()
    wait_for_page(page, "The fentanyl crisis")
    assert page.evaluate("window.scrollY") == 0

    page.go_back()
    wait_for_page(page, "Facts and stats")
    page.wait_for_function("y => Math.abs(window.scrollY - y) < 5", arg=scrolled)
    page.go_back()
    wait_for_page(page)
    assert page.url == server["url"] + "/"
    page.go_forward()
    wait_for_page(page, "Facts and stats")
    assert page.evaluate("window.__sameDocument") is True, "a navigation reloaded the page"

    page.reload()
    wait_for_page(page, "Facts and stats")
    assert page.evaluate("window.__sameDocument") is None


def test_deep_link_and_404_with_search_and_crisis_lines(server, page):
    page.goto(server["url"] + "/resource-guide/springfield/")
    wait_for_page(page, "Springfield")

    # The server says so too (a 404, not a soft one); the app shows its not-found page.
    response = page.goto(server["url"] + "/no/such/page/")
    assert response.status == 404
    wait_for_page(page, "Page not found")
    assert page.title().startswith("Page not found")
    assert page.locator("#crisis-bar .crisis-bar__lines a[href='tel:988']").count() == 1
    assert page.locator("main a[href='tel:911']").count() == 1
    page.fill("main input[type=search]", "naloxone")
    page.press("main input[type=search]", "Enter")
    results = page.locator("main .search__list a")
    results.first.wait_for()
    assert results.count() >= 1
    results.first.click()
    page.wait_for_function("() => !location.pathname.startsWith('/no/')")
    wait_for_page(page)


def test_api_failure_shows_retry_and_crisis_lines(server, page):
    # The first page comes drawn; the next one, asked of the API, does not load.
    page.goto(server["url"] + "/")
    wait_for_page(page)
    page.route("**/api/v2/pages/find/**", lambda route: route.abort())
    page.locator("#site-nav").get_by_role("link", name="Facts and stats").click()
    wait_for_page(page, "This page did not load")
    assert page.locator("#crisis-bar .crisis-bar__lines a[href='tel:911']").count() == 1
    page.unroute("**/api/v2/pages/find/**")
    page.get_by_role("button", name="Try again").click()
    wait_for_page(page, "Facts and stats")


def test_menu_works_by_keyboard_alone(server, page):
    page.goto(server["url"] + "/")
    wait_for_page(page)
    toggle = page.get_by_role("button", name="Resource guide: show its pages")
    cities = page.locator("#nav-sub-4")
    toggle.focus()
    assert toggle.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    cities.wait_for(state="visible")
    assert toggle.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")
    # The cities, in alphabetical order.
    assert page.evaluate("document.activeElement.textContent") == "Columbia"
    page.keyboard.press("Escape")
    cities.wait_for(state="hidden")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "nav-sub-4"
    page.keyboard.press("Enter")
    cities.wait_for(state="visible")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Jefferson City"
    page.keyboard.press("Enter")
    wait_for_page(page, "Jefferson City")
    cities.wait_for(state="hidden")  # the menu closes after navigating


def test_phone_menu_opens_and_closes(server, context):
    page = context.new_page()
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(server["url"] + "/")
    wait_for_page(page)
    news = page.get_by_role("link", name="What we have been up to")
    assert not news.is_visible()
    page.get_by_role("button", name="Menu").click()
    news.click()
    wait_for_page(page, "What we have been up to")
    assert not news.is_visible()


def test_phone_menu_opens_before_the_app_has_come(server, context):
    """On a slow line the app comes a second or more after the page is shown: "Menu" opens
    and closes from the first paint all the same (the inline script wires it)."""
    page = context.new_page()
    page.set_viewport_size({"width": 375, "height": 667})
    page.route("**/static/spa/app-*.js", lambda route: None)  # never answered: still coming
    page.goto(server["url"] + "/")
    menu = page.get_by_role("button", name="Menu")
    news = page.get_by_role("link", name="What we have been up to")
    assert not news.is_visible()
    menu.click()
    news.wait_for(state="visible")
    assert menu.get_attribute("aria-expanded") == "true"
    assert page.evaluate("document.body.dataset.ready") is None, "the app came after all"
    menu.click()
    news.wait_for(state="hidden")
    assert menu.get_attribute("aria-expanded") == "false"


def test_an_in_app_link_to_a_moved_address_follows_the_redirect(server, page):
    # An editor's redirect (or one a renamed page left): the API knows no page there, the
    # server does. A link to it, followed in the app, ends on the page it points to.
    redirects = (
        "from wagtail.contrib.redirects.models import Redirect;"
        "from wagtail.models import Site;"
        "site = Site.objects.get(is_default_site=True);"
    )
    server["manage"](
        "shell",
        "-c",
        redirects + "Redirect.objects.create(old_path='/naloxone-where', site=site,"
        " redirect_link='/resource-guide/')",
    )
    try:
        page.goto(server["url"] + "/")
        wait_for_page(page)
        page.evaluate(
            "document.querySelector('main').insertAdjacentHTML('beforeend',"
            '\'<a id="moved" href="/naloxone-where/">moved</a>'
            ' <a id="gone" href="/never-was-here/">gone</a>\')'
        )
        page.click("#moved")
        # On the site's one origin (core.pages.site_origin), whatever host the link was on.
        page.wait_for_url(f"http://localhost:{server['port']}/resource-guide/")
        wait_for_page(page, "Resource guide")
        page.goto(server["url"] + "/")
        wait_for_page(page)
        page.evaluate(
            "document.querySelector('main').insertAdjacentHTML('beforeend',"
            '\'<a id="gone" href="/never-was-here/">gone</a>\')'
        )
        page.click("#gone")
        page.wait_for_url(server["url"] + "/never-was-here/")
        wait_for_page(page, "Page not found")
    finally:
        server["manage"](
            "shell",
            "-c",
            redirects + "Redirect.objects.filter(old_path='/naloxone-where', site=site).delete()",
        )
