"""The directory: what editors are told when listings are wrong, and what visitors can ask."""

from datetime import time

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from turnto.directory.models import Closure, Location, Phone, Schedule, Service, ServiceType

pytestmark = pytest.mark.django_db
URL = "/api/directory/services/"


def test_the_service_types_are_seeded_and_editable():
    slugs = set(ServiceType.objects.values_list("slug", flat=True))
    assert {"naloxone", "test-strips", "syringe-services", "moud", "prep", "crisis-lines"} <= slugs
    assert len(slugs) >= 14


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"opens_at": time(17), "closes_at": time(9)}, "closes after midnight"),
        ({"opens_at": time(9), "closes_at": time(9)}, "open 24 hours"),
        ({"opens_at": time(9)}, "opening and a closing time"),
        ({"opens_at": time(9), "closes_at": time(17), "closes_after_midnight": True}, "Untick"),
    ],
)
def test_opening_hours_mistakes_are_explained(fields, message):
    with pytest.raises(ValidationError, match=message):
        Schedule(monday=True, **fields).clean()


def test_good_hours_pass_and_overnight_hours_are_allowed_when_ticked():
    Schedule(monday=True, friday=True, opens_at=time(9), closes_at=time(17)).clean()
    Schedule(friday=True, opens_at=time(22), closes_at=time(2), closes_after_midnight=True).clean()
    Schedule(sunday=True, open_all_day=True).clean()


def test_a_row_of_hours_needs_its_days():
    with pytest.raises(ValidationError, match="Tick the days"):
        Schedule(opens_at=time(9), closes_at=time(17)).clean()


def test_one_row_gives_the_same_hours_on_each_of_its_days():
    row = Schedule(monday=True, tuesday=True, friday=True, opens_at=time(9), closes_at=time(17))
    assert [span["weekday"] for span in row.as_spans()] == [1, 2, 5]
    assert {(span["opens"], span["closes"]) for span in row.as_spans()} == {("09:00", "17:00")}


def test_other_listing_mistakes_are_explained():
    with pytest.raises(ValidationError, match="before the first day"):
        Closure(valid_from="2026-12-26", valid_to="2026-12-24").clean()
    with pytest.raises(ValidationError, match="timezone"):
        Location(name="x", city="y", timezone="Mars/Olympus").full_clean(exclude=["organization"])
    with pytest.raises(ValidationError, match="latitude and longitude"):
        Location(name="x", city="y", latitude=39).clean()
    with pytest.raises(ValidationError, match="language codes"):
        Service(name="x", description="y", languages="English").clean()
    with pytest.raises(ValidationError, match="digits"):
        Phone(number="call us").clean()


def get(client, **params):
    response = client.get(URL, params)
    assert response["Content-Type"] == "application/json"
    return response.status_code, response.json()


def test_a_city_lists_its_example_listings_with_hours_status_and_verification(client):
    status, data = get(client, city="Kansas City", page_size=100)
    assert status == 200 and data["count"] == 9
    listing = data["results"][0]
    assert "(example)" in listing["name"]
    assert listing["location"]["city"] == "Kansas City"
    assert set(listing["status_now"]) == {"open", "closes_at", "opens_at", "text"}
    assert listing["status_now"]["text"].startswith(("Open", "Closed"))
    assert listing["hours"]["timezone"] == "America/Chicago"
    assert listing["assured_date"] and isinstance(listing["stale"], bool)
    assert all(p["href"].startswith(("tel:", "sms:")) for p in listing["phones"])
    assert all("555-01" in p["number"] for p in listing["phones"])


@pytest.mark.parametrize(
    ("params", "check"),
    [
        (
            {"service_type": "naloxone"},
            lambda r: "naloxone" in [t["slug"] for t in r["service_types"]],
        ),
        (
            # Places offering either: several kinds of help match any of them.
            {"service_type": "naloxone,legal-help"},
            lambda r: {"naloxone", "legal-help"} & {t["slug"] for t in r["service_types"]},
        ),
        ({"free": "true"}, lambda r: r["is_free"]),
        ({"free": "false"}, lambda r: not r["is_free"]),
        ({"walk_in": "true"}, lambda r: r["walk_in"]),
        ({"language": "es"}, lambda r: "es" in r["languages"]),
        ({"q": "shelter"}, lambda r: "Shelter" in r["name"]),
        ({"scope": "national"}, lambda r: r["scope"] == "national"),
        ({"open_now": "true"}, lambda r: r["status_now"]["open"]),
        # Saturday 21 Nov 2026, 1 AM in Missouri: the night services are open.
        ({"open_at": "2026-11-21T01:00"}, lambda r: r["status_now"]["open"]),
        (
            {"near": "39.0997,-94.5786", "radius": "10"},
            lambda r: r["distance_km"] <= 10 and r["location"]["city"] == "Kansas City",
        ),
    ],
)
def test_each_filter_keeps_only_matching_listings(client, params, check):
    status, data = get(client, page_size=100, **params)
    assert status == 200
    if "open_now" not in params:
        assert data["results"], f"{params} found nothing"
    assert all(check(r) for r in data["results"])


def test_open_at_a_night_hour_finds_the_overnight_services_only(client):
    _, night = get(client, city="Columbia", open_at="2026-11-21T01:00", page_size=100)
    names = {r["name"] for r in night["results"]}
    assert names == {
        "24-Hour Crisis Center (example)",
        "Night Outreach Van (example)",
        "Shelter and Meals (example)",
    }


