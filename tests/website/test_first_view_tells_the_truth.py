"""What the first response says is true, and what it offers works (issue 19, items 5 and 9).

A visitor reads the page the server drew, often with no script at all (a text browser, Tor
Browser's safest setting, a script that never came). So: help by phone is never a place to walk
in to; an example address sends nobody to a real street; the clinic's hours are its listing's
wherever they are told; nothing published is an instruction to an editor; a page's own words
come before its listings; and no button is shown that does nothing without script."""

import json
import re
from datetime import time
from urllib.parse import urlencode

from django.test import Client

import pytest
from bs4 import BeautifulSoup, NavigableString

from tests.conftest import CLINIC_HOST, find_page
from tests.website.test_entry import public_pages
from turnto.directory.models import Location, Schedule, Service

pytestmark = pytest.mark.django_db

GUIDE = "/resource-guide/"
CITY = "/resource-guide/kansas-city/"
PHONE_HELP = "/resource-guide/additional-resources/"
CLINIC_POSTS = ["/news/office-hours/", "/news/appointment-only-days/"]
MAPS = re.compile(r"google\.[a-z.]+/maps|maps\.google|openstreetmap\.org/|geo:", re.I)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def text_browser(markup):
    """The text a browser without script shows (w3m -dump, Lynx): everything but scripts and
    styles, <noscript> included; a <template>'s own content too (w3m shows it)."""
    soup = BeautifulSoup(markup, "html.parser")
    parts = []

    def walk(node):
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:
                parts.append(str(node))
            return
        if node.name in ("script", "style"):
            return
        parts.append(" ")
        for child in node.children:
            walk(child)
        parts.append(" ")

    walk(soup.body or soup)
    return squash("".join(parts))


def first_view(path, host="localhost"):
    response = Client().get(path, HTTP_HOST=host)
    assert response.status_code == 200, (host, path)
    return BeautifulSoup(response.content.decode(), "html.parser")


def cards(soup):
    """Each listing card of the page, by the listing's id (its "Report a problem" link names
    it: names repeat from city to city)."""
    found = {}
    for card in soup("li", class_="listing"):
        link = card.find("a", href=re.compile(r"^/report-a-problem/\?listing="))
        found[re.search(r"listing=([^&]+)", link["href"])[1]] = card
    return found


def listings_on(api, path):
    """The listings (API representation) a page's first view shows: its blocks' and, for a
    directory page, its list's."""
    data = find_page(api, path)
    found = [
        listing
        for block in data.get("body") or []
        if block["type"] == "directory_listings"
        for listing in block["value"]["listings"]
    ]
    if data["meta"]["type"] in ("guide.ResourceGuidePage", "guide.CityDirectoryPage"):
        # A city lists its places at once; the guide, every city's, ten at a time.
        params = {"page_size": 50, "city": data["city"]} if data.get("city") else {"page_size": 10}
        found += api("/api/directory/services/", **params)[1]["results"]
    return found


# Help by phone, text or online ----------------------------------------------------------------


def test_help_by_phone_is_never_a_place_to_walk_in_to(api):
    seen = 0
    for path in (PHONE_HELP, GUIDE):
        shown = cards(first_view(path))
        for listing in listings_on(api, path):
            if listing["location"] is not None:
                continue
            seen += 1
            card = shown[listing["id"]]
            text = squash(card.get_text(" "))
            assert "walk in" not in text.lower(), (listing["name"], text)
            assert "Directions" not in text and not card.select(".listing__address")
            kinds = {phone["kind"] for phone in listing["phones"]}
            how = "Call or text" if kinds == {"voice", "text"} else "Call"
            status = squash(card.select_one(".listing__status").get_text(" "))
            assert f"· {how}" in status, status
            for cell in card.select(".hours td"):
                assert cell.get_text() == "Closed" or "appointment" not in cell.get_text()
    assert seen >= 4  # 988, SAMHSA, Never Use Alone, Poison Control on each page


