"""An editor translates a page into Spanish in the admin (wagtail-localize's Translate action
and its side-by-side editor), in a real Chromium, publishes it, and the Spanish page shows it;
an English edit marks the translation out of date until it is synced and translated."""

import json

import pytest
from playwright.sync_api import expect

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


# The news post translated as wagtail-localize's "Translate" makes it (nothing translated yet:
# the Spanish shows the English until an editor translates it). Prints {"en": id, "es": id}.
TRANSLATED = """
import json
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator
english = Page.objects.get(url_path="/campaign-home/news/lets-end-the-stigma/").specific
es = Locale.objects.get(language_code="es")
TranslationCreator(None, [es]).create_translations(english)
Translation.objects.get(source__object_id=english.translation_key).save_target(publish=True)
print(json.dumps({"en": english.pk, "es": english.get_translation(es).pk}))
"""


def test_an_english_edit_marks_the_translation_out_of_date_and_a_sync_brings_it(server, editor):
    page = editor
    ids = json.loads(server["manage"]("shell", "-v", "0", "-c", TRANSLATED).splitlines()[-1])
    spanish_edit = f"{server['url']}/admin/pages/{ids['es']}/edit/"
    page.goto(spanish_edit)
    # wagtail-localize's editor for the translation, up to date.
    expect(page.get_by_role("button", name="Publish in Español")).to_be_visible()
    expect(page.locator(".messages")).not_to_contain_text("Out of date")

    # The English post changed and published, as an editor does it.
    page.goto(f"{server['url']}/admin/pages/{ids['en']}/edit/")
    page.locator("#id_title").fill("Launching “Let's end the stigma” across Missouri")
    page.locator("footer").get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.locator("footer").get_by_role("button", name="Publish", exact=True).click()

    # The translation says it is out of date, and how to bring the change over.
    page.goto(spanish_edit)
    messages = page.locator(".messages")
    expect(messages).to_contain_text("Out of date: the English page was changed and published")
    screenshot(page, "admin-translation-out-of-date")
    messages.get_by_role("link", name="Sync translated pages").click()
    page.wait_for_url("**/localize/update/**")
    with page.expect_navigation():
        page.get_by_role("button", name="Submit").click()
    page.wait_for_url(f"**/admin/pages/{ids['es']}/edit/")
    expect(page.locator(".messages")).not_to_contain_text("Out of date")

    # The changed title waits for its Spanish; the editor translates it and publishes.
    spanish_title = "Lanzamos «Acabemos con el estigma» en todo Missouri"
    page.get_by_role("button", name="Translate").first.click()
    page.locator("textarea").first.fill(spanish_title)
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_selector(f"text={spanish_title}")
    page.get_by_role("button", name="Publish in Español").click()
    page.wait_for_url("**/admin/pages/**")

    page.goto(server["url"] + "/es/noticias/lets-end-the-stigma/")
    wait_for_page(page, spanish_title)
    assert page.evaluate("document.documentElement.lang") == "es"
