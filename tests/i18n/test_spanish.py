"""Spanish: every page of both demo sites in Spanish under /es/, found by the API, linked both
ways (translations, hreflang, the sitemap), with the site's shell in the visitor's language
(docs/decisions/0006-spanish.md)."""

import re

import pytest

from tests.conftest import CAMPAIGN_PATHS, CLINIC_HOST, find_page
from turnto.core.models import SiteSettings

# English path -> Spanish path, as the demo translates them (demo.spanish).
CAMPAIGN_ES = {
    "/": "/es/",
    "/what-is-harm-reduction/": "/es/que-es-la-reduccion-de-danos/",
    "/facts-and-stats/": "/es/datos-y-cifras/",
    "/the-fentanyl-crisis/": "/es/la-crisis-del-fentanilo/",
    "/resource-guide/": "/es/guia-de-recursos/",
    "/resource-guide/kansas-city/": "/es/guia-de-recursos/kansas-city/",
    "/resource-guide/st-louis/": "/es/guia-de-recursos/st-louis/",
    "/resource-guide/columbia/": "/es/guia-de-recursos/columbia/",
    "/resource-guide/springfield/": "/es/guia-de-recursos/springfield/",
    "/resource-guide/jefferson-city/": "/es/guia-de-recursos/jefferson-city/",
    "/resource-guide/additional-resources/": "/es/guia-de-recursos/mas-recursos/",
    "/news/": "/es/noticias/",
}
CLINIC_ES = {
    "/": "/es/",
    "/harm-reduction/": "/es/reduccion-de-danos/",
    "/opioid-dependence-treatment/": "/es/tratamiento-de-la-dependencia-de-opioides/",
    "/walk-in-care/": "/es/atencion-sin-cita/",
    "/news/": "/es/noticias/",
}
SITES = [("localhost", CAMPAIGN_ES), (CLINIC_HOST, CLINIC_ES)]
EVERY_PAIR = [(host, en, es) for host, pairs in SITES for en, es in pairs.items()]


def test_every_campaign_page_has_its_spanish_translation():
    assert set(CAMPAIGN_ES) == set(CAMPAIGN_PATHS)


@pytest.mark.parametrize(("host", "english", "spanish"), EVERY_PAIR)
def test_find_finds_the_spanish_page_and_each_names_the_other(api, host, english, spanish):
    es = find_page(api, spanish, host=host)
    en = find_page(api, english, host=host)
    assert es["meta"]["locale"] == "es" and en["meta"]["locale"] == "en"
    assert es["id"] != en["id"]
    assert es["meta"]["translations"] == {"en": english, "es": spanish}
    assert en["meta"]["translations"] == es["meta"]["translations"]
    assert es["meta"]["html_url"].endswith(spanish)


def test_spanish_words_links_and_breadcrumbs(api):
    page = find_page(api, "/es/que-es-la-reduccion-de-danos/")
    assert page["title"] == "¿Qué es la reducción de daños?"
    assert "personas que usan drogas" in page["intro"]
    home = find_page(api, "/es/")
    text = " ".join(block["value"] for block in home["body"] if block["type"] == "rich_text")
    assert "Si usted usa drogas" in text
    # A link in Spanish text leads to the Spanish page.
    assert 'href="/es/que-es-la-reduccion-de-danos/"' in text
    city = find_page(api, "/es/guia-de-recursos/kansas-city/")
    assert [step["url"] for step in city["meta"]["breadcrumbs"]] == [
        "/es/guia-de-recursos/",
        "/es/guia-de-recursos/kansas-city/",
    ]
    assert city["meta"]["parent"]["meta"]["html_url"].endswith("/es/guia-de-recursos/")


def test_a_spanish_path_of_the_other_site_or_a_made_up_one_is_a_404(api):
    assert api("/api/v2/pages/find/", html_path="/es/reduccion-de-danos/")[0] == 404
    assert api("/api/v2/pages/find/", html_path="/es/no-existe/")[0] == 404


def test_the_shell_answers_in_spanish(api):
    _, en = api("/api/v2/site/")
    _, es = api("/api/v2/site/", locale="es")
    assert en["locale"] == "en" and es["locale"] == "es"
    assert en["languages"] == es["languages"] == {"en": "/", "es": "/es/"}
    assert [item["url"] for item in es["navigation"]] == [
        "/es/",
        "/es/que-es-la-reduccion-de-danos/",
        "/es/datos-y-cifras/",
        "/es/la-crisis-del-fentanilo/",
        "/es/guia-de-recursos/",
        "/es/noticias/",
    ]
    assert es["navigation"][0]["title"] == "Inicio"
    assert es["exit"] == {"url": en["exit"]["url"], "label": "Salir de esta página"}
    assert "Misuri" in es["footer"]["text"]
    # One number per line in every language; its name in Spanish.
    assert [line["href"] for line in es["crisis_lines"]] == [
        line["href"] for line in en["crisis_lines"]
    ]
    assert "Emergencias" in [line["label"] for line in es["crisis_lines"]]


