"""The everyday editor tasks (eight from the first round, ten from the second, issue 22),
done in a real browser as a new editor would do them, with
the steps each takes counted: every click (a menu opened, a box ticked, a row chosen in a modal)
and every field filled is one step. Typing an address in the browser's bar is not a step: each
task starts on the admin dashboard and goes through the menus, as a person does (addresses are
typed only to check the outcome afterwards, as the public API is read, uncounted).

    .venv/bin/python scripts/editor_tasks.py            (or: make editor-tasks)
    .venv/bin/python scripts/editor_tasks.py 3 8        (some tasks only)

While working on it, EDITOR_TASKS_URL=http://... EDITOR_TASKS_LOGIN=user:password use a server
already running instead (its content then changes from run to run).

It starts its own server on a fresh database with the demo content (as tests/e2e/conftest.py
does), prints a table of steps per task beside the figures measured by hand before, and fails
loudly if a step did not do what it should. Screenshots go to test-results/editor-tasks/.
"""

import json
import os
import re
import shutil
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.support.servers import demo_server  # noqa: E402 - root on the path

SCREENSHOTS = ROOT / "test-results" / "editor-tasks"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Measured by hand on the older admin (the issue); None where it was not measured.
BEFORE = {
    "1. Columbia listing with hours and a closure": 48,
    "2. Statistic and question on a page, preview": 18,
    "3. News post scheduled for tomorrow": 20,
    "4. Crisis line": 8,
    "5. Verify a stale listing": 3,
    "6. Export and re-import the directory": 10,
    "7. Handle a problem report": 5,
    "8. Mistake: publish with a required field empty": None,
    # The second round (issue 22), measured by hand before its changes.
    "9. Add a city (Joplin) and put it in the menu": 16,
    "10. New listing with a new organization and place": 30,
    "11. Take a listing off the site and put it back": 17,
    "12. Photo with alt text on a page": 17,
    "13. Problem report: fix the listing, resolve": 12,
    "14. Rename a page with its address": 8,
    "15. Second editor set up and signed in": 19,
    "16. Footer text": 8,
    "17. A page for signed-in staff only": 14,
    "18. Verify a listing, from the Directory menu": 3,
}
BEFORE_FAILED = {"3. News post scheduled for tomorrow": "1 failed publish"}


class Editor:
    """The admin in a browser tab, counting each click and each field filled as one step."""

    def __init__(self, page, url):
        self.page, self.url = page, url
        self.steps = 0
        self.failed_publishes = 0
        self.sidebar = page.locator("#wagtail-sidebar")

    def start(self):
        """Back to the dashboard (not a step: each task starts there) and a new count."""
        self.page.goto(f"{self.url}/admin/")
        self.steps = self.failed_publishes = 0
        self.notes = []

    def click(self, locator):
        locator.click()
        self.steps += 1

    def fill(self, locator, value):
        """A click into the field, then the words (one step, as a person does it; a picker or
        menu left open over the field would take the click, and fail the task)."""
        locator.click()
        locator.fill(value)
        self.steps += 1

    def submit(self, locator):
        """A click that sends a form: the next page is waited for, as a person waits."""
        with self.page.expect_navigation():
            locator.click()
        self.steps += 1
        self.page.wait_for_load_state("networkidle")

    def type(self, locator, value):
        """A field typed key by key (one step), as a title must be for the address to follow."""
        locator.press_sequentially(value, delay=10)
        self.page.wait_for_timeout(1000)  # a person's pause: the address follows meanwhile
        self.steps += 1

    def replace_rich_text(self, locator, value):
        """A rich text's words replaced (one step, as `fill`): a click into it, all selected,
        the new words typed (a rich text editor follows keys, not a field's value set)."""
        locator.click()
        self.page.keyboard.press("ControlOrMeta+A")
        self.page.keyboard.type(value)
        # A person's pause: the editor keeps its words in the form every 250 ms.
        self.page.wait_for_timeout(1000)
        self.steps += 1

    def tick(self, locator):
        locator.check()
        self.steps += 1

    def select(self, locator, label):
        locator.select_option(label=label)
        self.steps += 1

    def choose_file(self, locator, path):
        # Two steps: "Choose file", then the file in the browser's dialog.
        locator.set_input_files(path)
        self.steps += 2

    def menu(self, *names):
        """Sidebar items, one click each: menu("Directory", "Listings")."""
        for name in names:
            item = self.sidebar.get_by_role("button", name=re.compile(rf"^{re.escape(name)}\b"))
            if not item.count():
                item = self.sidebar.get_by_role("link", name=re.compile(rf"^{re.escape(name)}\b"))
            self.click(item.first)

    def choose(self, button, words, row):
        """A chooser: open it, search, pick the row (three steps)."""
        self.click(self.page.get_by_role("button", name=button))
        modal = self.page.locator(".modal")
        self.fill(modal.locator("input[name=q]"), words)
        self.click(modal.get_by_role("link", name=row))
        modal.wait_for(state="hidden")

    def footer_action(self, name):
        """An action in the footer's "More actions" menu (two steps)."""
        footer = self.page.locator("footer")
        self.click(footer.get_by_role("button", name="More actions"))
        # "Take off the site" is a link to Wagtail's confirmation page; the others send the form.
        action = footer.get_by_role("button", name=name, exact=True)
        self.submit(action.or_(footer.get_by_role("link", name=name, exact=True)).first)

    def messages(self):
        return self.page.locator(".messages").inner_text()


