"""What an editor puts in a page, as a visitor's Chromium meets it: a video that asks nothing of
YouTube until the visitor plays it, and rich text that runs nothing, whatever was stored.

The hostile page it adds stays on the campaign site: test_every_page_in_browser.py runs first."""

import json
import re

import pytest

from tests.e2e.conftest import wait_for_page

pytestmark = pytest.mark.browser


def test_video_loads_nothing_until_asked(server, page):
    video_requests = []
    page.route(
        re.compile(r"https://www\.youtube(-nocookie)?\.com/.*"),
        lambda route: (video_requests.append(route.request.url), route.fulfill(body="video")),
    )
    page.goto(server["url"] + "/what-is-harm-reduction/")
    wait_for_page(page, "What is harm reduction?")
    assert video_requests == []
    assert page.locator("main iframe").count() == 0
    # Play is a link to the video's page (it works without script); a click plays it here.
    play = page.get_by_role("link", name="Play video")
    assert play.get_attribute("href").startswith("https://www.youtube.com/watch?v=")
    play.click()
    page.locator("main iframe").wait_for()
    assert page.url.endswith("/what-is-harm-reduction/")
    assert video_requests and video_requests[0].startswith("https://www.youtube-nocookie.com/")


HOSTILE_BODY = json.dumps(
    [
        {
            "type": "rich_text",
            "value": '<p>Hi<img src="x" onerror="window.__xss=1">'
            '<a href="javascript:window.__xss=2" id="bad-link">click me</a>'
            "<script>window.__xss=3</script></p>",
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "Go",
                "text": "",
                "button_label": "Go now",
                "page": None,
                "external_url": "javascript:window.__xss=4",
            },
        },
        {"type": "heading", "value": {"text": "<img src=x onerror=window.__xss=5>", "level": "h2"}},
    ]
)


def test_hostile_rich_text_runs_nothing(server, page):
    server["manage"](
        "shell",
        "-c",
        "from turnto.campaign.models import ContentPage; from wagtail.models import Site;"
        "home = Site.objects.get(is_default_site=True).root_page;"
        f"page = ContentPage(title='Hostile', slug='hostile', body={HOSTILE_BODY!r});"
        "home.add_child(instance=page); page.save_revision().publish()",
    )
    page.goto(server["url"] + "/hostile/")
    wait_for_page(page, "Hostile")
    page.wait_for_timeout(300)
    if page.locator("#bad-link").count():
        page.click("#bad-link")
    if page.get_by_text("Go now").count():
        page.get_by_text("Go now").click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert page.locator("main [onerror]").count() == 0
    assert page.locator("main script").count() == 0
    assert page.locator("main a[href^='javascript']").count() == 0

    # The server cleaned the first view (nh3); the browser cleans what it draws (DOMPurify): the
    # same page drawn the browser's way, after a navigation, is the same and runs nothing.
    first_view = main_shape(page)
    page.goto(server["url"] + "/")
    wait_for_page(page)
    page.evaluate(
        "document.querySelector('main').insertAdjacentHTML("
        "'beforeend', '<a id=\"to-hostile\" href=\"/hostile/\">to</a>')"
    )
    page.click("#to-hostile")
    wait_for_page(page, "Hostile")
    assert page.locator("main[data-first-view]").count() == 0  # drawn by the browser
    assert main_shape(page) == first_view
    assert page.evaluate("window.__xss") is None


def main_shape(page):
    """<main> as (tag, attributes, own text) for each element, whitespace squashed."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main *')].map((el) => [
            el.tagName,
            [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' '),
            [...el.childNodes].filter((n) => n.nodeType === 3)
                .map((n) => n.textContent).join('').replace(/\\s+/g, ' ').trim(),
        ])"""
    )
