"""The directory's filters as a visitor reads them: ticking two kinds of help shows the places
offering either, and the form says so; what a page's address asks for that is not understood
is said, not silently dropped (the API keeps its 400)."""

from django.test import Client

import pytest

from tests.website.test_first_view import document, main_of, text_of

pytestmark = pytest.mark.django_db

LIST = "/api/directory/services/"
CITY = "/resource-guide/kansas-city/"


def ids(client, **params):
    data = client.get(LIST, {"page_size": 100, **params}).json()
    assert data["count"] == len(data["results"])
    return {item["id"] for item in data["results"]}


def test_two_service_types_find_the_places_offering_either(client):
    naloxone = ids(client, service_type="naloxone")
    legal = ids(client, service_type="legal-help")
    assert naloxone and legal and not naloxone >= legal
    assert ids(client, service_type="naloxone,legal-help") == naloxone | legal
    # Repeated, as the form sends them, the same.
    repeated = client.get(LIST, {"page_size": 100, "service_type": ["naloxone", "legal-help"]})
    assert {item["id"] for item in repeated.json()["results"]} == naloxone | legal


def test_the_form_and_the_api_document_say_any_of_them(client):
    main = main_of(document(Client(HTTP_HOST="localhost").get(CITY)))
    legend = text_of(main.select_one("form[data-directory] fieldset legend"))
    assert "any of the kinds of help you tick" in legend
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    parameters = schema["paths"][LIST]["get"]["parameters"]
    service_type = next(p for p in parameters if p["name"] == "service_type")
    assert "any of them" in service_type["description"]


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("service_type=nope", "“nope” is not one of the kinds of help below"),
        ("open_at=tomorrow", "“tomorrow” is not a date and time"),
        (
            "service_type=naloxone&service_type=nope&open_at=6pm",
            "“nope” is not one of the kinds of help below; “6pm” is not a date and time",
        ),
    ],
)
def test_a_filter_in_the_address_that_is_not_understood_is_said(query, said):
    main = main_of(document(Client(HTTP_HOST="localhost").get(f"{CITY}?{query}")))
    notice = main.select_one("form[data-directory] [data-filters-unknown]")
    assert notice is not None, "nothing says what was not understood"
    assert said in text_of(notice) and "not filtered by it" in text_of(notice)
    assert main.select("#directory-results .listing__name"), "the places are still shown"


def test_an_address_the_form_understands_has_no_notice():
    page = Client(HTTP_HOST="localhost").get(f"{CITY}?service_type=naloxone&open_at=")
    assert not main_of(document(page)).select("[data-filters-unknown]")


@pytest.mark.parametrize(
    ("params", "parameter"),
    [({"service_type": "nope"}, "service_type"), ({"open_at": "tomorrow"}, "open_at")],
)
def test_the_api_keeps_its_400_naming_the_parameter(client, params, parameter):
    response = client.get(LIST, params)
    assert response.status_code == 400
    body = response.json()
    assert body["parameter"] == parameter and body["message"]
