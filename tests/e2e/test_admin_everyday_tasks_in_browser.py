"""An editor, in a real Chromium, does the everyday tasks of the second editors' round (issue 22)
as a person does them, each outcome checked where a visitor meets it: a city added from where
the editor is, in its alphabetical place everywhere the site lists cities; a page renamed with
its address, the old one still leading there; a problem report fixed and handled without
losing the way; a listing taken off the site and put back."""

import json
import re
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import api, screenshot, sign_in, wait_for_page

pytestmark = pytest.mark.browser


@pytest.fixture
def editor(server, page):
    page.set_default_timeout(60_000)  # two cores, many tests: the admin can be slow
    sign_in(page, server)
    return page


def footer_action(page, name):
    footer = page.locator("footer")
    footer.get_by_role("button", name="More actions").click()
    # "Take off the site" is a link to Wagtail's confirmation page; the others send the form.
    action = footer.get_by_role("button", name=name, exact=True)
    action = action.or_(footer.get_by_role("link", name=name, exact=True))
    with page.expect_navigation():
        action.first.click()
    page.wait_for_load_state("networkidle")


def guide_cities(server):
    menu = api(server, "/api/v2/site/")["navigation"]
    guide = next(item for item in menu if item["title"] == "Resource guide")
    return [child["title"] for child in guide["children"]]


def manage_shell(server, code):
    return server["manage"]("shell", "-v", "0", "-c", code)


def test_a_city_is_added_from_the_guide_and_listed_in_its_place(server, editor, context):
    url = server["url"]
    try:
        # The page explorer: the Resource guide's row offers "Add a city".
        home = manage_shell(
            server,
            "from wagtail.models import Page; "
            "print(Page.objects.get(url_path='/campaign-home/').pk)",
        ).strip()
        editor.goto(f"{url}/admin/pages/{home}/")
        row = editor.locator("tr", has_text="Resource guide").first
        add = row.locator("[data-add-city]")
        screenshot(editor, "admin-explorer-add-a-city")
        add.click()
        editor.wait_for_url(re.compile(r"/admin/pages/add/guide/citydirectorypage/\d+/"))
        editor.locator("#id_title").press_sequentially("Joplin", delay=15)
        editor.locator("#id_city").fill("Joplin")
        footer_action(editor, "Publish")
        assert "created and published" in editor.inner_text(".messages")

        # Alphabetical among the cities; "Additional resources", not a city, stays last.
        cities = guide_cities(server)
        assert cities.index("Jefferson City") < cities.index("Joplin") < cities.index("Kansas City")
        assert cities[-1] == "Additional resources"

        # The home page's list of cities is the tree's: Joplin is in it, with no edit there.
        visitor = context.browser.new_context()
        home = visitor.new_page()
        home.goto(f"{url}/")
        wait_for_page(home)
        cta = home.locator(".cta__pages")
        expect(cta.get_by_role("link", name="Joplin")).to_be_visible()
        links = cta.get_by_role("link").all_inner_texts()
        assert links.index("Jefferson City") < links.index("Joplin") < links.index("Kansas City")
        screenshot(home, "home-cities-from-the-tree")
        visitor.close()

        # The Directory menu offers it too, straight to a new city's form.
        editor.goto(f"{url}/admin/")
        sidebar = editor.locator("#wagtail-sidebar")
        sidebar.get_by_role("button", name=re.compile(r"^Directory")).click()
        sidebar.get_by_role("link", name="Add a city").click()
        editor.wait_for_url(re.compile(r"/admin/pages/add/guide/citydirectorypage/\d+/"))
    finally:
        manage_shell(
            server,
            "from turnto.guide.models import CityDirectoryPage as C; "
            "[p.delete() for p in C.objects.filter(city='Joplin')]",
        )


