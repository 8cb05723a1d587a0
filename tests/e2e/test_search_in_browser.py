"""The site search in a real browser, with script: a word that is only in a strategy card and
in listings finds pages and places, each with its line of context, the word marked."""

import re
from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import axe_violations, screenshot, wait_for_page

pytestmark = pytest.mark.browser


def test_the_search_page_shows_context_and_places(server, browser):
    for width, height in [(375, 667), (1280, 800)]:
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto(server["url"] + "/search/")
        wait_for_page(page, "Search")
        page.get_by_label("Search this site").fill("PrEP")
        page.get_by_role("button", name="Search", exact=True).click()
        results = page.locator("#site-search-results")
        place = results.locator(".search__result--place").first
        place.wait_for()
        # A page, its context marking the word the visitor typed.
        first_page = results.locator(".search__result:not(.search__result--place)").first
        assert first_page.locator(".search__context mark").first.inner_text() == "PrEP"
        assert "PrEP" in first_page.locator(".search__context").inner_text()
        # A place, said to be one, with where it is and its context.
        assert place.locator(".search__kind").inner_text().lower() == "place"
        assert place.locator(".search__context mark").count() >= 1
        # What it offers and where: its own line, or the context when that is the line found.
        facts = place.locator(".search__facts")
        said = (
            facts.inner_text() if facts.count() else place.locator(".search__context").inner_text()
        )
        # What it offers, then its city: "HIV and hepatitis C testing · PrEP · … · St. Louis, MO".
        assert "PrEP" in said and re.search(r" · [A-Z][\w. ]+, MO$", said.strip()), said
        assert axe_violations(page) == []
        screenshot(page, f"search-prep-{width}")
        # The place's link leads to the page that lists it.
        href = place.locator("a").get_attribute("href")
        place.locator("a").click()
        page.wait_for_url(lambda url, href=href: urlparse(url).path == href)
        wait_for_page(page)
        assert page.locator("main h1").inner_text()
        context.close()
