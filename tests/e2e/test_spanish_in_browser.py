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
    nav = page.get_by_role("navigation", name="Principal")
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
    menu = page.get_by_role("navigation", name="Principal").inner_text()
    assert "Inicio" in menu and "Resource guide" not in menu


def test_a_page_with_no_translation_leads_to_the_other_home_with_a_note(server, page):
    page.goto(server["url"] + "/news/test-strip-day/")
    wait_for_page(page)
    switch = page.locator("[data-language-switch]")
    assert switch.get_attribute("href") == "/es/"
    assert "no está en español" in page.locator(".language-switch__note").inner_text()


def serve_the_error_page(page, server):
    """As nginx does with gunicorn away: every address gets the built index.html with a 503,
    and the API a 503 JSON; the page's own scripts and styles still come from disk."""
    from tests.e2e.conftest import ROOT

    built = (ROOT / "frontend" / "dist" / "index.html").read_text()

    def answer(route):
        path = route.request.url.removeprefix(server["url"])
        if path.startswith("/api/"):
            route.fulfill(status=503, content_type="application/json", body='{"error": "down"}')
        elif route.request.resource_type == "document":
            route.fulfill(status=503, content_type="text/html; charset=utf-8", body=built)
        else:
            route.continue_()

    page.route(f"{server['url']}/**", answer)


@pytest.mark.parametrize("script", [True, False])
def test_the_error_page_nginx_serves_speaks_english_and_spanish(server, browser, script):
    """nginx cannot know the language: its one static page says the crisis lines, the quick
    exit and what happened in both, the Spanish marked lang="es"; with script, a Spanish
    address's error is told in Spanish."""
    from tests.e2e.conftest import axe_violations

    context = browser.new_context(java_script_enabled=script)
    page = context.new_page()
    serve_the_error_page(page, server)
    page.goto(server["url"] + "/es/guia-de-recursos/kansas-city/")
    spanish = page.locator('[lang="es"]')
    said = " ".join(spanish.all_text_contents())
    for words in ("Emergencias", "Salir"):
        assert words in said, said
    assert page.locator('a[href="tel:911"]').count() and page.locator('a[href="tel:988"]').count()
    if script:
        page.wait_for_selector("main h1")
        assert page.locator("main h1").inner_text() == "Esta página no se cargó"
        # The frame keeps both languages (the shell never came); the page is the address's,
        # with no English detail (the browser's "Service Unavailable").
        assert page.evaluate("document.documentElement.lang") == "es"
        assert page.locator(".error-detail").count() == 0
        assert axe_violations(page) == []  # (axe needs script)
    else:
        main = page.locator("main").inner_text()
        assert "In an emergency, call 911" in main
        assert "En una emergencia, llame al 911" in main and "marque 2" in main
        assert page.locator('main p[lang="es"]').count() == 1
    context.close()
