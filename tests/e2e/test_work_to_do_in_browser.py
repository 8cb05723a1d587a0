"""An editor, in a real Chromium, sees on the dashboard that a visitor reported a problem,
follows the count to the report, and from the report to the listing, which shows it too."""

import json
import re
import urllib.request

import pytest

from tests.e2e.conftest import api, screenshot, sign_in

pytestmark = pytest.mark.browser
MESSAGE = "The side door is locked after 6 now (browser test)."


def visitor_reports(server, service_id):
    request = urllib.request.Request(
        f"{server['url']}/api/directory/services/{service_id}/reports/",
        data=json.dumps({"kind": "other", "message": MESSAGE}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=20) as response:
        assert response.status == 201


def new_reports_on_dashboard(page):
    panel = page.locator("[data-work-to-do]")
    text = panel.inner_text()
    return int(re.search(r"(\d+) new problem reports?", text).group(1))


def test_an_editor_follows_the_count_to_the_report_and_its_listing(server, page):
    url = server["url"]
    with urllib.request.urlopen(f"{url}/api/directory/services/?city=Columbia", timeout=20) as r:
        listing = json.loads(r.read())["results"][0]

    sign_in(page, server)
    before = new_reports_on_dashboard(page)

    visitor_reports(server, listing["id"])
    page.reload()
    assert new_reports_on_dashboard(page) == before + 1
    assert re.search(r"\d+ listings? needs? verification", page.inner_text("main"))
    screenshot(page, "admin-dashboard-work-to-do")

    page.get_by_role("link", name=re.compile(r"new problem reports? — Read the reports")).click()
    page.wait_for_url(re.compile(r"/admin/snippets/directory/listingreport/\?status=new"))
    # The newest report comes first; its problem links to the report itself.
    page.locator("table tbody tr").first.get_by_role("link", name="Something else").click()
    page.wait_for_url(re.compile(r"/listingreport/edit/\d+/"))
    assert MESSAGE in page.inner_text("main")

    page.locator("[data-report-listing-link]").click()
    page.wait_for_url(f"{url}/admin/snippets/directory/service/edit/{listing['id']}/?next=*")
    assert listing["name"] in page.inner_text("main")
    toggle = page.locator('[data-side-panel-toggle="problem_reports"]')
    assert int(toggle.locator("[data-side-panel-toggle-counter]").inner_text()) >= 1
    toggle.click()
    reports = page.locator("[data-open-problem-reports]")
    reports.wait_for(state="visible")
    assert MESSAGE in reports.inner_text()
    screenshot(page, "admin-listing-open-reports")


def whole_and_in_view(page, selector):
    """Whether the element's words fit inside its box, and the box inside the screen's width."""
    return page.eval_on_selector(
        selector,
        """e => { const box = e.getBoundingClientRect();
                  return e.scrollHeight <= e.clientHeight + 1 && box.left >= 0
                         && box.right <= document.documentElement.clientWidth; }""",
    )


def test_on_a_phone_the_editors_own_buttons_are_whole(server, browser):
    # At 375 px Wagtail's columns are narrow: "Add a city" once spilled out of its box, and
    # the verification form's "Show" was pushed off the side of the screen.
    context = browser.new_context(viewport={"width": 375, "height": 667})
    page = context.new_page()
    try:
        sign_in(page, server)
        home = api(server, "/api/v2/pages/?type=campaign.HomePage&locale=en")["items"][0]
        page.goto(f"{server['url']}/admin/pages/{home['id']}/")
        assert whole_and_in_view(page, "[data-add-city]")
        page.goto(f"{server['url']}/admin/directory/needs-verification/")
        assert whole_and_in_view(page, "[data-verification-filter] button[type=submit]")
    finally:
        context.close()
