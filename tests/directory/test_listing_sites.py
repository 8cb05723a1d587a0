"""Listings belong to sites: each site's visitors see the listings an editor ticked for it, in
the directory API, HSDS, the guide and city pages, the listing blocks and the report page.
The demo: the clinic's listing on the clinic's site, the Missouri examples on the campaign's,
the national lines on both."""

import importlib

from django.apps import apps
from django.test import Client, RequestFactory

from wagtail.models import Site

import pytest

from tests.conftest import CLINIC_HOST
from tests.website.test_first_view import document, main_of, text_of
from turnto.core.api_cache import cache_key
from turnto.directory.models import Organization, Service

pytestmark = pytest.mark.django_db

CAMPAIGN = "localhost"
LIST = "/api/directory/services/"
GUIDE = "/resource-guide/"
CITY = "/resource-guide/kansas-city/"


def site(host):
    return Site.objects.get(hostname=host)


def clinic_listing():
    return Service.objects.get(organization__name="Example Walk-In Clinic")


def national_lines():
    return list(Service.objects.filter(scope="national"))


def names(api, host, **params):
    """The ids of the listings the directory API answers for the host, and their count."""
    status, data = api(LIST, host=host, page_size=100, **params)
    assert status == 200, data
    return {item["id"] for item in data["results"]}, data["count"]


def hsds_ids(api, host, path="/api/hsds/services", key="id", **params):
    status, data = api(path, host=host, per_page=100, **params)
    assert status == 200, data
    return {item[key] for item in data["contents"]}


def test_each_site_lists_only_the_listings_ticked_for_it(api):
    campaign, campaign_count = names(api, CAMPAIGN)
    clinic, clinic_count = names(api, CLINIC_HOST)
    assert campaign_count == Service.objects.visible(site(CAMPAIGN)).count() == len(campaign)
    assert clinic_count == Service.objects.visible(site(CLINIC_HOST)).count() == len(clinic)
    the_clinic = str(clinic_listing().pk)
    assert the_clinic in clinic and the_clinic not in campaign
    missouri = Service.objects.filter(location__state_province="MO").values_list("pk", flat=True)
    assert len(missouri) > 10 and not {str(pk) for pk in missouri} & clinic
    lines = {str(line.pk) for line in national_lines()}
    assert len(lines) >= 2 and lines <= campaign and lines <= clinic
    # `?site=` answers for the site it names, as on the rest of the API.
    assert names(api, CAMPAIGN, site=CLINIC_HOST) == (clinic, clinic_count)


def test_a_listing_of_another_site_is_not_found_there(api, client):
    listing = clinic_listing()
    detail = f"{LIST}{listing.pk}/"
    assert api(detail, host=CLINIC_HOST)[0] == 200
    status, data = api(detail, host=CAMPAIGN)
    assert status == 404 and data["message"]
    assert api(detail, host=CAMPAIGN, site=CLINIC_HOST)[0] == 200
    report = client.post(
        f"{detail}reports/", {"kind": "wrong_hours", "website": ""}, HTTP_HOST=CAMPAIGN
    )
    assert report.status_code == 404
    for line in national_lines():
        assert api(f"{LIST}{line.pk}/", host=CAMPAIGN)[0] == 200
        assert api(f"{LIST}{line.pk}/", host=CLINIC_HOST)[0] == 200


def test_a_site_that_is_not_there_is_a_404_and_a_malformed_one_a_400(api):
    status, data = api(LIST, site="nowhere.example")
    assert status == 404 and data["message"]
    status, data = api(LIST, site="clinic.localhost:port")
    assert status == 400 and data["parameter"] == "site"


def test_hsds_publishes_each_sites_own_directory(api):
    listing = clinic_listing()
    assert str(listing.pk) in hsds_ids(api, CLINIC_HOST)
    assert str(listing.pk) not in hsds_ids(api, CAMPAIGN)
    places = "/api/hsds/service_at_locations"
    assert str(listing.pk) in hsds_ids(api, CLINIC_HOST, places, key="service_id")
    assert str(listing.pk) not in hsds_ids(api, CAMPAIGN, places, key="service_id")
    assert api(f"/api/hsds/services/{listing.pk}", host=CAMPAIGN)[0] == 404
    assert api(f"/api/hsds/services/{listing.pk}", host=CLINIC_HOST)[0] == 200
    # The clinic's organization is not named by the campaign's directory at all.
    organization = str(listing.organization_id)
    assert organization not in {o["id"] for o in api_contents(api, CAMPAIGN)}
    assert organization in {o["id"] for o in api_contents(api, CLINIC_HOST)}
    assert api(f"/api/hsds/organizations/{organization}", host=CAMPAIGN)[0] == 404
    national = Organization.objects.get(services__in=national_lines()[:1])
    status, record = api(
        f"/api/hsds/organizations/{national.pk}", host=CLINIC_HOST, full_service="true"
    )
    assert status == 200 and {s["name"] for s in record["services"]} == {
        line.name for line in national_lines()
    }
    _, campaign_count = names(api, CAMPAIGN)
    assert api("/api/hsds/services", host=CAMPAIGN)[1]["total_items"] == campaign_count


