"""The site's own pages in Spanish in a real Chromium (docs/decisions/0006-spanish.md): the
safety and search pages under /es/, reached from the Spanish footer by the router; the report
form on a Spanish city page with the API's answer in Spanish; and offline, a Spanish page read
before opens with its notice in Spanish and one never read shows the Spanish offline page."""

import re

import pytest

from tests.e2e.conftest import axe_violations, screenshot, wait_for_page
from tests.e2e.test_offline_in_browser import wait_for_worker

pytestmark = pytest.mark.browser

NOTICE = re.compile(r"^Copia guardada del \d{1,2} \w+\.?, \d\d:\d\d: no tiene conexión$")


@pytest.mark.parametrize("width,height", [(375, 667), (1280, 800)])
def test_the_spanish_safety_and_search_pages_by_the_router(server, browser, width, height):
    context = browser.new_context(
        viewport={"width": width, "height": height}, service_workers="block"
    )
    page = context.new_page()
    try:
        page.goto(server["url"] + "/es/")
        wait_for_page(page)
        page.evaluate("window.__sameDocument = true")
        page.locator("footer a[href='/es/seguridad/']").click()
        wait_for_page(page, "Cómo usar este sitio con seguridad")
        assert page.evaluate("window.__sameDocument") is True  # drawn by the router
        assert page.evaluate("document.documentElement.lang") == "es"
        text = page.inner_text("main")
        assert "Salir rápido" in text and "Qué guarda este teléfono" in text
        assert "Leave quickly" not in text and "Browser history" not in text
        assert page.locator("button[data-forget-site]").inner_text() == (
            "Olvidar este sitio en este teléfono"
        )
        assert axe_violations(page) == []
        screenshot(page, f"es-seguridad-{width}")
        # The language switch leads to the English safety page.
        switch = page.locator("a[data-language-switch]").filter(has_text="English")
        assert switch.get_attribute("href") == "/safety/"

        page.locator("footer a[href='/es/buscar/']").click()
        wait_for_page(page, "Buscar")
        page.get_by_label("Buscar en este sitio").fill("naloxona")
        page.get_by_role("button", name="Buscar", exact=True).click()
        results = page.locator("#site-search-results")
        results.locator(".search__result").first.wait_for()
        assert results.inner_text().startswith("Encontramos")
        assert "Found" not in results.inner_text() and "Place\n" not in results.inner_text()
        assert page.evaluate("document.documentElement.lang") == "es"
        screenshot(page, f"es-buscar-{width}")
    finally:
        context.close()


@pytest.mark.parametrize("width,height", [(375, 667), (1280, 800)])
def test_a_report_on_a_spanish_page_is_answered_in_spanish(server, browser, width, height):
    context = browser.new_context(
        viewport={"width": width, "height": height}, service_workers="block"
    )
    page = context.new_page()
    try:
        page.goto(server["url"] + "/es/guia-de-recursos/columbia/")
        wait_for_page(page)
        page.locator("[data-report]").first.click()
        form = page.locator("[data-report-form]")
        form.wait_for()
        form.locator("input[value=other]").check()
        form.locator("button[type=submit]").click()
        error = form.locator('[data-error="message"]')
        error.filter(has_text="Otra cosa").wait_for()
        assert "el mensaje es necesario" in error.inner_text()
        screenshot(page, f"es-report-error-{width}")
    finally:
        context.close()


def test_a_spanish_page_offline_is_spanish(server, browser):
    visitor = browser.new_context(viewport={"width": 375, "height": 667})
    try:
        page = visitor.new_page()
        page.goto(server["url"] + "/es/la-crisis-del-fentanilo/")
        wait_for_page(page)
        wait_for_worker(page)
        page.wait_for_function(
            "() => caches.open('turnto-offline').then(c => c.match('/es/offline/')).then(Boolean)",
            timeout=15000,
        )
        visitor.set_offline(True)
        page.reload()
        notice = page.locator("#saved-copy")
        assert NOTICE.match(notice.inner_text().strip()), notice.inner_text()
        screenshot(page, "es-offline-saved-copy-375")

        page.goto(server["url"] + "/es/datos-y-cifras/")  # never read on this phone
        assert page.inner_text("main h1") == "No tiene conexión"
        assert page.evaluate("document.documentElement.lang") == "es"
        assert "Ayuda ahora" in page.inner_text("main")
        hrefs = page.locator(".offline-lines a").evaluate_all("a => a.map(l => l.href)")
        assert "tel:988" in hrefs
        screenshot(page, "es-offline-page-375")

        page.goto(server["url"] + "/facts-and-stats/")  # an English page: the English one
        assert page.inner_text("main h1") == "You are offline"
    finally:
        visitor.close()


@pytest.mark.parametrize("width,height", [(375, 667), (1280, 800)])
def test_a_problem_is_reported_in_spanish_without_javascript(server, browser, width, height):
    context = browser.new_context(
        viewport={"width": width, "height": height}, java_script_enabled=False
    )
    page = context.new_page()
    try:
        page.goto(server["url"] + "/es/guia-de-recursos/columbia/")
        card = page.locator(".listing").first
        card.get_by_role("link", name="Informar de un problema con este lugar").click()
        page.wait_for_url("**/es/informar-de-un-problema/?listing=*")
        assert page.locator("main h1").inner_text() == "Informar de un problema con un lugar"
        assert page.evaluate("document.documentElement.lang") == "es"

        page.get_by_role("radio", name="Otra cosa").check()
        page.get_by_role("button", name="Enviar informe").click()
        assert "el mensaje es necesario" in page.locator("[data-error=message]").inner_text()
        screenshot(page, f"es-report-without-script-mistake-{width}")

        page.get_by_role("textbox", name="¿Qué debería decir?").fill("Cambió el horario.")
        page.get_by_role("button", name="Enviar informe").click()
        text = page.locator("main").inner_text()
        assert "Gracias. Una persona del equipo revisará este lugar." in text
        assert "Thank you" not in text
        screenshot(page, f"es-report-without-script-thanks-{width}")
        page.get_by_role("link", name="Volver a la página en la que estaba").click()
        page.wait_for_url("**/es/guia-de-recursos/columbia/")
    finally:
        context.close()
