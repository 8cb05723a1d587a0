"""The database's "open at" answer is hours.status_at's answer, listing by listing.

Generated listings (overnight spans, 24-hour days, closed days, closures and special hours,
times with seconds, other timezones, no location) are checked at many moments, among them the
hours around DST changes, against the Python rules the browser shares."""

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from turnto.directory.api.distance import distance_km
from turnto.directory.hours.open_at_sql import open_at_condition, zones_in_use
from turnto.directory.hours.rules import status_at
from turnto.directory.models import (
    DAY_FIELDS,
    Closure,
    Location,
    Organization,
    Schedule,
    Service,
    ServiceType,
)

pytestmark = pytest.mark.django_db
URL = "/api/directory/services/"
CHICAGO = ZoneInfo("America/Chicago")
# Lord Howe moves its clocks by half an hour; Kolkata never does.
ZONES = ["America/Chicago"] * 4 + ["America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"]
DST_DAYS = [date(2026, 3, 8), date(2026, 11, 1), date(2026, 4, 5), date(2026, 10, 4)]


def random_time(rng):
    minute = rng.choice([0, 0, 30, rng.randrange(60)])
    second = 30 if rng.random() < 0.1 else 0  # status_at reads 09:00:30 as 09:00
    return time(
        rng.choice([0, 1, 2, 3, 8, 9, 12, 17, 21, 22, 23, rng.randrange(24)]), minute, second
    )


def ticked(*weekdays):
    """The day boxes of a row of hours, ticked for these ISO weekdays."""
    return {DAY_FIELDS[day - 1]: True for day in weekdays}


def make_listings(count, seed=7):
    rng = random.Random(seed)
    organization = Organization.objects.create(name="Generated hours (example)")
    services = []
    for number in range(count):
        location = None
        if number % 9:
            location = Location.objects.create(
                organization=organization,
                name=f"Place {number} (example)",
                city="Testville",
                latitude=38 + rng.random(),
                longitude=-93 + rng.random(),
                timezone=rng.choice(ZONES + [""]),
            )
        service = Service.objects.create(
            organization=organization,
            location=location,
            name=f"Generated {number:03d} (example)",
            description="Generated for the open-at comparison.",
            status=rng.choice(["active"] * 6 + ["temporarily closed"]),
        )
        for weekday in range(1, 8):
            kind = rng.random()
            if kind < 0.15:
                continue  # closed that day
            # Some rows apply to a second day as well, as an editor ticks "Mon–Fri".
            days = ticked(weekday, rng.randrange(1, 8) if rng.random() < 0.3 else weekday)
            if kind < 0.25:
                Schedule.objects.create(service=service, open_all_day=True, **days)
                continue
            opens = random_time(rng)
            closes = random_time(rng) if rng.random() < 0.9 else opens.replace(second=45)
            Schedule.objects.create(service=service, opens_at=opens, closes_at=closes, **days)
            if rng.random() < 0.1:  # a second span the same day, overlapping or not
                Schedule.objects.create(
                    service=service,
                    opens_at=random_time(rng),
                    closes_at=random_time(rng),
                    **ticked(weekday),
                )
        for order in rng.sample(range(5), rng.choice([0, 0, 1, 2, 3])):
            first = rng.choice(DST_DAYS) + timedelta(days=rng.randrange(-2, 2))
            special = rng.random() < 0.5
            Closure.objects.create(
                service=service,
                sort_order=order,
                valid_from=first,
                valid_to=first + timedelta(days=rng.randrange(3)),
                closed=not special,
                opens_at=random_time(rng) if special else None,
                closes_at=random_time(rng) if special else None,
            )
        services.append(service)
    on_the_campaign_site(services)
    return organization


def on_the_campaign_site(services):
    """Shown on the campaign's site, whose host the test client asks for (localhost)."""
    site = Site.objects.get(hostname="localhost")
    Service.sites.through.objects.bulk_create(
        Service.sites.through(service_id=service.pk, site_id=site.pk) for service in services
    )


