"""The site built and served apart from the CMS, on another origin, as a developer runs it:
a real Chromium reads pages and images from the CMS across origins."""

import pytest

from tests.e2e.conftest import wait_for_page

pytestmark = pytest.mark.browser


def test_a_front_end_on_another_origin_reads_the_cms(server, separate_frontend, page):
    api_requests = []
    page.on("request", lambda r: "/api/" in r.url and api_requests.append(r.url))
    page.goto(separate_frontend + "/facts-and-stats/")
    wait_for_page(page, "Facts and stats")
    assert api_requests and all(url.startswith(server["url"]) for url in api_requests)
    # A picture from the CMS (a chart is drawn in the page itself, as a data: image).
    image = page.locator("main img:not([src^='data:'])").first
    if image.count():
        assert image.get_attribute("src").startswith(server["url"] + "/media/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Resource guide").click()
    wait_for_page(page, "Resource guide")
    assert page.url == separate_frontend + "/resource-guide/"