def test_the_apis_say_help_by_phone_has_no_place_and_no_walk_in(api):
    _, lines = api("/api/directory/services/", scope="national", page_size=50)
    remote = [listing for listing in lines["results"] if listing["location"] is None]
    assert {"988 Suicide & Crisis Lifeline", "Poison Control"} <= {x["name"] for x in remote}
    for listing in remote:
        assert listing["walk_in"] is False
        assert {span["attendance"] for span in listing["hours"]["weekly"]} == {"remote"}
    _, walk_in = api("/api/directory/services/", walk_in="true", page_size=50)
    assert walk_in["count"] > 0
    assert all(listing["location"] is not None for listing in walk_in["results"])
    for listing in remote:
        _, record = api(f"/api/hsds/services/{listing['id']}")
        assert "service_at_locations" not in record or record["service_at_locations"] == []
        assert record["phones"], "reached by its phones"
        assert {s["attending_type"] for s in record["schedules"] if "byday" in s} == {
            "phone, text or online"
        }


def test_a_listing_that_loses_its_place_stops_saying_walk_in(api):
    service = Service.objects.filter(location__city="Kansas City", schedules__attendance="walk_in")
    service = service.distinct().first()
    key = str(service.pk)
    assert "Walk in" in squash(cards(first_view(CITY))[key].get_text(" "))
    service.location = None
    service.save()
    _, found = api("/api/directory/services/", q=service.name, page_size=50)
    listing = next(x for x in found["results"] if x["id"] == key)
    assert listing["walk_in"] is False and listing["location"] is None
    # The guide lists ten places a page: its search finds this one.
    guide = squash(
        cards(first_view(f"{GUIDE}?{urlencode({'q': service.name})}"))[key].get_text(" ")
    )
    assert "walk in" not in guide.lower() and "Directions" not in guide


# Example addresses ----------------------------------------------------------------------------


def test_an_example_address_gives_no_directions_and_a_real_one_does(api):
    assert not Location.objects.filter(is_example=False).exists(), "every demo place"
    for host, path in [("localhost", CITY), ("localhost", GUIDE), (CLINIC_HOST, "/")]:
        soup = first_view(path, host)
        assert not soup.find("a", href=MAPS), (host, path)
        assert "Directions" not in text_browser(str(soup.find("main")))
    _, places = api("/api/directory/services/", city="Kansas City", page_size=50)
    assert all(listing["location"]["is_example"] for listing in places["results"])

    # An editor unticks "this address is an example" on one place: it alone gets Directions.
    place = Location.objects.filter(city="Kansas City", latitude__isnull=False).first()
    place.is_example = False
    place.save()
    shown = cards(first_view(CITY))
    with_directions = [key for key, card in shown.items() if card.find("a", href=MAPS)]
    assert with_directions == [str(service.pk) for service in place.services.all()]


# The clinic's hours ---------------------------------------------------------------------------


def hours_table(soup):
    block = soup.select_one(".listing-hours")
    assert block is not None, "no opening hours block"
    return {row.th.get_text(): squash(row.td.get_text()) for row in block.select("table tr")}


def test_the_clinic_posts_show_the_listings_hours_and_follow_it():
    clinic = Service.objects.get(organization__name="Example Walk-In Clinic")
    home = cards(first_view("/", CLINIC_HOST))[str(clinic.pk)]
    on_card = {row.th.get_text(): squash(row.td.get_text()) for row in home.select("table tr")}
    assert list(on_card) == DAYS
    for path in CLINIC_POSTS:
        soup = first_view(path, CLINIC_HOST)
        assert hours_table(soup) == on_card, path
        # No hours of its own words beside them, which could say otherwise.
        text = text_browser(str(soup.find("main")))
        assert not re.search(r"\b(Fridays and Saturdays|12:00 PM|10:00 AM)\b", text), text

    # The listing changes; the posts follow.
    monday = clinic.schedules.get(monday=True)
    monday.monday = False
    monday.save()
    Schedule.objects.create(
        service=clinic, monday=True, opens_at=time(9), closes_at=time(13), attendance="walk_in"
    )
    for path in CLINIC_POSTS:
        assert hours_table(first_view(path, CLINIC_HOST))["Monday"] == "9 AM – 1 PM, walk in"


# Words a visitor reads ------------------------------------------------------------------------


