"""The server's own words in Spanish (docs/decisions/0006-spanish.md): the front end's own pages
under /es/, the API's messages with `?locale=es`, the report form without script, and the
offline page; the .po files and the .mo files compiled from them say the same."""

import ast
import gettext
import html
import re
from pathlib import Path
from urllib.parse import urlsplit

from django.core.cache import cache
from django.test import Client

from wagtail.models import Site

import pytest

from turnto.directory.models import ListingReport, Service

LOCALE_DIR = Path(__file__).resolve().parents[2] / "backend" / "turnto" / "locale"
VISITOR_IP = "203.0.113.79"  # a documentation address
# English words of the interface that no Spanish page of ours may show.
ENGLISH = (
    "Staying safe on this site",
    "Leave quickly",
    "Browser history",
    "Private browsing",
    "What this phone keeps",
    "Find a page or a place",
    "Report a problem",
    "What is wrong?",
    "Send report",
    "Back to the page you were on",
)


def main_text(response):
    main = re.search(r"<main[^>]*>(.*)</main>", response.content.decode(), re.S)[1]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", main)).split())


@pytest.fixture(autouse=True)
def empty_counters():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def visitor():
    """A browser without script: CSRF checks on, no cookie."""
    return Client(enforce_csrf_checks=True, REMOTE_ADDR=VISITOR_IP, HTTP_HOST="localhost")


@pytest.fixture
def listing(db):
    return (
        Service.objects.visible(Site.objects.get(hostname="localhost"))
        .filter(status="active", location__city="Columbia")
        .order_by("name")
        .first()
    )


@pytest.mark.parametrize(
    ("english", "spanish", "heading"),
    [
        ("/safety/", "/es/seguridad/", "Cómo usar este sitio con seguridad"),
        ("/search/", "/es/buscar/", "Buscar"),
    ],
)
def test_the_sites_own_pages_answer_in_spanish_under_es(db, client, english, spanish, heading):
    response = client.get(spanish)
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="es"' in page
    assert "<h1" in page and heading in main_text(response)
    assert not [words for words in ENGLISH if words in main_text(response)]
    # Each language's page names the other; the English one is as it was.
    links = re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', page)
    assert {code: urlsplit(href).path for code, href in links} == {"en": english, "es": spanish}
    english_page = client.get(english)
    assert english_page.status_code == 200 and '<html lang="en"' in english_page.content.decode()
    # The language switch leads to the same page in English.
    assert f'href="{english}"' in page


def test_the_spanish_shell_links_the_spanish_safety_and_search_pages(db, client):
    page = client.get("/es/").content.decode()
    footer = re.search(r"<footer.*?</footer>", page, re.S)[0]
    assert 'href="/es/seguridad/"' in footer and 'href="/es/buscar/"' in footer


def test_a_search_without_script_on_the_spanish_page_stays_in_spanish(db, client):
    response = client.get("/es/buscar/", {"locale": "es", "q": "naloxona"})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'action="/es/buscar/"' in page
    assert "naloxona" in main_text(response).lower()


def test_a_listing_card_on_a_spanish_page_links_the_spanish_report_page(db, client):
    page = client.get("/es/guia-de-recursos/columbia/").content.decode()
    assert "/es/informar-de-un-problema/?listing=" in page
    assert "/report-a-problem/?listing=" not in page


def test_the_report_page_without_script_in_spanish(visitor, listing):
    back = "/es/guia-de-recursos/columbia/"
    url = f"/es/informar-de-un-problema/?listing={listing.pk}&from={back}"
    page = visitor.get(url)
    assert page.status_code == 200 and '<html lang="es"' in page.content.decode()
    # The language switch leads to the same listing's report page in English.
    assert f'href="/report-a-problem/?listing={listing.pk}&amp;from=' in page.content.decode()
    text = main_text(page)
    assert "Informar de un problema con un lugar" in text and "¿Qué está mal?" in text
    assert not [words for words in ENGLISH if words in text]
    # Sent with "Something else" and no words: the API's message, in Spanish.
    headers = {"HTTP_ORIGIN": "null", "HTTP_SEC_FETCH_SITE": "same-origin"}
    wrong = visitor.post(url, {"kind": "other", "message": "", "website": ""}, **headers)
    assert wrong.status_code == 400
    assert "el mensaje es necesario para “Otra cosa”" in main_text(wrong)
    sent = visitor.post(url, {"kind": "wrong_hours", "message": "", "website": ""}, **headers)
    assert sent.status_code == 200
    assert "Gracias. Una persona del equipo revisará este lugar." in main_text(sent)
    assert ListingReport.objects.filter(service=listing).count() == 1


