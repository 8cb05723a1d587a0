"""An editor, in a real Chromium, logs in with the login `make run` prints and finds both sites."""

import json

import pytest

pytestmark = pytest.mark.browser


def test_editor_logs_in_and_sees_both_demo_sites(server, page, tmp_path):
    page.goto(f"{server['url']}/admin/")
    page.fill("input[name=username]", server["username"])
    page.fill("input[name=password]", server["password"])
    page.click("button[type=submit]")
    page.wait_for_url(f"{server['url']}/admin/")
    page.goto(f"{server['url']}/admin/pages/")
    page.wait_for_load_state("networkidle")
    text = page.inner_text("main")
    assert "Who Can I Turn To?" in text or "Home" in text
    page.screenshot(path=str(tmp_path / "admin-pages.png"))
    page.goto(f"{server['url']}/admin/snippets/strategies/strategycard/")
    listing = page.inner_text("main")
    # The demo's eight cards and their Spanish translations, each row saying its language.
    assert "16 strategy cards" in listing
    row = page.locator("tbody tr", has_text="Overdose prevention and naloxone")
    assert "English" in row.inner_text()
    spanish = page.locator("tbody tr", has_text="Prevención de sobredosis y naloxona")
    assert "Español" in spanish.inner_text()


def test_each_site_answers_for_its_own_host(server, page):
    page.goto(f"http://clinic.localhost:{server['port']}/api/v2/site/")
    clinic = json.loads(page.inner_text("body"))
    page.goto(f"{server['url']}/api/v2/site/")
    campaign = json.loads(page.inner_text("body"))
    assert campaign["site"]["name"] == "Who Can I Turn To?"
    assert clinic["site"]["name"] != campaign["site"]["name"]
    # html_url points at the port the server runs on, so "View live" works.
    page.goto(f"{server['url']}/api/v2/pages/find/?html_path=/resource-guide/kansas-city/")
    detail = json.loads(page.inner_text("body"))
    assert (
        detail["meta"]["html_url"]
        == f"http://localhost:{server['port']}/resource-guide/kansas-city/"
    )
