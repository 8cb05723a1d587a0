"""An editor, in a real Chromium, starts a new listing and types for a while, as in the issue,
saves it as a draft, and nothing of it reaches the site, the directory API or HSDS until they
press Publish; then it does, everywhere."""

import json
import re
import urllib.parse
import urllib.request

import pytest

from tests.e2e.conftest import choose, sign_in

pytestmark = pytest.mark.browser
NAME = "Test strip pickup at the drop-in"


def public(server, path, **params):
    """What an anonymous visitor gets (no cookie, so the API's cache answers as for anyone)."""
    url = f"{server['url']}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.loads(response.read())


def public_names(server):
    directory = public(server, "/api/directory/services/", city="Columbia", page_size=50)
    hsds = public(server, "/api/hsds/services", search="strip pickup")
    return (
        {item["name"] for item in directory["results"]},
        {item["name"] for item in hsds["contents"]},
    )


def city_page_text(context, server):
    visitor = context.browser.new_context()
    try:
        city = visitor.new_page()
        city.goto(f"{server['url']}/resource-guide/columbia/")
        city.get_by_text("Night Outreach Van (example)").first.wait_for()
        city.wait_for_load_state("networkidle")
        return city.inner_text("body")
    finally:
        visitor.close()


def test_an_unfinished_listing_stays_private_until_published(server, page, context):
    sign_in(page, server)

    page.goto(f"{server['url']}/admin/snippets/directory/service/add/")
    page.fill("#id_name", NAME)
    # Shown on the campaign's site, the default one the test asks (listings belong to sites).
    page.get_by_label(re.compile(r"\[default\]$")).check()
    choose(
        page, "Choose organization", "Columbia Harm", "Columbia Harm Reduction Drop-In (example)"
    )
    choose(page, "Choose location", "Columbia drop", "Harm Reduction Drop-In (example), Columbia")
    page.locator("#id_description").press_sequentially(
        "Free strips at the desk, no questions asked.", delay=40
    )
    # Typing done, for now: a new listing is not autosaved (its required fields alarmed Wagtail's
    # autosave as soon as the name was typed); the editor saves it as a draft, and the admin's
    # list, in another tab, shows it as one. From then on Wagtail autosaves it.
    page.locator("footer").get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(r"/admin/snippets/directory/service/edit/"))
    admin_list = context.new_page()
    admin_list.goto(f"{server['url']}/admin/snippets/directory/service/?q=strip+pickup")
    assert NAME in admin_list.inner_text("main")
    assert "draft" in admin_list.inner_text("main").lower()
    admin_list.close()
    page.wait_for_timeout(2000)  # and a little longer, as an editor would pause

    directory, hsds = public_names(server)
    assert NAME not in directory and NAME not in hsds
    assert "Harm Reduction Drop-In (example)" in directory
    assert NAME not in city_page_text(context, server)

    # Publish: in the menu next to "Save draft".
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    page.get_by_role("button", name=re.compile("^Publish")).click()
    page.wait_for_url(re.compile(r"/admin/snippets/directory/service/$"))
    assert "published" in page.inner_text(".messages")

    directory, hsds = public_names(server)
    assert NAME in directory and NAME in hsds
    assert NAME in city_page_text(context, server)
