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


def test_a_spanish_search_finds_places_by_their_spanish_words_and_leads_to_spanish_pages(
    server, browser
):
    context = browser.new_context(viewport={"width": 375, "height": 667})
    page = context.new_page()
    try:
        page.goto(server["url"] + "/es/buscar/")
        wait_for_page(page, "Buscar")
        # A Spanish word: the kind of help's Spanish name ("Servicios de jeringas").
        page.get_by_label("Buscar en este sitio").fill("jeringas")
        page.get_by_role("button", name="Buscar", exact=True).click()
        results = page.locator("#site-search-results")
        place = results.locator(".search__result--place").first
        place.wait_for()
        # Named as the Spanish page names it, not by its English name.
        titles = results.locator(".search__result--place a").all_inner_texts()
        assert titles and not any(title.endswith("(example)") for title in titles), titles
        facts = place.locator(".search__facts")
        said = (
            facts.inner_text() if facts.count() else place.locator(".search__context").inner_text()
        )
        assert "Servicios de jeringas" in said and "Syringe services" not in said, said
        # Its pages are the Spanish ones.
        links = results.locator(".search__result:not(.search__result--place) a")
        hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert hrefs and all(href.startswith("/es/") for href in hrefs), hrefs
        assert axe_violations(page) == []
        screenshot(page, "es-search-jeringas-375")
        href = place.locator("a").first.get_attribute("href")
        assert href.startswith("/es/guia-de-recursos/"), href
        place.locator("a").first.click()
        page.wait_for_url(lambda url: urlparse(url).path == href)
        wait_for_page(page)
        assert page.evaluate("document.documentElement.lang") == "es"
    finally:
        context.close()