def api_contents(api, host):
    status, data = api("/api/hsds/organizations", host=host, per_page=100)
    assert status == 200
    return data["contents"]


def test_the_guide_and_a_city_page_show_only_their_sites_listings(client, api):
    listing = Service.objects.visible(site(CAMPAIGN)).filter(location__city="Kansas City").first()
    city_page = client.get(CITY, HTTP_HOST=CAMPAIGN)
    assert listing.name in text_of(main_of(document(city_page)))
    before = names(api, CAMPAIGN, city="Kansas City")[1]

    # An editor moves it to the clinic's site only.
    listing.sites.set([site(CLINIC_HOST)])
    listing.save()
    main = main_of(document(client.get(CITY, HTTP_HOST=CAMPAIGN)))
    assert listing.name not in text_of(main)
    count = text_of(main.select_one("#directory-results .listings__count"))
    assert count == f"{before - 1} places"

    guide = main_of(document(client.get(GUIDE, HTTP_HOST=CAMPAIGN)))
    _, campaign_count = names(api, CAMPAIGN)
    assert text_of(guide.select_one("#directory-results .listings__count")) == (
        f"{campaign_count} places"
    )
    assert clinic_listing().name not in text_of(guide)


def test_a_listings_block_shows_the_listings_of_the_site_that_shows_it():
    from turnto.directory.blocks import DirectoryListingsBlock

    block = DirectoryListingsBlock()
    value = block.to_python(
        {"listings": [str(clinic_listing().pk)], "scope": ["national"], "limit": 10}
    )
    shown = {}
    for host in (CAMPAIGN, CLINIC_HOST):
        context = {"request": RequestFactory().get("/", HTTP_HOST=host)}
        shown[host] = [
            item["name"] for item in block.get_api_representation(value, context)["listings"]
        ]
    assert shown == {CAMPAIGN: [], CLINIC_HOST: [clinic_listing().name]}
    value = block.to_python({"listings": [], "scope": ["national"], "limit": 10})
    for host in (CAMPAIGN, CLINIC_HOST):
        context = {"request": RequestFactory().get("/", HTTP_HOST=host)}
        listed = block.get_api_representation(value, context)["listings"]
        assert {item["name"] for item in listed} == {line.name for line in national_lines()}


def test_the_report_page_of_another_sites_listing_does_not_name_it():
    listing = clinic_listing()
    page = f"/report-a-problem/?listing={listing.pk}&from=/"
    on_clinic = Client(HTTP_HOST=CLINIC_HOST).get(page)
    assert f"About: {listing.name}" in text_of(main_of(document(on_clinic)))
    on_campaign = Client(HTTP_HOST=CAMPAIGN).get(page)
    assert on_campaign.status_code == 404
    text = text_of(main_of(document(on_campaign)))
    assert listing.name not in text and "Page not found" in text


def test_one_sites_answer_is_never_served_to_the_other(client):
    """The answers are cached: the same path on the two hosts, and on one host name reached
    on two ports (which Wagtail may resolve to two sites), are kept apart."""
    first = client.get(LIST, {"page_size": 100}, HTTP_HOST=CAMPAIGN)
    again = client.get(LIST, {"page_size": 100}, HTTP_HOST=CAMPAIGN)
    assert again["X-Cache"] == "hit"
    clinic = client.get(LIST, {"page_size": 100}, HTTP_HOST=CLINIC_HOST)
    assert clinic["X-Cache"] == "miss" and clinic.json() != first.json()
    factory = RequestFactory()
    on_80 = factory.get(LIST, HTTP_HOST="example.org", SERVER_PORT="80")
    on_8000 = factory.get(LIST, HTTP_HOST="example.org", SERVER_PORT="8000")
    assert cache_key(on_80) != cache_key(on_8000)


def test_the_admin_lists_the_listings_of_one_site(editor):
    clinic = site(CLINIC_HOST)
    response = editor.get("/admin/snippets/directory/service/", {"sites": clinic.pk})
    assert response.status_code == 200
    listed = {str(item.pk) for item in response.context["object_list"]}
    assert listed == {str(pk) for pk in clinic.listings.values_list("pk", flat=True)}
    assert str(clinic_listing().pk) in listed
    assert not Service.objects.filter(pk__in=listed, location__state_province="MO").exists()
    form = editor.get(f"/admin/snippets/directory/service/edit/{clinic_listing().pk}/")
    assert 'name="sites"' in form.content.decode() and "Shown on" in form.content.decode()


def test_the_migration_puts_every_existing_listing_on_every_site():
    migration = importlib.import_module("turnto.directory.migrations.0017_service_sites")
    Service.sites.through.objects.all().delete()
    migration.on_every_site(apps, None)
    every = set(Site.objects.values_list("pk", flat=True))
    for listing in Service.objects.prefetch_related("sites"):
        assert {s.pk for s in listing.sites.all()} == every
