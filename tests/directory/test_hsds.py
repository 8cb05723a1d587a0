"""The HSDS 3.0 API, validated against Open Referral's own schemas."""

import json
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
    assert {s["byday"] for s in full["schedules"]} == {"WE", "FR", "SA"}
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
        {"taxonomy_term_id": "naloxone"},
        {"modified_after": "last week"},
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