def moments(seed=11):
    rng = random.Random(seed)
    found = []
    for day in DST_DAYS:  # every 15 minutes around each change, in Chicago and elsewhere
        start = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(hours=8)
        found += [start + timedelta(minutes=15 * step) for step in range(0, 24 * 4 * 2, 9)]
    base = datetime(2026, 1, 1, tzinfo=UTC)
    found += [base + timedelta(seconds=rng.randrange(365 * 86400)) for _ in range(40)]
    # On the minute, a second before and after: span edges.
    found += [datetime(2026, 11, 20, 15, 0, tzinfo=UTC) + timedelta(seconds=s) for s in (-1, 0, 1)]
    return found


def open_in_python(organization, moment, services=None):
    if services is None:
        services = Service.objects.filter(organization=organization).with_details()
    return {
        service.id
        for service in services
        if service.status == "active" and status_at(service.hours(), moment)["open"]
    }


def open_in_database(organization, moment):
    services = Service.objects.filter(organization=organization)
    condition = open_at_condition(moment, zones_in_use())
    if condition is None:
        return set()
    return set(services.filter(condition).values_list("id", flat=True))


def test_the_database_and_status_at_agree_on_who_is_open():
    organization = make_listings(70)
    services = list(Service.objects.filter(organization=organization).with_details())
    checked = 0
    for moment in moments():
        expected = open_in_python(organization, moment, services)
        assert open_in_database(organization, moment) == expected, moment.isoformat()
        checked += bool(expected)
    assert checked > 100  # the comparison saw open listings, not only empty sets


def test_open_at_through_the_api_matches_the_listings_own_status(client):
    organization = make_listings(40, seed=3)
    for at in ["2026-03-08T02:30", "2026-11-01T01:30", "2026-11-21T01:00", "2026-03-08T03:10"]:
        moment = datetime.fromisoformat(at).replace(tzinfo=CHICAGO)
        response = client.get(URL, {"open_at": at, "city": "Testville", "page_size": 100})
        data = response.json()
        expected = open_in_python(organization, moment)
        expected_with_place = {
            s.id for s in Service.objects.filter(pk__in=expected, location__city="Testville")
        }
        assert data["count"] == len(expected_with_place)
        assert {r["id"] for r in data["results"]} == {str(pk) for pk in expected_with_place}
        assert all(r["status_now"]["open"] for r in data["results"])


# Up to 25 km the places in the box are found first, then their listings (views.OneOf);
# wider, the database's own plan; with a kind of help, the listing points (decision 0010): the
# same answer every way.
@pytest.mark.parametrize(
    ("radius", "kind"), [(25, None), (40, None), (25, "naloxone"), (40, "naloxone")]
)
def test_near_keeps_the_great_circle_and_orders_by_distance(client, radius, kind):
    organization = make_listings(60, seed=5)
    naloxone = ServiceType.objects.originals().get(slug="naloxone")
    for service in organization.services.order_by("name")[::2]:  # half of them offer it
        service.service_types.add(naloxone)
        service.save()  # a ParentalManyToManyField is stored on save
    here = (38.5, -92.5)
    params = {"near": f"{here[0]},{here[1]}", "radius": radius, "city": "Testville"}
    if kind:
        params["service_type"] = kind
    data = client.get(URL, {**params, "page_size": 100}).json()
    expected = []
    for location in Location.objects.filter(organization=organization):
        distance = distance_km(*here, float(location.latitude), float(location.longitude))
        if distance <= radius:
            services = location.services.all()
            if kind:
                services = services.filter(service_types=naloxone)
            expected += [(distance, s.name) for s in services]
    expected.sort()
    assert 3 < len(expected) < 60  # the circle cuts through the generated places
    assert [r["name"] for r in data["results"]] == [name for _, name in expected]
    assert data["count"] == len(expected)
    assert [r["distance_km"] for r in data["results"]] == [round(d, 1) for d, _ in expected]


