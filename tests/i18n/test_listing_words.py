"""A listing's words translate; its facts are one record (docs/decisions/0006-spanish.md, "One
fact in every language"): the directory API and HSDS give the Spanish words with ?locale=es,
English where a word has none, and the same hours, phones and place in both languages."""

import json
from datetime import time

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from turnto.directory.models import ListingWords, Schedule, Service

pytestmark = pytest.mark.django_db

DROP_IN = "Harm Reduction Drop-In (example)"
CITY = "Kansas City"


def kansas_city(api, **params):
    status, data = api("/api/directory/services/", city=CITY, page_size=100, **params)
    assert status == 200, data
    return {listing["id"]: listing for listing in data["results"]}


def drop_in():
    return Service.objects.get(name=DROP_IN, location__city=CITY)


def spanish_words(service, **words):
    ListingWords.objects.update_or_create(service=service, language="es", defaults=words)


def test_the_spanish_answer_has_the_spanish_words_and_the_same_facts(api):
    service = drop_in()
    service.fees_description = "Example: nothing to pay."
    service.save()
    spanish_words(
        service,
        name="Centro de reducción de daños (ejemplo)",
        description="Un ejemplo: así se vería un servicio real.",
        fees_description="",  # left empty: shown in English
    )
    other = Service.objects.filter(location__city=CITY).exclude(pk=service.pk).first()
    ListingWords.objects.filter(service=other).delete()  # this one has no Spanish words
    en, es = kansas_city(api), kansas_city(api, locale="es")
    assert en.keys() == es.keys()
    listing_en, listing_es = en[str(service.pk)], es[str(service.pk)]
    assert listing_es["name"] == "Centro de reducción de daños (ejemplo)"
    assert listing_es["description"] == "Un ejemplo: así se vería un servicio real."
    assert listing_es["fees_description"] == "Example: nothing to pay."
    assert listing_en["name"] == DROP_IN
    for fact in ("hours", "phones", "location", "assured_date", "walk_in", "is_free"):
        assert facts(listing_es)[fact] == facts(listing_en)[fact], fact
    # Their words are the language's: a phone's note, the place named as its listing is.
    assert [p["description"] for p in listing_es["phones"]] == [
        "Número de ejemplo, fuera de servicio"
    ]
    assert listing_es["location"]["name"] == listing_es["name"]
    # A listing with no Spanish words is given in English, not left out.
    assert es[str(other.pk)]["name"] == en[str(other.pk)]["name"] == other.name
    _, detail = api(f"/api/directory/services/{service.pk}/", locale="es")
    assert detail["name"] == "Centro de reducción de daños (ejemplo)"


def facts(listing):
    """A listing's facts without their words (a phone's or a closure's note, the place's name
    where it is the listing's), which are one in every language."""
    location = listing["location"] and {
        key: value for key, value in listing["location"].items() if key != "name"
    }
    hours = {
        **listing["hours"],
        "exceptions": [
            {key: value for key, value in day.items() if key != "note"}
            for day in listing["hours"]["exceptions"]
        ],
    }
    phones = [
        {key: v for key, v in phone.items() if key != "description"} for phone in listing["phones"]
    ]
    return {**listing, "location": location, "hours": hours, "phones": phones}


def test_hours_changed_once_show_in_both_languages(api):
    service = drop_in()
    spanish_words(service, name="Centro (ejemplo)")
    Schedule.objects.filter(service=service).update(opens_at=time(7, 15))
    for params in ({}, {"locale": "es"}):
        listing = kansas_city(api, **params)[str(service.pk)]
        opens = {span["opens"] for span in listing["hours"]["weekly"]}
        assert opens == {"07:15"}, (params, opens)


def count_queries(client, url):
    from django.core.cache import cache

    client.get(url, HTTP_HOST="localhost")
    cache.clear()  # measured as a visitor the cache has no answer for
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_translated_listings(client):
    url = f"/api/directory/services/?city={CITY}&locale=es&page_size=100"
    english = count_queries(client, url.replace("&locale=es", ""))
    spanish_words(drop_in(), name="Uno")
    one = count_queries(client, url)
    for service in Service.objects.filter(location__city=CITY):
        spanish_words(service, name=f"Servicio {service.pk}", description="Ejemplo.")
    assert count_queries(client, url) == one
    # In Spanish: the words, and the service types' Spanish names. Two queries, whatever the
    # number of listings.
    assert one == english + 2, (english, one)


