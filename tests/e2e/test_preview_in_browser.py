"""Previewing in a real Chromium: the editor's draft drawn live in the admin's preview panel by
the single-page site, nothing of it published; and a preview link that is not valid."""

import pytest

from tests.e2e.conftest import api, sign_in, wait_for_page

pytestmark = pytest.mark.browser


def admin_login(page, server):
    sign_in(page, server)


def test_editor_sees_the_draft_live_in_the_preview_panel_without_publishing(server, page):
    admin_login(page, server)
    page_id = api(server, "/api/v2/pages/find/?html_path=/what-is-harm-reduction/")["id"]
    page.goto(f"{server['url']}/admin/pages/{page_id}/edit/")
    page.click('[data-side-panel-toggle="preview"]')
    # The panel frames the admin's preview view, which frames the single-page site.
    site = page.frame_locator("#w-preview-iframe").frame_locator("iframe")
    site.locator("main h1", has_text="What is harm reduction?").wait_for()
    assert "not published" in site.locator(".preview-banner").inner_text()
    assert site.locator("main .block--video").count() == 1, "blocks render as on the site"

    # The editor types; the panel reloads and the site draws the draft. (Wagtail starts
    # watching the form for edits 2 s after it loads; a person is never faster.)
    page.wait_for_timeout(2500)
    page.click("#id_title")
    page.keyboard.press("End")
    page.keyboard.type(" (a draft)", delay=20)
    site.locator("main h1", has_text="(a draft)").wait_for(timeout=30000)

    # Visitors still see the published page.
    visitor = page.context.browser.new_page()
    visitor.goto(server["url"] + "/what-is-harm-reduction/")
    visitor.wait_for_selector("body[data-ready] main h1")
    assert visitor.inner_text("main h1") == "What is harm reduction?"
    assert visitor.locator("meta[name=robots]").count() == 0
    visitor.close()


def test_preview_page_says_noindex_and_explains_a_bad_link(server, page):
    page.goto(server["url"] + "/preview/?content_type=campaign.contentpage&token=forged")
    wait_for_page(page, "This preview is not available")
    assert page.locator("meta[name=robots]").get_attribute("content").startswith("noindex")
    assert "not valid" in page.inner_text("main")