def test_a_language_without_its_own_words_falls_back_to_english():
    # A third language added in settings has no `exit_label_<code>` field yet: it shows the
    # English words, never the Spanish ones.
    words = SiteSettings(exit_label="Leave this page", exit_label_es="Salir de esta página")
    assert words.in_language("exit_label", "es") == "Salir de esta página"
    assert words.in_language("exit_label", "fr") == "Leave this page"
    assert words.in_language("exit_label", "en") == "Leave this page"
    words.exit_label_es = ""
    assert words.in_language("exit_label", "es") == "Leave this page"


def test_an_unknown_locale_is_a_400(api):
    status, data = api("/api/v2/site/", locale="xx")
    assert status == 400 and "locale" in data["message"]


def test_search_in_the_pages_api_keeps_to_the_language(api):
    _, found = api("/api/v2/pages/", search="reducción", locale="es")
    assert found["items"] and {item["meta"]["locale"] for item in found["items"]} == {"es"}


@pytest.mark.parametrize(("host", "english", "spanish"), EVERY_PAIR)
def test_the_first_view_is_spanish_with_hreflang_both_ways(db, client, host, english, spanish):
    origin = f"http://{host}"
    response = client.get(spanish, HTTP_HOST=host)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es"' in html
    english_html = client.get(english, HTTP_HOST=host).content.decode()
    assert '<html lang="en"' in english_html
    for text in (html, english_html):
        links = dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', text))
        assert links["en"].endswith(english) and links["es"].endswith(spanish)
        assert links["en"].startswith(origin.split(":")[0])


def test_the_sitemap_lists_both_languages(db, client):
    text = client.get("/sitemap.xml").content.decode()
    assert "/es/guia-de-recursos/kansas-city/</loc>" in text
    assert "/resource-guide/kansas-city/</loc>" in text
    clinic = client.get("/sitemap.xml", HTTP_HOST=CLINIC_HOST).content.decode()
    assert "/es/atencion-sin-cita/</loc>" in clinic and "/es/guia" not in clinic