def test_renaming_a_published_page_offers_its_address_and_keeps_the_old_one(server, editor):
    url = server["url"]
    page_id = manage_shell(
        server,
        "from wagtail.models import Page; "
        "print(Page.objects.get(url_path='/campaign-home/facts-and-stats/').pk)",
    ).strip()
    try:
        editor.goto(f"{url}/admin/pages/{page_id}/edit/")
        title = editor.locator("#id_title")
        title.fill("Facts and figures")
        box = editor.get_by_role("checkbox", name="Change the address to match the title")
        expect(box).to_be_visible()
        box.check()
        screenshot(editor, "admin-rename-with-address")
        footer_action(editor, "Publish")
        assert "published" in editor.inner_text(".messages")

        assert api(server, "/api/v2/pages/find/?html_path=/facts-and-figures/") is not None
        # The old address answers with a 301 to the new one.
        opener = urllib.request.build_opener(NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as answer:
            opener.open(f"{url}/facts-and-stats/")
        assert answer.value.code == 301
        assert answer.value.headers["Location"].endswith("/facts-and-figures/")
    finally:
        manage_shell(
            server,
            f"from wagtail.models import Page; p = Page.objects.get(pk={page_id}).specific; "
            "p.title = 'Facts and stats'; p.slug = 'facts-and-stats'; "
            "p.save_revision().publish(); "
            "from wagtail.contrib.redirects.models import Redirect; "
            "Redirect.objects.filter(old_path='/facts-and-stats').delete()",
        )


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def send_report(server, listing_id, message):
    request = urllib.request.Request(
        f"{server['url']}/api/directory/services/{listing_id}/reports/",
        data=json.dumps({"kind": "wrong_hours", "message": message}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=20) as response:
        assert response.status == 201


def test_a_report_names_the_city_and_the_fix_returns_to_it(server, editor):
    url = server["url"]
    listing = api(server, "/api/directory/services/?city=Columbia")["results"][0]
    send_report(server, listing["id"], "The evening hours are wrong (report test).")

    editor.goto(f"{url}/admin/snippets/directory/listingreport/?status=new")
    row = editor.locator("table tbody tr").first
    # The listing with its city: five listings may share a name.
    assert f"{listing['name']} (Columbia)" in row.inner_text()
    row.get_by_role("link", name="Wrong opening hours").click()
    editor.wait_for_url(re.compile(r"/listingreport/edit/\d+/"))
    report_url = editor.url
    assert f"{listing['name']} (Columbia)" in editor.inner_text("main")

    # Fix the listing, publish: back on the report, to mark it resolved.
    editor.locator("[data-report-listing-link]").click()
    editor.wait_for_url(re.compile(r"/service/edit/[^/]+/\?next="))
    editor.locator("#id_interpretation_services").fill("By phone, any language")
    footer_action(editor, "Publish")
    assert editor.url == report_url
    detail = api(server, f"/api/directory/services/{listing['id']}/")
    assert "By phone, any language" in json.dumps(detail)

    # A second report, handled from the listing's own panel.
    send_report(server, listing["id"], "Closed on the holiday (report test).")
    editor.goto(f"{url}/admin/snippets/directory/service/edit/{listing['id']}/")
    editor.locator('[data-side-panel-toggle="problem_reports"]').click()
    panel = editor.locator("[data-open-problem-reports]")
    item = panel.locator("[data-open-problem-report]", has_text="Closed on the holiday")
    screenshot(editor, "admin-listing-mark-report-handled")
    with editor.expect_navigation():
        item.get_by_role("button", name="Mark handled").click()
    assert f"/service/edit/{listing['id']}/" in editor.url
    editor.locator('[data-side-panel-toggle="problem_reports"]').click()
    expect(panel).not_to_contain_text("Closed on the holiday")


def test_a_listing_is_taken_off_the_site_and_put_back(server, editor):
    url = server["url"]
    listing = api(server, "/api/directory/services/?city=Springfield")["results"][0]
    edit = f"{url}/admin/snippets/directory/service/edit/{listing['id']}/"

    def public_ids():
        results = api(server, "/api/directory/services/?city=Springfield&page_size=50")["results"]
        return {item["id"] for item in results}

    def visitors_see():
        editor.goto(f"{url}/admin/snippets/directory/service/?q={listing['name']}+Springfield")
        row = editor.locator("table tbody tr", has_text=listing["name"]).first
        return row.inner_text()

    assert "On the site · open" in visitors_see()
    editor.goto(edit)
    # The status offers what a visitor meets on the site, no "Closed for good" beside Publish.
    options = editor.locator("#id_status option").all_inner_texts()
    assert options[0] == "Open" and not any("good" in option for option in options)
    footer_action(editor, "Take off the site")
    # Wagtail asks to confirm.
    with editor.expect_navigation():
        editor.get_by_role("button", name=re.compile("Yes, unpublish", re.I)).click()
    assert listing["id"] not in public_ids()
    assert "Off the site" in visitors_see()
    screenshot(editor, "admin-listings-visitors-see")

    editor.goto(edit)
    footer_action(editor, "Put back on the site")
    assert listing["id"] in public_ids()
    assert "On the site · open" in visitors_see()
    # Its history kept both steps.
    editor.goto(f"{url}/admin/snippets/directory/service/history/{listing['id']}/")
    history = editor.inner_text("main")
    assert "Unpublished" in history and "Published" in history
