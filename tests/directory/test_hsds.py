"""The HSDS 3.0 API, validated against Open Referral's own schemas."""

import json
from decimal import Decimal
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

pytestmark = pytest.mark.django_db
HSDS = Path(__file__).resolve().parents[3] / "shared" / "hsds" / "schema"
needs_schemas = pytest.mark.skipif(
    not HSDS.exists(), reason="the HSDS schemas (../shared/hsds) are not beside this clone"
)
ENVELOPE = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}


def validate(record, schema_name):
    schema = json.loads((HSDS / schema_name).read_text())
    errors = sorted(
        Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(record),
        key=str,
    )
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def get(client, path, **params):
    response = client.get(f"/api/hsds{path}", params)
    assert response["Content-Type"] == "application/json"
    return response.status_code, response.json()


def test_root_says_version_and_where_the_openapi_is(client):
    status, root = get(client, "/")
    assert status == 200 and root["version"] == "3.0"
    assert root["openapi_url"].endswith("openapi.json") and root["publisher"]["name"]


@needs_schemas
def test_every_service_validates_in_full_and_in_lists(client):
    status, page = get(client, "/services", per_page=100)
    assert status == 200 and set(page) == ENVELOPE
    assert page["total_items"] >= 49 and page["first_page"] and page["last_page"]
    for item in page["contents"]:
        validate(item, "compiled/service_list.json")
        status, full = get(client, f"/services/{item['id']}")
        assert status == 200
        validate(full, "compiled/service.json")
    night = next(s for s in page["contents"] if s["name"] == "Night Outreach Van (example)")
    _, full = get(client, f"/services/{night['id']}")
    assert {s["byday"] for s in full["schedules"]} == {"WE", "FR,SA"}
    assert full["attributes"][0]["taxonomy_term"]["code"]
    assert full["service_at_locations"][0]["location"]["addresses"][0]["city"]


@needs_schemas
def test_organizations_and_services_at_locations_validate(client):
    _, organizations = get(client, "/organizations", per_page=100)
    for item in organizations["contents"]:
        validate(item, "compiled/organization.json")
    _, detail = get(client, f"/organizations/{organizations['contents'][0]['id']}")
    validate(detail, "compiled/organization.json")
    _, places = get(client, "/service_at_locations", per_page=100)
    for item in places["contents"]:
        validate(item, "compiled/service_at_location.json")


@needs_schemas
def test_taxonomy_and_terms_validate_and_filter_services(client):
    _, taxonomies = get(client, "/taxonomies")
    validate(taxonomies["contents"][0], "taxonomy.json")
    _, terms = get(client, "/taxonomy_terms", per_page=100)
    naloxone = next(t for t in terms["contents"] if t["code"] == "naloxone")
    validate(naloxone, "taxonomy_term.json")
    _, services = get(client, "/services", taxonomy_term_id=naloxone["id"], per_page=100)
    assert services["total_items"] >= 10
    for item in services["contents"]:
        _, full = get(client, f"/services/{item['id']}")
        assert "naloxone" in [a["taxonomy_term"]["code"] for a in full["attributes"]]


def test_paging(client):
    _, first = get(client, "/services", per_page=10, page=1)
    _, second = get(client, "/services", per_page=10, page=2)
    assert first["size"] == 10 and first["first_page"] and not first["last_page"]
    assert not {s["id"] for s in first["contents"]} & {s["id"] for s in second["contents"]}
    _, beyond = get(client, "/services", page=999)
    assert beyond["empty"] and beyond["contents"] == []


@pytest.mark.parametrize(
    "params",
    [
        {"page": "0"},
        {"per_page": "1000"},
        {"page": "99999999999999999999"},
        {"format": "xml"},
        {"modified_after": "last week"},
        {"modified_after": "2026-02-30"},
        {"modified_after": "2026-01-01T00:00:00+24:00"},
        {"minimal": "yes"},
        {"full_service": "maybe"},
        {"colour": "red"},
    ],
)
def test_bad_parameters_get_a_400(client, params):
    status, body = get(client, "/services", **params)
    assert status == 400 and body["message"]


def test_missing_records_get_a_404(client):
    for path in ("/services/", "/organizations/", "/taxonomy_terms/", "/taxonomies/"):
        status, body = get(client, path + "00000000-0000-0000-0000-000000000000")
        assert status == 404 and body["message"]


def test_an_id_that_is_not_ours_finds_nothing_rather_than_a_400(client):
    for params in (
        {"taxonomy_term_id": "naloxone"},
        {"organization_id": "42"},
        {"taxonomy_id": "another-taxonomy"},
    ):
        status, page = get(client, "/services", **params)
        assert status == 200 and page["empty"], params
    status, body = get(client, "/services/not-a-uuid")
    assert status == 404 and body["message"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/services", {"search": "nalox\x00one"}),
        ("/services", {"organization_id": "\x00"}),
        ("/organizations", {"search": "\x00"}),
        ("/service_at_locations", {"postcode": "65\x00201"}),
        ("/taxonomy_terms", {"search": "a\x00", "parent_id": "\x00"}),
    ],
)
def test_a_nul_in_a_text_parameter_finds_nothing(client, path, params):
    """Open Referral's document takes any string there (the rest of our API answers a 400):
    no record holds a NUL, so nothing matches, on PostgreSQL too (which refuses NUL)."""
    status, page = get(client, path, **params)
    assert status == 200 and page["empty"], params