# --- The tasks -----------------------------------------------------------------------------

LISTING = "Weekday drop-in hours (editor tasks)"


def add_listing(ed):
    page = ed.page
    stale = dashboard_count(ed, "listings? needs? verification")
    ed.menu("Directory", "Listings")
    ed.click(page.get_by_role("link", name="Add listing"))
    ed.fill(page.locator("#id_name"), LISTING)
    ed.choose("Choose organization", "Columbia Harm", "Columbia Harm Reduction Drop-In (example)")
    ed.choose("Choose location", "Columbia drop", "Harm Reduction Drop-In (example), Columbia")
    ed.fill(page.locator("#id_description"), "Walk in on weekdays and Saturday mornings.")
    ed.tick(page.get_by_label("Naloxone"))
    ed.tick(page.get_by_label("Syringe services"))
    ed.click(page.get_by_role("button", name="Add phone"))
    ed.fill(page.locator("#id_phones-0-number"), "573-555-0199")
    ed.click(page.get_by_role("button", name="Add opening hours"))
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday"):
        ed.tick(page.locator(f"#id_schedules-0-{day}"))
    ed.fill(page.locator("#id_schedules-0-opens_at"), "09:00")
    ed.fill(page.locator("#id_schedules-0-closes_at"), "17:00")
    ed.click(page.get_by_role("button", name="Add opening hours"))
    ed.tick(page.locator("#id_schedules-1-saturday"))
    ed.fill(page.locator("#id_schedules-1-opens_at"), "10:00")
    ed.fill(page.locator("#id_schedules-1-closes_at"), "14:00")
    christmas = date(date.today().year, 12, 25).isoformat()
    ed.click(page.get_by_role("button", name="Add closure"))
    ed.fill(page.locator("#id_closures-0-valid_from"), christmas)
    ed.fill(page.locator("#id_closures-0-valid_to"), christmas)
    ed.fill(page.locator("#id_closures-0-note"), "Christmas")
    page.screenshot(path=str(SCREENSHOTS / "1-listing-form.png"), full_page=True)
    ed.footer_action("Publish")
    # "created and published", or "updated and published" if Wagtail autosaved it meanwhile.
    assert re.search(
        rf"Listing '{re.escape(LISTING)}' (created|updated) and published", ed.messages()
    )
    ed.page.screenshot(path=str(SCREENSHOTS / "1-listing-published.png"), full_page=True)
    listing = public(ed, "/api/directory/services/", q="weekday drop-in")["results"][0]
    assert listing["name"] == LISTING, listing
    assert len(listing["hours"]["weekly"]) == 6, listing["hours"]
    assert listing["hours"]["exceptions"][0]["note"] == "Christmas", listing["hours"]
    if dashboard_count(ed, "listings? needs? verification") > stale:
        ed.notes.append("the new listing waits in Needs verification ('Last verified' empty)")


def add_block(ed, label):
    """The last "+" of the page's body (two steps: the "+", the block's name in the list)."""
    body = ed.page.locator("#panel-child-content-body-section")
    ed.click(body.locator("button.c-sf-add-button[title='Insert a block']").last)
    ed.click(ed.page.get_by_role("option", name=label, exact=True))
    return (
        body.locator("[data-contentpath]")
        .filter(has=ed.page.locator(".c-sf-block__type", has_text=label))
        .last
    )


