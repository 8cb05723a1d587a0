"""Spanish in a real Chromium: the language switch leads to this page's translation and back,
the page, its menu and its interface words are in Spanish with lang="es", and a page
navigated to in the browser is as Spanish as the one the server drew."""

import pytest

from tests.e2e.conftest import wait_for_page

pytestmark = pytest.mark.browser


def test_switching_language_in_the_browser(server, page):
    page.goto(server["url"] + "/what-is-harm-reduction/")
    wait_for_page(page, "What is harm reduction?")
    assert page.evaluate("document.documentElement.lang") == "en"
    page.evaluate("window.__sameDocument = true")

    page.locator("[data-language-switch]").filter(has_text="Español").click()
    wait_for_page(page, "¿Qué es la reducción de daños?")
    assert page.url.endswith("/es/que-es-la-reduccion-de-danos/")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert page.evaluate("window.__sameDocument") is True  # no reload
    nav = page.get_by_role("navigation", name="Main")
    assert nav.get_by_role("link", name="Guía de recursos").count() == 1
    assert page.locator("#quick-exit").inner_text().strip().startswith("Salir")
    hreflang = page.evaluate(
        "[...document.querySelectorAll('link[rel=alternate][hreflang]')].map(l => l.hreflang)"
    )
    assert hreflang == ["en", "es"]

    # Browser navigation inside Spanish, then back to English by the switch.
    nav.get_by_role("link", name="Guía de recursos").first.click()
    wait_for_page(page, "Guía de recursos")
    assert page.url.endswith("/es/guia-de-recursos/")
    page.locator("[data-language-switch]").filter(has_text="English").click()
    wait_for_page(page, "Resource guide")
    assert page.url.endswith("/resource-guide/")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("#quick-exit").inner_text().strip().startswith("Exit")


@pytest.mark.parametrize(
    "path",
    ["/es/", "/es/la-crisis-del-fentanilo/", "/es/guia-de-recursos/kansas-city/"],
)
def test_a_spanish_page_drawn_by_the_server_is_spanish(server, page, path):
    page.goto(server["url"] + path)
    wait_for_page(page)
    assert page.evaluate("document.documentElement.lang") == "es"
    assert page.locator("[data-language-switch]").inner_text() == "English"
    menu = page.get_by_role("navigation", name="Main").inner_text()
    assert "Inicio" in menu and "Resource guide" not in menu


def test_a_page_with_no_translation_leads_to_the_other_home_with_a_note(server, page):
    page.goto(server["url"] + "/news/test-strip-day/")
    wait_for_page(page)
    switch = page.locator("[data-language-switch]")
    assert switch.get_attribute("href") == "/es/"
    assert "no está en español" in page.locator(".language-switch__note").inner_text()
