"""Schemathesis over Open Referral's own OpenAPI document for HSDS 3.0, against a live server
with the demo data: every operation, every check, a seeded, bounded number of cases.

The document is Open Referral's (../shared/hsds/schema/openapi.json), with its `$ref`s to the
specification's site replaced by the local copies of those schemas. Where the standard leaves
a parameter unbounded, our API documents (and answers with a 400) a bound; those few narrowings
are applied here, in NARROWED, so that schemathesis expects the 400 rather than calling it a
valid value refused. The 400 and 404 answers the document does not list are added as ours.
"""

import copy
import json
from collections import Counter
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tests.schemathesis_support import configure, demo_server  # noqa: F401 (a fixture)

HSDS = Path(__file__).resolve().parents[3] / "shared" / "hsds" / "schema"
SPEC_SITE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
if not HSDS.exists():
    pytest.skip(
        "the HSDS schemas (../shared/hsds) are not beside this clone", allow_module_level=True
    )
# Parameter -> the schema our API documents where the standard's is looser.
NARROWED = {
    "page": {"type": "integer", "minimum": 1, "maximum": 100000},
    "per_page": {"type": "integer", "minimum": 1, "maximum": 100},
    "format": {"type": "string", "enum": ["json", "ndjson"]},
    # The standard writes "datetime", which no validator knows: it means RFC 3339 date-time.
    "modified_after": {"type": "string", "format": "date-time"},
    "proximity": {"type": "string", "pattern": r"^\d{1,9}(\.\d+)?$"},
}
ERROR = {
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["message"],
                "properties": {"message": {"type": "string"}},
            }
        }
    }
}
CASES = Counter()


def local_schema(name, seen=()):
    """A schema of the specification from the local copy, its own `$ref`s inlined."""
    if name in seen:
        raise ValueError(f"circular $ref through {name}")
    schema = json.loads((HSDS / name).read_text())
    folder = str(Path(name).parent)
    return inline(schema, folder, (*seen, name))


def inline(node, folder, seen):
    if isinstance(node, list):
        return [inline(item, folder, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and not ref.startswith("#"):
        name = ref.removeprefix(SPEC_SITE)
        if ref == name:  # relative to the schema that names it
            name = str(Path(folder) / ref) if folder != "." else ref
        return local_schema(name, seen)
    return {
        key: inline(value, folder, seen)
        for key, value in node.items()
        if key not in ("$schema", "$id")  # each file's own identity; inlined they are one
    }


def official_document():
    document = inline(json.loads((HSDS / "openapi.json").read_text()), ".", ())
    parameters = document["components"]["parameters"]
    for name, schema in NARROWED.items():
        parameters[name]["schema"] = schema
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            for parameter in operation.get("parameters", []):
                if parameter.get("name") in NARROWED:
                    parameter["schema"] = NARROWED[parameter["name"]]
            responses = operation["responses"]
            responses["400"] = {"description": "A parameter is wrong (named)", **ERROR}
            if "{id}" in path:
                responses["404"] = {"description": "No such record", **ERROR}
            listed = responses["200"]["content"]["application/json"]
            if "contents" in listed["schema"].get("properties", {}):
                # format=ndjson: every record, one per line.
                items = listed["schema"]["properties"]["contents"]
                responses["200"]["content"]["application/x-ndjson"] = {
                    "schema": copy.deepcopy(items)
                }
    return document


@schemathesis.deserializer("application/x-ndjson")
def ndjson(ctx, response):
    return [json.loads(line) for line in response.content.decode().splitlines() if line]


schema = configure(schemathesis.openapi.from_dict(official_document()))


@pytest.fixture(scope="module", autouse=True)
def report_cases():
    yield
    print("\nschemathesis cases per operation:", dict(sorted(CASES.items())))


@schema.parametrize()
# The server is read-only for these requests: one for all of an operation's cases is right.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_hsds_api_keeps_open_referrals_document(case, demo_server):  # noqa: F811
    CASES[case.operation.label] += 1
    case.call_and_validate(base_url=demo_server + "/api/hsds")
