"""Search in the visitor's language (docs/decisions/0006-spanish.md): on a Spanish page the site
search finds the Spanish pages and the listings by the words a Spanish visitor reads there (their
Spanish names and descriptions, their kinds of help's Spanish names), and links the Spanish
pages; the directory's `q` does the same with `?locale=es`; Spanish listings come in the order
of their Spanish names. On PostgreSQL a Spanish page is stemmed by Spanish rules. English search
is as it was."""

import unicodedata

from django.db import connection

import pytest

from tests.conftest import find_page
from turnto.directory.models import ListingWords, Service

pytestmark = pytest.mark.django_db

SEARCH = "/api/v2/search/"
DIRECTORY = "/api/directory/services/"
VAN = "Night Outreach Van (example)"
VAN_ES = "Camioneta de alcance nocturno (ejemplo)"


def search(api, q, **params):
    status, data = api(SEARCH, q=q, **params)
    assert status == 200, data
    return data


def of_kind(data, kind):
    return [item for item in data["items"] if item["kind"] == kind]


def directory(api, **params):
    status, data = api(DIRECTORY, page_size=100, **params)
    assert status == 200, data
    return data["results"]


def marked(item):
    return [fragment["text"].lower() for fragment in item["context"] if fragment["mark"]]


def test_spanish_words_find_spanish_pages_and_english_words_english_ones(api):
    data = search(api, "jeringas", locale="es")
    pages = of_kind(data, "page")
    assert pages, "a Spanish visitor's word finds the Spanish pages that say it"
    assert all(item["url"].startswith("/es/") for item in pages), [i["url"] for i in pages]
    assert any("jeringa" in word for item in pages for word in marked(item))
    # The same word on an English page finds no page: each language searches its own.
    assert of_kind(search(api, "jeringas"), "page") == []
    english = of_kind(search(api, "syringe"), "page")
    assert english and not any(item["url"].startswith("/es/") for item in english)


def test_a_spanish_kind_of_help_finds_its_places_in_spanish_with_spanish_links(api):
    offering = {item["id"] for item in directory(api, service_type="syringe-services")}
    data = search(api, "jeringas", locale="es")
    places = of_kind(data, "place")
    assert places and {item["id"] for item in places} <= offering
    spanish_names = {item["id"]: item["name"] for item in directory(api, locale="es")}
    for item in places:
        # Named, described and linked as the Spanish page shows it.
        assert item["title"] == spanish_names[item["id"]]
        assert "Servicios de jeringas" in item["about"], item
        assert item["url"].startswith("/es/"), item
    city_page = find_page(api, places[0]["url"])
    assert city_page["meta"]["locale"] == "es"
    # An English visitor's search does not know the Spanish word.
    assert of_kind(search(api, "jeringas"), "place") == []


def test_a_listing_is_found_by_its_spanish_name_on_a_spanish_page(api):
    data = search(api, "camioneta nocturno", locale="es")
    places = of_kind(data, "place")
    assert places and all(
        item["title"].startswith("Camioneta de alcance nocturno") for item in places
    )
    assert places[0]["url"].startswith("/es/guia-de-recursos/")
    # In English the same listing is found by its English name, as before.
    english = of_kind(search(api, "outreach van"), "place")
    assert english and all(item["title"] == VAN for item in english)
    assert not any(item["url"].startswith("/es/") for item in english)


def test_the_directorys_words_search_the_spanish_words_with_locale_es(api):
    found = directory(api, city="Kansas City", q="camioneta", locale="es")
    assert [item["name"] for item in found] == [VAN_ES]
    assert directory(api, city="Kansas City", q="camioneta") == []  # English: unchanged
    assert [item["name"] for item in directory(api, city="Kansas City", q="outreach van")] == [VAN]
    # A kind of help by its Spanish name: every Kansas City listing offering naloxone.
    naloxone = {i["id"] for i in directory(api, city="Kansas City", service_type="naloxone")}
    found = {i["id"] for i in directory(api, city="Kansas City", q="naloxona", locale="es")}
    assert naloxone and naloxone <= found


