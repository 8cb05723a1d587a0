"""A visitor, in a real Chromium, reports a wrong listing: the form's own errors first, then
the report reaches the editors, and no cookie is set."""

import pytest

from tests.e2e.conftest import screenshot, wait_for_page

pytestmark = pytest.mark.browser


def test_visitor_reports_a_wrong_listing_and_editors_get_it(server, page):
    page.goto(server["url"] + "/resource-guide/columbia/")
    wait_for_page(page, "Columbia")
    card = page.locator(".listing").first
    card.wait_for()
    name = card.locator(".listing__name").inner_text()
    card.get_by_role("button", name="Report a problem with this listing").click()
    form = card.locator("form.report")
    form.wait_for()
    # "Something else" without saying what: the server's words appear by the field.
    form.get_by_role("radio", name="Something else").check()
    with page.expect_response(lambda r: "/reports/" in r.url) as answer:
        form.get_by_role("button", name="Send report").click()
    assert answer.value.status == 400
    error = form.locator('[data-error="message"]')
    error.wait_for()
    assert error.inner_text().strip()
    assert form.get_by_label("What should it say?").get_attribute("aria-invalid") is not None
    screenshot(page, "report-form-error")

    form.get_by_role("radio", name="Wrong opening hours").check()
    form.get_by_label("What should it say?").fill("The sign on the door says they close at 5.")
    with page.expect_response(lambda r: "/reports/" in r.url) as answer:
        form.get_by_role("button", name="Send report").click()
    assert answer.value.status == 201
    card.locator(".report__thanks").wait_for()
    assert "Thank you" in card.locator(".report__thanks").inner_text()
    assert page.context.cookies() == []

    stored = server["manage"](
        "shell",
        "-c",
        "from turnto.directory.models import ListingReport as R; "
        "r = R.objects.latest('created_at'); print(r.service.name, '|', r.kind, '|', r.message)",
    )
    assert (
        stored.strip().splitlines()[-1]
        == f"{name} | wrong_hours | The sign on the door says they close at 5."
    )
