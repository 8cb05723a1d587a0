"""The single-page site in a real Chromium, as a visitor meets it."""

import json
import re
import urllib.request
from urllib.parse import urlparse

import pytest

from tests.conftest import CAMPAIGN_PATHS
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser
CLINIC = "clinic.localhost"
WIDTHS = {"phone": 375, "desktop": 1280}


def api(server, path, host="localhost"):
    request = urllib.request.Request(
        server["url"] + path, headers={"Host": f"{host}:{server['port']}"}
    )
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def site_pages(server, host):
    listing = api(server, "/api/v2/pages/?limit=100", host)
    return [urlparse(item["meta"]["html_url"]).path for item in listing["items"]]


def wait_for_page(page, title=None):
    page.wait_for_selector("body[data-ready] main h1")
    if title:
        page.wait_for_function(
            "t => document.querySelector('main h1')?.textContent.trim() === t", arg=title
        )
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("host", ["localhost", CLINIC])
def test_every_page_renders_accessibly_privately_and_without_other_origins(
    server, browser, host, width
):
    origin = f"http://{host}:{server['port']}"
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900})
    page = context.new_page()
    requests, cookies_set, errors = [], [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("response", lambda r: r.headers.get("set-cookie") and cookies_set.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    paths = site_pages(server, host)
    if host == "localhost":
        assert set(CAMPAIGN_PATHS) <= set(paths)
    problems = []
    for path in paths:
        detail = api(server, f"/api/v2/pages/find/?html_path={path}", host)
        page.goto(origin + path)
        wait_for_page(page)
        heading = page.inner_text("main h1").strip()
        expected = {detail["title"], detail.get("hero_heading") or detail["title"]}
        if heading not in expected:
            problems.append(f"{path}: heading {heading!r}, expected {expected}")
        shown = page.locator("main .block").count()
        if shown != len(detail["body"]):
            problems.append(f"{path}: {shown} blocks shown of {len(detail['body'])}")
        if width == "desktop" or path in ("/", "/facts-and-stats/"):
            problems += [f"{path} ({width}): {v}" for v in axe_violations(page)]
        slug = path.strip("/").replace("/", "--") or "home"
        screenshot(page, f"{host.split('.')[0]}-{slug}-{WIDTHS[width]}")
    others = sorted({u for u in requests if not u.startswith(origin + "/")})
    assert not problems, "\n".join(problems)
    assert others == [], f"requests to other origins: {others}"
    assert cookies_set == [] and context.cookies() == []
    assert errors == []
    context.close()


def test_navigation_stays_in_the_page_with_titles_focus_back_and_scroll(server, page):
    page.goto(server["url"] + "/")
    wait_for_page(page)
    page.evaluate("window.__sameDocument = true")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Facts and stats").click()
    wait_for_page(page, "Facts and stats")
    assert page.url.endswith("/facts-and-stats/")
    assert page.title().startswith("Facts and stats | Who Can I Turn To?")
    assert page.evaluate("document.activeElement.tagName") == "H1"
    page.wait_for_function(
        "() => document.getElementById('announcer').textContent.includes('Facts')"
    )

    # Far down the page the reader follows a link in the text; Back must bring them back
    # to the same place.
    link = page.locator("main .rich-text a[href='/the-fentanyl-crisis/']").last
    link.scroll_into_view_if_needed()
    scrolled = page.evaluate("window.scrollY")
    assert scrolled > 300
    link.click()
    wait_for_page(page, "The fentanyl crisis")
    assert page.evaluate("window.scrollY") == 0

    page.go_back()
    wait_for_page(page, "Facts and stats")
    page.wait_for_function("y => Math.abs(window.scrollY - y) < 5", arg=scrolled)
    page.go_back()
    wait_for_page(page)
    assert page.url == server["url"] + "/"
    page.go_forward()
    wait_for_page(page, "Facts and stats")
    assert page.evaluate("window.__sameDocument") is True, "a navigation reloaded the page"

    page.reload()
    wait_for_page(page, "Facts and stats")
    assert page.evaluate("window.__sameDocument") is None


def test_deep_link_and_404_with_search_and_crisis_lines(server, page):
    page.goto(server["url"] + "/resource-guide/springfield/")
    wait_for_page(page, "Springfield")

    page.goto(server["url"] + "/no/such/page/")
    wait_for_page(page, "Page not found")
    assert page.title().startswith("Page not found")
    assert page.locator("#crisis-bar a[href='tel:988']").count() == 1
    assert page.locator("main a[href='tel:911']").count() == 1
    page.fill("main input[type=search]", "naloxone")
    page.press("main input[type=search]", "Enter")
    results = page.locator("main .search__list a")
    results.first.wait_for()
    assert results.count() >= 1
    results.first.click()
    page.wait_for_function("() => !location.pathname.startsWith('/no/')")
    wait_for_page(page)


def test_api_failure_shows_retry_and_crisis_lines(server, page):
    page.route("**/api/v2/pages/find/**", lambda route: route.abort())
    page.goto(server["url"] + "/facts-and-stats/")
    wait_for_page(page, "This page did not load")
    assert page.locator("#crisis-bar a[href='tel:911']").count() == 1
    page.unroute("**/api/v2/pages/find/**")
    page.get_by_role("button", name="Try again").click()
    wait_for_page(page, "Facts and stats")


def neutral_site(page):
    # The exit destination is a real site; the test answers for it so nothing leaves the machine.
    page.route("https://www.weather.gov/**", lambda route: route.fulfill(body="weather"))


@pytest.mark.parametrize("how", ["button", "shift"])
def test_quick_exit_leaves_and_back_does_not_return(server, page, how):
    neutral_site(page)
    page.goto(server["url"] + "/the-fentanyl-crisis/")
    wait_for_page(page, "The fentanyl crisis")
    if how == "button":
        page.get_by_role("link", name=re.compile("Exit this page")).click()
    else:
        page.locator("body").press("Shift")
        page.locator("body").press("Shift")
        page.locator("body").press("Shift")
    page.wait_for_url("https://www.weather.gov/")
    page.go_back()
    assert "fentanyl" not in page.url


@pytest.mark.parametrize("width", [375, 1280])
def test_quick_exit_is_visible_and_on_top_at_every_width(server, context, width):
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": 700})
    page.goto(server["url"] + "/resource-guide/")
    wait_for_page(page)
    for y in (0, 1500):
        page.evaluate(f"window.scrollTo(0, {y})")
        box = page.locator("#quick-exit").bounding_box()
        assert box and box["y"] >= 0 and box["x"] + box["width"] <= width
        on_top = page.evaluate(
            """() => { const b = document.getElementById('quick-exit').getBoundingClientRect();
            const el = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
            return el.closest('#quick-exit') !== null; }"""
        )
        assert on_top


def test_menu_works_by_keyboard_alone(server, page):
    page.goto(server["url"] + "/")
    wait_for_page(page)
    toggle = page.get_by_role("button", name="Resource guide: show its pages")
    cities = page.locator("#nav-sub-4")
    toggle.focus()
    assert toggle.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    cities.wait_for(state="visible")
    assert toggle.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Kansas City"
    page.keyboard.press("Escape")
    cities.wait_for(state="hidden")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "nav-sub-4"
    page.keyboard.press("Enter")
    cities.wait_for(state="visible")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "St. Louis"
    page.keyboard.press("Enter")
    wait_for_page(page, "St. Louis")
    cities.wait_for(state="hidden")  # the menu closes after navigating


def test_phone_menu_opens_and_closes(server, context):
    page = context.new_page()
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(server["url"] + "/")
    wait_for_page(page)
    news = page.get_by_role("link", name="What we have been up to")
    assert not news.is_visible()
    page.get_by_role("button", name="Menu").click()
    news.click()
    wait_for_page(page, "What we have been up to")
    assert not news.is_visible()


def test_video_loads_nothing_until_asked(server, page):
    video_requests = []
    page.route(
        re.compile(r"https://www\.youtube(-nocookie)?\.com/.*"),
        lambda route: (video_requests.append(route.request.url), route.fulfill(body="video")),
    )
    page.goto(server["url"] + "/what-is-harm-reduction/")
    wait_for_page(page, "What is harm reduction?")
    assert video_requests == []
    assert page.locator("main iframe").count() == 0
    page.get_by_role("button", name="Play video").click()
    page.locator("main iframe").wait_for()
    assert video_requests and video_requests[0].startswith("https://www.youtube-nocookie.com/")


HOSTILE_BODY = json.dumps(
    [
        {
            "type": "rich_text",
            "value": '<p>Hi<img src="x" onerror="window.__xss=1">'
            '<a href="javascript:window.__xss=2" id="bad-link">click me</a>'
            "<script>window.__xss=3</script></p>",
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "Go",
                "text": "",
                "button_label": "Go now",
                "page": None,
                "external_url": "javascript:window.__xss=4",
            },
        },
        {"type": "heading", "value": {"text": "<img src=x onerror=window.__xss=5>", "level": "h2"}},
    ]
)


def test_hostile_rich_text_runs_nothing(server, page):
    server["manage"](
        "shell",
        "-c",
        "from turnto.campaign.models import ContentPage; from wagtail.models import Site;"
        "home = Site.objects.get(is_default_site=True).root_page;"
        f"page = ContentPage(title='Hostile', slug='hostile', body={HOSTILE_BODY!r});"
        "home.add_child(instance=page); page.save_revision().publish()",
    )
    page.goto(server["url"] + "/hostile/")
    wait_for_page(page, "Hostile")
    page.wait_for_timeout(300)
    if page.locator("#bad-link").count():
        page.click("#bad-link")
    if page.get_by_text("Go now").count():
        page.get_by_text("Go now").click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert page.locator("main [onerror]").count() == 0
    assert page.locator("main script").count() == 0
    assert page.locator("main a[href^='javascript']").count() == 0


def admin_login(page, server):
    page.goto(server["url"] + "/admin/login/")
    page.fill("input[name=username]", server["username"])
    page.fill("input[name=password]", server["password"])
    page.click("button[type=submit]")
    page.wait_for_url(server["url"] + "/admin/")


def test_editor_sees_the_draft_live_in_the_preview_panel_without_publishing(server, page):
    admin_login(page, server)
    page_id = api(server, "/api/v2/pages/find/?html_path=/what-is-harm-reduction/")["id"]
    page.goto(f"{server['url']}/admin/pages/{page_id}/edit/")
    page.click('[data-side-panel-toggle="preview"]')
    # The panel frames the admin's preview view, which frames the single-page site.
    site = page.frame_locator("#w-preview-iframe").frame_locator("iframe")
    site.locator("main h1", has_text="What is harm reduction?").wait_for()
    assert "not published" in site.locator(".preview-banner").inner_text()
    assert site.locator("main .block--video").count() == 1, "blocks render as on the site"

    # The editor types; the panel reloads and the site draws the draft. (Wagtail starts
    # watching the form for edits 2 s after it loads; a person is never faster.)
    page.wait_for_timeout(2500)
    page.click("#id_title")
    page.keyboard.press("End")
    page.keyboard.type(" (a draft)", delay=20)
    site.locator("main h1", has_text="(a draft)").wait_for(timeout=30000)

    # Visitors still see the published page.
    visitor = page.context.browser.new_page()
    visitor.goto(server["url"] + "/what-is-harm-reduction/")
    visitor.wait_for_selector("body[data-ready] main h1")
    assert visitor.inner_text("main h1") == "What is harm reduction?"
    assert visitor.locator("meta[name=robots]").count() == 0
    visitor.close()


def test_preview_page_says_noindex_and_explains_a_bad_link(server, page):
    page.goto(server["url"] + "/preview/?content_type=campaign.contentpage&token=forged")
    wait_for_page(page, "This preview is not available")
    assert page.locator("meta[name=robots]").get_attribute("content").startswith("noindex")
    assert "not valid" in page.inner_text("main")


def test_a_front_end_on_another_origin_reads_the_cms(server, separate_frontend, page):
    api_requests = []
    page.on("request", lambda r: "/api/" in r.url and api_requests.append(r.url))
    page.goto(separate_frontend + "/facts-and-stats/")
    wait_for_page(page, "Facts and stats")
    assert api_requests and all(url.startswith(server["url"]) for url in api_requests)
    image = page.locator("main img").first
    if image.count():
        assert image.get_attribute("src").startswith(server["url"] + "/media/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Resource guide").click()
    wait_for_page(page, "Resource guide")
    assert page.url == separate_frontend + "/resource-guide/"


def test_visitor_filters_a_city_and_sees_open_or_closed_and_call_links(server, page):
    page.goto(server["url"] + "/resource-guide/kansas-city/")
    wait_for_page(page, "Kansas City")
    listings = page.locator(".listing")
    listings.first.wait_for()
    assert listings.count() == 9
    statuses = page.locator(".listing__status strong").all_inner_texts()
    assert all(text.startswith(("Open", "Closed")) for text in statuses), statuses

    def choose(label, check=True):
        """Tick or untick a filter and wait for the list that answers it."""
        with page.expect_response(lambda r: "/api/directory/services/" in r.url):
            (page.get_by_label(label).check if check else page.get_by_label(label).uncheck)()
        page.wait_for_timeout(100)  # the swap follows the response

    choose("Naloxone")
    assert "service_type=naloxone" in page.url
    assert listings.count() == 3
    assert all("Naloxone" in text for text in page.locator(".listing__types").all_inner_texts())

    choose("Open now")
    assert "open_now=true" in page.url
    for text in page.locator(".listing__status strong").all_inner_texts():
        assert text.startswith("Open"), text

    # The filtered list can be shared: its address brings the same filters back.
    shared = page.url
    page.goto(shared)
    wait_for_page(page, "Kansas City")
    assert page.get_by_label("Naloxone").is_checked() and page.get_by_label("Open now").is_checked()

    choose("Open now", check=False)
    assert listings.count() == 3
    call = page.locator(".listing a[href^='tel:']").first
    assert call.get_attribute("href").startswith("tel:816555")
    assert "Last checked" in page.locator(".listing__verified").first.inner_text()


def test_near_me_asks_on_click_and_sends_only_a_rounded_position(server, browser):
    context = browser.new_context(
        viewport={"width": 375, "height": 800},
        geolocation={"latitude": 39.099712, "longitude": -94.578331},
    )
    page = context.new_page()
    asked = []
    page.on("request", lambda r: "/api/directory/" in r.url and asked.append(r.url))
    page.goto(server["url"] + "/resource-guide/kansas-city/")
    wait_for_page(page, "Kansas City")
    page.locator(".listing").first.wait_for()
    assert not any("near=" in url for url in asked), "no location before the click"
    context.grant_permissions(["geolocation"])
    with page.expect_response(lambda r: "near=" in r.url) as answer:
        page.get_by_role("button", name="Sort by distance from me").click()
    assert "near=39.10%2C-94.58" in answer.value.url or "near=39.10,-94.58" in answer.value.url
    page.wait_for_function(
        "() => document.querySelector('.listing__status').textContent.includes('km away')"
    )
    assert "near" not in page.url, "a shared link never carries the visitor's position"
    context.close()


def choose_and_wait(page, action):
    """Do something to the directory filters and wait for the list that answers it."""
    with page.expect_response(lambda r: "/api/directory/services/" in r.url) as answer:
        action()
    page.wait_for_timeout(100)  # the swap follows the response
    return answer.value


def test_guide_searches_every_city_and_narrows_to_one(server, page):
    every = api(server, "/api/directory/services/?page_size=100")["count"]
    page.goto(server["url"] + "/resource-guide/")
    wait_for_page(page, "Resource guide")
    page.locator(".listing").first.wait_for()
    assert page.locator(".listings__count").inner_text() == f"{every} places"
    cities = {
        text.rsplit(", ", 1)[-1] for text in page.locator(".listing__address").all_inner_texts()
    }
    assert {"Kansas City", "St. Louis", "Springfield"} <= cities
    choose_and_wait(page, lambda: page.get_by_label("Where").select_option("St. Louis"))
    assert "city=St.+Louis" in page.url
    addresses = page.locator(".listing__address").all_inner_texts()
    assert len(addresses) == 9 and all(text.endswith("St. Louis") for text in addresses)
    screenshot(page, "guide-every-city")
    page.reload()
    wait_for_page(page, "Resource guide")
    assert page.get_by_label("Where").input_value() == "St. Louis"


def test_open_at_a_chosen_time_lists_what_is_open_then(server, page):
    from datetime import date, timedelta

    wednesday = date.today() + timedelta(days=(2 - date.today().weekday()) % 7 + 7)
    moment = f"{wednesday.isoformat()}T21:30"
    expected = api(
        server, f"/api/directory/services/?city=Kansas+City&open_at={moment}&page_size=50"
    )
    names = sorted(item["name"] for item in expected["results"])
    # Late on a Wednesday: the overnight van, the 24-hour centre and the night shelter.
    assert any("Night Outreach Van" in name for name in names)
    assert not any("Pharmacy" in name for name in names)

    page.goto(server["url"] + "/resource-guide/kansas-city/")
    wait_for_page(page, "Kansas City")
    page.locator(".listing").first.wait_for()
    choose_and_wait(page, lambda: page.get_by_label("Planning ahead? Open on").fill(moment))
    assert f"open_at={moment.replace(':', '%3A')}" in page.url
    assert sorted(page.locator(".listing__name").all_inner_texts()) == names
    assert "open Wed" in page.locator(".listings__count").inner_text()
    for text in page.locator(".listing__status strong").all_inner_texts():
        assert text.startswith("Open"), text
    screenshot(page, "city-open-at")
    choose_and_wait(page, lambda: page.get_by_role("button", name="Any time").click())
    assert page.locator(".listing").count() == 9 and "open_at" not in page.url


def test_map_only_with_a_tile_server_and_only_on_request(server, page):
    tiles = []
    page.route(
        "https://tiles.example.test/**",
        lambda route: (tiles.append(route.request.url), route.fulfill(status=204)),
    )
    page.goto(server["url"] + "/resource-guide/kansas-city/")
    wait_for_page(page, "Kansas City")
    page.locator(".listing").first.wait_for()
    assert not page.get_by_role("button", name="Show on a map").is_visible()

    # The same site once an editor names a tile server in its settings.
    def with_map(route):
        shell = route.fetch().json()
        shell["map"] = {
            "tile_url": "https://tiles.example.test/{z}/{x}/{y}.png",
            "attribution": "Example tiles",
        }
        route.fulfill(json=shell)

    page.route("**/api/v2/site/**", with_map)
    page.reload()
    wait_for_page(page, "Kansas City")
    page.locator(".listing").first.wait_for()
    page.wait_for_timeout(300)
    assert tiles == [], "nothing asked of the tile server before the visitor asks for the map"
    page.get_by_role("button", name="Show on a map").click()
    page.locator(".leaflet-container").wait_for()
    page.wait_for_function(
        "() => document.querySelectorAll('path.leaflet-interactive').length === 9"
    )
    assert tiles and all(url.startswith("https://tiles.example.test/") for url in tiles)
    assert "Example tiles" in page.locator(".leaflet-control-attribution").inner_text()
    screenshot(page, "city-map")
    choose_and_wait(page, lambda: page.get_by_label("Naloxone").check())
    page.wait_for_function(
        "() => document.querySelectorAll('path.leaflet-interactive').length === 3"
    )


def test_clinic_listing_keeps_its_own_timezone(server):
    found = api(server, "/api/directory/services/?q=Walk-In+Clinic")["results"]
    assert len(found) == 1
    clinic = found[0]
    assert clinic["location"]["timezone"] == "America/New_York"
    days = {day["weekday"]: day for day in clinic["hours"]["weekly"]}
    assert days.keys() == {1, 2, 3, 4, 5, 6}


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
        "from turnto.directory.reports import ListingReport as R; "
        "r = R.objects.latest('created_at'); print(r.service.name, '|', r.kind, '|', r.message)",
    )
    assert (
        stored.strip().splitlines()[-1]
        == f"{name} | wrong_hours | The sign on the door says they close at 5."
    )


def test_clinic_home_shows_its_week_of_hours(server, page):
    page.goto(server["clinic_url"] + "/")
    wait_for_page(page)
    hours = page.locator(".listing__hours table.hours")
    hours.wait_for()
    assert hours.is_visible(), "one chosen listing: its hours are shown open"
    assert "Times are Eastern time." in hours.inner_text()
    rows = dict(row.split("\t", 1) for row in hours.locator("tr").all_inner_texts() if "\t" in row)
    assert rows["Monday"] == "noon – 6 PM, walk in"
    assert rows["Friday"] == "10 AM – 4 PM, by appointment"
    assert rows["Sunday"] == "Closed"
    screenshot(page, "clinic-home-hours")
