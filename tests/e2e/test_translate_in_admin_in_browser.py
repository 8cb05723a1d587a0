"""An editor translates a page into Spanish in the admin (wagtail-localize's Translate action
and its side-by-side editor), in a real Chromium, publishes it, and the Spanish page shows it."""

import json

import pytest

from tests.e2e.conftest import sign_in, wait_for_page

from .conftest import SCREENSHOTS, screenshot

pytestmark = pytest.mark.browser

PAGE_ID = """
from wagtail.models import Page
print(Page.objects.get(url_path="/campaign-home/news/test-strip-day/").pk)
"""


@pytest.fixture
def editor(server, page):
    page.set_default_timeout(60_000)  # two cores, many tests: the admin can be slow
    sign_in(page, server)
    return page


def test_an_editor_translates_a_page_and_publishes_it(server, editor):
    page = editor
    page_id = json.loads(server["manage"]("shell", "-v", "0", "-c", PAGE_ID).splitlines()[-1])
    # The page's own "Translate" action, as its edit view offers it.
    # "Translate this page", as the page's actions menu offers it.
    page.goto(f"{server['url']}/admin/localize/submit/page/{page_id}/")
    page.wait_for_url("**/localize/submit/page/**")
    spanish = page.get_by_label("Español")
    if not spanish.is_checked():
        spanish.check()
    screenshot(page, "admin-translate-submit")
    page.get_by_role("button", name="Submit").click()

    # wagtail-localize's editor: the English beside a box for the Spanish, string by string.
    page.wait_for_url("**/edit/")
    page.get_by_role("button", name="Translate").first.click()
    box = page.locator("textarea").first
    box.fill("Día de las tiras de prueba")
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_selector("text=Día de las tiras de prueba")
    # (The editor keeps a connection open: no "network idle" to wait for.)
    page.screenshot(path=str(SCREENSHOTS / "admin-translate-editor.png"), full_page=True)
    page.get_by_role("button", name="Publish in Español").click()
    page.wait_for_url("**/admin/pages/**")

    url = json.loads(
        server["manage"](
            "shell",
            "-v",
            "0",
            "-c",
            "from wagtail.models import Page;import json;"
            f"p=Page.objects.get(translation_key=Page.objects.get(pk={page_id}).translation_key,"
            "locale__language_code='es').specific;print(json.dumps(p.url))",
        ).splitlines()[-1]
    )
    path = "/" + url.split("://", 1)[-1].split("/", 1)[-1]
    assert path.startswith("/es/noticias/")
    page.goto(server["url"] + path)
    wait_for_page(page, "Día de las tiras de prueba")
    assert page.evaluate("document.documentElement.lang") == "es"
    screenshot(page, "spanish-translated-in-admin")