def test_find_costs_the_same_queries_whatever_the_number_of_translations(
    api, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def cost(path):
        api("/api/v2/pages/find/", html_path=path)  # the tree read first
        with CaptureQueriesContext(connection) as queries:
            api("/api/v2/pages/find/", html_path=path)
        return len(queries)

    # facts-and-stats has a translation; a news post has none.
    with_one = cost("/facts-and-stats/")
    from wagtail.models import Locale, Page

    french = Locale.objects.create(language_code="fr")
    page = Page.objects.get(url_path__endswith="/campaign-home/facts-and-stats/")
    home = page.get_parent()
    home.copy_for_translation(french).save_revision().publish()
    page.copy_for_translation(french).save_revision().publish()
    assert cost("/facts-and-stats/") == with_one


def test_the_spanish_tree_is_whole_for_editors(db):
    """The admin's explorer walks the tree by its counts of children: every Spanish page
    with pages below it says so."""
    from wagtail.models import Page

    for page in Page.objects.filter(locale__language_code="es"):
        assert (
            page.numchild
            == Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count()
        ), page.url_path


def cities_in_menu(api, **params):
    _, shell = api("/api/v2/site/", **params)
    guide = next(item for item in shell["navigation"] if item["children"])
    return [child["title"] for child in guide["children"]]


def test_the_spanish_cities_follow_the_english_order_and_a_new_one_takes_its_place(api):
    from wagtail.models import Locale, Page

    from turnto.guide.models import CityDirectoryPage

    english = cities_in_menu(api)
    assert english[-1] == "Additional resources"
    assert cities_in_menu(api, locale="es") == [*english[:-1], "Más recursos"]

    # An editor adds Joplin in English, then translates it (wagtail-localize copies it as the
    # Spanish guide's last child): published, it stands where the English one does.
    guide = Page.objects.get(url_path="/campaign-home/resource-guide/")
    joplin = CityDirectoryPage(title="Joplin", slug="joplin", city="Joplin")
    guide.add_child(instance=joplin)
    joplin.move(Page.objects.get(url_path="/campaign-home/resource-guide/kansas-city/"), "left")
    joplin = CityDirectoryPage.objects.get(pk=joplin.pk)
    joplin.save_revision().publish()
    english = cities_in_menu(api)
    assert english.index("Joplin") == english.index("Kansas City") - 1
    spanish = joplin.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.save_revision().publish()
    assert cities_in_menu(api, locale="es") == [*english[:-1], "Más recursos"]


def texts(value, key=""):
    """Every (field, string) of an API body however deep its blocks hold them, but for what
    other pages and records bring along (a listed page's title, a card, a listing)."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, list):
        for item in value:
            yield from texts(item, key)
    elif isinstance(value, dict):
        for field, item in value.items():
            if field not in BROUGHT:
                yield from texts(item, field)


BROUGHT = {"pages", "cards", "listings", "image"}
# Kept as they are on purpose: a source is named by its own title.
KEPT = {"source_title", "source_url", "url", "type", "id"}
WORD = re.compile(r"[A-Za-z]{2,}")


def english_left(english, spanish):
    """The sentences of the Spanish page's body that are the English page's, word for word."""
    ours = {text for field, text in texts(english["body"]) if field not in KEPT}
    return sorted(
        {
            text
            for field, text in texts(spanish["body"])
            if field not in KEPT and text in ours and " " in text and len(WORD.findall(text)) >= 2
        }
    )


@pytest.mark.parametrize(("host", "english", "spanish"), EVERY_PAIR)
def test_a_spanish_body_has_no_english_sentence_left(api, host, english, spanish):
    # Issue 23: statistic labels, chart titles, questions, quotes, notes, calls to action...
    assert (
        english_left(find_page(api, english, host=host), find_page(api, spanish, host=host)) == []
    )


# What a Spanish visitor still met in English (issue 23, found by a later pass): the site's
# name, a line's "when you call" note, listing notes, pictures' descriptions, a table's name,
# the demo's made-up addresses. Read as the server draws the page (what a visitor without
# script, a screen reader or a search engine gets first).


def drawn(client, path, host="localhost"):
    from bs4 import BeautifulSoup

    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize(
    ("host", "english", "spanish"),
    [
        ("localhost", "Who Can I Turn To?", "¿A quién puedo acudir?"),
        (CLINIC_HOST, "Example Walk-In Clinic", "Clínica de Ejemplo sin Cita"),
    ],
)
def test_the_sites_name_is_spanish_on_spanish_pages(db, client, host, english, spanish):
    es = drawn(client, "/es/", host)
    assert es.find(id="site-name").get_text(strip=True) == spanish
    assert es.title.get_text().endswith(f" | {spanish}") or es.title.get_text() == spanish
    assert es.find("meta", property="og:site_name")["content"] == spanish
    assert english not in str(es.find("header"))
    offline = drawn(client, "/es/offline/", host)
    assert offline.find(class_="site-name").get_text(strip=True) == spanish
    en = drawn(client, "/", host)
    assert en.find(id="site-name").get_text(strip=True) == english
    # An editor who leaves the Spanish name empty gets the English one, not nothing.
    from wagtail.models import Site

    settings = SiteSettings.for_site(Site.objects.get(hostname=host))
    settings.organisation_name_es = ""
    settings.save()
    from django.core.cache import cache

    cache.clear()
    assert drawn(client, "/es/", host).find(id="site-name").get_text(strip=True) == english


def test_a_lines_call_note_is_spanish_in_the_crisis_bar_and_offline(db, client):
    spanish_note = "Le atiende un consejero capacitado. Para español, marque 2."
    page = drawn(client, "/es/")
    more = page.find(class_="crisis-more") or page.find(id="crisis-bar")
    notes = [n.get_text(" ", strip=True) for n in more.find_all(class_="crisis-more__note")]
    assert f"Al llamar: {spanish_note}" in notes
    assert "Press 2 for Spanish" not in str(page)
    offline = drawn(client, "/es/offline/")
    assert spanish_note in offline.get_text() and "Press 2" not in str(offline)
    # English keeps its own.
    assert "Press 2 for Spanish" in str(drawn(client, "/"))


def test_a_line_without_a_spanish_note_shows_the_english_one(db, client):
    from wagtail.models import Site

    settings = SiteSettings.for_site(Site.objects.get(hostname="localhost"))
    lines = list(settings.crisis_lines.get_prep_value())
    for line in lines:
        line["value"]["note_es"] = ""
    settings.crisis_lines = lines
    settings.save()
    es = settings.crisis_lines_representation("es")
    assert "A trained counselor answers. Press 2 for Spanish." in [line["note"] for line in es]


def listing_cards(page):
    return page.find_all("li", class_="listing")


def test_listing_notes_and_example_addresses_are_spanish_on_a_spanish_city_page(db, client):
    from turnto.directory.models import Phone

    page = drawn(client, "/es/guia-de-recursos/kansas-city/")
    text = " ".join(card.get_text(" ", strip=True) for card in listing_cards(page))
    assert "Número de ejemplo, fuera de servicio" in text
    assert "Dirección de ejemplo: no es un lugar real, Kansas City, MO" in text
    for english in ("Example number, not in service", "Example address", "Example staff"):
        assert english not in text, english
    # A place named as its listing is named as the listing is, in Spanish (the organisation
    # keeps its own name: a proper name).
    addresses = [a.get_text(strip=True) for a in page.find_all(class_="listing__address")]
    assert addresses and not [a for a in addresses if "(example)" in a], addresses
    # The closure coming soon, with its Spanish note.
    notices = [n.get_text(" ", strip=True) for n in page.find_all(class_="listing__notice")]
    assert any("Ejemplo: día de formación del personal" in n for n in notices), notices
    # A note an editor gave no Spanish for stays in English rather than vanishing.
    Phone.objects.filter(description="Example number, not in service").update(
        description="After hours line", description_es=""
    )
    from django.core.cache import cache

    cache.clear()
    page = drawn(client, "/es/guia-de-recursos/kansas-city/")
    assert "After hours line" in page.find("main").get_text()
    english = drawn(client, "/resource-guide/kansas-city/").find("main").get_text()
    assert "Example address — not a real place" in english and "Ejemplo:" not in english


@pytest.mark.parametrize(
    ("host", "path"), [("localhost", "/es/"), (CLINIC_HOST, "/es/reduccion-de-danos/")]
)
def test_pictures_on_spanish_pages_are_described_in_spanish(db, client, host, path):
    page = drawn(client, path, host)
    alts = [img["alt"] for img in page.find("main").find_all("img")]
    assert alts and all(alt.startswith("Ilustración abstracta") for alt in alts), alts
    shared = page.find("meta", property="og:image:alt")
    assert shared["content"].startswith("Ilustración abstracta")
    english = drawn(client, "/" if path == "/es/" else "/harm-reduction/", host)
    assert all(
        img["alt"].startswith("Abstract illustration")
        for img in english.find("main").find_all("img")
    )


def test_the_hero_picture_takes_the_pages_own_description(api):
    from turnto.campaign.models import HomePage

    es = find_page(api, "/es/")
    assert es["hero_image"]["alt"].startswith("Ilustración abstracta")
    home = HomePage.objects.get(locale__language_code="es", url_path="/campaign-inicio/")
    home.hero_image_alt = ""
    home.save_revision().publish()
    # Empty: the picture's own description (its upload's, in English) rather than none.
    assert find_page(api, "/es/")["hero_image"]["alt"] == home.hero_image.default_alt_text


def test_a_table_and_its_chart_are_named_in_spanish(db, client):
    page = drawn(client, "/es/datos-y-cifras/")
    scrolls = page.find_all(class_="data__scroll")
    assert scrolls and all(s["aria-label"].endswith(": tabla") for s in scrolls)
    charts = page.find_all("img", class_="chart")
    assert charts and all("Los números están en la tabla de abajo" in c["alt"] for c in charts)
    assert "The numbers are in the table below" not in str(page)
    assert ": table" not in str(page)


# English a Spanish page showed once (issue 23), in its text or in what a screen reader reads
# (alt texts, landmarks' and tables' names): none may come back.
ENGLISH_LEFT = (
    "Skip to content",
    "Help now",
    "Exit this page",
    "When you call",
    "Press 2 for Spanish",
    "Example address",
    "Example number, not in service",
    "Abstract illustration",
    ": table",
    "Bar chart",
    "Line chart",
    "The numbers are in the table below",
    "Who Can I Turn To?",
)


@pytest.mark.parametrize(("host", "english", "spanish"), EVERY_PAIR)
def test_no_english_left_in_what_a_spanish_page_shows_or_reads_out(
    db, client, host, english, spanish
):
    page = drawn(client, spanish, host).body
    said = [page.get_text(" ")]
    for tag in page.find_all(True):
        said += [tag.get(name) or "" for name in ("alt", "aria-label", "title")]
    text = " ".join(said)
    assert [words for words in ENGLISH_LEFT if words in text] == []
    assert 'aria-label="Main"' not in str(page)
    # The scan finds them on the English page: it can fail.
    english_text = drawn(client, english, host).body.get_text(" ")
    assert "Skip to content" in english_text
