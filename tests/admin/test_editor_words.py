"""The admin speaks an editor's words: "Last verified on" and "Web address" rather than field
names, no "Snippets" menu that is not there, service types as checkboxes, where walk-in is set,
an import page that says what each file is for; and every list and chooser of listings,
organizations and places shows the city, since several share a name."""

import re

import pytest

from turnto.directory.models import Location, Organization, Service

pytestmark = pytest.mark.django_db

CITIES = ["Columbia", "Jefferson City", "Kansas City", "Springfield", "St. Louis"]


def text_of(response):
    assert response.status_code == 200, response.content[:500]
    if response["Content-Type"].startswith("application/json"):  # choosers answer in JSON
        return re.sub(r"\s+", " ", response.json()["html"])
    return re.sub(r"\s+", " ", response.content.decode())


def rows(html):
    """Each table row's text, tags dropped."""
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", html, flags=re.S)
    ][1:]  # the header row


def test_the_listing_form_speaks_plain_words(editor):
    page = text_of(editor.get("/admin/snippets/directory/service/add/"))
    assert "Last verified on" in page and "Assured date" not in page
    assert "Web address" in page and ">Url<" not in page
    assert "Verified by" in page
    # Service types are ticked, not Ctrl-clicked in a multiple select.
    assert 'type="checkbox" name="service_types"' in page
    assert '<select name="service_types"' not in page
    # Walk-in is set on each span of hours, and the form says so where the hours are.
    assert "Whether people can walk in or need an appointment is set on each row" in page


def test_organization_and_site_settings_say_web_address(editor):
    organization = text_of(editor.get("/admin/snippets/directory/organization/add/"))
    assert "Web address" in organization and "Website" not in organization
    settings = text_of(editor.get("/admin/settings/core/sitesettings/", follow=True))
    assert "Quick exit web address" in settings and "Exit url" not in settings
    assert "Map tiles web address" in settings and "Map tile url" not in settings


def test_the_listings_list_says_last_verified_on(editor):
    page = text_of(editor.get("/admin/snippets/directory/service/"))
    assert "Last verified on" in page and "Assured date" not in page


def test_no_help_text_sends_editors_to_a_snippets_menu(editor):
    for url in (
        "/admin/snippets/directory/service/add/",
        "/admin/snippets/directory/location/add/",
        "/admin/directory/import/",
    ):
        assert "Snippets ›" not in text_of(editor.get(url)), url


def test_the_import_page_says_what_each_file_is_for(editor):
    page = text_of(editor.get("/admin/directory/import/"))
    assert "Spreadsheet bundle" in page and "open in Excel" in page
    assert "Single file for other directory software" in page
    # The technical names stay, in small print, for whoever needs them.
    small = " ".join(re.findall(r"<small[^>]*>(.*?)</small>", page))
    assert "Tabular Data Package" in small and "datapackage.json" in small and "HSDS" in small
    before_small = re.sub(r"<small[^>]*>.*?</small>", "", page)
    assert "datapackage.json" not in before_small and "Tabular Data Package" not in before_small


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/choose/directory/service/results/",
        "/admin/snippets/directory/service/results/",
    ],
    ids=["chooser", "admin list"],
)
def test_listings_of_the_same_name_show_their_city(editor, url):
    html = text_of(editor.get(url, {"q": "24-Hour Crisis Center"}))
    found = rows(html)
    assert len(found) == 5 and "City" in html
    assert sorted(city for row in found for city in CITIES if city in row) == CITIES


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/choose/directory/organization/results/",
        "/admin/snippets/directory/organization/results/",
    ],
    ids=["chooser", "admin list"],
)
def test_organizations_show_the_cities_of_their_places(editor, url):
    organization = Organization.objects.create(name="Twin Crisis Center")
    for city in ("Rolla", "Joplin"):
        Location.objects.create(organization=organization, name="Office", city=city)
    Organization.objects.create(name="Twin Crisis Center")  # no place yet: no city
    found = rows(text_of(editor.get(url, {"q": "Twin Crisis"})))
    assert len(found) == 2
    assert sum("Joplin, Rolla" in row for row in found) == 1


def test_the_place_chooser_has_a_search_box_and_shows_the_city(editor):
    html = text_of(editor.get("/admin/snippets/choose/directory/location/"))
    assert 'name="q"' in html and "City" in html
    found = rows(
        text_of(
            editor.get("/admin/snippets/choose/directory/location/results/", {"q": "Springfield"})
        )
    )
    assert found and all("Springfield" in row for row in found)


def test_an_organization_is_created_and_published_from_its_chooser(editor):
    chooser = text_of(editor.get("/admin/snippets/choose/directory/organization/"))
    assert "New organization" in chooser and "Create and choose" in chooser
    response = editor.post(
        "/admin/snippets/choose/directory/organization/create/",
        {"name": "Boone County Outreach", "website": "https://example.org/", "email": ""},
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["step"] == "chosen" and answer["result"]["string"] == "Boone County Outreach"
    organization = Organization.objects.get(name="Boone County Outreach")
    assert organization.live and organization.latest_revision is not None
    assert str(organization.pk) == str(answer["result"]["id"])


def test_a_place_is_created_from_its_chooser_with_its_organization_told_by_city(editor):
    organization = Organization.objects.get(name="Columbia 24-Hour Crisis Center (example)")
    chooser = text_of(editor.get("/admin/snippets/choose/directory/location/"))
    assert "New location" in chooser
    assert "Columbia 24-Hour Crisis Center (example) (Columbia)" in chooser
    response = editor.post(
        "/admin/snippets/choose/directory/location/create/",
        {
            "organization": organization.pk,
            "name": "Second office",
            "address_1": "1 Example St",
            "city": "Columbia",
            "state_province": "MO",
            "postal_code": "",
        },
    )
    assert response.json()["step"] == "chosen"
    place = Location.objects.get(name="Second office")
    assert place.live and place.organization == organization


def test_a_place_without_a_city_is_refused_in_the_chooser(editor):
    response = editor.post(
        "/admin/snippets/choose/directory/location/create/",
        {"organization": Organization.objects.first().pk, "name": "Nowhere", "city": ""},
    )
    assert response.json()["step"] == "reshow_creation_form"
    assert "This field is required" in response.json()["htmlFragment"]
    assert not Location.objects.filter(name="Nowhere").exists()


def test_listings_by_phone_only_say_so_in_the_city_column(editor):
    national = Service.objects.filter(location__isnull=True).first()
    assert national is not None
    html = text_of(editor.get("/admin/snippets/directory/service/results/", {"q": national.name}))
    assert "By phone or online" in html
