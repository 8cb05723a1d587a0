"""An editor, in a real Chromium, creates pages of every type, schedules one and previews a
half-finished draft: what they type and see, as they would notice it."""

import json

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in

from .conftest import screenshot

pytestmark = pytest.mark.browser

# A site of its own for these tests (a home page that no Site points at), so the pages they
# publish never show in the demo sites' menus that other browser tests look at.
PRACTICE_SITE = """
import json
from wagtail.models import Page
from turnto.campaign.models import ContentPage, HomePage
home = HomePage.objects.filter(slug="practice-site").first()
if home is None:
    home = Page.objects.get(depth=1).add_child(instance=HomePage(title="Practice site",
        slug="practice-site"))
    article = home.add_child(instance=ContentPage(title="Practice article",
        slug="practice-article"))
    # A draft as Wagtail 8 lets an editor save one: a statistic whose source is not given yet.
    article.body.append(("statistic", {"figure": "9 in 10", "label": "Drafted figure",
        "source_title": "", "source_url": "", "as_of": ""}))
    article.save_revision()
pages = {p.url_path: p.pk for p in Page.objects.all()}
print(json.dumps(pages))
"""


@pytest.fixture(scope="module")
def pages(server):
    """Every page's id by its path, the practice site's included."""
    return json.loads(server["manage"]("shell", "-v", "0", "-c", PRACTICE_SITE).splitlines()[-1])


@pytest.fixture
def editor(server, page):
    page.set_default_timeout(60_000)  # two cores, many tests: the admin can be slow
    sign_in(page, server)
    return page


# Every page type an editor may add, with a parent where one may be added.
PAGE_TYPES = [
    ("campaign/homepage", "/"),
    ("campaign/contentpage", "/practice-site/"),
    ("guide/resourceguidepage", "/practice-site/"),
    ("guide/citydirectorypage", "/campaign-home/resource-guide/"),
    ("news/newsindexpage", "/practice-site/"),
    ("news/newspage", "/campaign-home/news/"),
]


@pytest.mark.parametrize(("page_type", "parent"), PAGE_TYPES)
def test_typing_a_title_fills_in_the_address(server, pages, editor, page_type, parent):
    editor.goto(f"{server['url']}/admin/pages/add/{page_type}/{pages[parent]}/")
    editor.locator("#id_title").press_sequentially("Naloxone at work, 2027!", delay=15)
    # The address follows as they type (Wagtail waits a moment after the last key).
    expect(editor.locator("#id_slug")).to_have_value("naloxone-at-work-2027")
    editor.get_by_role("tab", name="Promote").click()
    expect(editor.get_by_role("textbox", name="Slug")).to_have_value("naloxone-at-work-2027")
    screenshot(editor, f"admin-new-{page_type.replace('/', '-')}-slug")


def publish(editor):
    editor.locator("footer").get_by_role("button", name="More actions").click()
    editor.locator("footer").get_by_role("button", name="Publish", exact=True).click()
    editor.wait_for_load_state("networkidle")


def test_a_new_page_publishes_with_the_address_from_its_title(server, pages, editor):
    editor.goto(f"{server['url']}/admin/pages/add/campaign/contentpage/{pages['/practice-site/']}/")
    editor.locator("#id_title").press_sequentially("Test strips explained", delay=15)
    # As a person sees it: the address fills in a moment after the last key.
    expect(editor.locator("#id_slug")).to_have_value("test-strips-explained")
    publish(editor)
    assert "Page 'Test strips explained' created and published" in editor.inner_text(".messages")
    listing = editor.inner_text("main")
    assert "Test strips explained" in listing


def test_a_mistake_on_the_promote_tab_is_announced_with_the_tabs_name(server, pages, editor):
    # The title of a page that is already there: its address is taken.
    editor.goto(f"{server['url']}/admin/pages/add/campaign/contentpage/{pages['/practice-site/']}/")
    editor.locator("#id_title").press_sequentially("Practice article", delay=15)
    expect(editor.locator("#id_slug")).to_have_value("practice-article")
    publish(editor)
    message = editor.inner_text(".messages")
    assert "could not be created" in message
    assert "Open the Promote tab" in message
    assert "already in use" in message
    # Wagtail's own mark on the tab: the number of mistakes on it.
    promote = editor.get_by_role("tab", name="Promote")
    assert "1 error" in promote.inner_text()
    screenshot(editor, "admin-publish-error-names-promote-tab")
    promote.click()
    assert editor.get_by_role("textbox", name="Slug").is_visible()


