"""/api/schema/ describes the public API (pages, images, documents, site shell, preview, ping
and the directory) as it answers; /api/docs/ reads it with nothing fetched from another site.
tests/api/test_openapi_schemathesis.py fuzzes every operation of it on a live server."""

import re

import pytest
from openapi_spec_validator import validate

from turnto.directory.api.parameters import KNOWN_PARAMETERS
from turnto.directory.models import ServiceType

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


PUBLIC_PATHS = {
    "/api/directory/services/",
    "/api/directory/services/{id}/",
    "/api/directory/services/{id}/reports/",
    "/api/v2/pages/",
    "/api/v2/pages/{id}/",
    "/api/v2/pages/find/",
    "/api/v2/page_preview/",
    "/api/v2/site/",
    "/api/v2/search/",
    "/api/v2/images/",
    "/api/v2/images/{id}/",
    "/api/v2/images/find/",
    "/api/v2/documents/",
    "/api/v2/documents/{id}/",
    "/api/v2/documents/find/",
    "/api/ping/",
}


def test_the_schema_is_valid_openapi_3_about_the_whole_public_api(schema):
    validate(schema)  # raises with the first problem
    assert schema["openapi"].startswith("3.")
    assert "public API" in schema["info"]["title"] and schema["info"]["version"]
    # One document for the public API; HSDS has its own (Open Referral's).
    assert set(schema["paths"]) == PUBLIC_PATHS


def test_every_error_answer_is_described_as_json_with_a_message(schema):
    for path, item in schema["paths"].items():
        for operation in item.values():
            for status, response in operation["responses"].items():
                if status.startswith("4"):
                    body = resolve(schema, response["content"]["application/json"]["schema"])
                    assert "message" in body["required"], (path, status)


def test_the_report_endpoint_describes_every_answer_it_gives(schema, client):
    operation = schema["paths"]["/api/directory/services/{id}/reports/"]["post"]
    assert set(operation["responses"]) == {"201", "400", "404", "415", "429"}
    assert "Retry-After" in operation["responses"]["429"]["headers"]
    assert set(operation["requestBody"]["content"]) == {
        "application/json",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    }
    # The answers are those shapes: a 404 for a listing that is not there, a 400 naming fields.
    missing = client.post(
        "/api/directory/services/nope/reports/", {"kind": "closed"}, "application/json"
    )
    assert missing.status_code == 404 and set(missing.json()) == {"message"}
    listing = client.get(LIST).json()["results"][0]["id"]
    bad = client.post(f"/api/directory/services/{listing}/reports/", {}, "application/json")
    assert bad.status_code == 400 and set(bad.json()) == {"message", "errors"}
    assert "kind" in bad.json()["errors"]


def test_the_page_api_is_described_as_it_answers(schema, client):
    paths = schema["paths"]
    listing = resolve(
        schema,
        paths["/api/v2/pages/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"],
    )
    page_schema = resolve(schema, listing["properties"]["items"]["items"])
    answer = client.get("/api/v2/pages/").json()
    assert set(listing["required"]) == set(answer)
    assert set(listing["properties"]["meta"]["required"]) == set(answer["meta"])
    detail = client.get(answer["items"][1]["meta"]["detail_url"]).json()
    assert {"id", "meta", "title"} <= set(page_schema["properties"]) and "title" in detail
    assert set(detail["meta"]) <= set(page_schema["properties"]["meta"]["properties"])
    assert detail["meta"]["type"] in page_schema["properties"]["meta"]["properties"]["type"]["enum"]
    shell = resolve(
        schema,
        paths["/api/v2/site/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"],
    )
    assert set(shell["required"]) <= set(client.get("/api/v2/site/").json())
    assert set(client.get("/api/v2/site/").json()) <= set(shell["properties"])
    not_found = client.get("/api/v2/pages/999999/")
    assert not_found.status_code == 404 and set(not_found.json()) == {"message"}
    parameters = {p["name"]: p for p in paths["/api/v2/pages/"]["get"]["parameters"]}
    assert {"type", "fields", "order", "limit", "offset", "search", "child_of", "site"} <= set(
        parameters
    )
    assert parameters["limit"]["schema"]["maximum"] == 100
    assert answer["items"][0]["id"] in parameters["child_of"]["schema"]["enum"]


def test_every_filter_is_described_with_its_type(schema):
    operation = schema["paths"][LIST]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert set(parameters) == KNOWN_PARAMETERS
    assert all(p["in"] == "query" and p["description"] for p in parameters.values())
    assert parameters["scope"]["schema"]["items"]["enum"] == ["local", "statewide", "national"]
    assert re.fullmatch(parameters["open_now"]["schema"]["pattern"].strip("^$"), "True")
    date_time, empty = parameters["open_at"]["schema"]["anyOf"]
    assert date_time["format"] == "date-time" and empty["enum"] == [""]
    assert parameters["radius"]["schema"]["anyOf"][0]["maximum"] == 500
    assert parameters["page_size"]["schema"]["anyOf"][0]["maximum"] == 100
    assert parameters["service_type"]["schema"]["type"] == "array"
    slugs = parameters["service_type"]["schema"]["items"]["enum"]
    assert (
        # One slug per kind of help: a translation shares its slug.
        slugs == sorted(ServiceType.objects.originals().values_list("slug", flat=True))
        and "naloxone" in slugs
    )
    # 404: a `?site=` that names no site.
    assert set(operation["responses"]) == {"200", "400", "404"}
    error = resolve(schema, operation["responses"]["400"]["content"]["application/json"]["schema"])
    assert set(error["properties"]) == {"message", "parameter"}


def test_an_empty_open_at_is_ignored_as_the_schema_says(client):
    # Like every filter left empty (the site's form sends empty fields): no filter by time.
    without = client.get(LIST, {"page_size": 100}).json()
    empty = client.get(LIST, {"page_size": 100, "open_at": ""}).json()
    assert empty["count"] == without["count"] > 0
    assert client.get(LIST, {"open_at": "not a time"}).status_code == 400


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
    assert {"from", "to", "note", "closed", "hours"} == set(exception["properties"])

    detail = schema["paths"]["/api/directory/services/{id}/"]["get"]["responses"]
    # 400: a malformed `?site=`; 404: no such listing on this site.
    assert set(detail) == {"200", "400", "404"}


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
