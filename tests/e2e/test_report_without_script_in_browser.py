"""A visitor whose browser runs no script reports a problem with a listing: from the city
page's card to a page of its own, a mistake shown by its field, then the thank-you."""

import pytest

from tests.e2e.conftest import screenshot

pytestmark = pytest.mark.browser


def test_a_problem_is_reported_without_javascript(server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(server["url"] + "/resource-guide/columbia/")
        card = page.locator(".listing").first
        name = card.locator(".listing__name").inner_text()
        # The script's button is not offered; the page's link is.
        assert not card.get_by_role(
            "button", name="Report a problem with this listing"
        ).is_visible()
        card.get_by_role("link", name="Report a problem with this listing").click()
        page.wait_for_url("**/report-a-problem/?listing=*")
        assert page.locator("main h1").inner_text() == "Report a problem with a listing"
        assert f"About: {name}" in page.locator("main").inner_text()

        # "Something else" without saying what: the answer comes back by that field.
        page.get_by_role("radio", name="Something else").check()
        page.get_by_label("How can we reach you?").fill("a text to 555-0100 & thanks")
        page.get_by_role("button", name="Send report").click()
        message = page.locator("[data-error=message]")
        assert "message is needed" in message.inner_text()
        assert page.get_by_role("radio", name="Something else").is_checked()  # kept
        assert page.get_by_label("How can we reach you?").input_value() == (
            "a text to 555-0100 & thanks"
        )
        screenshot(page, "report-without-script-mistake")

        page.get_by_role("textbox", name="What should it say?").fill(
            "The walk-in hours changed in May."
        )
        page.get_by_role("button", name="Send report").click()
        assert "Thank you. An editor will check this listing." in page.locator("main").inner_text()
        screenshot(page, "report-without-script-thanks")
        assert context.cookies() == []
        page.get_by_role("link", name="Back to the page you were on").click()
        page.wait_for_url("**/resource-guide/columbia/")
    finally:
        context.close()