def test_services_filter_by_organization_taxonomy_and_modification(client):
    _, everything = get(client, "/services", per_page=100)
    _, organizations = get(client, "/organizations", per_page=100)
    organization = organizations["contents"][0]["id"]
    _, theirs = get(client, "/services", organization_id=organization, per_page=100)
    assert 0 < theirs["total_items"] < everything["total_items"]
    assert {s["organization_id"] for s in theirs["contents"]} == {organization}

    _, taxonomies = get(client, "/taxonomies")
    _, typed = get(client, "/services", taxonomy_id=taxonomies["contents"][0]["id"], per_page=100)
    assert 0 < typed["total_items"] <= everything["total_items"]

    newest = max(s["last_modified"] for s in everything["contents"])
    _, since = get(client, "/services", modified_after=newest, per_page=100)
    assert since["total_items"] >= 1  # "on or after"
    assert all(s["last_modified"] >= newest for s in since["contents"])
    # Moments at the ends of the calendar are clamped, not a 500.
    for moment, total in [
        ("0001-01-01T00:00:00+14:00", everything["total_items"]),
        ("0001-01-01", everything["total_items"]),
        ("9999-12-31T23:59:59-14:00", 0),
        ("9999-12-31", 0),
    ]:
        status, page = get(client, "/services", modified_after=moment)
        assert status == 200 and page["total_items"] == total, moment


def test_minimal_and_full_services(client):
    _, minimal = get(client, "/services", minimal="true")
    assert minimal["last_page"] and minimal["total_items"] == minimal["size"] >= 49
    assert set(minimal["contents"][0]) == {"id", "name", "status", "last_modified"}
    _, short = get(client, "/services", per_page=1)
    _, full = get(client, "/services", per_page=1, full="true")
    assert "phones" not in short["contents"][0] and "phones" in full["contents"][0]


@needs_schemas
def test_organizations_nest_their_services_when_asked(client):
    _, plain = get(client, "/organizations", per_page=5)
    assert "services" not in plain["contents"][0]
    _, nested = get(client, "/organizations", per_page=5, full="true")
    assert (
        nested["contents"][0]["services"] and "phones" not in nested["contents"][0]["services"][0]
    )
    _, full = get(client, "/organizations", per_page=5, full_service="true")
    for item in full["contents"]:
        validate(item, "compiled/organization.json")
    assert "phones" in full["contents"][0]["services"][0]
    organization = plain["contents"][0]["id"]
    _, detail = get(client, f"/organizations/{organization}", full_service="true")
    assert "phones" in detail["services"][0]


@needs_schemas
def test_services_at_locations_by_postcode_and_proximity(client):
    from turnto.directory.models import Location

    # Two places in one ZIP code, 1.1 km apart (the demo data gives no ZIP codes).
    places = Location.objects.filter(latitude__isnull=False, services__isnull=False).distinct()
    one, other = places[:2]
    Location.objects.filter(pk=one.pk).update(postal_code="64108")
    Location.objects.filter(pk=other.pk).update(
        postal_code="64108", latitude=one.latitude + Decimal("0.01"), longitude=one.longitude
    )
    _, places = get(client, "/service_at_locations", per_page=100)
    first = next(p for p in places["contents"] if p["location_id"] == str(one.pk))
    postcode = "64108"
    _, here = get(client, "/service_at_locations", postcode=postcode, per_page=100)
    codes = {p["location"]["addresses"][0]["postal_code"] for p in here["contents"]}
    assert postcode in codes and here["total_items"] < places["total_items"]
    _, near = get(client, "/service_at_locations", postcode=postcode, proximity="1", per_page=100)
    _, wide = get(
        client, "/service_at_locations", postcode=postcode, proximity="1000000", per_page=100
    )
    statewide = here["total_items"] - 2  # statewide and national lines cover every ZIP code
    assert near["total_items"] == statewide
    _, both = get(client, "/service_at_locations", postcode=postcode, proximity="600", per_page=100)
    assert both["total_items"] == here["total_items"] <= wide["total_items"]
    _, nowhere = get(client, "/service_at_locations", postcode="not a zip")
    assert nowhere["empty"]
    status, body = get(client, "/service_at_locations", postcode=postcode, proximity="far")
    assert status == 400 and "proximity" in body["message"]
    _, full = get(client, "/service_at_locations", per_page=3, full="true")
    assert "phones" in full["contents"][0]["service"]
    _, detail = get(client, f"/service_at_locations/{first['id']}")
    validate(detail, "compiled/service.json")
    validate(detail, "compiled/service_at_location.json")


def test_taxonomy_terms_filters(client):
    _, terms = get(client, "/taxonomy_terms", per_page=100)
    _, top = get(client, "/taxonomy_terms", per_page=100, top_only="true")
    assert top["total_items"] == terms["total_items"] > 0  # a flat list: every term is top-level
    _, children = get(client, "/taxonomy_terms", parent_id=terms["contents"][0]["id"])
    assert children["empty"]
    _, found = get(client, "/taxonomy_terms", search="naloxone")
    assert [t["code"] for t in found["contents"]] == ["naloxone"]


def test_ndjson_streams_every_record_without_paging(client):
    response = client.get("/api/hsds/services", {"format": "ndjson"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-ndjson"
    lines = b"".join(response.streaming_content).decode().splitlines()
    records = [json.loads(line) for line in lines]
    _, page = get(client, "/services", per_page=1)
    assert len(records) == page["total_items"] and records[0]["id"] == page["contents"][0]["id"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_other_methods_get_a_json_405(client, method):
    for path in ("/services", "/services/00000000-0000-0000-0000-000000000000", "/"):
        response = getattr(client, method)(f"/api/hsds{path}")
        assert response.status_code == 405, path
        assert response["Content-Type"] == "application/json" and "GET" in response["Allow"]
        assert "read-only" in response.json()["message"]
    response = client.post("/api/hsds/no/such/place")
    assert response.status_code == 404 and response.json()["message"]
