"""An editor, in a real Chromium, fills in a listing whose organization does not exist yet:
the organization chooser has a "New organization" tab, and what they create there is chosen in
the listing form at once. The choosers show each row's city. Screenshots of the listing form,
the chooser and the import page are left in the test's folder for a person to look at."""

import os
import re
from pathlib import Path

import pytest

from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.browser
NEW_ORGANIZATION = "Boone County Night Outreach"


def screenshot(page, tmp_path, name):
    folder = Path(os.environ.get("TURNTO_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def log_in(page, server):
    sign_in(page, server)


def test_an_organization_is_created_from_the_listing_form(server, page, tmp_path):
    log_in(page, server)
    page.goto(f"{server['url']}/admin/snippets/directory/service/add/")
    page.fill("#id_name", "Night outreach in Boone County")
    # Service types are boxes to tick, and the form says where walk-in is set.
    page.get_by_label("Naloxone").check()
    assert page.locator("input[name=service_types]:checked").count() == 1
    assert "walk in or need an appointment is set on each row" in page.inner_text("main")
    screenshot(page, tmp_path, "listing-form")

    # The chooser lists organizations with their city, and can search them.
    page.get_by_role("button", name="Choose organization").click()
    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill("24-Hour Crisis")
    modal.get_by_role("link", name="Springfield 24-Hour Crisis Center (example)").wait_for()
    chooser_rows = modal.locator("tbody tr")
    assert chooser_rows.count() == 5
    assert "City" in modal.locator("thead").inner_text()
    row = modal.locator("tr", has_text="Columbia 24-Hour Crisis Center (example)")
    assert "Columbia" in row.locator("td").nth(1).inner_text()
    screenshot(page, tmp_path, "organization-chooser")

    # None of them is the one: create it from here.
    modal.get_by_role("tab", name="New organization").click()
    modal.locator("input[name=name]").fill(NEW_ORGANIZATION)
    modal.locator("input[name=website]").fill("https://example.org/boone")
    screenshot(page, tmp_path, "organization-chooser-create")
    modal.get_by_role("button", name="Create and choose").click()
    modal.wait_for(state="hidden")

    chosen = page.locator("#id_organization-title")
    assert chosen.inner_text() == NEW_ORGANIZATION
    value = page.locator("input#id_organization").input_value()
    pk = (
        server["manage"](
            "shell",
            "-c",
            "from turnto.directory.models import Organization as O; "
            f"o = O.objects.get(name={NEW_ORGANIZATION!r}); print(o.pk, o.live)",
        )
        .split("\n")[-2]
        .split()
    )  # the last line: Django's shell first counts its imports
    assert re.sub("-", "", value) == re.sub("-", "", pk[0]) and pk[1] == "True"

    # The place chooser searches too, and can make a place for that organization.
    page.get_by_role("button", name="Choose location").click()
    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill("Springfield")
    modal.get_by_role("link", name=re.compile(r"Springfield$")).first.wait_for()
    modal.get_by_role("tab", name="New location").click()
    modal.locator("select[name=organization]").select_option(label=NEW_ORGANIZATION)
    modal.locator("input[name=name]").fill("Van stop at the library")
    modal.locator("input[name=city]").fill("Columbia")
    modal.get_by_role("button", name="Create and choose").click()
    modal.wait_for(state="hidden")
    assert page.locator("#id_location-title").inner_text() == "Van stop at the library, Columbia"

    page.get_by_role("heading", name="Opening hours").scroll_into_view_if_needed()
    screenshot(page, tmp_path, "listing-form-hours")

    page.goto(f"{server['url']}/admin/directory/import/")
    assert "Spreadsheet bundle" in page.inner_text("main")
    screenshot(page, tmp_path, "import-page")