def test_near_orders_by_distance(client):
    _, data = get(client, near="38.6270,-90.1994", radius="30", page_size=100)
    distances = [r["distance_km"] for r in data["results"]]
    assert distances == sorted(distances) and len(distances) == 9


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"service_type": "unicorns"}, "service_type"),
        ({"open_now": "perhaps"}, "open_now"),
        ({"open_at": "tomorrow"}, "open_at"),
        ({"free": "2"}, "free"),
        ({"walk_in": "y e s"}, "walk_in"),
        ({"language": "english"}, "language"),
        ({"near": "here"}, "near"),
        ({"near": "91,0"}, "near"),
        ({"near": "39,-94", "radius": "-5"}, "radius"),
        ({"near": "39,-94", "radius": "10000"}, "radius"),
        ({"radius": "-5"}, "radius"),
        ({"scope": "galactic"}, "scope"),
        ({"page": "0"}, "page"),
        ({"page_size": "1000"}, "page_size"),
        ({"q": "x" * 201}, "q"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_filters_get_a_400_naming_the_parameter(client, params, parameter):
    status, data = get(client, **params)
    assert status == 400
    assert data["parameter"] == parameter and data["message"]


def test_pages_of_listings_follow_on_and_a_page_past_the_last_says_which_is_last(client):
    _, everything = get(client, page_size=100)
    names = [item["name"] for item in everything["results"]]
    _, first = get(client, page_size=10)
    _, second = get(client, page_size=10, page=2)
    assert [item["name"] for item in first["results"] + second["results"]] == names[:20]
    assert first["count"] == second["count"] == len(names) and second["page"] == 2
    last = -(-len(names) // 10)
    status, final = get(client, page_size=10, page=last)
    assert status == 200 and [item["name"] for item in final["results"]] == names[(last - 1) * 10 :]
    for page in (last + 1, 99999):
        status, data = get(client, page_size=10, page=page)
        assert status == 404 and data["parameter"] == "page"
        assert (
            data["message"] == f"There is no page {page} of these places: the last is page {last}"
        )
    # Nothing matched: the first page is an empty list, the second is not there.
    assert get(client, q="no such place anywhere")[1]["results"] == []
    assert get(client, q="no such place anywhere", page=2)[0] == 404
    for bad in ("abc", "0", "-1", "2.5", "１"):
        status, data = get(client, page=bad)
        assert status == 400 and data["parameter"] == "page", bad


def test_a_radius_without_near_is_ignored(client):
    _, everywhere = get(client, page_size=100)
    status, data = get(client, radius="5", page_size=100)
    assert status == 200
    assert data["count"] == everywhere["count"] > 0


def test_detail_and_missing_listing(client):
    _, data = get(client, city="Springfield", page_size=1)
    listing = data["results"][0]
    detail = client.get(f"{URL}{listing['id']}/").json()
    assert detail["name"] == listing["name"]
    missing = client.get(f"{URL}00000000-0000-0000-0000-000000000000/")
    assert missing.status_code == 404 and missing.json()["message"]


@pytest.mark.parametrize("params", [{}, {"open_now": "true"}, {"near": "39.0997,-94.5786"}])
def test_list_query_count_does_not_grow_with_page_size(client, params, settings):
    # The answers' cache off: measured, a hit would count no query at all (and a new minute
    # between the two requests made the check fail by chance).
    settings.API_CACHE_SECONDS = 0
    counts = []
    for size in (2, 40):
        client.get(URL, {"page_size": size, **params})
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, {"page_size": size, **params})
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] > 0 and counts[0] == counts[1], counts


def test_a_kept_count_is_counted_again_after_an_edit(client, settings):
    """The number of places of a kind is kept until the next edit (views.counted): a new
    listing of that kind counts at the next request, for the page asked and the next."""
    settings.API_CACHE_SECONDS = 0  # the view itself, not the answers' cache
    first = client.get(URL, {"service_type": "naloxone", "page_size": 2}).json()["count"]
    assert (
        client.get(URL, {"service_type": "naloxone", "page_size": 2, "page": 2}).json()["count"]
        == first
    )
    listing = Service.objects.filter(service_types__slug="naloxone").first()
    listing.pk, listing.id = None, None
    listing._state.adding = True
    listing.name = "A second naloxone pickup (example)"
    listing.save()
    listing.service_types.set(ServiceType.objects.originals().filter(slug="naloxone"))
    listing.sites.set(Service.objects.filter(service_types__slug="naloxone").first().sites.all())
    listing.save()  # ParentalManyToManyFields are stored on save
    for page in (1, 2):
        answer = client.get(URL, {"service_type": "naloxone", "page_size": 2, "page": page})
        assert answer.json()["count"] == first + 1


def test_kept_counts_are_few_whatever_the_filters_asked(client, settings):
    """Made-up filter values (a city per request) are counted but not all kept."""
    from turnto.core.page_tree import request_pages
    from turnto.directory.api.views import REMEMBERED_COUNTS, counted

    for number in range(REMEMBERED_COUNTS + 20):
        assert counted(Service.objects.filter(location__city=f"Nowhere {number}"), number) == 0
    assert len(request_pages().tree.memo["directory:counts"]) == REMEMBERED_COUNTS
