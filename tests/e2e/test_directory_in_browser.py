"""The resource directory in a real Chromium: a city's listings and their filters, the whole
guide, open now or at a chosen time, near me, the map, and the clinic's own hours."""

import pytest

from tests.e2e.conftest import api, open_filters, screenshot, wait_for_page

pytestmark = pytest.mark.browser


def test_visitor_filters_a_city_and_sees_open_or_closed_and_call_links(server, page):
    page.goto(server["url"] + "/resource-guide/kansas-city/")
    wait_for_page(page, "Kansas City")
    listings = page.locator(".listing")
    listings.first.wait_for()
    assert listings.count() == 9
    statuses = page.locator(".listing__status strong").all_inner_texts()
    assert all(text.startswith(("Open", "Closed")) for text in statuses), statuses
    open_filters(page)

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
    # Folded, the filters say how many are chosen.
    assert page.locator("summary.filters__toggle").inner_text().strip() == "Filter (2)"

    open_filters(page)
    choose("Open now", check=False)
    assert page.locator("summary.filters__toggle").inner_text().strip() == "Filter (1)"
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
    open_filters(page)
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
    listed = api(server, "/api/directory/services/?page_size=100")
    every = listed["count"]
    page.goto(server["url"] + "/resource-guide/")
    wait_for_page(page, "Resource guide")
    page.locator(".listing").first.wait_for()
    assert page.locator(".listings__count").inner_text() == f"{every} places"
    # The first ten of every city's places, by name; the rest behind "More places".
    names = page.locator(".listing__name").all_inner_texts()
    assert names == [item["name"] for item in listed["results"][:10]]
    # "Example address — not a real place, Kansas City, MO": the city before the state.
    cities = {
        text.rsplit(", ", 2)[-2] for text in page.locator(".listing__address").all_inner_texts()
    }
    assert len(cities) > 1
    open_filters(page)
    choose_and_wait(page, lambda: page.get_by_label("Where").select_option("St. Louis"))
    assert "city=St.+Louis" in page.url
    addresses = page.locator(".listing__address").all_inner_texts()
    assert len(addresses) == 9 and all(text.endswith(", St. Louis, MO") for text in addresses)
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
    open_filters(page)
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
    open_filters(page)
    assert not page.get_by_role("button", name="Show on a map").is_visible()

    # The same site once an editor names a tile server in its settings.
    server["manage"](
        "shell",
        "-c",
        "from wagtail.models import Site; from turnto.core.models import SiteSettings;"
        "s = SiteSettings.for_site(Site.objects.get(is_default_site=True));"
        "s.map_tile_url = 'https://tiles.example.test/{z}/{x}/{y}.png';"
        "s.map_attribution = 'Example tiles'; s.save()",
    )
    page.reload()
    wait_for_page(page, "Kansas City")
    page.locator(".listing").first.wait_for()
    page.wait_for_timeout(300)
    assert tiles == [], "nothing asked of the tile server before the visitor asks for the map"
    open_filters(page)
    page.get_by_role("button", name="Show on a map").click()
    page.locator(".leaflet-container").wait_for()
    # The demo's places are examples at real coordinates: none is marked on the map.
    page.get_by_text("9 example places are not on the map.").wait_for()
    assert page.locator("path.leaflet-interactive").count() == 0
    assert tiles and all(url.startswith("https://tiles.example.test/") for url in tiles)

    # Real places (an editor unticks "this address is an example") are marked.
    # Saved one by one, as the admin does: the save is the edit every cache hears of.
    places = "from turnto.directory.models import Location\n"
    places += "for place in Location.objects.filter(city='Kansas City'):\n"
    places += "    place.is_example = {}\n    place.save()"
    server["manage"]("shell", "-c", places.format(False))
    page.reload()
    wait_for_page(page, "Kansas City")
    page.locator(".listing").first.wait_for()
    open_filters(page)
    page.get_by_role("button", name="Show on a map").click()
    page.wait_for_function(
        "() => document.querySelectorAll('path.leaflet-interactive').length === 9"
    )
    assert not page.locator(".directory__map-note").is_visible()
    assert "Example tiles" in page.locator(".leaflet-control-attribution").inner_text()
    screenshot(page, "city-map")
    choose_and_wait(page, lambda: page.get_by_label("Naloxone").check())
    page.wait_for_function(
        "() => document.querySelectorAll('path.leaflet-interactive').length === 3"
    )
    server["manage"](
        "shell",
        "-c",
        "from wagtail.models import Site; from turnto.core.models import SiteSettings;"
        "s = SiteSettings.for_site(Site.objects.get(is_default_site=True));"
        "s.map_tile_url = ''; s.map_attribution = ''; s.save()",
    )
    server["manage"]("shell", "-c", places.format(True))


def test_clinic_listing_keeps_its_own_timezone(server):
    # The clinic's listing is on the clinic's site only.
    path = "/api/directory/services/?q=Walk-In+Clinic"
    assert api(server, path)["results"] == []
    found = api(server, path, host="clinic.localhost")["results"]
    assert len(found) == 1
    clinic = found[0]
    assert clinic["location"]["timezone"] == "America/New_York"
    days = {day["weekday"]: day for day in clinic["hours"]["weekly"]}
    assert days.keys() == {1, 2, 3, 4, 5, 6}


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
