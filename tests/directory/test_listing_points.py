""" "Naloxone near me" reads the listing points, copies the database keeps of where each kind of
help is offered. Whatever writes a listing, its kinds or its place (an editor in the admin,
publishing, the HSDS import, plain SQL), the next search near a place finds exactly what the
listings say, and nothing they no longer say."""

import io
import math
from decimal import Decimal

from django.db import connection

import pytest

from tests.directory.test_listing_drafts import edit_url, listing_form
from turnto.directory.api.distance import distance_km
from turnto.directory.hsds.export import export_tabular
from turnto.directory.hsds.import_apply import import_tabular
from turnto.directory.models import ListingPoint, Location, Service, ServiceType
from turnto.directory.models.listing_points import (
    POSTGRES_FUNCTIONS,
    SQLITE_TRIGGERS,
    install,
    installed_triggers,
)

pytestmark = pytest.mark.django_db
LIST = "/api/directory/services/"
KANSAS_CITY = (39.0997, -94.5786)


def expected_points():
    """What the listings, their kinds and their places say."""
    listings = Service.objects.filter(location__isnull=False).select_related("location")
    return {
        (service.pk, kind.pk, service.location_id, place.latitude, place.longitude)
        for service in listings
        for place in [service.location]
        for kind in service.service_types.all()
    }


def points():
    return set(
        ListingPoint.objects.values_list(
            "service_id", "service_type_id", "location_id", "latitude", "longitude"
        )
    )


def near(client, kind, point=KANSAS_CITY, radius=25):
    """The ids an anonymous visitor finds offering `kind` within `radius` km of `point`."""
    latitude, longitude = point
    query = {"service_type": kind, "near": f"{latitude},{longitude}", "radius": radius}
    data = client.get(LIST, {**query, "page_size": 100}, HTTP_HOST="localhost").json()
    assert data["count"] == len(data["results"])
    return {item["id"] for item in data["results"]}


def test_the_triggers_are_there_after_the_migrations():
    expected = (
        {f"{table}_listing_points" for table in POSTGRES_FUNCTIONS}
        if connection.vendor == "postgresql"
        else set(SQLITE_TRIGGERS)
    )
    assert installed_triggers() == expected


def test_the_demo_listings_have_their_points():
    assert points() == expected_points() and len(points()) > 50


def test_near_and_a_kind_find_what_a_walk_over_every_listing_finds(client):
    """Around every city of the demo, each kind of help: the same listings as reading every
    listing of that kind and measuring its distance (none on the circle's edge: a rounding
    there is not what this test is about)."""
    cities = {
        (float(place.latitude), float(place.longitude))
        for place in Location.objects.exclude(latitude=None)
    }
    kinds = list(ServiceType.objects.originals().values_list("slug", flat=True))
    compared = 0
    for kind in kinds:
        everywhere = client.get(
            LIST, {"service_type": kind, "page_size": 100}, HTTP_HOST="localhost"
        ).json()["results"]
        for point in sorted(cities)[:6]:
            distances = {
                item["id"]: distance_km(*point, place["latitude"], place["longitude"])
                for item in everywhere
                for place in [item["location"]]
                if place and place["latitude"] is not None
            }
            on_edge = {pk for pk, km in distances.items() if abs(km - 25) < 0.05}
            within = {pk for pk, km in distances.items() if km <= 25} - on_edge
            assert near(client, kind, point) - on_edge == within, (kind, point)
            compared += len(within)
    assert compared > 30, "the demo should have listings near its cities"


def test_an_editor_adding_a_kind_of_help_is_found_near_at_the_next_request(editor, client):
    service = (
        Service.objects.filter(location__city="Kansas City")
        .exclude(service_types__slug="legal-help")
        .first()
    )
    assert str(service.pk) not in near(client, "legal-help")
    kinds = [str(pk) for pk in service.service_types.values_list("pk", flat=True)]
    legal = ServiceType.objects.originals().get(slug="legal-help")
    form = listing_form(
        service.organization,
        service.location,
        name=service.name,
        **{"action-publish": "action-publish"},
    )
    form["service_types"] = [*kinds, str(legal.pk)]
    form["sites"] = [str(pk) for pk in service.sites.values_list("pk", flat=True)]
    response = editor.post(edit_url(service), form)
    assert response.status_code == 302, response.context["form"].errors
    assert str(service.pk) in near(client, "legal-help")
    assert points() == expected_points()

    # Taken away again, and it is no longer found for it.
    form["service_types"] = kinds
    assert editor.post(edit_url(service), form).status_code == 302
    assert str(service.pk) not in near(client, "legal-help")
    assert points() == expected_points()


