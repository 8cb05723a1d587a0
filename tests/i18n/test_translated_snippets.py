"""Strategy cards and service types are translatable snippets (docs/decisions/0006-spanish.md):
a Spanish page shows a card's Spanish translation when there is one and the English card
otherwise; the directory names its kinds of help in the visitor's language, while the
filters, the listings' tags and HSDS keep the one default-language row."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

import pytest

from tests.conftest import find_page
from turnto.directory.models import ServiceType
from turnto.strategies.models import StrategyCard

pytestmark = pytest.mark.django_db


def cards_on(page):
    return [
        card
        for block in page["body"]
        if block["type"] == "strategy_cards"
        for card in block["value"]["cards"]
    ]


def spanish_of(instance, **words):
    """The instance's Spanish translation (made as wagtail-localize's Translate makes it, when
    there is none yet), with these words."""
    spanish_locale = Locale.objects.get(language_code="es")
    spanish = instance.get_translation_or_none(spanish_locale)
    if spanish is None:
        spanish = instance.copy_for_translation(spanish_locale)
    for name, value in words.items():
        setattr(spanish, name, value)
    spanish.save()
    return spanish


def english_card(title):
    return StrategyCard.objects.get(title=title, locale__language_code="en")


def test_a_spanish_page_shows_the_cards_spanish_translation_and_english_otherwise(api):
    naloxone = english_card("Overdose prevention and naloxone")
    checking = english_card("Drug checking")
    StrategyCard.objects.filter(translation_key=checking.translation_key).exclude(
        pk=checking.pk
    ).delete()  # this one is not translated
    spanish_of(naloxone, title="Naloxona para prevenir sobredosis", summary="Resumen en español.")

    es = {card["title"]: card for card in cards_on(find_page(api, "/es/"))}
    en = {card["title"]: card for card in cards_on(find_page(api, "/"))}
    assert "Naloxona para prevenir sobredosis" in es
    assert es["Naloxona para prevenir sobredosis"]["summary"] == "Resumen en español."
    assert "Drug checking" in es  # no Spanish yet: the English card, not a hole
    assert "Overdose prevention and naloxone" in en and "Drug checking" in en
    assert not any(title.startswith("Naloxona") for title in en)
    # One picture, one icon: the translation shows the English card's.
    english = en["Overdose prevention and naloxone"]
    assert es["Naloxona para prevenir sobredosis"]["icon"] == english["icon"]


def test_a_spanish_cards_learn_more_link_leads_to_the_spanish_page(api):
    english = find_page(api, "/")
    linked = [card for card in cards_on(english) if card["learn_more"]]
    assert linked, "the demo's home page shows a card with a learn-more page"
    card = StrategyCard.objects.get(pk=linked[0]["id"])
    spanish_of(card, title="Una tarjeta en español")
    es = next(c for c in cards_on(find_page(api, "/es/")) if c["title"] == "Una tarjeta en español")
    assert es["learn_more"]["url"].startswith("/es/"), es["learn_more"]


def count(client, url, host="localhost"):
    from django.core.cache import cache

    client.get(url, HTTP_HOST=host)
    cache.clear()  # measured as a visitor the cache has no answer for
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    assert queries, "measured a cached answer"
    return len(queries)


def test_a_spanish_pages_queries_do_not_grow_with_translated_cards(client, api):
    url = f"/api/v2/pages/{find_page(api, '/es/')['id']}/"
    cards = list(StrategyCard.objects.filter(locale__language_code="en"))
    StrategyCard.objects.filter(locale__language_code="es").delete()
    # Those with a picture first: a card's picture is read with all the others' at once.
    cards.sort(key=lambda card: card.image_id is None)
    for card in cards[:2]:
        spanish_of(card, title=f"Tarjeta {card.pk}")
    few = count(client, url)
    for card in cards[2:]:
        spanish_of(card, title=f"Tarjeta {card.pk}")
    assert count(client, url) == few


def test_service_types_are_named_in_the_visitors_language(api):
    naloxone = ServiceType.objects.originals().get(slug="naloxone")
    spanish_of(naloxone, name="Naloxona")
    _, en = api("/api/directory/services/", service_type="naloxone", page_size=100)
    status, es = api(
        "/api/directory/services/", service_type="naloxone", locale="es", page_size=100
    )
    assert status == 200 and es["count"] == en["count"] > 0  # the same listings, one tag
    names = {t["name"] for listing in es["results"] for t in listing["service_types"]}
    assert "Naloxona" in names and "Naloxone" not in names
    assert "Naloxone" in {t["name"] for listing in en["results"] for t in listing["service_types"]}
    # A kind of help not translated keeps its English name.
    untranslated = ServiceType.objects.originals().exclude(slug="naloxone").first()
    ServiceType.objects.filter(translation_key=untranslated.translation_key).exclude(
        pk=untranslated.pk
    ).delete()
    city_es = find_page(api, "/es/guia-de-recursos/kansas-city/")
    city_en = find_page(api, "/resource-guide/kansas-city/")
    by_slug = {t["slug"]: t["name"] for t in city_es["service_types"]}
    assert by_slug["naloxone"] == "Naloxona"
    assert by_slug[untranslated.slug] == untranslated.name
    # One list of kinds of help, not one per language, in the order of the names read.
    assert sorted(t["slug"] for t in city_es["service_types"]) == sorted(
        t["slug"] for t in city_en["service_types"]
    )
    names = [t["name"].casefold() for t in city_es["service_types"]]
    assert names == sorted(names)


def test_hsds_lists_each_kind_of_help_once_in_the_default_language(api):
    _, before = api("/api/hsds/taxonomy_terms", per_page=100)
    spanish_of(ServiceType.objects.originals().get(slug="naloxone"), name="Naloxona")
    _, after = api("/api/hsds/taxonomy_terms", per_page=100)
    assert after["total_items"] == before["total_items"]
    assert "Naloxona" not in {term["name"] for term in after["contents"]}


@pytest.mark.parametrize("value", ["fr", "ES", "x" * 300])
def test_an_unknown_locale_is_a_400_naming_it(api, value):
    status, data = api("/api/directory/services/", locale=value)
    assert status == 400 and data["parameter"] == "locale", data


@pytest.mark.parametrize("model", [ServiceType, StrategyCard])
def test_an_editor_translates_a_snippet_with_wagtail_localizes_translate(editor, model):
    """Settings › Locales is Spanish: "Translate" on a card or a kind of help makes its Spanish
    translation, a row of its own, for the editor to write in the side-by-side editor."""
    spanish_locale = Locale.objects.get(language_code="es")
    english = model.objects.filter(locale__language_code="en").first()
    model.objects.filter(translation_key=english.translation_key).exclude(pk=english.pk).delete()
    url = f"/admin/localize/submit/snippet/{model._meta.app_label}/{model._meta.model_name}/"
    response = editor.post(f"{url}{english.pk}/", {"locales": [spanish_locale.pk]})
    assert response.status_code == 302, response.content[:500]
    spanish = english.get_translation(spanish_locale)
    assert spanish.pk != english.pk
    editor_page = editor.get(response["Location"])
    assert editor_page.status_code == 200