def test_a_listing_without_spanish_words_is_found_by_the_english_a_spanish_visitor_reads(api):
    service = Service.objects.get(name=VAN, location__city="Kansas City")
    ListingWords.objects.filter(service=service).delete()
    found = directory(api, city="Kansas City", q="outreach van", locale="es")
    assert [item["name"] for item in found] == [VAN]
    # Its Spanish name filled in again: found by it, and no longer by the English it replaced.
    ListingWords.objects.create(service=service, language="es", name=VAN_ES)
    assert [i["name"] for i in directory(api, city="Kansas City", q="camioneta", locale="es")] == [
        VAN_ES
    ]


def folded(name):
    """A name's first letter as any collation orders it: no accent, no case."""
    letter = unicodedata.normalize("NFKD", name)[0]
    return letter.casefold()


def test_spanish_listings_are_in_the_order_of_their_spanish_names(api):
    english = [item["name"] for item in directory(api, city="Kansas City")]
    spanish = [item["name"] for item in directory(api, city="Kansas City", locale="es")]
    assert sorted(english) == english or [folded(n) for n in english] == sorted(
        folded(n) for n in english
    )
    assert [folded(n) for n in spanish] == sorted(folded(n) for n in spanish), spanish
    # The shelter, near the end in English ("Shelter and Meals"), opens the Spanish list.
    assert spanish[0].startswith("Albergue y comidas"), spanish
    assert not english[0].startswith("Shelter")


def test_the_listings_on_a_spanish_page_are_in_the_order_of_their_spanish_names(api):
    page = find_page(api, "/es/guia-de-recursos/mas-recursos/")
    blocks = [block for block in page["body"] if block["type"] == "directory_listings"]
    assert blocks
    for block in blocks:
        names = [listing["name"] for listing in block["value"]["listings"]]
        assert [folded(n) for n in names] == sorted(folded(n) for n in names), names


def on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip(
            "Spanish stemming is PostgreSQL's (SQLite's FTS5 matches words as they are): "
            "run with DATABASE_URL=postgres://... (scripts/test-postgres.sh)"
        )


def spanish_page_saying(text):
    from wagtail.models import Page

    page = Page.objects.get(
        locale__language_code="es", url_path__endswith="/datos-y-cifras/"
    ).specific
    page.intro = f"{page.intro} {text}"
    page.save_revision().publish()
    return page


def test_spanish_stemming_on_postgresql_finds_other_forms_of_a_word(api):
    on_postgresql()
    page = spanish_page_saying("Reparten condones gratuitos y Naloxona a quien los pida.")
    url = "/es/datos-y-cifras/"
    for q in ["condón gratuito", "naloxona", "condones gratuitas"]:
        urls = [item["url"] for item in of_kind(search(api, q, locale="es"), "page")]
        assert url in urls, (q, urls)
    # The pages API in Spanish, and an editor's search in no one language, find it too.
    _, found = api("/api/v2/pages/", search="condón", locale="es")
    assert page.pk in {item["id"] for item in found["items"]}
    from wagtail.models import Page

    assert page.pk in {p.pk for p in Page.objects.search("condón gratuito")}


def test_english_stemming_on_postgresql_is_unchanged(api):
    on_postgresql()
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert backend.config_for("en") is None  # the database's own (English), as before
    assert backend.config_for("es") == "spanish"
    # An English page is stemmed by English rules: "condom" finds "condoms".
    urls = [item["url"] for item in of_kind(search(api, "condom"), "page")]
    assert urls and not any(url.startswith("/es/") for url in urls)


def test_a_spanish_search_costs_the_same_few_queries_however_much_it_finds(client):
    from django.test.utils import CaptureQueriesContext

    def cost(q, **params):
        with CaptureQueriesContext(connection) as queries:
            found = client.get(SEARCH, {"q": q, **params}, HTTP_HOST="localhost").json()
        return len(found["items"]), len(queries)

    cost("naloxona", locale="es"), cost("naloxone")  # the site's pages, read once
    spanish = dict(cost(q, locale="es") for q in ["naloxona", "jeringas", "camioneta"])
    english = dict(cost(q) for q in ["naloxone", "syringe", "outreach van"])
    assert len(spanish) > 1, "answers of different sizes"
    print("queries by items found: Spanish", spanish, "English", english)
    # The English search's queries, and two: the kinds of help's Spanish names, the listings'
    # Spanish words (one query each, whatever the number of places).
    assert max(spanish.values()) <= max(english.values()) + 2, (spanish, english)
