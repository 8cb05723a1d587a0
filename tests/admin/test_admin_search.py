"""An editor searches the directory in the admin: every list and every chooser of listings,
organizations, places, service types and pages finds them by name and by city (on SQLite and,
with DATABASE_URL, on PostgreSQL: both use Wagtail's database search backend)."""

import re

import pytest

from turnto.directory.models import Location, Organization, Service

pytestmark = pytest.mark.django_db


def found(editor, url, words, **filters):
    """The text of the rows an admin list or chooser shows for a search."""
    response = editor.get(url, {"q": words, **filters})
    assert response.status_code == 200, response.content[:500]
    text = response.content.decode()
    if response["Content-Type"].startswith("application/json"):  # choosers answer in JSON
        text = response.json()["html"]
    return re.sub(r"\s+", " ", text)


LISTS = {
    "listings": "/admin/snippets/directory/service/results/",
    "organizations": "/admin/snippets/directory/organization/results/",
    "places": "/admin/snippets/directory/location/results/",
}
CHOOSERS = {
    "listings": "/admin/snippets/choose/directory/service/results/",
    "organizations": "/admin/snippets/choose/directory/organization/results/",
    "places": "/admin/snippets/choose/directory/location/results/",
}


@pytest.mark.parametrize("where", [LISTS, CHOOSERS], ids=["admin list", "chooser"])
def test_listings_are_found_by_name_and_by_city(editor, where):
    url = where["listings"]
    by_name = found(editor, url, "Outreach")
    vans = Service.objects.filter(name="Night Outreach Van (example)")
    assert vans.count() == 5 and all(str(van.pk) in by_name for van in vans)
    assert "Pharmacy Naloxone Counter" not in by_name
    by_city = found(editor, url, "Columbia")
    columbia = Service.objects.filter(location__city="Columbia")
    assert columbia.count() >= 8 and all(str(listing.pk) in by_city for listing in columbia)
    assert str(vans.get(location__city="Springfield").pk) not in by_city
    # Only its place says "Example Town": found by the place's city, as an editor types it.
    clinic = Service.objects.get(location__city="Example Town")
    assert str(clinic.pk) in found(editor, url, "Example Tow")


@pytest.mark.parametrize("where", [LISTS, CHOOSERS], ids=["admin list", "chooser"])
def test_organizations_are_found_by_name_and_by_city(editor, where):
    url = where["organizations"]
    by_name = found(editor, url, "Harm Reduction")
    assert "Columbia Harm Reduction Drop-In (example)" in by_name
    assert "National help lines" not in by_name
    by_city = found(editor, url, "Columbia")
    assert "Columbia Harm Reduction Drop-In (example)" in by_city
    assert "Springfield" not in by_city
    # The first letters are enough, as an editor types.
    assert "Columbia Harm Reduction Drop-In (example)" in found(editor, url, "Columb")
    # Its name does not say "Town"; its place's city does.
    assert "Example Walk-In Clinic" in found(editor, url, "Town")


@pytest.mark.parametrize("where", [LISTS, CHOOSERS], ids=["admin list", "chooser"])
def test_places_are_found_by_name_and_by_city(editor, where):
    url = where["places"]
    by_city = found(editor, url, "Springfield")
    springfield = Location.objects.filter(city="Springfield")
    assert springfield.count() >= 8 and all(str(place.pk) in by_city for place in springfield)
    assert str(Location.objects.filter(city="Columbia").first().pk) not in by_city
    by_name = found(editor, url, "Drop-In")
    assert all(
        str(place.pk) in by_name for place in Location.objects.filter(name__contains="Drop-In")
    )


def test_service_types_are_found_by_name(editor):
    for url in (
        "/admin/snippets/directory/servicetype/results/",
        "/admin/snippets/choose/directory/servicetype/results/",
    ):
        text = found(editor, url, "Nalox")
        assert "Naloxone" in text and "Syringe" not in text


def test_the_listings_search_box_narrows_the_list(editor):
    """The full page (not only its results) answers a search with fewer rows."""
    everything = editor.get("/admin/snippets/directory/service/").content.decode()
    searched = editor.get("/admin/snippets/directory/service/", {"q": "Columbia"}).content.decode()
    assert everything.count("Springfield") > 0
    assert "Springfield" not in re.sub(r"<option.*?</option>", "", searched, flags=re.S)


def test_a_search_with_a_filter_works_together(editor):
    text = found(editor, LISTS["listings"], "Outreach", city="Columbia")
    van = Service.objects.get(name="Night Outreach Van (example)", location__city="Columbia")
    assert "There is 1 match" in text and str(van.pk) in text


@pytest.mark.parametrize(
    "url", ["/admin/pages/search/", "/admin/choose-page/search/"], ids=["pages", "page chooser"]
)
def test_pages_are_found_by_title_and_by_city(editor, url):
    assert "Resource guide" in found(editor, url, "Resource")
    text = found(editor, url, "Columbia")
    assert "/resource-guide/columbia/" in text or "Columbia" in text


def test_a_new_listing_is_found_at_once(editor):
    organization = Organization.objects.get(name="Columbia Harm Reduction Drop-In (example)")
    listing = Service.objects.create(
        organization=organization,
        location=organization.locations.first(),
        name="Fentanyl test strip pickup",
        description="Free strips at the desk.",
    )
    for where in (LISTS, CHOOSERS):
        assert str(listing.pk) in found(editor, where["listings"], "strip pickup columbia")
        assert str(listing.pk) not in found(editor, where["listings"], "strip pickup springfield")