def test_words_filled_in_the_listing_form_are_the_spanish_answers(editor, api):
    """An editor writes the Spanish words in the listing's own form, beside the hours."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    from tests.directory.test_listing_drafts import edit_url, listing_form

    service = drop_in()
    ListingWords.objects.filter(service=service).delete()
    data = listing_form(service.organization, service.location, name=DROP_IN)
    data.update(
        nested_form_data(
            {
                "translations": inline_formset(
                    [
                        {
                            "language": "es",
                            "name": "Centro sin cita (ejemplo)",
                            "description": "Un ejemplo.",
                            "eligibility_description": "",
                            "fees_description": "",
                            "application_process": "",
                        }
                    ]
                )
            }
        )
    )
    data["action-publish"] = "action-publish"
    response = editor.post(edit_url(service), data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    editor.logout()
    assert kansas_city(api, locale="es")[str(service.pk)]["name"] == "Centro sin cita (ejemplo)"
    assert kansas_city(api)[str(service.pk)]["name"] == DROP_IN


def test_hsds_keeps_the_default_language_and_says_so(client):
    service = drop_in()
    spanish_words(service, name="Centro (ejemplo)", description="Un ejemplo.")
    english = client.get(f"/api/hsds/services/{service.pk}")
    spanish = client.get(f"/api/hsds/services/{service.pk}", {"locale": "es"})
    assert english["Content-Language"] == "en" and spanish["Content-Language"] == "es"
    assert english.json()["name"] == DROP_IN
    assert spanish.json()["name"] == "Centro (ejemplo)"
    assert spanish.json()["phones"] == english.json()["phones"]
    assert spanish.json()["schedules"] == english.json()["schedules"]
    root = client.get("/api/hsds/").json()
    assert root["language"] == root["default_language"] == "en"
    lines = client.get("/api/hsds/services", {"locale": "es", "format": "ndjson"})
    names = {json.loads(line)["name"] for line in b"".join(lines.streaming_content).splitlines()}
    assert "Centro (ejemplo)" in names
    assert client.get("/api/hsds/services", {"locale": "fr"}).status_code == 400


def test_the_demo_speaks_spanish_in_its_cards_kinds_of_help_and_example_listings(api):
    from tests.conftest import find_page

    cards = [
        card["title"]
        for block in find_page(api, "/es/")["body"]
        if block["type"] == "strategy_cards"
        for card in block["value"]["cards"]
    ]
    assert "Prevención de sobredosis y naloxona" in cards
    city = find_page(api, "/es/guia-de-recursos/kansas-city/")
    assert {"slug": "naloxone", "name": "Naloxona"} in city["service_types"]
    en, es = kansas_city(api), kansas_city(api, locale="es")
    for pk, listing in es.items():
        if listing["scope"] != "local":
            continue
        # Every Kansas City example is in Spanish, and still says it is an example.
        assert listing["name"] != en[pk]["name"] and "(ejemplo)" in listing["name"], listing
        assert "ejemplo" in listing["description"]
        assert facts(listing)["phones"] == facts(en[pk])["phones"]
        assert facts(listing)["hours"] == facts(en[pk])["hours"]
        # Their notes in Spanish too, and no made-up street: the card says so in Spanish.
        assert {p["description"] for p in listing["phones"]} == {
            "Número de ejemplo, fuera de servicio"
        }
        assert listing["location"]["is_example"] and not listing["location"]["address_1"]
        for closure in listing["hours"]["exceptions"]:
            assert closure["note"].startswith("Ejemplo: "), closure
    _, lines = api("/api/directory/services/", scope="national", locale="es")
    assert "988 Línea de Prevención del Suicidio y Crisis" in {s["name"] for s in lines["results"]}


def test_two_rows_of_words_for_one_language_are_refused_with_a_message(editor):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    from tests.directory.test_listing_drafts import edit_url, listing_form

    service = drop_in()
    ListingWords.objects.filter(service=service).delete()
    data = listing_form(service.organization, service.location, name=DROP_IN)
    row = {
        "language": "es",
        "name": "Uno",
        "description": "",
        "eligibility_description": "",
        "fees_description": "",
        "application_process": "",
    }
    data.update(nested_form_data({"translations": inline_formset([row, {**row, "name": "Dos"}])}))
    data["action-publish"] = "action-publish"
    response = editor.post(edit_url(service), data)
    assert response.status_code == 200  # the form again, with what to fix; not a 500
    assert "language" in response.content.decode().lower()
    assert not ListingWords.objects.filter(service=service).exists()