def test_an_editor_saves_a_go_live_date_and_is_offered_schedule_to_publish(server, pages, editor):
    editor.goto(f"{server['url']}/admin/pages/{pages['/practice-site/practice-article/']}/edit/")
    editor.get_by_role("button", name="Toggle status").click()
    editor.locator("[data-side-panel=status]").get_by_role("button", name="Set schedule").click()
    go_live = editor.locator("#id_go_live_at")
    go_live.click()  # opens Wagtail's date picker under the field
    go_live.fill("2030-12-24 10:00")
    screenshot(editor, "admin-schedule-dialog-picker-open")
    # Clicked as a person would, with the picker still open: it must not be in the way.
    editor.get_by_role("button", name="Save schedule").click(timeout=10_000)
    editor.wait_for_load_state("networkidle")
    assert "has been updated" in editor.inner_text(".messages")
    editor.locator("footer").get_by_role("button", name="More actions").click()
    actions = editor.locator("footer").inner_text()
    assert "Schedule to publish" in actions
    assert "\nPublish\n" not in f"\n{actions}\n"
    status = editor.locator("[data-side-panel=status]").inner_text()
    assert "Go-live: Dec. 24, 2030" in status
    screenshot(editor, "admin-scheduled-menu")


def test_a_saved_draft_shows_in_the_header_beside_live(server, pages, editor):
    editor.goto(f"{server['url']}/admin/pages/{pages['/campaign-home/the-fentanyl-crisis/']}/edit/")
    header = editor.locator("header").first  # its tags are in capitals: compare in lower case
    assert "live" in header.inner_text().lower()
    assert "draft saved" not in header.inner_text().lower()
    editor.locator("#id_intro").fill("A draft intro, not yet published.")
    editor.locator("footer").get_by_role("button", name="Save draft").click()
    editor.wait_for_load_state("networkidle")
    header = editor.locator("header").first
    assert "live" in header.inner_text().lower()
    assert "draft saved" in header.inner_text().lower()
    screenshot(editor, "admin-header-live-and-draft")
    # Wagtail's status panel says the same, with when and by whom.
    editor.get_by_role("button", name="Toggle status").click()
    status = editor.locator("[data-side-panel=status]")
    # The panel slides open a moment after the click: wait for its words, not a first read.
    expect(status).to_contain_text("Live")
    expect(status).to_contain_text("Draft")


def preview_url(server, pages, editor):
    editor.goto(f"{server['url']}/admin/pages/{pages['/practice-site/practice-article/']}/edit/")
    editor.get_by_role("button", name="Toggle preview").click()
    editor.wait_for_function(
        "() => document.querySelector('iframe[src], iframe') !== null", timeout=30_000
    )
    for _ in range(60):
        frames = [f for f in editor.frames if "/preview/?content_type=" in f.url]
        if frames:
            frames[0].wait_for_selector(".preview-banner")
            return frames[0]
        editor.wait_for_timeout(500)
    raise AssertionError("the preview panel did not load the site's preview")


def test_a_statistic_without_its_source_previews_without_a_source_line(server, pages, editor):
    frame = preview_url(server, pages, editor)
    statistic = frame.locator(".statistic", has_text="Drafted figure")
    assert statistic.inner_text().split() == ["9", "in", "10", "Drafted", "figure"]
    assert "Source" not in statistic.inner_text()


@pytest.mark.parametrize("width", [375, 768, 1280])
def test_the_quick_exit_leaves_the_preview_banner_readable(server, pages, editor, browser, width):
    url = preview_url(server, pages, editor).url
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        preview = context.new_page()
        preview.goto(url)
        preview.wait_for_selector(".preview-banner")
        preview.mouse.wheel(0, 600)  # the banner sticks to the top, where the quick exit is
        preview.wait_for_timeout(300)
        covered = preview.evaluate(
            """() => {
              const exit = document.getElementById('quick-exit').getBoundingClientRect();
              const words = document.createRange();
              words.selectNodeContents(document.querySelector('.preview-banner'));
              return [...words.getClientRects()].filter((r) => r.width > 0
                && r.left < exit.right && r.right > exit.left
                && r.top < exit.bottom && r.bottom > exit.top).length;
            }"""
        )
        assert preview.locator(".preview-banner").inner_text().startswith("Preview")
        assert covered == 0
        screenshot(preview, f"preview-banner-quick-exit-{width}")
    finally:
        context.close()