def test_a_draft_moves_nothing_until_it_is_published(editor, client):
    """An editor's unpublished change of a listing's kinds leaves "near me" as it was."""
    service = Service.objects.filter(service_types__slug="naloxone").first()
    point = (float(service.location.latitude), float(service.location.longitude))
    assert str(service.pk) in near(client, "naloxone", point)
    form = listing_form(service.organization, service.location, name=service.name)
    form["sites"] = [str(pk) for pk in service.sites.values_list("pk", flat=True)]
    form["service_types"] = []
    assert editor.post(edit_url(service), form).status_code == 302
    assert str(service.pk) in near(client, "naloxone", point)
    assert points() == expected_points()


def test_a_place_moved_is_found_where_it_is_now_and_not_where_it_was(client):
    service = Service.objects.filter(
        location__city="Kansas City", service_types__slug="naloxone"
    ).first()
    place = service.location
    assert str(service.pk) in near(client, "naloxone")
    # To Springfield, about 220 km away: published as an editor publishes a place.
    place.latitude, place.longitude = Decimal("37.2090"), Decimal("-93.2923")
    place.save_revision().publish()
    assert str(service.pk) not in near(client, "naloxone")
    assert str(service.pk) in near(client, "naloxone", (37.2090, -93.2923))
    assert points() == expected_points()


def test_a_listing_moved_to_another_place_or_to_none(client):
    service = Service.objects.filter(
        location__city="Kansas City", service_types__slug="naloxone"
    ).first()
    elsewhere = Location.objects.filter(city="St. Louis").first()
    service.location = elsewhere
    service.save()
    st_louis = (float(elsewhere.latitude), float(elsewhere.longitude))
    assert str(service.pk) not in near(client, "naloxone")
    assert str(service.pk) in near(client, "naloxone", st_louis)
    service.location = None  # help by phone now: no place to be near
    service.save()
    assert str(service.pk) not in near(client, "naloxone", st_louis)
    assert points() == expected_points()


def test_a_place_or_a_listing_deleted_leaves_no_point_behind(client):
    service = Service.objects.filter(
        location__city="Kansas City", service_types__slug="naloxone"
    ).first()
    service.location.delete()  # its listings stay, with no place
    assert str(service.pk) not in near(client, "naloxone")
    other = Service.objects.filter(location__isnull=False).first()
    other.delete()
    assert not ListingPoint.objects.filter(service_id=other.pk).exists()
    assert points() == expected_points()


def test_plain_sql_and_an_import_keep_them_too(client):
    """Writes that go around the models (a bulk import, SQL by hand) are seen as well."""
    package = export_tabular()
    service = Service.objects.filter(service_types__slug="naloxone", location__isnull=False).first()
    point = (float(service.location.latitude), float(service.location.longitude))
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM directory_service_service_types WHERE service_id = %s",
            [Service._meta.pk.get_db_prep_value(service.pk, connection)],
        )
    assert str(service.pk) not in near(client, "naloxone", point)
    import_tabular(io.BytesIO(package))  # the export brings its kinds back
    assert str(service.pk) in near(client, "naloxone", point)
    assert points() == expected_points()


def test_install_makes_wrong_rows_right_and_changes_nothing_when_they_are():
    assert install() == 0, "rows kept by the triggers need no repair"
    first = ListingPoint.objects.order_by("pk").first()
    ListingPoint.objects.filter(pk=first.pk).update(latitude=0, longitude=0)
    ListingPoint.objects.exclude(pk=first.pk).order_by("pk")[:1].get().delete()
    assert points() != expected_points()
    assert install() == 3  # the wrong row out and in again, the missing one in
    assert points() == expected_points()
    repaired = ListingPoint.objects.get(
        service_id=first.service_id, service_type_id=first.service_type_id
    )
    place = Location.objects.get(pk=repaired.location_id)
    assert math.isclose(repaired.sphere_x, place.sphere_x)