def every_page_text(api):
    """The API's text of every page of both sites, its shell's and its listings'."""
    for host in ("localhost", CLINIC_HOST):
        _, shell = api("/api/v2/site/", host=host)
        yield host, "/api/v2/site/", json.dumps(shell, ensure_ascii=False)
        for path, _page in public_pages(host):
            data = find_page(api, path, host=host)
            yield host, path, json.dumps(data, ensure_ascii=False)
    _, listings = api("/api/directory/services/", page_size=50)
    yield "localhost", "listings", json.dumps(listings, ensure_ascii=False)


def test_nothing_published_is_an_instruction_to_an_editor(api):
    found = []
    for host, path, text in every_page_text(api):
        for words in re.findall(r"placeholder|replace it|editors?\b", text, re.I):
            found.append((host, path, words))
        # A local number is a whole 555-01xx example, as the listings give them. (Not a piece
        # of an id: "...-c555-4651-..." in a listing's UUID is no number.)
        for number in re.findall(r"(?<![\w-])(?:\d{3}-)?555-\d{4}(?![\w-])", text):
            if not re.fullmatch(r"\d{3}-555-01\d\d", number):
                found.append((host, path, number))
    assert found == []


def test_what_is_said_is_said_once_and_examples_say_so(api):
    for host, path, text in every_page_text(api):
        assert not re.search(r"Example[^\"]{0,60}\(example\)", text), (host, path)
        data = json.loads(text)
        for block in data.get("body") or [] if isinstance(data, dict) else []:
            value = block["value"]
            if block["type"] == "statistic" and value.get("as_of"):
                assert value["as_of"] not in value["label"], (path, value["label"])
            if block["type"] == "quote":
                assert "example" in value["attribution"].lower(), (path, value["attribution"])


def test_a_city_page_says_its_introduction_then_its_places_then_its_other_words(api):
    page = find_page(api, CITY)
    text = text_browser(str(first_view(CITY).find("main")))
    first_place = listings_on(api, CITY)[0]["name"]
    assert text.index(page["intro"]) < text.index(first_place)
    # The rest of its words (what to look for) after its places, which they speak of as above.
    assert text.index(first_place) < text.index(
        "Each listing above shows when it was last checked."
    )


# Without script -------------------------------------------------------------------------------

SCRIPT_ONLY = ["Menu", "Any time", "Sort by distance from me", "Show on a map"]


@pytest.mark.parametrize("host", ["localhost", CLINIC_HOST])
def test_without_script_no_control_is_shown_that_does_nothing(host):
    for path, _page in public_pages(host):
        soup = first_view(path, host)
        text = f" {text_browser(str(soup.body))} "
        for control in SCRIPT_ONLY:
            assert f" {control} " not in text, (path, control)
        # The only buttons are a form's own (a search, the filters without script).
        assert [b for b in soup("button") if b.get("type") != "submit"] == [], path
        # Script puts them back: the menu's toggle waits in the page for it.
        held = [slot["data-script-only"] for slot in soup("template", {"data-script-only": True})]
        assert any(">Menu</button>" in markup for markup in held), path
        # A video's Play is a link to the video, which works without script.
        for play in soup.select("[data-video-play]"):
            assert play.name == "a" and play["href"].startswith("https://"), path


def test_without_script_each_listing_offers_report_a_problem_once():
    soup = first_view(CITY)
    shown = cards(soup)
    assert len(shown) > 3
    for key, card in shown.items():
        text = text_browser(str(card))
        assert text.count("Report a problem with this listing") == 1, key


def test_the_chart_reads_as_a_sentence_and_its_table_in_order():
    main = first_view("/facts-and-stats/").find("main")
    text = text_browser(str(main))
    assert not re.search(r"\d{3},\d{3}\d{4}", text), "the chart's labels run together"
    chart = main.select_one("figure.data img.chart")
    assert chart["alt"].startswith("Line chart: ") or chart["alt"].startswith("Bar chart: ")
    assert chart["alt"].endswith("The numbers are in the table below.")
    rows = [
        [squash(cell.get_text()) for cell in row(["th", "td"])]
        for row in main.select("figure.data tbody tr")
    ]
    years = [row[0] for row in rows]
    assert years == sorted(years) and len(years) >= 3
    # Read in order: each year, then its number.
    assert text.index(" ".join(rows[0])) < text.index(" ".join(rows[1]))
