"""Every first response is valid HTML: each page of both demo sites as the server sends it,
with a city's filters, a search, the report page and the not-found page, checked by
html-validate (frontend/scripts/validate-html.mjs, its rules in html-validate.config.mjs)."""

import json
import subprocess
from pathlib import Path

from django.test import Client

from wagtail.models import Site

import pytest

from tests.conftest import CLINIC_HOST
from tests.website.test_entry import public_pages
from turnto.directory.models import Service, ServiceType

pytestmark = pytest.mark.django_db

FRONTEND = Path(__file__).resolve().parents[2] / "frontend"
HOSTS = ["localhost", CLINIC_HOST]


def validate(documents):
    """{name: markup} → {name: [problem, ...]}, from html-validate in Node."""
    if not (FRONTEND / "node_modules" / "html-validate").exists():
        pytest.fail("html-validate is not installed: run `make frontend` (make test does).")
    result = subprocess.run(
        ["node", "scripts/validate-html.mjs"],
        cwd=FRONTEND,
        input=json.dumps(documents),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def first_responses():
    """{"host path": markup} of every page a visitor can be sent first, each with its status."""
    client = Client()
    campaign = Site.objects.get(hostname="localhost")
    listing = Service.objects.visible(campaign).filter(status="active").order_by("name").first()
    service_type = ServiceType.objects.order_by("name").first()
    wanted = []
    for host in HOSTS:
        wanted += [(host, path, 200) for path, _ in public_pages(host)]
        wanted += [
            (host, "/search/", 200),
            (host, "/search/?q=naloxone", 200),
            (host, "/safety/", 200),
            (host, "/no-such-page/", 404),
        ]
    wanted += [
        ("localhost", f"/resource-guide/kansas-city/?service_type={service_type.slug}", 200),
        ("localhost", "/resource-guide/kansas-city/?open_now=true&free=true", 200),
        ("localhost", "/resource-guide/?city=Columbia", 200),
        ("localhost", f"/report-a-problem/?listing={listing.pk}&from=/resource-guide/", 200),
    ]
    documents = {}
    for host, path, status in wanted:
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == status, (host, path)
        assert b" data-first-view=" in response.content, f"{path} was not drawn"
        documents[f"{host} {path}"] = response.content.decode()
    # The report page drawn again with the API's answer to a form sent without script.
    posted = client.post(
        f"/report-a-problem/?listing={listing.pk}",
        {"kind": ""},
        HTTP_HOST="localhost",
        HTTP_ORIGIN="http://localhost",
    )
    assert posted.status_code == 400
    documents["localhost POST /report-a-problem/ (with a mistake)"] = posted.content.decode()
    return documents


def test_every_first_response_of_both_sites_is_valid_html():
    documents = first_responses()
    assert len(documents) > 30
    problems = validate(documents)
    assert set(problems) == set(documents)
    found = [
        f"{name}:{p['line']}:{p['column']} {p['rule']}: {p['message']}"
        for name, messages in problems.items()
        for p in messages
    ]
    assert found == [], f"{len(found)} problems:\n" + "\n".join(found[:60])


def test_the_validator_finds_what_is_not_html():
    """The check can fail: what the Nu HTML checker reported before (htmx's own hx-get on a
    form), a form inside a form, an id used twice, a button with no type."""
    page = (
        '<!DOCTYPE html><html lang="en"><head><title>A page</title></head><body>'
        "<main>{}</main></body></html>"
    )
    bad = {
        "hx": '<form hx-get="/api/" action="/search/"><button type="submit">Go</button></form>',
        "nested": '<form action="/a/"><form action="/b/"></form><button type="submit">Go</button>'
        "</form>",
        "twice": '<p id="a">One</p><p id="a">Two</p>',
        "button": "<button>Go</button>",
    }
    good = {
        "data-hx": '<form data-hx-get="/api/" action="/search/"><label>Search '
        '<input type="search" name="q"></label><button type="submit">Go</button></form>',
    }
    problems = validate({name: page.format(body) for name, body in {**bad, **good}.items()})
    assert {name for name, found in problems.items() if found} == set(bad)
    assert [p["rule"] for p in problems["hx"]] == ["attr-pattern"]
