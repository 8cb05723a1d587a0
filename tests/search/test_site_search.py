"""The site search (/api/v2/search/?q=): it finds every word a visitor reads on a page (the
cards and listings chosen into it included) and the site's places, says which results are
places, shows a line of context with the words found marked, and keeps no search anywhere.
Run on SQLite and on PostgreSQL (DATABASE_URL): the full-text search differs."""

import re

from django.core.cache import cache

from wagtail.models import Site

import pytest

from tests.conftest import CLINIC_HOST, find_page
from tests.website.test_entry import public_pages
from tests.website.test_first_view import block_strings
from turnto.core.api_cache import plain_content

pytestmark = pytest.mark.django_db

URL = "/api/v2/search/"
# On the campaign's pages, inside strategy cards chosen into them; the search found none of
# them before it indexed what the cards say.
CARD_WORDS = ["Narcan", "condoms", "PrEP", "Suboxone"]


def search(api, q, host="localhost", **params):
    status, data = api(URL, host=host, q=q, **params)
    assert status == 200, data
    return data


def marked(item):
    return [fragment["text"] for fragment in item["context"] if fragment["mark"]]


def context_text(item):
    return "".join(fragment["text"] for fragment in item["context"])


def same_word(found, word):
    """A marked word is the word looked for, give or take its ending (condom, condoms)."""
    stem = word.lower().rstrip("s")
    return found.lower().startswith(stem)


def cards_on(page):
    """The text of the strategy cards a page of the API shows."""
    return " ".join(
        " ".join(block_strings(block)[1:])
        for block in page.get("body") or []
        if block["type"] == "strategy_cards"
    )


@pytest.mark.parametrize("word", CARD_WORDS)
def test_a_word_of_a_card_finds_the_pages_that_show_it_with_the_word_in_context(api, word):
    data = search(api, word)
    pages = [item for item in data["items"] if item["kind"] == "page"]
    assert pages, f"nothing found for {word}"
    assert data["meta"]["pages"] == len(pages)
    for item in pages:
        assert any(same_word(found, word) for found in marked(item)), item["context"]
        assert re.search(word[:-1], context_text(item), re.I)
    # At least one of them shows the word in a card chosen into it: the page as visitors get it.
    shown = [find_page(api, item["url"]) for item in pages]
    assert any(word.lower() in cards_on(page).lower() for page in shown), word


# Words PostgreSQL's English search leaves out, as every search engine does: not words to find.
STOP_WORDS = set(
    "about above after again against because before being below between doing during further "
    "having herself himself itself myself other ourselves should their theirs themselves there "
    "these those through under until where which while yours yourself yourselves".split()
)


def longest_word(text):
    """The longest plain word of the text: a web address's part ("FindTreatment" of
    "FindTreatment.gov") is not one to PostgreSQL's parser, which reads the whole address."""
    tokens = (token.strip(".,;:!?()“”\"'‘’") for token in text.split())
    words = [
        word
        for word in tokens
        if len(word) >= 5 and re.fullmatch(r"[^\W\d_]+", word) and word.lower() not in STOP_WORDS
    ]
    return max(words, key=len) if words else None


def visible_words(page):
    """For each block of the page's body (and its intro), its longest word a visitor reads."""
    for block in page.get("body") or []:
        strings = block_strings(block)
        if block["type"] == "directory_listings":
            strings = strings[:1]  # its listings are places, found as places
        if word := longest_word(" ".join(s for s in strings if s)):
            yield block["type"], word
    if word := longest_word(page.get("intro") or ""):
        yield "intro", word


@pytest.mark.parametrize("host", ["localhost", CLINIC_HOST])
def test_every_kind_of_block_is_searched_by_the_words_it_shows(api, host):
    kinds = set()
    for path, _ in public_pages(host):
        page = find_page(api, path, host=host)
        for kind, word in visible_words(page):
            found = search(api, word, host=host)
            urls = [item["url"] for item in found["items"] if item["kind"] == "page"]
            assert path in urls, f"{path}: {word!r} of its {kind} block finds {urls}"
            kinds.add(kind)
    assert {"rich_text", "strategy_cards", "faq", "heading", "intro"} <= kinds, kinds


def test_the_words_of_an_editors_choice_or_a_web_address_find_nothing(api):
    # The headings' level ("Section heading") and a link's address are not read as text.
    for word in ["Subheading", "https"]:
        assert search(api, word)["items"] == [], word


def test_a_card_changed_or_deleted_changes_what_finds_its_pages(api):
    from turnto.strategies.models import StrategyCard

    card = next(c for c in StrategyCard.objects.all() if c.pages_showing().exists())
    shown = {page.id for page in card.pages_showing()}
    card.summary += " Zanzibarite ahead."
    card.save()
    found = {item["id"] for item in search(api, "zanzibarite")["items"]}
    campaign_root = Site.objects.get(hostname="localhost").root_page
    assert found == {
        page.id for page in card.pages_showing() if page.path.startswith(campaign_root.path)
    }
    assert found <= shown and found
    card.delete()
    assert search(api, "zanzibarite")["items"] == []


def directory(api, host="localhost", **params):
    status, data = api("/api/directory/services/", host=host, page_size=50, **params)
    assert status == 200
    return data["results"]


