"""One address per page and one origin per site: another spelling of a page's address is a 301
to the one address, and every address the site writes of itself (canonical, og:url, sitemap,
robots.txt, JSON-LD, redirects) names the Site's own origin, whatever Host was asked."""

import json
import re

from django.test import override_settings

from wagtail.models import Page, Site

import pytest

from tests.conftest import CLINIC_HOST
from tests.website.test_entry import head_of

pytestmark = pytest.mark.django_db


def origin_of(host):
    site = Site.objects.get(hostname=host)
    port = "" if site.port in (80, 443) else f":{site.port}"
    return f"http://{site.hostname}{port}"


@pytest.mark.parametrize(
    "asked, one",
    [
        ("/facts-and-stats", "/facts-and-stats/"),
        ("//facts-and-stats/", "/facts-and-stats/"),
        ("/resource-guide//kansas-city/", "/resource-guide/kansas-city/"),
        ("/resource-guide/kansas-city", "/resource-guide/kansas-city/"),
        ("/safety", "/safety/"),
    ],
)
def test_another_spelling_of_an_address_is_a_301_to_the_one_address(client, asked, one):
    # PATH_INFO as a server passes it: the test client would read "//x/" as a host.
    response = client.get("/", {"service_type": "naloxone"}, HTTP_HOST="localhost", PATH_INFO=asked)
    assert response.status_code == 301
    assert response["Location"] == f"{origin_of('localhost')}{one}?service_type=naloxone"


def test_a_slashless_address_of_the_clinic_goes_to_the_clinics_page(client):
    response = client.get("/harm-reduction", HTTP_HOST=CLINIC_HOST)
    assert response.status_code == 301
    assert response["Location"] == f"{origin_of(CLINIC_HOST)}/harm-reduction/"


@pytest.mark.parametrize("asked", ["/no-such-page", "//no-such-page/", "/facts-and-stats/x"])
def test_an_address_that_names_nothing_stays_a_404(client, asked):
    assert client.get("/", HTTP_HOST="localhost", PATH_INFO=asked).status_code == 404


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST", "127.0.0.1", "LocalHost"])
def test_canonical_and_og_url_name_the_sites_origin_whatever_the_host(client, host):
    head = head_of(client.get("/facts-and-stats/", HTTP_HOST=host))
    expected = f"{origin_of('localhost')}/facts-and-stats/"
    assert head["canonical"] == expected
    assert head["meta"]["og:url"] == expected


def test_a_secure_request_gets_the_same_canonical_as_any_other(client):
    plain = head_of(client.get("/facts-and-stats/", HTTP_HOST="localhost"))
    secure = head_of(client.get("/facts-and-stats/", HTTP_HOST="localhost", secure=True))
    assert secure["canonical"] == plain["canonical"]


def test_the_deploy_names_the_scheme(client):
    with override_settings(SITE_SCHEME="https"):
        head = head_of(client.get("/facts-and-stats/", HTTP_HOST="127.0.0.1"))
        robots = client.get("/robots.txt", HTTP_HOST="127.0.0.1").content.decode()
    assert head["canonical"].startswith("https://localhost")
    assert "Sitemap: https://localhost" in robots


@pytest.mark.parametrize("host", ["localhost", CLINIC_HOST])
def test_sitemap_robots_and_json_ld_name_the_same_origin(client, host):
    origin = origin_of(host)
    asked = host.upper()
    robots = client.get("/robots.txt", HTTP_HOST=asked).content.decode()
    assert f"Sitemap: {origin}/sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml", HTTP_HOST=asked).content.decode()
    locations = re.findall(r"<loc>([^<]*)</loc>", sitemap)
    assert locations and all(loc.startswith(origin + "/") for loc in locations)
    page = client.get("/", HTTP_HOST=asked).content.decode()
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1])
    assert all(node["url"].startswith(origin + "/") for node in ld["@graph"] if "url" in node), ld


def test_a_renamed_page_redirects_to_its_new_address_on_the_sites_origin(
    client, django_capture_on_commit_callbacks
):
    page = Page.objects.get(url_path="/campaign-home/facts-and-stats/").specific
    page.slug = "facts-and-figures"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail creates it on commit
        page.save_revision().publish()
    response = client.get("/facts-and-stats/", HTTP_HOST="127.0.0.1")
    assert response.status_code == 301
    assert response["Location"] == f"{origin_of('localhost')}/facts-and-figures/"
    assert client.get("/facts-and-figures/", HTTP_HOST="localhost").status_code == 200


def test_site_in_a_page_address_does_not_mix_two_sites(client):
    plain = head_of(client.get("/", HTTP_HOST="localhost"))
    # `?site=` is the API's, no page's: the page's own address, on the host's site.
    moved = client.get("/", {"site": CLINIC_HOST}, HTTP_HOST="localhost")
    assert moved.status_code == 301 and moved["Location"] == "/"
    asked = client.get(moved["Location"], HTTP_HOST="localhost")
    assert asked.status_code == 200
    assert head_of(asked)["title"] == plain["title"]
    assert "clinic" not in head_of(asked)["title"].lower()


def test_site_in_a_page_address_is_not_a_404(client):
    response = client.get(
        "/resource-guide/kansas-city/",
        {"site": "nonexistent.example"},
        HTTP_HOST="localhost",
        follow=True,
    )
    assert response.status_code == 200
    assert response.redirect_chain == [("/resource-guide/kansas-city/", 301)]


def test_site_still_names_the_site_in_the_api(api):
    status, shell = api("/api/v2/site/", site=CLINIC_HOST)
    assert status == 200 and shell["site"]["hostname"] == CLINIC_HOST
    assert shell["site"]["origin"] == origin_of(CLINIC_HOST)
