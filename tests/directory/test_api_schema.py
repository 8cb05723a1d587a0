"""/api/schema/ describes the directory API as it answers; /api/docs/ reads it with nothing
fetched from another site."""

import re

import pytest
from openapi_spec_validator import validate

from turnto.directory.api import KNOWN_PARAMETERS

pytestmark = pytest.mark.django_db
LIST = "/api/directory/services/"


@pytest.fixture
def schema(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.oai.openapi+json")
    return response.json()


def resolve(schema, node):
    """Follow $ref (and the allOf drf-spectacular wraps around a described or nullable one)."""
    while "$ref" in node or "allOf" in node:
        if "allOf" in node:
            (node,) = node["allOf"]
        else:
            node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node


def test_the_schema_is_valid_openapi_3_about_the_directory(schema):
    validate(schema)  # raises with the first problem
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] and schema["info"]["version"]
    assert {"/api/directory/services/", "/api/directory/services/{id}/"} <= set(schema["paths"])
    # Only the directory API: Wagtail's page API and HSDS (which has its own) are left out.
    assert all(path.startswith("/api/directory/") for path in schema["paths"])


def test_every_filter_is_described_with_its_type(schema):
    operation = schema["paths"][LIST]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert set(parameters) == KNOWN_PARAMETERS
    assert all(p["in"] == "query" and p["description"] for p in parameters.values())
    assert parameters["scope"]["schema"]["items"]["enum"] == ["local", "statewide", "national"]
    assert {"true", "false"} <= set(parameters["open_now"]["schema"]["enum"])
    assert parameters["open_at"]["schema"]["format"] == "date-time"
    assert parameters["radius"]["schema"]["maximum"] == 500
    assert parameters["page_size"]["schema"]["maximum"] == 100
    assert parameters["service_type"]["schema"]["type"] == "array"
    assert set(operation["responses"]) == {"200", "400"}
    error = resolve(schema, operation["responses"]["400"]["content"]["application/json"]["schema"])
    assert set(error["properties"]) == {"message", "parameter"}


def test_the_described_listing_is_the_listing_the_api_sends(schema, client):
    responses = schema["paths"][LIST]["get"]["responses"]
    page_schema = resolve(schema, responses["200"]["content"]["application/json"]["schema"])
    listing_schema = resolve(schema, page_schema["properties"]["results"]["items"])
    page = client.get(LIST, {"near": "39.0997,-94.5786", "radius": 30, "page_size": 100}).json()
    assert set(page_schema["properties"]) == set(page)
    listing = page["results"][0]
    assert set(listing_schema["properties"]) == set(listing)  # distance_km included
    for name, nested in [("location", listing["location"]), ("status_now", listing["status_now"])]:
        assert set(resolve(schema, listing_schema["properties"][name])["properties"]) == set(nested)
    hours = resolve(schema, listing_schema["properties"]["hours"])
    assert set(hours["properties"]) == set(listing["hours"])
    span = resolve(schema, hours["properties"]["weekly"]["items"])
    assert set(span["properties"]) == set(listing["hours"]["weekly"][0])
    exception = resolve(schema, hours["properties"]["exceptions"]["items"])
    assert {"from", "to", "closed", "hours"} == set(exception["properties"])

    detail = schema["paths"]["/api/directory/services/{id}/"]["get"]["responses"]
    assert set(detail) == {"200", "404"}


def test_the_docs_page_uses_only_this_sites_files(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="swagger-ui"' in html
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert len(assets) >= 4 and all(
        url.startswith("/") and not url.startswith("//") for url in assets
    )
    assert "<script>" not in html and "<style>" not in html  # nothing inline for the CSP
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "http" not in policy
    script = client.get("/api/docs/", {"script": ""})
    assert script.status_code == 200
    assert script["Content-Type"].startswith("application/javascript")
    assert "/api/schema/" in script.content.decode()