def statistic_and_question(ed):
    page = ed.page
    ed.menu("Pages")
    ed.click(ed.sidebar.get_by_role("link", name="View child pages of 'Who Can I Turn To?'"))
    # The pencil beside the title: the title itself opens an empty list of its child pages.
    ed.click(ed.sidebar.get_by_role("link", name="Edit 'What is harm reduction?'"))
    statistic = add_block(ed, "Statistic")
    ed.fill(statistic.get_by_label("Figure"), "1 in 3")
    ed.fill(statistic.get_by_label("Label"), "overdose deaths involved someone else nearby")
    ed.fill(statistic.get_by_label("Source title"), "CDC, SUDORS dashboard")
    ed.fill(statistic.get_by_label("Source url"), "https://www.cdc.gov/overdose-prevention/")
    faq = add_block(ed, "Questions and answers")
    ed.fill(
        faq.get_by_role("textbox", name=re.compile("^Question")),
        "Is naloxone safe to give if I am not sure?",
    )
    ed.fill(faq.locator("[contenteditable=true]"), "Yes. It does no harm if it is not an opioid.")
    ed.click(page.get_by_role("button", name="Toggle preview"))
    assert preview_shows(ed, "overdose deaths involved", "Is naloxone safe to give")
    ed.submit(page.locator("footer").get_by_role("button", name="Save draft"))
    assert "has been updated" in ed.messages(), ed.messages()


def preview_shows(ed, *texts):
    """Whether the preview panel shows every one of the texts (the panel reloads its frame as
    the form changes: a frame may go away while it is read, so it is read again)."""
    for _ in range(60):
        for frame in [f for f in ed.page.frames if "/preview/?content_type=" in f.url]:
            try:
                frame.wait_for_selector(".preview-banner", timeout=5000)
                body = frame.inner_text("body")
            except Exception:  # noqa: BLE001 - detached while reloading: read the next one
                continue
            if all(text in body for text in texts):
                return True
        ed.page.wait_for_timeout(500)
    return False


NEWS = "Naloxone training at the library (editor tasks)"


def schedule_news_post(ed):
    page = ed.page
    ed.menu("Pages")
    ed.click(ed.sidebar.get_by_role("link", name="View child pages of 'Who Can I Turn To?'"))
    # The news section is called "What we have been up to" in the menu.
    ed.click(ed.sidebar.get_by_role("link", name="What we have been up to", exact=True))
    ed.click(page.get_by_role("link", name="Add child page").first)  # a "+" with no words
    ed.type(page.locator("#id_title"), NEWS)
    ed.fill(page.locator("#id_summary"), "Learn to use naloxone in an hour, free, on Saturday.")
    text = add_block(ed, "Text")
    ed.fill(text.locator("[contenteditable=true]"), "Bring a friend. Kits are free to take home.")
    # The go-live date is in the status side panel's "Set schedule" dialog.
    ed.click(page.get_by_role("button", name="Toggle status"))
    ed.click(page.locator("[data-side-panel=status]").get_by_role("button", name="Set schedule"))
    tomorrow = f"{date.today() + timedelta(days=1):%Y-%m-%d} 09:00"
    ed.fill(page.locator("#id_go_live_at"), tomorrow)
    # On a new page this saves it as a draft, and the editor opens again on the saved page.
    ed.submit(page.get_by_role("button", name="Save schedule"))
    # "created", or "has been updated" when Wagtail had autosaved the new page meanwhile.
    saved = ed.messages()
    assert f"Page '{NEWS}' created." in saved or "has been updated" in saved, saved
    assert "Bring a friend" in page.locator("#panel-child-content-body-section").inner_text()
    ed.footer_action("Schedule to publish")
    assert "scheduled" in ed.messages().lower(), ed.messages()
    page.screenshot(path=str(SCREENSHOTS / "3-news-scheduled.png"), full_page=True)
    row = page.locator("tr", has_text=NEWS)
    assert "scheduled" in row.inner_text().lower(), row.inner_text()
    posts = public(ed, "/api/v2/pages/", type="news.NewsPage", search="library")["items"]
    assert NEWS not in [post["title"] for post in posts]  # not yet: tomorrow


def add_crisis_line(ed):
    page = ed.page
    ed.menu("Settings", "Site settings")
    # The settings of the default site open first; the select above switches site.
    site = page.locator("select[name=site] option:checked").inner_text()
    assert site.startswith("Who Can I Turn To?"), site
    lines = page.locator("#panel-crisis_lines-section")
    before = lines.locator("input[name$='-value-label']").count()
    # One kind of block only: the last "+" adds a line at once, a phone call by default.
    ed.click(lines.locator("button.c-sf-add-button").last)
    new = f"crisis_lines-{before}-value"
    ed.fill(page.locator(f"input[name='{new}-label']"), "Missouri Crisis Line (editor tasks)")
    ed.fill(page.locator(f"input[name='{new}-value']"), "1-888-237-3999")
    ed.fill(page.locator(f"input[name='{new}-description']"), "Any time, free.")
    ed.submit(page.locator("footer").get_by_role("button", name="Save"))
    assert "updated" in ed.messages(), ed.messages()
    site = public(ed, "/api/v2/site/")
    labels = [line["label"] for line in site["crisis_lines"]]
    assert "Missouri Crisis Line (editor tasks)" in labels, labels