def test_the_report_api_answers_in_the_language_asked(client, listing):
    url = f"/api/directory/services/{listing.pk}/reports/"
    client_args = {"REMOTE_ADDR": VISITOR_IP, "HTTP_HOST": "localhost"}
    english = client.post(url, {"kind": "nonsense"}, **client_args).json()
    spanish = client.post(f"{url}?locale=es", {"kind": "nonsense"}, **client_args).json()
    assert english["message"] == "Please check the form."
    assert spanish["message"] == "Revise el formulario, por favor."
    assert spanish["errors"]["kind"].startswith("Elija qué está mal de la lista: wrong_hours")
    taken = client.post(f"{url}?locale=es", {"kind": "wrong_phone"}, **client_args)
    assert taken.status_code == 201
    assert taken.json()["message"] == "Gracias. Una persona del equipo revisará este lugar."
    # The language of one request is not left behind for the next.
    again = client.post(url, {"kind": "nonsense"}, **client_args).json()
    assert again["message"] == "Please check the form."


def test_the_directory_api_answers_in_spanish(api):
    status, answer = api("/api/directory/services/", open_now="maybe", locale="es")
    assert status == 400 and answer["message"].startswith("open_now debe ser true o false")
    status, answer = api("/api/directory/services/", city="Columbia", locale="es")
    assert status == 200
    lines = {listing["status_now"]["text"] for listing in answer["results"]}
    assert lines and all(line.startswith(("Abierto", "Cerrado")) for line in lines), lines
    _, english = api("/api/directory/services/", city="Columbia")
    assert all(
        listing["status_now"]["text"].startswith(("Open", "Closed"))
        for listing in english["results"]
    )
    status, answer = api("/api/directory/services/", locale="fr")
    assert status == 400 and answer == {
        "message": "locale must be one of: en, es",
        "parameter": "locale",
    }


def test_the_offline_page_in_spanish(db, client):
    response = client.get("/es/offline/")
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="es"' in page
    text = main_text(response)
    assert "No tiene conexión" in text and "Ayuda ahora" in text
    assert 'href="/es/seguridad/"' in page
    assert "You are offline" not in page and "Help now" not in text
    # The same one number for every language.
    assert 'href="tel:988"' in page or 'href="tel:+1988"' in page or "988" in page
    english = client.get("/offline/").content.decode()
    assert '<html lang="en"' in english and "You are offline" in english


def po_entries(path):
    """{msgid: msgstr, (msgid, n): msgstr[n]} of a .po file, as GNUTranslations keys its
    catalogue: the subset of the format our files use (no contexts), with its escapes."""
    entries, fields, current = {}, {}, None
    for line in path.read_text().splitlines() + [""]:
        line = line.strip()
        if line.startswith(("msgid", "msgstr")):
            current, _, rest = line.partition(" ")
            fields[current] = ast.literal_eval(rest)
        elif line.startswith('"') and current:
            fields[current] += ast.literal_eval(line)
        elif not line or line.startswith("#"):
            msgid = fields.get("msgid")
            if msgid and "msgid_plural" in fields:
                for key, value in fields.items():
                    if plural := re.fullmatch(r"msgstr\[(\d+)\]", key):
                        entries[(msgid, int(plural[1]))] = value
            elif msgid:
                entries[msgid] = fields.get("msgstr", "")
            fields, current = {}, None
    return entries


@pytest.mark.parametrize("po", sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po")), ids=str)
def test_each_mo_file_is_compiled_from_its_po_file(po):
    """The .mo is committed (make run needs no gettext tools): it must say what the .po says.
    After editing a .po: msgfmt -o django.mo django.po."""
    with open(po.with_suffix(".mo"), "rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)._catalog
    expected = {key: value for key, value in po_entries(po).items() if value}
    got = {key: value for key, value in catalogue.items() if key}
    assert expected and got == expected


def test_the_pages_api_answers_a_spanish_address_in_spanish(api):
    """find/ with a Spanish page's path, or any pages address with ?locale=es: its messages in
    Spanish; an English path's, or no language asked, in English."""
    status, answer = api("/api/v2/pages/find/", html_path="/es/no-existe/")
    assert status == 404 and answer["message"] == "no se encontró esta página"
    status, answer = api("/api/v2/pages/find/", html_path="/no-such-page/")
    assert status == 404 and answer["message"] == "not found"
    status, answer = api("/api/v2/pages/find/", html_path="/es/", colour="red")
    assert status == 400
    assert answer["message"] == (
        "parámetro de consulta que no es una operación ni un campo conocido: colour"
    )
    # find/ takes no ?locale= (its path says the language): refused, in the language asked.
    status, answer = api("/api/v2/pages/find/", html_path="/es/", locale="es")
    assert status == 400 and answer["message"].endswith("ni un campo conocido: locale")
    status, answer = api("/api/v2/pages/", offset="-1", locale="es")
    assert status == 400 and answer["message"].startswith("offset debe ser un número entero")
    status, answer = api("/api/v2/pages/", search_operator="xor", locale="es")
    assert status == 400 and answer["message"] == "search_operator debe ser 'and' u 'or'"
    status, answer = api("/api/v2/pages/", offset="-1")
    assert status == 400 and answer["message"].startswith("offset must be a whole number")
