"""The quick exit in a real Chromium: it leaves for a neutral site, by the button or three
presses of Shift, Back does not return; it is in the crisis bar at the top of every page, at
every width, and never covers the page's text or controls while scrolling."""

import re

import pytest

from tests.e2e.conftest import wait_for_page

pytestmark = pytest.mark.browser


def neutral_site(page):
    # The exit destination is a real site; the test answers for it so nothing leaves the machine.
    page.route("https://www.weather.gov/**", lambda route: route.fulfill(body="weather"))


@pytest.mark.parametrize("how", ["button", "shift"])
def test_quick_exit_leaves_and_back_does_not_return(server, page, how):
    neutral_site(page)
    page.goto(server["url"] + "/the-fentanyl-crisis/")
    wait_for_page(page, "The fentanyl crisis")
    if how == "button":
        page.get_by_role("link", name=re.compile("Exit this page")).click()
    else:
        page.locator("body").press("Shift")
        page.locator("body").press("Shift")
        page.locator("body").press("Shift")
    page.wait_for_url("https://www.weather.gov/")
    page.go_back()
    assert "fentanyl" not in page.url


@pytest.mark.parametrize("width", [375, 1280])
def test_quick_exit_is_in_the_crisis_bar_and_covers_nothing_while_scrolling(server, context, width):
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": 700})
    page.goto(server["url"] + "/resource-guide/")
    wait_for_page(page)
    box = page.locator("#crisis-bar #quick-exit").bounding_box()
    assert box and box["y"] >= 0 and box["x"] + box["width"] <= width
    assert box["width"] >= 44 and box["height"] >= 44
    on_top = page.evaluate(
        """() => { const b = document.getElementById('quick-exit').getBoundingClientRect();
        const el = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
        return el.closest('#quick-exit') !== null; }"""
    )
    assert on_top
    # Scrolled down, it has gone up with the bar: no button over the page (Shift three times
    # still leaves, tested above).
    page.evaluate("window.scrollTo(0, 1500)")
    assert page.evaluate(
        "() => document.getElementById('quick-exit').getBoundingClientRect().bottom <= 0"
    )
