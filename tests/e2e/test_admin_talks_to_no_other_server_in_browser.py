"""The admin, in a real Chromium, asks nothing of any other server (no upgrade check, no
Gravatar), logs no console error on the listing form, and its "New organization" pop-up has
field ids of its own."""

import json
from urllib.parse import urlsplit

import pytest

from .conftest import sign_in

pytestmark = pytest.mark.browser

# The admin's main pages, as an editor goes through them.
MAIN_PAGES = [
    "/admin/",
    "/admin/pages/",
    "/admin/snippets/directory/service/",
    "/admin/snippets/directory/service/add/",
    "/admin/snippets/directory/organization/",
    "/admin/snippets/directory/location/",
    "/admin/snippets/directory/listingreport/",
    "/admin/directory/import/",
    "/admin/directory/needs-verification/",
    "/admin/snippets/strategies/strategycard/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/users/",
    "/admin/groups/",
    "/admin/account/",
    "/admin/reports/site-history/",
]


@pytest.fixture
def editor(server, page):
    page.set_default_timeout(60_000)
    sign_in(page, server)
    return page


def test_the_admin_requests_nothing_from_another_origin(server, editor):
    own = urlsplit(server["url"])
    elsewhere = []
    editor.on(
        "request",
        lambda request: (
            elsewhere.append(request.url)
            if urlsplit(request.url).scheme in ("http", "https")
            and urlsplit(request.url).netloc != own.netloc
            else None
        ),
    )
    # An editor with an email address: Wagtail would show their Gravatar.
    server["manage"](
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; get_user_model().objects.filter("
        f"username={server['username']!r}).update(email='editor@example.org')",
    )
    home = json.loads(
        server["manage"](
            "shell",
            "-v",
            "0",
            "-c",
            "import json; from wagtail.models import Site; "
            "print(json.dumps(Site.objects.get(is_default_site=True).root_page_id))",
        ).splitlines()[-1]
    )
    for path in MAIN_PAGES + [f"/admin/pages/{home}/edit/"]:
        editor.goto(server["url"] + path)
        editor.wait_for_load_state("networkidle")
    print(f"requests to other origins: {len(elsewhere)} {sorted(set(elsewhere))}")
    assert elsewhere == []


def test_the_add_listing_form_logs_no_error_and_its_organization_popup_has_its_own_ids(
    server, editor
):
    errors = []
    editor.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    editor.on("pageerror", lambda error: errors.append(str(error)))
    editor.goto(server["url"] + "/admin/snippets/directory/service/add/")
    editor.wait_for_load_state("networkidle")
    assert errors == []
    # Choose an organization › "New organization": the pop-up's Name label focuses its field.
    editor.get_by_role("button", name="Choose organization").click()
    modal = editor.locator(".modal")
    modal.get_by_role("tab", name="New organization").click()
    name_label = modal.locator("label", has_text="Name").first
    field_id = name_label.get_attribute("for")
    assert field_id and field_id != "id_name"
    assert editor.locator(f"[id='{field_id}']").count() == 1
    name_label.click()
    # (The modal may still be settling on a busy machine: the focus moves, maybe not at once.)
    editor.wait_for_function("id => document.activeElement.id === id", arg=field_id)
    assert errors == []
