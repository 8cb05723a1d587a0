"""The directory on a Spanish page, in a real Chromium: a city's places, their cards, the
filters, the hours table and the report form say nothing in English, whether the server drew
the page or the browser did."""

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import SCREENSHOTS, open_filters, wait_for_page

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CITY = "/es/guia-de-recursos/kansas-city/"
# The directory's keys in the front end's catalogue (frontend/src/lib/i18n.js).
DIRECTORY_KEYS = re.compile(r"^(dir|card|share|status|hours|days|report|contact)\.")

# What the page shows that is not the interface's: the listings' own words and the kinds of
# help (translated by editors, in English where they have not been; checked below).
INTERFACE_TEXT = """() => {
  const main = document.querySelector('main').cloneNode(true);
  main.querySelectorAll(`.listing__name, .listing__types, .listing__provider, .listing__how,
      .listing__fees, .listing__address, .listing__phone-note, .listing > p:not([class]),
      input[name=service_type]`).forEach((node) =>
    (node.matches('input') ? node.parentElement : node).remove());
  // The organisation's name after "De"; a closure's own note after "—".
  return main.innerText;
}"""


@pytest.fixture(scope="module")
def catalogues():
    source = (ROOT / "frontend" / "src" / "lib" / "i18n.js").as_uri()
    script = f'import {{ CATALOGUES }} from "{source}"; console.log(JSON.stringify(CATALOGUES));'
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def english_words(catalogues):
    """The English catalogue's directory words that Spanish says otherwise, cut at their first
    placeholder ("Places in {city}" → "Places in")."""
    words = {}
    for key, value in catalogues["en"].items():
        head = re.split(r"\{\w+\}", value)[0].strip(" ,(")
        if DIRECTORY_KEYS.match(key) and len(head) > 3 and value != catalogues["es"][key]:
            words[key] = head
    return words


def english_on_page(page, catalogues):
    text = page.evaluate(INTERFACE_TEXT)
    found = {}
    for key, words in english_words(catalogues).items():
        if re.search(rf"(?<![^\W\d_]){re.escape(words)}(?![^\W\d_])", text):
            found[key] = words
    return found


def check_spanish_directory(page, catalogues):
    assert page.evaluate("document.documentElement.lang") == "es"
    open_filters(page)
    page.locator(".listing").first.wait_for()
    # Every card's week of hours, and a report form, are on the page to be read.
    page.evaluate("document.querySelectorAll('details.listing__hours').forEach(d => d.open = true)")
    page.locator("[data-report]").first.click()
    page.locator("[data-report-form]").wait_for()
    assert english_on_page(page, catalogues) == {}
    main = page.locator("main")
    assert main.get_by_role("heading", name="Lugares en Kansas City").count() == 1
    # The listings' own words and the kinds of help in Spanish too (the demo translates them).
    assert "(ejemplo)" in main.locator(".listing__name").first.inner_text()
    assert main.get_by_label("Naloxona", exact=True).count() == 1
    assert main.locator("summary.filters__toggle").inner_text().startswith("Filtrar")
    assert re.search(r"^\d+ lugar(es)?\b", main.locator(".listings__count").inner_text())
    status = main.locator(".listing__status strong").first.inner_text()
    assert status.startswith(("Abierto", "Cerrado")), status
    assert main.locator(".hours th").first.inner_text() == "Lunes"
    assert main.get_by_role("group", name=re.compile("¿Qué está mal?")).count() == 1
    body = page.evaluate(
        "decodeURIComponent(document.querySelector('[data-text-this]').href.split('body=')[1])"
    )
    assert CITY in body
    assert not re.search(r"\n(Call|Text|Today:) ", body), body


def test_a_spanish_city_page_drawn_by_the_server_says_nothing_in_english(server, page, catalogues):
    page.goto(server["url"] + CITY)
    wait_for_page(page)
    check_spanish_directory(page, catalogues)
    # For people to look at: the filters and the first card, on a phone and a desktop.
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in [(375, 667), (1280, 800)]:
        page.set_viewport_size({"width": width, "height": height})
        page.locator("#directory-heading").scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / f"spanish-city-{width}.png"))
        page.locator(".listing").first.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / f"spanish-city-card-{width}.png"))


def test_a_spanish_city_page_drawn_in_the_browser_says_nothing_in_english(server, page, catalogues):
    page.goto(server["url"] + "/es/guia-de-recursos/")
    wait_for_page(page)
    page.evaluate("window.__sameDocument = true")
    page.locator("main .section-list a[href$='/kansas-city/']").first.click()
    wait_for_page(page)
    assert page.url.endswith(CITY)
    assert page.evaluate("window.__sameDocument") is True  # drawn by the router
    check_spanish_directory(page, catalogues)


def test_the_english_city_page_keeps_its_english_words(server, page, catalogues):
    page.goto(server["url"] + "/resource-guide/kansas-city/")
    wait_for_page(page)
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("main").get_by_role("heading", name="Places in Kansas City").count() == 1
    assert len(english_on_page(page, catalogues)) > 5  # the scan above finds English
