"""What a careless client or an attacker sends the directory API: a 4xx in JSON naming what is
wrong, never a 500."""

import json

from django.test import Client

from wagtail.models import Site

import pytest

from turnto.directory.models import ListingReport, Service

SERVICES = "/api/directory/services/"


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


@pytest.fixture
def report_url(db):
    listing = Service.objects.visible(Site.objects.get(hostname="localhost")).first()
    return f"{SERVICES}{listing.pk}/reports/"


@pytest.mark.parametrize(
    "moment",
    [
        "9999-12-31T23:59",
        "0001-01-01T00:00",
        "9999-12-31T23:59+14:00",
        "0001-01-01T00:00-14:00",
        "1899-12-31T12:00",
        "3000-01-01T00:00",
    ],
)
def test_open_at_out_of_the_calendar_is_a_400_naming_it(visitor, db, moment):
    response = visitor.get(SERVICES, {"open_at": moment})
    assert response.status_code == 400
    assert response.json()["parameter"] == "open_at"
    assert "open_at" in response.json()["message"]


@pytest.mark.parametrize("moment", ["1900-01-01T00:00+14:00", "2999-12-31T23:59-14:00"])
def test_open_at_at_the_edges_of_the_years_allowed_answers(visitor, db, moment):
    response = visitor.get(SERVICES, {"open_at": moment})
    assert response.status_code == 200, response.content[:300]
    assert response.json()["at"].startswith(moment[:4])


def test_a_nul_in_a_filter_is_a_400_naming_it(visitor, db):
    for name in ("city", "q", "service_type", "language", "open_at"):
        response = visitor.get(SERVICES, {name: "a\x00b"})
        assert response.status_code == 400, name
        assert response.json()["parameter"] == name


def post(visitor, url, body, content_type):
    return visitor.generic("POST", url, body, content_type=content_type)


@pytest.mark.parametrize(
    "body",
    ["[" * 100_000 + "]" * 100_000, '{"kind":' * 50_000 + '"other"' + "}" * 50_000],
)
def test_a_report_nested_thousands_deep_is_a_400(visitor, report_url, body):
    response = post(visitor, report_url, body.encode(), "application/json")
    assert response.status_code == 400
    assert response.json()["errors"] == {"body": "Send the report as JSON or as a form."}
    assert not ListingReport.objects.exists()


@pytest.mark.parametrize("content_type", ["application/json", "application/x-www-form-urlencoded"])
def test_a_report_over_the_upload_limit_is_a_json_413(visitor, report_url, settings, content_type):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    message = "x" * 20_000
    if content_type == "application/json":
        body = json.dumps({"kind": "other", "message": message})
    else:
        body = f"kind=other&message={message}"
    response = post(visitor, report_url, body.encode(), content_type)
    assert response.status_code == 413
    assert response["Content-Type"] == "application/json"
    assert "10000 bytes" in response.json()["message"]
    assert not ListingReport.objects.exists()


def test_a_form_with_too_many_fields_is_a_json_400(visitor, report_url, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    body = "&".join(f"field{number}=1" for number in range(20))
    response = post(visitor, report_url, body.encode(), "application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "too many fields" in response.json()["message"]