def verify_stale_listing(ed):
    page = ed.page
    # The dashboard says how many wait; its link is the shortest way (the menu's Directory ›
    # Needs verification is one click more).
    waiting = dashboard_count(ed, "listings? needs? verification")
    ed.click(page.locator("[data-work-to-do]").get_by_role("link", name=re.compile("Verify")))
    rows = page.locator("table.listing tbody tr")
    expect(rows).to_have_count(waiting)
    first = rows.first
    name = first.locator("td a").first.inner_text()
    ed.submit(first.get_by_role("button", name="Verified today"))
    assert f"“{name}” marked as verified today." in ed.messages(), ed.messages()
    expect(rows).to_have_count(waiting - 1)
    assert dashboard_count(ed, "listings? needs? verification") == waiting - 1


def dashboard_count(ed, words):
    """A number in the dashboard's "Work to do" panel (a look there, not a step of the task)."""
    if ed.page.url != f"{ed.url}/admin/":
        ed.page.goto(f"{ed.url}/admin/")
    text = ed.page.locator("[data-work-to-do]").inner_text()
    return int(re.search(rf"(\d+) {words}", text).group(1))


def export_and_import(ed):
    page = ed.page
    listings = public(ed, "/api/directory/services/", page_size=1)["count"]
    ed.menu("Directory", "Import and export")
    with page.expect_download() as download:
        ed.click(page.get_by_role("link", name="Spreadsheet bundle"))
    bundle = Path(tempfile.mkdtemp(prefix="editor-tasks-")) / download.value.suggested_filename
    download.value.save_as(bundle)
    assert "services.csv" in zipfile.ZipFile(bundle).namelist()
    # First only a check, as the form offers; then the import itself.
    ed.choose_file(page.locator("input[name=package]"), bundle)
    ed.tick(page.get_by_label("Only check the file; save nothing"))
    ed.submit(page.get_by_role("button", name="Import"))
    summary = page.locator(".exchange-summary")
    assert "nothing was saved" in page.inner_text("main"), page.inner_text("main")
    ed.choose_file(page.locator("input[name=package]"), bundle)  # the page forgot the file
    if page.get_by_label("Only check the file; save nothing").is_checked():
        ed.click(page.get_by_label("Only check the file; save nothing"))  # and untick it
        ed.notes.append("after the check: choose the file again, untick the check box")
    ed.submit(page.get_by_role("button", name="Import"))
    assert "Imported." in page.inner_text("main"), page.inner_text("main")
    assert summary.inner_text().strip(), "the import says nothing of what it did"
    # The same directory back: no listing lost or doubled.
    assert public(ed, "/api/directory/services/", page_size=1)["count"] == listings
    shutil.rmtree(bundle.parent)


def handle_problem_report(ed):
    page = ed.page
    listing = public(ed, "/api/directory/services/", city="Columbia")["results"][0]
    visitor_reports(ed, listing["id"], "The phone number rings out (editor tasks).")
    page.reload()  # the dashboard as it is once the visitor has written (not a step)
    waiting = dashboard_count(ed, "new problem reports?")
    ed.click(page.locator("[data-work-to-do]").get_by_role("link", name=re.compile("Read")))
    # The row of that listing; its problem ("Something else") opens the report.
    row = page.locator("table tbody tr", has_text=listing["name"]).first
    ed.click(row.get_by_role("link", name="Something else"))
    assert "The phone number rings out" in page.inner_text("main")
    ed.select(page.locator("select[name=status]"), "Resolved")
    ed.submit(page.locator("footer").get_by_role("button", name="Save"))
    assert "updated" in ed.messages(), ed.messages()
    assert dashboard_count(ed, "new problem reports?") == waiting - 1