def places(data):
    return [item for item in data["items"] if item["kind"] == "place"]


def test_a_place_is_found_by_its_name_and_said_to_be_a_place(api):
    listing = directory(api, city="Kansas City")[0]
    data = search(api, listing["name"])
    found = [item for item in places(data) if item["id"] == listing["id"]]
    assert found, f"{listing['name']} not found"
    place = found[0]
    assert place["title"] == listing["name"]
    assert place["where"].startswith("Kansas City")
    city_page = find_page(api, place["url"])
    assert city_page["city"] == "Kansas City", "a place links to its city's page"
    # Places named by the words come first.
    assert places(data)[0]["title"] == listing["name"]


def test_places_are_found_by_the_kind_of_help_they_offer(api):
    kind = directory(api)[0]["service_types"][0]
    offering = {item["id"] for item in directory(api, service_type=kind["slug"])}
    data = search(api, kind["name"])
    found = {item["id"] for item in places(data)}
    assert data["meta"]["places"] >= len(offering)
    if data["meta"]["places"] <= len(found):  # all of them are in the answer
        assert offering <= found
    # Each place found offers it, or says it in its own words.
    for item in places(data):
        assert item["id"] in offering or kind["name"].lower() in context_text(item).lower()


def test_places_are_found_by_their_city_with_the_city_in_context(api):
    in_city = {
        item["id"]
        for item in directory(api, city="St. Louis")
        if (item["location"] or {}).get("city") == "St. Louis"
    }
    data = search(api, "St. Louis")
    found = places(data)
    assert in_city and found
    if data["meta"]["places"] <= len(found):
        assert in_city <= {item["id"] for item in found}
    for item in found:
        assert any(same_word(text, "Louis") for text in marked(item)), item


def test_a_search_answers_only_for_its_own_site(api):
    for host in ["localhost", CLINIC_HOST]:
        paths = {path for path, _ in public_pages(host)}
        for word in ["harm", "naloxone", "Suboxone"]:
            urls = {item["url"] for item in search(api, word, host)["items"] if item["url"]}
            assert urls <= paths, (host, word, urls - paths)


@pytest.mark.parametrize(
    "params, named",
    [
        ({}, "q"),
        ({"q": "   "}, "q"),
        ({"q": "x" * 201}, "q"),
        ({"q": "naloxone", "search": "x"}, "search"),
        ({"q": "naloxone", "limit": "5"}, "limit"),
    ],
)
def test_a_bad_parameter_is_a_400_that_names_it(client, params, named):
    response = client.get(URL, params, HTTP_HOST="localhost")
    assert response.status_code == 400
    assert named in response.json()["message"]


def test_a_site_that_is_not_there_is_a_404(api):
    status, data = api(URL, q="naloxone", site="nowhere.example")
    assert status == 404 and data["message"]


def test_punctuation_alone_finds_nothing_and_is_not_an_error(api):
    for q in ['"', "((", "*", "--"]:
        assert search(api, q) == {"meta": {"total_count": 0, "pages": 0, "places": 0}, "items": []}


def test_a_search_is_stored_nowhere(client):
    cache.clear()
    for path in (f"{URL}?q=Narcan", "/search/?q=Narcan", "/api/v2/pages/?search=Narcan"):
        for _ in range(2):
            response = client.get(path, HTTP_HOST="localhost")
            assert response.status_code == 200
            assert "X-Cache" not in response, path
        if path != "/api/v2/pages/?search=Narcan":
            assert "no-store" in response["Cache-Control"], path
        assert "public" not in response.get("Cache-Control", ""), path
    # What the cache holds (the site's shell the search page is drawn with) says no word of it.
    for key in [key for key in cache._cache if "api-cache:" in key]:
        stored = cache.get(key.split(":", 2)[2])
        if isinstance(stored, dict):
            content = plain_content(stored)
            assert b"Narcan" not in content, content[:200]


def test_a_restricted_page_is_not_found_and_a_closed_place_is_not_shown(api):
    from wagtail.models import Page, PageViewRestriction

    from turnto.directory.models import Service

    path = next(i["url"] for i in search(api, "Narcan")["items"] if i["url"] != "/")
    page = Page.objects.get(url_path__endswith=path)
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert path not in {item["url"] for item in search(api, "Narcan")["items"]}

    place = places(search(api, "PrEP"))[0]
    service = Service.objects.get(pk=place["id"])
    service.status = "defunct"
    service.save()
    assert place["id"] not in {item["id"] for item in places(search(api, "PrEP"))}


def test_a_search_costs_the_same_few_queries_however_much_it_finds(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(URL, {"q": "PrEP"}, HTTP_HOST="localhost")  # the site's pages, read once
    counts = {}
    for q in ["PrEP", "naloxone", "harm reduction"]:
        with CaptureQueriesContext(connection) as queries:
            found = client.get(URL, {"q": q}, HTTP_HOST="localhost").json()
        counts[len(found["items"])] = len(queries)
    assert len(counts) > 1, "answers of different sizes"
    # Count and results of each kind, the pages' indexed text, the places' kinds of help.
    assert max(counts.values()) <= 6, counts
