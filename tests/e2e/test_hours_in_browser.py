"""An editor enters a week of hours as a person says them — "Mon–Fri 9:00–17:00, Sat
10:00–14:00" is two rows with their days ticked — and a closure next week; visitors then see
the whole week, and the listing card says it will be closed that day and why."""

import json
import re
import urllib.parse
import urllib.request
from datetime import date, timedelta

import pytest

from tests.e2e.conftest import SCREENSHOTS, choose, sign_in

pytestmark = pytest.mark.browser
NAME = "Weekday walk-in hours (example)"
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def public(server, path, **params):
    url = f"{server['url']}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.loads(response.read())


PICKERS_CLOSED = """() => [...document.querySelectorAll('.xdsoft_datetimepicker')]
    .every((picker) => getComputedStyle(picker).display === 'none')"""


def close_pickers(page):
    """Click outside the date and time pickers, as a person does: an open one covers buttons.
    A picker opens a moment after its field is focused, so look again after each click."""
    for _ in range(10):
        page.locator("#id_name").click()
        page.wait_for_timeout(200)
        if page.evaluate(PICKERS_CLOSED):
            return
    pytest.fail("the date and time pickers stay open")


def add_hours(page, index, days, opens, closes):
    page.get_by_role("button", name="Add opening hours").click()
    for day in days:
        page.check(f"#id_schedules-{index}-{day}")
    page.fill(f"#id_schedules-{index}-opens_at", opens)
    page.fill(f"#id_schedules-{index}-closes_at", closes)
    close_pickers(page)


def test_a_week_of_hours_is_two_rows_and_a_closure_shows_on_the_card(server, page, context):
    sign_in(page, server)

    page.goto(f"{server['url']}/admin/snippets/directory/service/add/")
    page.fill("#id_name", NAME)
    # Shown on the campaign's site, the default one the test asks (listings belong to sites).
    page.get_by_label(re.compile(r"\[default\]$")).check()
    choose(
        page, "Choose organization", "Columbia Harm", "Columbia Harm Reduction Drop-In (example)"
    )
    choose(page, "Choose location", "Columbia drop", "Harm Reduction Drop-In (example), Columbia")
    page.fill("#id_description", "Walk in on weekdays and Saturday mornings.")
    add_hours(page, 0, ["monday", "tuesday", "wednesday", "thursday", "friday"], "09:00", "17:00")
    add_hours(page, 1, ["saturday"], "10:00", "14:00")
    page.locator("#id_schedules-0-monday").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "admin-listing-hours-rows.png"))
    closed_on = date.today() + timedelta(days=3)
    page.get_by_role("button", name="Add closure").click()
    page.fill("#id_closures-0-valid_from", closed_on.isoformat())
    page.fill("#id_closures-0-valid_to", closed_on.isoformat())
    page.fill("#id_closures-0-note", "Staff training")
    close_pickers(page)

    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    page.get_by_role("button", name=re.compile("^Publish")).click()
    page.wait_for_url(re.compile(r"/admin/snippets/directory/service/$"))
    assert "published" in page.inner_text(".messages")

    listing = next(
        item
        for item in public(server, "/api/directory/services/", q="weekday walk-in")["results"]
        if item["name"] == NAME
    )
    assert [(s["weekday"], s["opens"], s["closes"]) for s in listing["hours"]["weekly"]] == [
        *[(day, "09:00", "17:00") for day in range(1, 6)],
        (6, "10:00", "14:00"),
    ]
    assert listing["hours"]["exceptions"] == [
        {
            "from": closed_on.isoformat(),
            "to": closed_on.isoformat(),
            "note": "Staff training",
            "closed": True,
        }
    ]
    hsds = public(server, f"/api/hsds/services/{listing['id']}")
    assert sorted(s.get("byday") for s in hsds["schedules"] if s.get("byday")) == [
        "MO,TU,WE,TH,FR",
        "SA",
    ]

    # A visitor on a phone: the card says the place is closed that day, and why.
    visitor = context.browser.new_context(viewport={"width": 375, "height": 800})
    city = visitor.new_page()
    city.goto(f"{server['url']}/resource-guide/columbia/")
    card = city.locator(".listing", has_text=NAME)
    day = f"{closed_on:%a}, {closed_on:%b} {closed_on.day}"
    assert card.locator(".listing__notice").inner_text() == f"Closed {day} — Staff training"
    card.get_by_text("Opening hours").click()
    rows = card.locator(".hours tr").all_inner_texts()
    assert [row.split("\t") for row in rows] == [
        *[[name, "9 AM – 5 PM, walk in"] for name in WEEKDAY_NAMES[:5]],
        ["Saturday", "10 AM – 2 PM, walk in"],
        ["Sunday", "Closed"],
    ]
    card.scroll_into_view_if_needed()
    card.screenshot(path=str(SCREENSHOTS / "listing-card-closure-375.png"))
    visitor.close()