def visitor_reports(ed, service_id, message):
    request = urllib.request.Request(
        f"{ed.url}/api/directory/services/{service_id}/reports/",
        data=json.dumps({"kind": "other", "message": message}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 201


TITLE = "Naloxone training, December (editor tasks)"


def mistake_and_recovery(ed):
    """A news post published without its summary (required): the failed publish, what the
    error says, and the steps to put it right."""
    page = ed.page
    ed.menu("Pages")
    ed.click(ed.sidebar.get_by_role("link", name="View child pages of 'Who Can I Turn To?'"))
    ed.click(ed.sidebar.get_by_role("link", name="What we have been up to", exact=True))
    ed.click(page.get_by_role("link", name="Add child page").first)
    ed.type(page.locator("#id_title"), TITLE)
    ed.footer_action("Publish")
    message = ed.messages()
    assert "could not be created" in message, message
    ed.failed_publishes += 1
    assert "Open the Content tab" in message and "Summary: This field is required" in message
    before_recovery = ed.steps
    ed.click(page.get_by_role("button", name="Go to the first error"))
    expect(page.locator("#id_summary")).to_be_in_viewport()
    ed.fill(page.locator("#id_summary"), "What you learn in an hour, and where to go next.")
    ed.footer_action("Publish")
    # "created and published", or "has been published" when Wagtail autosaved it meanwhile.
    assert "published" in ed.messages(), ed.messages()
    posts = public(ed, "/api/v2/pages/", type="news.NewsPage", limit=50)["items"]
    assert [p["title"] for p in posts].count(TITLE) == 1, posts  # live once, no stray copy
    ed.notes.append(f"{ed.steps - before_recovery} steps to recover")


# --- The second round (issue 22) ---------------------------------------------------------------


def add_city(ed):
    page = ed.page
    ed.menu("Directory", "Add a city")
    ed.type(page.locator("#id_title"), "Joplin")
    ed.fill(page.locator("#id_city"), "Joplin")
    ed.footer_action("Publish")
    assert "created and published" in ed.messages(), ed.messages()
    menu = public(ed, "/api/v2/site/")["navigation"]
    guide = next(item for item in menu if item["title"] == "Resource guide")
    cities = [child["title"] for child in guide["children"]]
    # In the menu, in its alphabetical place, "Additional resources" still last.
    assert cities.index("Jefferson City") < cities.index("Joplin") < cities.index("Kansas City")
    assert cities[-1] == "Additional resources", cities
    home = public(ed, "/api/v2/pages/find/", html_path="/")
    listed = [
        link["title"]
        for block in home["body"]
        if block["type"] == "call_to_action"
        for link in block["value"].get("pages", [])
    ]
    assert "Joplin" in listed, listed  # the home page's list of cities too


NEW_LISTING = "Evening test strip pickup (editor tasks)"


def new_listing_with_organization_and_place(ed):
    page = ed.page
    ed.menu("Directory", "Listings")
    ed.click(page.get_by_role("link", name="Add listing"))
    ed.fill(page.locator("#id_name"), NEW_LISTING)
    ed.tick(page.get_by_label(re.compile(r"\[default\]$")))
    modal = page.locator(".modal")
    ed.click(page.get_by_role("button", name="Choose organization"))
    ed.click(modal.get_by_role("tab", name="New organization"))
    ed.fill(modal.get_by_label("Name"), "Joplin Outreach Collective (example)")
    ed.click(modal.get_by_role("button", name="Create and choose"))
    modal.wait_for(state="hidden")
    ed.click(page.get_by_role("button", name="Choose location"))
    ed.click(modal.get_by_role("tab", name="New location"))
    # The organization just chosen is filled in already.
    chosen = modal.locator("select[name=organization] option:checked").inner_text()
    assert "Joplin Outreach Collective" in chosen, chosen
    ed.fill(modal.get_by_label("Name"), "Outreach van stop (example)")
    ed.fill(modal.get_by_label("City"), "Joplin")
    ed.click(modal.get_by_role("button", name="Create and choose"))
    modal.wait_for(state="hidden")
    ed.fill(page.locator("#id_description"), "Free test strips from the van, evenings.")
    ed.fill(page.locator("#id_languages"), "English, Spanish")
    ed.footer_action("Publish")
    assert f"Listing '{NEW_LISTING}' created and published" in ed.messages(), ed.messages()
    listing = public(ed, "/api/directory/services/", q="evening test strip")["results"][0]
    assert listing["organization"]["name"] == "Joplin Outreach Collective (example)", listing
    assert listing["location"]["city"] == "Joplin", listing


def take_off_and_put_back(ed):
    page = ed.page
    listing = public(ed, "/api/directory/services/", city="Springfield")["results"][0]
    ed.menu("Directory", "Listings")
    # The list's own search box (the sidebar's comes first on the page).
    ed.fill(page.locator("input[name=q]").last, f"{listing['name']} Springfield")
    rows = page.locator("table tbody tr").filter(has_text=listing["name"])
    row = rows.filter(has_text="Springfield").first
    expect(rows).to_have_count(1)  # the search has answered
    expect(row).to_contain_text("On the site · open")
    ed.click(row.get_by_role("link", name=listing["name"]).first)
    ed.footer_action("Take off the site")
    ed.submit(page.get_by_role("button", name=re.compile("Yes, unpublish", re.I)))
    ids = {
        item["id"] for item in public(ed, "/api/directory/services/", city="Springfield")["results"]
    }
    assert listing["id"] not in ids
    row = page.locator("table tbody tr").filter(has_text=listing["name"])
    row = row.filter(has_text="Springfield").first
    expect(row).to_contain_text("Off the site (taken off)")
    ed.click(row.get_by_role("link", name=listing["name"]).first)
    ed.footer_action("Put back on the site")
    ids = {
        item["id"] for item in public(ed, "/api/directory/services/", city="Springfield")["results"]
    }
    assert listing["id"] in ids


def photo_with_alt_text(ed):
    page = ed.page
    ed.menu("Pages")
    ed.click(ed.sidebar.get_by_role("link", name="View child pages of 'Who Can I Turn To?'"))
    ed.click(ed.sidebar.get_by_role("link", name="Edit 'The fentanyl crisis'"))
    image = add_block(ed, "Image")
    ed.click(image.get_by_role("button", name=re.compile("Choose an image")))
    modal = page.locator(".modal")
    ed.click(modal.locator("a[data-chooser-modal-choice]").first)
    modal.wait_for(state="hidden")
    # The alt text is left empty: the image's own description is filled in on publishing.
    ed.footer_action("Publish")
    assert "published" in ed.messages(), ed.messages()
    found = public(ed, "/api/v2/pages/find/", html_path="/the-fentanyl-crisis/")
    images = [b["value"]["image"] for b in found["body"] if b["type"] == "image"]
    assert images and images[-1]["alt"], images


def report_fixed_and_resolved(ed):
    page = ed.page
    listing = public(ed, "/api/directory/services/", city="Columbia")["results"][1]
    visitor_reports(ed, listing["id"], "The evening hours changed (editor tasks).")
    page.reload()
    waiting = dashboard_count(ed, "new problem reports?")
    ed.click(page.locator("[data-work-to-do]").get_by_role("link", name=re.compile("Read")))
    # The row names the listing with its city; its link opens the listing to fix.
    row = page.locator("table tbody tr", has_text=f"{listing['name']} (Columbia)").first
    ed.click(row.get_by_role("link", name=f"{listing['name']} (Columbia)"))
    ed.fill(page.locator("#id_interpretation_services"), "By phone, any language")
    ed.footer_action("Publish")
    # Back on the report: resolve it.
    assert "/listingreport/edit/" in page.url, page.url
    ed.select(page.locator("select[name=status]"), "Resolved")
    ed.submit(page.locator("footer").get_by_role("button", name="Save"))
    assert dashboard_count(ed, "new problem reports?") == waiting - 1


def rename_page(ed):
    page = ed.page
    ed.menu("Pages")
    ed.click(ed.sidebar.get_by_role("link", name="View child pages of 'Who Can I Turn To?'"))
    ed.click(ed.sidebar.get_by_role("link", name="Edit 'Facts and stats'"))
    ed.fill(page.locator("#id_title"), "Facts and figures")
    ed.tick(page.get_by_role("checkbox", name="Change the address to match the title"))
    ed.footer_action("Publish")
    assert "published" in ed.messages(), ed.messages()
    found = public(ed, "/api/v2/pages/find/", html_path="/facts-and-figures/")
    assert found["title"] == "Facts and figures"
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(f"{ed.url}/facts-and-stats/", timeout=30)
        raise AssertionError("the old address did not redirect")
    except urllib.error.HTTPError as answer:
        assert answer.code == 301 and answer.headers["Location"].endswith("/facts-and-figures/")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def second_editor(ed):
    page = ed.page
    ed.menu("Settings", "Users")
    ed.click(page.get_by_role("link", name=re.compile("Add a user|Add user")).first)
    ed.fill(page.locator("#id_username"), "dana")
    ed.fill(page.locator("#id_email"), "dana@example.org")
    ed.fill(page.locator("#id_first_name"), "Dana")
    ed.fill(page.locator("#id_last_name"), "Example")
    ed.fill(page.locator("#id_password1"), "a-long-password-for-dana")
    ed.fill(page.locator("#id_password2"), "a-long-password-for-dana")
    ed.click(page.get_by_role("tab", name="Roles").first)
    ed.tick(page.get_by_label("Directory editors"))
    ed.submit(page.get_by_role("button", name="Create", exact=True))
    assert "created" in ed.messages().lower(), ed.messages()
    # Dana signs in, in a browser of her own (her steps count too).
    other = ed.page.context.browser.new_context(viewport={"width": 1280, "height": 900})
    dana = other.new_page()
    try:
        dana.goto(f"{ed.url}/admin/login/")
        ed.page, before = dana, ed.page
        ed.fill(dana.locator("input[name=username]"), "dana")
        ed.fill(dana.locator("input[name=password]"), "a-long-password-for-dana")
        ed.submit(dana.locator("button[type=submit]"))
        sidebar = dana.locator("#wagtail-sidebar").inner_text()
        assert "Directory" in sidebar and "Pages" not in sidebar, sidebar
    finally:
        ed.page = before
        other.close()


FOOTER = "Run by volunteers in Missouri (editor tasks)."


def footer_text(ed):
    page = ed.page
    ed.menu("Settings", "Site settings")
    site = page.locator("select[name=site] option:checked").inner_text()
    assert site.startswith("Who Can I Turn To?"), site
    ed.replace_rich_text(page.locator("#panel-footer_text-section [contenteditable=true]"), FOOTER)
    ed.submit(page.locator("footer").get_by_role("button", name="Save"))
    assert "updated" in ed.messages(), ed.messages()
    assert FOOTER in public(ed, "/api/v2/site/")["footer"]["text"]
    # On the public site as a visitor's first view draws it, script on or off.
    with urllib.request.urlopen(f"{ed.url}/", timeout=30) as response:
        assert FOOTER in response.read().decode()


STAFF = "Staff rota (editor tasks)"


def staff_only_page(ed):
    """A new page for the team, private before it is ever published: a new page has no
    privacy setting until it is saved, so it is saved as a draft first (published at once,
    it would be public until its privacy is set)."""
    page = ed.page
    ed.menu("Pages")
    # The site's title opens its list of pages, where a new page is added.
    ed.click(ed.sidebar.get_by_role("link", name=re.compile(r"^Who Can I Turn To\?")).first)
    ed.click(page.get_by_role("link", name="Add child page").first)
    ed.type(page.locator("#id_title"), STAFF)
    ed.submit(page.locator("footer").get_by_role("button", name="Save draft"))
    ed.click(page.get_by_role("button", name="Toggle status"))
    status = page.locator("[data-side-panel=status]")
    ed.click(status.get_by_role("button", name=re.compile("privacy", re.I)))
    dialog = page.get_by_role("dialog").filter(has_text="Change privacy")
    ed.tick(dialog.get_by_label("Private, accessible to any logged-in users"))
    page.screenshot(path=str(SCREENSHOTS / "17-privacy.png"))
    ed.click(dialog.get_by_role("button", name="Save", exact=True))
    expect(status).to_contain_text("Private")
    ed.footer_action("Publish")
    assert "published" in ed.messages(), ed.messages()
    page.screenshot(path=str(SCREENSHOTS / "17-staff-page.png"), full_page=True)
    path = "/staff-rota-editor-tasks/"
    # An anonymous visitor: not found, not in the menu, not on the first view's page.
    for address in (f"/api/v2/pages/find/?html_path={path}", path):
        try:
            urllib.request.urlopen(f"{ed.url}{address}", timeout=30)
            raise AssertionError(f"{address} shows the staff page to anyone")
        except urllib.error.HTTPError as answer:
            assert answer.code == 404, answer.code
    menu = public(ed, "/api/v2/site/")["navigation"]
    assert STAFF not in [item["title"] for item in menu], menu
    # A signed-in member of the team (this browser's session): the page, in the API and
    # on the site.
    found = page.context.request.get(f"{ed.url}/api/v2/pages/find/?html_path={path}")
    assert found.status == 200 and found.json()["title"] == STAFF, found.status
    visitor = page.context.new_page()
    try:
        visitor.goto(f"{ed.url}{path}")
        expect(visitor.get_by_role("heading", level=1)).to_have_text(STAFF)
    finally:
        visitor.close()


def verify_from_the_menu(ed):
    page = ed.page
    waiting = dashboard_count(ed, "listings? needs? verification")
    ed.menu("Directory", "Needs verification")
    rows = page.locator("table.listing tbody tr")
    expect(rows).to_have_count(waiting)
    first = rows.first
    name = first.locator("td a").first.inner_text()
    # Its id, from its link (several listings share a name in different cities).
    service_id = re.search(r"/edit/([^/]+)/", first.locator("td a").first.get_attribute("href"))
    ed.submit(first.get_by_role("button", name="Verified today"))
    assert f"“{name}” marked as verified today." in ed.messages(), ed.messages()
    expect(rows).to_have_count(waiting - 1)
    ed.notes.append("2 steps from the dashboard's 'Verify them' (task 5)")
    # On the public site: the listing says it was checked today, and is no longer stale.
    listing = public(ed, f"/api/directory/services/{service_id.group(1)}/")
    assert listing["assured_date"] == date.today().isoformat(), listing
    assert not listing["stale"], listing


def public(ed, path, **params):
    query = urllib.parse.urlencode(params)
    with urllib.request.urlopen(f"{ed.url}{path}?{query}", timeout=30) as response:
        return json.loads(response.read())


def main():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tasks = [
        ("1. Columbia listing with hours and a closure", add_listing),
        ("2. Statistic and question on a page, preview", statistic_and_question),
        ("3. News post scheduled for tomorrow", schedule_news_post),
        ("4. Crisis line", add_crisis_line),
        ("5. Verify a stale listing", verify_stale_listing),
        ("6. Export and re-import the directory", export_and_import),
        ("7. Handle a problem report", handle_problem_report),
        ("8. Mistake: publish with a required field empty", mistake_and_recovery),
        ("9. Add a city (Joplin) and put it in the menu", add_city),
        (
            "10. New listing with a new organization and place",
            new_listing_with_organization_and_place,
        ),
        ("11. Take a listing off the site and put it back", take_off_and_put_back),
        ("12. Photo with alt text on a page", photo_with_alt_text),
        ("13. Problem report: fix the listing, resolve", report_fixed_and_resolved),
        ("14. Rename a page with its address", rename_page),
        ("15. Second editor set up and signed in", second_editor),
        ("16. Footer text", footer_text),
        ("17. A page for signed-in staff only", staff_only_page),
        ("18. Verify a listing, from the Directory menu", verify_from_the_menu),
    ]
    with running_server() as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        context = browser.new_context(
            viewport={"width": 1280, "height": 900}, accept_downloads=True
        )
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(f"{server['url']}/admin/login/")
        page.fill("input[name=username]", server["username"])
        page.fill("input[name=password]", server["password"])
        page.click("button[type=submit]")
        page.wait_for_url(f"{server['url']}/admin/")
        ed = Editor(page, server["url"])
        rows = []
        only = sys.argv[1:]  # task numbers, to run some only: editor_tasks.py 2 3
        for name, task in tasks:
            if only and name.split(".")[0] not in only:
                continue
            ed.start()
            try:
                task(ed)
            except Exception:
                page.screenshot(path=str(SCREENSHOTS / f"failed-{task.__name__}.png"))
                print(f"{name}: failed after {ed.steps} steps, on {page.url}", file=sys.stderr)
                raise
            rows.append((name, ed.steps, BEFORE.get(name), ed.failed_publishes, ed.notes))
            print(f"{name}: {ed.steps} steps", file=sys.stderr)
        browser.close()
    print_table(rows)


def print_table(rows):
    print(f"{'Task':<50} {'Steps':>5} {'Before':>6}  Failed publishes, notes")
    for name, steps, before, failed, notes in rows:
        before_text = "-" if before is None else str(before)
        remarks = [str(failed)]
        if name in BEFORE_FAILED:
            remarks.append(f"(before: {BEFORE_FAILED[name]})")
        remarks += notes
        print(f"{name:<50} {steps:>5} {before_text:>6}  {'; '.join(remarks)}")
    measured = [row for row in rows if row[2] is not None]  # the tasks measured before
    if measured:
        label = f"Total of the {len(measured)} tasks measured before"
        steps, before = sum(row[1] for row in measured), sum(row[2] for row in measured)
        print(f"{label:<50} {steps:>5} {before:>6}")


# --- A server of its own, as tests/e2e/conftest.py starts one -----------------------------


@contextmanager
def running_server():
    if os.environ.get("EDITOR_TASKS_URL"):  # a server already running (while developing)
        user, password = os.environ["EDITOR_TASKS_LOGIN"].split(":", 1)
        yield {"url": os.environ["EDITOR_TASKS_URL"], "username": user, "password": password}
        return
    print("Preparing a fresh database with the demo content…", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="editor-tasks-") as var_dir:
        with demo_server(var_dir) as server:
            yield server


if __name__ == "__main__":
    main()