def test_pages_split_the_same_ordered_list(client):
    make_listings(30, seed=9)
    params = {"near": "38.5,-92.5", "radius": 200, "city": "Testville"}
    whole = client.get(URL, {**params, "page_size": 30}).json()["results"]
    last = -(-len(whole) // 7)
    pages = [
        client.get(URL, {**params, "page_size": 7, "page": n}).json() for n in range(1, last + 1)
    ]
    assert [r["id"] for page in pages for r in page["results"]] == [r["id"] for r in whole]
    assert {page["count"] for page in pages} == {len(whole)}
    # A page past the last is refused, naming the last.
    past = client.get(URL, {**params, "page_size": 7, "page": last + 1})
    assert past.status_code == 404 and str(last) in past.json()["message"]


def test_the_query_count_does_not_grow_with_the_page(client):
    organization = Organization.objects.create(name="Always open (example)")
    naloxone = ServiceType.objects.originals().get(slug="naloxone")
    for number in range(60):
        location = Location.objects.create(
            organization=organization,
            name=f"Corner {number} (example)",
            city="Testville",
            latitude=38.4 + number / 300,
            longitude=-92.5,
        )
        service = Service.objects.create(
            organization=organization, location=location, name=f"Always {number:02d} (example)"
        )
        service.service_types.add(naloxone)
        service.save()  # a ParentalManyToManyField is stored on save
        Schedule.objects.create(service=service, open_all_day=True, friday=True)
        Closure.objects.create(
            service=service, valid_from=date(2026, 12, 25), valid_to=date(2026, 12, 25)
        )
    on_the_campaign_site(organization.services.all())
    params = {
        "service_type": "naloxone",
        "open_at": "2026-11-20T12:00",  # a Friday
        "near": "38.5,-92.5",
        "radius": 200,
    }
    # The first request of a content generation reads the sites, the page tree and the
    # directory's lookups (service types, timezones in use) once.
    client.get(URL, {**params, "page_size": 1})
    counts = []
    for size in (5, 50):
        with CaptureQueriesContext(connection) as queries:
            data = client.get(URL, {**params, "page_size": size}).json()
        assert len(data["results"]) == size  # full pages, so the sizes really differ
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_a_listing_reads_the_same_in_the_list_and_in_its_detail(client):
    listed = client.get(URL, {"page_size": 100}).json()["results"]
    assert len(listed) > 40
    for listing in listed:
        detail = client.get(f"{URL}{listing['id']}/").json()
        for shown in (listing, detail):
            shown.pop("status_now")  # read a moment apart
        assert listing == detail


def test_the_zones_in_use_are_every_timezone_of_a_place():
    make_listings(20, seed=17)
    stored = set(Location.objects.values_list("timezone", flat=True))
    assert zones_in_use() == stored


def test_a_new_kind_of_help_and_a_new_timezone_count_at_the_next_request(client):
    """The kinds of help and the timezones in use are read once per content generation: an
    editor's new kind, or a first place in another timezone, counts at the very next request."""
    organization = Organization.objects.create(name="Far away (example)")
    friday_noon = {"open_at": "2026-11-20T12:00", "near": "21.3,-157.85", "radius": 25}
    assert client.get(URL, friday_noon).json()["count"] == 0  # both lookups made and kept
    assert client.get(URL, {"service_type": "warming-centre"}).status_code == 400

    kind = ServiceType.objects.create(slug="warming-centre", name="Warming centre")
    location = Location.objects.create(
        organization=organization,
        name="Island corner (example)",
        city="Testville",
        latitude=21.3,
        longitude=-157.85,
        timezone="Pacific/Honolulu",  # no place used it before
    )
    service = Service.objects.create(
        organization=organization, location=location, name="Open all Friday (example)"
    )
    service.service_types.add(kind)
    service.save()  # a ParentalManyToManyField is stored on save
    Schedule.objects.create(service=service, open_all_day=True, friday=True)
    on_the_campaign_site([service])

    found = client.get(URL, {**friday_noon, "service_type": "warming-centre"}).json()
    assert [listing["name"] for listing in found["results"]] == ["Open all Friday (example)"]
