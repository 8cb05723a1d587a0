"""The first response of every public path, as a visitor without script meets it: the page is
drawn on the server by the front end's own renderers (website.first_view), so its heading, every
block of its body, the site's shell, a city's places and a search's results are all in the
HTML, and the answer is cached, revalidated and refreshed like the API's."""

import json
import re
import secrets
import time
import types

from django.test import Client, RequestFactory

from wagtail.models import Page, Site

import pytest
from bs4 import BeautifulSoup, NavigableString

from tests.conftest import CLINIC_HOST, find_page
from tests.website.test_entry import expected_description, head_of, public_pages, site_name
from turnto.core.api_cache import ApiCacheMiddleware

pytestmark = pytest.mark.django_db

HOSTS = ["localhost", CLINIC_HOST]
CITY = "/resource-guide/kansas-city/"
SEARCH = "/search/?q=naloxone"

# Elements whose text runs on within a line; every other element starts a new piece of text.
INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
}  # fmt: skip
UNSEEN = {"script", "style", "template"}
# Elements that hold one line of text in rich text (a paragraph, an item, a heading).
LINES = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dt", "dd", "td", "th"}


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def text_of(element):
    """The text a reader sees in an element, one space where a new block starts."""
    parts = []

    def walk(node):
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not a comment, doctype or CDATA
                parts.append(str(node))
            return
        if node.name in UNSEEN:
            return
        block = node.name not in INLINE
        if block or node.name == "br":
            parts.append(" ")
        for child in node.children:
            walk(child)
        if block:
            parts.append(" ")

    walk(element)
    return squash("".join(parts))


def lines_of(fragment):
    """Each line of text of a rich text fragment (its paragraphs, items, headings)."""
    soup = BeautifulSoup(fragment or "", "html.parser")
    lines = [
        text_of(tag)
        for tag in soup.find_all(LINES)
        if not tag.find(LINES)  # the innermost: a paragraph in an item counts once
    ]
    return [line for line in lines if line] or [text_of(soup)]


def number(value):
    """A table cell as the renderer writes it (toLocaleString("en-US") for numbers)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def block_strings(block):
    """What a reader should find on the page for one block of its body, by block type."""
    kind, value = block["type"], block["value"]
    if kind == "rich_text":
        return lines_of(value)
    if kind == "heading":
        return [value["text"]]
    if kind == "image":
        return [value.get("caption")]
    if kind == "quote":
        return [value["text"], value.get("attribution")]
    if kind == "call_to_action":
        button = value.get("button_label") if value.get("url") else None
        return [value.get("heading"), value.get("text"), button]
    if kind == "principles":
        items = value.get("principles") or []
        return [
            value.get("heading"),
            *(item.get("title") for item in items),
            *(item.get("description") for item in items),
        ]
    if kind == "strategy_cards":
        out = [value.get("heading")]
        for card in value.get("cards") or []:
            out += [card["title"], card.get("summary"), *lines_of(card.get("body"))]
        return out
    if kind == "statistic":
        return [value.get(key) for key in ("figure", "label", "as_of", "source_title")]
    if kind == "data_table":
        table = value.get("table") or {}
        out = [value.get(key) for key in ("title", "summary", "source_title")]
        out.append(table.get("caption"))
        out += [column.get("heading") for column in table.get("columns") or []]
        out += [number(cell) for row in table.get("rows") or [] for cell in row["values"]]
        return out
    if kind == "faq":
        out = [value.get("heading")]
        for item in value.get("items") or []:
            out += [item["question"], *lines_of(item.get("answer"))]
        return out
    if kind == "contact_lines":
        out = [value.get("heading")]
        for line in value.get("lines") or []:
            out += [line.get("label"), line.get("description"), line.get("note")]
            if line.get("kind") != "online":
                out.append(line.get("value"))
        return out
    if kind == "video":
        return [value.get("title"), value.get("description")]
    if kind == "directory_listings":
        out = [value.get("heading")]
        for listing in value.get("listings") or []:
            out += [listing["name"], listing.get("description")]
        return out
    if kind == "listing_hours":
        listing = value.get("listing") or {}
        return [value.get("heading"), listing.get("name"), listing.get("application_process")]
    if kind == "steps":
        out = [value.get("heading"), value.get("intro")]
        for step in value.get("steps") or []:
            out += [step.get("title"), step.get("text"), step.get("action_label")]
        return out
    raise AssertionError(f"no visible strings known for block type {kind!r}: add them here")


def page_strings(data):
    """What the page's own fields (beside its body) put on screen."""
    out = [data.get("intro"), data.get("summary"), *(data.get("tags") or [])]
    out += [action["value"]["label"] for action in data.get("hero_actions") or []]
    for section in data.get("sections") or []:
        out += [section["title"], section.get("intro")]
    for post in data.get("posts") or []:
        out += [post["title"], post.get("summary")]
    if data.get("city"):
        out.append(f"Places in {data['city']}")
    out += [kind["name"] for kind in data.get("service_types") or []]
    return out


def document(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def main_of(soup):
    main = soup.find("main", id="main")
    assert main is not None, "no <main id=main>"
    return main


def missing(strings, text):
    wanted = [squash(s) for s in strings if isinstance(s, str) and s.strip()]
    return [s for s in wanted if s not in text]


def shell_of(soup):
    data = soup.find("script", id="turnto-shell", type="application/json")
    assert data is not None, "no #turnto-shell in the first response"
    return json.loads(data.string)


def get(client, path, host="localhost", **headers):
    return client.get(path, HTTP_HOST=host, **headers)


# Every page, its head, its heading and every block of its body --------------------------------


@pytest.mark.parametrize("host", HOSTS)
def test_every_public_page_is_drawn_with_its_heading_and_every_block(client, api, host):
    pages = public_pages(host)
    assert len(pages) > 2
    problems = []
    for path, page in pages:
        response = get(client, path, host)
        assert response.status_code == 200, path
        assert not response.cookies and "Set-Cookie" not in response, path
        head = head_of(response)
        title = page.seo_title or page.title
        assert title in head["title"], path
        assert title in head["meta"]["og:title"], path
        assert head["meta"]["og:description"] == expected_description(page), path

        data = find_page(api, path, host=host)
        main = main_of(document(response))
        assert main["data-first-view"] == path
        headings = [text_of(h1) for h1 in main.find_all("h1")]
        assert headings == [squash(data.get("hero_heading") or data["title"])], path
        text = text_of(main)
        problems += [f"{path}: page field {s!r}" for s in missing(page_strings(data), text)]
        assert len(main.select(".block")) == len(data["body"]), path
        for block in data["body"]:
            problems += [
                f"{path}: {block['type']} block, {s!r}" for s in missing(block_strings(block), text)
            ]
        for block in data["body"]:
            image = block["value"].get("image") if block["type"] == "image" else None
            if image:
                assert main.find("img", alt=image["alt"]), (path, image["alt"])
    assert not problems, "not in the first response's <main>:\n" + "\n".join(problems)


def test_the_helper_finds_text_across_inline_tags_and_not_what_is_absent():
    main = BeautifulSoup(
        "<main><p>Read about <a href='/x/'>the <em>crisis</em></a>.</p><p>Next</p></main>",
        "html.parser",
    )
    text = text_of(main)
    rich = "<p>Read about <b>the crisis</b>.</p><ul><li>Next</li></ul>"
    assert missing(lines_of(rich), text) == []
    assert missing(["Read about the crisis.Next"], text) == ["Read about the crisis.Next"]
    assert missing(["Nowhere &amp; never"], text) == ["Nowhere &amp; never"]


# The shell --------------------------------------------------------------------------------------


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("path", ["/", "/news/", "/search/", "/safety/", "/no-such-page/"])
def test_the_shell_comes_in_the_first_response(client, api, host, path):
    response = get(client, path, host)
    assert response.status_code == (404 if path == "/no-such-page/" else 200)
    _, shell = api("/api/v2/site/", host=host)
    soup = document(response)
    assert shell_of(soup) == shell
    assert main_of(soup)["data-first-view"] == path

    assert text_of(soup.find(id="site-name")) == shell["site"]["name"] == site_name(host)
    links = [(text_of(a), a["href"]) for a in soup.select("#site-nav a[data-nav-link]")]
    expected = []
    for item in shell["navigation"]:
        expected.append((item["title"], item["url"]))
        expected += [(child["title"], child["url"]) for child in item["children"]]
    assert links == expected
    current = [a["href"] for a in soup.select("#site-nav a[aria-current=page]")]
    assert current == ([path] if path in {url for _, url in expected} else [])

    # 911 and 988 at once; every line of the site, with what happens when you call, behind
    # "More help lines"; the overdose steps one tap away on a site that has them.
    bar = soup.find(id="crisis-bar")
    assert [a["href"] for a in bar.select(".crisis-bar__lines a")] == ["tel:911", "tel:988"]
    more = bar.select_one("details.crisis-more")
    assert text_of(more.find("summary")) == "More help lines"
    crisis = more.select(".crisis-more__line")
    assert len(crisis) == len(shell["crisis_lines"]) >= 2
    for item, line in zip(crisis, shell["crisis_lines"], strict=True):
        assert item.find("a")["href"] == line["href"]
        assert squash(line["label"]) in text_of(item)
        assert missing([line["description"], line["note"]], text_of(item)) == []
    overdose = bar.select_one("a.crisis-bar__overdose")
    assert overdose is not None and overdose["href"] == shell["overdose"]["url"]
    assert text_of(overdose) == "Overdose? What to do"

    exit_link = soup.find("a", id="quick-exit")
    assert exit_link["href"] == shell["exit"]["url"]
    assert text_of(exit_link.select_one(".quick-exit__label")) == shell["exit"]["label"]
    footer = soup.find(id="site-footer")
    assert missing(lines_of(shell["footer"]["text"]), text_of(footer)) == []
    assert soup.body.get("class") in (None, []), "no 'is-loading': the page is drawn"


def test_the_query_is_part_of_the_first_view(client):
    soup = document(get(client, SEARCH))
    assert main_of(soup)["data-first-view"] == SEARCH


# A city's places, filters and the search page ---------------------------------------------------


def listing_names(main):
    return [text_of(name) for name in main.select("#directory-results .listing__name")]


def test_a_city_page_lists_its_places(client, api):
    city = find_page(api, CITY)["city"]
    _, places = api("/api/directory/services/", city=city, page_size=50)
    assert places["count"] >= 3
    main = main_of(document(get(client, CITY)))
    assert listing_names(main) == [item["name"] for item in places["results"]]
    count = text_of(main.select_one("#directory-results .listings__count"))
    assert count == f"{places['count']} places"
    assert "Loading places" not in text_of(main)
    form = main.select_one("form[data-directory]")
    assert form.find("input", {"name": "city", "type": "hidden"})["value"] == city
    assert not form.select("input[type=checkbox][checked]")


def test_a_city_page_with_a_service_type_lists_only_those_places(client, api):
    city_page = find_page(api, CITY)
    _, every = api("/api/directory/services/", city=city_page["city"], page_size=50)
    _, some = api(
        "/api/directory/services/",
        city=city_page["city"],
        service_type="naloxone",
        page_size=50,
    )
    assert 0 < some["count"] < every["count"]
    naloxone = next(t["name"] for t in city_page["service_types"] if t["slug"] == "naloxone")

    response = get(client, f"{CITY}?service_type=naloxone")
    assert response.status_code == 200
    main = main_of(document(response))
    assert main["data-first-view"] == f"{CITY}?service_type=naloxone"
    assert listing_names(main) == [item["name"] for item in some["results"]]
    for types_line in main.select("#directory-results .listing__types"):
        assert naloxone in text_of(types_line).split(" · ")
    ticked = main.select("form[data-directory] input[type=checkbox][checked]")
    assert [(box["name"], box["value"]) for box in ticked] == [("service_type", "naloxone")]


def test_a_city_page_with_two_filters_as_the_form_sends_them_without_script(client, api):
    """The query a form without script sends: every field, the empty time too."""
    city = find_page(api, CITY)["city"]
    _, expected = api(
        "/api/directory/services/", city=city, service_type="naloxone", free="true", page_size=50
    )
    query = "city=Kansas+City&page_size=50&service_type=naloxone&free=true&open_at="
    main = main_of(document(get(client, f"{CITY}?{query}")))
    assert listing_names(main) == [item["name"] for item in expected["results"]]
    ticked = main.select("form[data-directory] input[type=checkbox][checked]")
    assert {(box["name"], box["value"]) for box in ticked} == {
        ("service_type", "naloxone"),
        ("free", "true"),
    }


@pytest.mark.parametrize("host", HOSTS)
def test_the_search_page_lists_the_pages_and_places_that_match(client, api, host):
    _, found = api("/api/v2/search/", host=host, q="naloxone")
    assert found["items"], "the demo has pages about naloxone"
    response = get(client, SEARCH, host)
    assert response.status_code == 200
    main = main_of(document(response))
    assert main.find("input", {"name": "q"})["value"] == "naloxone"
    results = main.select("#site-search-results .search__list a")
    assert [text_of(a) for a in results] == [i["title"] for i in found["items"] if i["url"]]
    paths = {p for p, _ in public_pages(host)}
    assert {a["href"] for a in results} <= paths, "only this site's pages"
    # Each result with its line of context, the word marked; places said to be places.
    items = main.select("#site-search-results .search__list li")
    assert all(li.select_one(".search__context mark") for li in items)
    assert {text_of(mark).lower() for mark in main.select("mark")} <= {"naloxone"}
    places = [item for item in found["items"] if item["kind"] == "place"]
    assert len(main.select(".search__kind")) == len(places)


def test_the_search_page_says_when_nothing_matches_and_shows_nothing_unasked(client):
    main = main_of(document(get(client, "/search/?q=zzqxv")))
    assert "Nothing found" in text_of(main.select_one("#site-search-results"))
    main = main_of(document(get(client, "/search/")))
    assert text_of(main.select_one("#site-search-results")) == ""


@pytest.mark.parametrize("host", HOSTS)
def test_a_missing_page_is_a_404_with_the_search_form_and_crisis_lines(client, api, host):
    response = get(client, "/resource-guide/nowhere/", host)
    assert response.status_code == 404
    assert not response.cookies
    main = main_of(document(response))
    assert [text_of(h1) for h1 in main.find_all("h1")] == ["Page not found"]
    form = main.find("form", attrs={"role": "search"})
    assert form["action"] == "/search/" and form.get("method") == "get"
    assert form.find("input", {"name": "q"}) is not None
    _, shell = api("/api/v2/site/", host=host)
    assert [a["href"] for a in main.select(".contact-lines a")] == [
        line["href"] for line in shell["crisis_lines"]
    ]
    assert "Need help now?" in text_of(main)


# Caching ----------------------------------------------------------------------------------------


@pytest.fixture
def one_minute(monkeypatch):
    """Pages are filed per minute (a city's open/closed lines): the cache's clock is held
    still, so that two requests of a test never fall on either side of a minute."""
    from turnto.core import api_cache

    now = time.time()
    clock = types.SimpleNamespace(time=lambda: now, monotonic=time.monotonic, sleep=time.sleep)
    monkeypatch.setattr(api_cache, "time", clock)


def test_a_search_is_drawn_afresh_and_kept_by_no_one(one_minute):
    """What a visitor searched for is kept in no cache (core.api_cache.PRIVATE_PARAMETERS)."""
    first, again = get(Client(), SEARCH), get(Client(), SEARCH)
    assert "X-Cache" not in again and again.content == first.content
    assert "no-store" in again["Cache-Control"] and "public" not in again["Cache-Control"]


@pytest.mark.parametrize("path", ["/facts-and-stats/", CITY, "/search/"])
def test_a_second_anonymous_visit_is_served_from_the_cache(one_minute, path):
    first = get(Client(), path)
    again = get(Client(), path)
    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]
    assert again["Content-Type"] == "text/html; charset=utf-8"
    assert "public" in again["Cache-Control"] and "max-age=0" in again["Cache-Control"]
    unchanged = get(Client(), path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert unchanged["ETag"] == first["ETag"]


def test_each_site_and_each_query_is_cached_apart(one_minute):
    home = get(Client(), "/")
    clinic = get(Client(), "/", CLINIC_HOST)
    assert home["ETag"] != clinic["ETag"]
    assert get(Client(), "/", CLINIC_HOST)["X-Cache"] == "hit"
    filtered = get(Client(), f"{CITY}?service_type=naloxone")
    assert filtered["X-Cache"] == "miss"
    assert filtered["ETag"] != get(Client(), CITY)["ETag"]


def test_after_a_publish_the_next_answer_is_fresh(one_minute):
    page = Page.objects.get(url_path="/campaign-home/facts-and-stats/").specific
    first = get(Client(), "/facts-and-stats/")
    home = get(Client(), "/")
    assert get(Client(), "/facts-and-stats/")["X-Cache"] == "hit"
    assert get(Client(), "/")["X-Cache"] == "hit"

    page.title = "Facts, figures and stats"
    page.save_revision().publish()

    after = get(Client(), "/facts-and-stats/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert after.status_code == 200 and after["X-Cache"] == "miss"
    assert after["ETag"] != first["ETag"]
    assert head_of(after)["meta"]["og:title"] == "Facts, figures and stats"
    main = main_of(document(after))
    assert text_of(main.find("h1")) == "Facts, figures and stats"
    # Another page's menu names it anew too.
    home_after = get(Client(), "/")
    assert home_after["X-Cache"] == "miss" and home_after["ETag"] != home["ETag"]
    menu = [text_of(a) for a in document(home_after).select("#site-nav a[data-nav-link]")]
    assert "Facts, figures and stats" in menu and "Facts and stats" not in menu


def test_a_saved_listing_shows_on_its_city_page_at_once(one_minute):
    from turnto.directory.models import Service

    get(Client(), CITY)
    assert get(Client(), CITY)["X-Cache"] == "hit"
    service = Service.objects.filter(location__city="Kansas City").order_by("name").first()
    service.name = "Renamed drop-in (example)"
    service.save()
    after = get(Client(), CITY)
    assert after["X-Cache"] == "miss"
    assert "Renamed drop-in (example)" in listing_names(main_of(document(after)))


@pytest.mark.parametrize("path", ["/facts-and-stats/", CITY])
def test_a_made_up_cookie_or_parameter_is_served_from_the_cache(one_minute, path):
    """Anyone can send a cookie or a parameter of their own: neither is a way past the cache
    (a page drawn for each request, and kept for each new one)."""
    get(Client(), path)
    for cookie in ("a", "theme", "sessionid"):
        visitor = Client()
        visitor.cookies[cookie] = secrets.token_hex(8)
        assert get(visitor, path)["X-Cache"] == "hit", cookie
    junk = get(Client(), f"{path}?utm_source=x&cachebust={secrets.token_hex(8)}")
    assert junk.status_code == 301 and junk["Location"] == path
    known = "service_type=naloxone&open_now=true"
    mixed = get(Client(), f"{CITY}?{known}&z={secrets.token_hex(8)}")
    assert mixed.status_code == 301 and mixed["Location"] == f"{CITY}?{known}"


def test_dropping_unknown_parameters_never_sends_a_visitor_to_another_site(one_minute):
    """A Location of "//evil.example/" is another site to a browser: the crisis site's
    name must not be a way to send people elsewhere."""
    request = RequestFactory().get("/?fbclid=1", HTTP_HOST="localhost")
    request.path = request.path_info = "//evil.example/"
    response = ApiCacheMiddleware(lambda request: None)(request)
    assert response.status_code == 301 and response["Location"] == "/evil.example/"


def test_a_search_sent_on_without_unknown_parameters_is_kept_by_no_one(one_minute):
    # The redirect names the words searched for: no browser or CDN may keep it.
    response = get(Client(), f"{SEARCH}&fbclid=1")
    assert response.status_code == 301 and response["Location"] == SEARCH
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/facts-and-stats/", CITY, "/no-such-page/"])
def test_a_visitor_with_a_session_is_answered_afresh_and_never_stored(one_minute, path):
    from django.conf import settings

    from tests.website.test_entry import real_session

    visitor = Client()
    visitor.cookies[settings.SESSION_COOKIE_NAME] = real_session()
    for _ in range(2):
        response = get(visitor, path)
        assert "X-Cache" not in response
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert "ETag" not in response
        assert main_of(document(response))["data-first-view"] == path
    # Nor did it leave an answer behind for anonymous visitors.
    assert get(Client(), path).get("X-Cache") in (None, "miss")


def test_preview_is_never_cached_and_never_drawn_by_the_server(one_minute):
    for _ in range(2):
        response = get(Client(), "/preview/")
        assert response.status_code == 200
        assert "X-Cache" not in response
        assert "no-store" in response["Cache-Control"]
        assert not response.cookies
        main = main_of(document(response))
        assert not main.has_attr("data-first-view")
        assert "Loading" in text_of(main)


@pytest.mark.parametrize("host", HOSTS)
def test_no_site_answer_sets_a_cookie(client, host):
    paths = ["/search/", SEARCH, "/safety/", "/no-such-page/", "/preview/", "/robots.txt"]
    if host == "localhost":
        paths += [CITY, f"{CITY}?service_type=naloxone", "/resource-guide/"]
    for path in paths:
        for _ in range(2):  # made, then from the cache
            response = get(client, path, host)
            assert response.status_code in (200, 404), path
            assert not response.cookies and "Set-Cookie" not in response, path


def test_an_unknown_404_is_not_kept(one_minute):
    get(Client(), "/no-such-page/")
    response = get(Client(), "/no-such-page/")
    assert response.status_code == 404 and "X-Cache" not in response
    assert response["ETag"] and "public" in response["Cache-Control"]


# When the server cannot draw ---------------------------------------------------------------------


def assert_drawn_by_the_browser(response, title):
    soup = document(response)
    assert head_of(response)["title"].startswith(title)
    main = main_of(soup)
    assert not main.has_attr("data-first-view")
    assert soup.find("script", id="turnto-shell") is None
    assert "Loading" in text_of(main)
    # The app that will draw it: the boot script imports it (inline once built).
    boot = soup.find("script", type="module")
    assert boot and (boot.get("src") or "/static/spa/app-" in boot.string), "no app to draw it"


CASES = [
    ("/facts-and-stats/", 200, "Facts and stats"),
    (CITY, 200, "Kansas City"),
    ("/search/?search=naloxone", 200, "Search"),
    ("/no-such-page/", 404, "Page not found"),
]


def test_without_the_server_bundle_pages_still_answer_for_the_browser_to_draw(
    client, settings, tmp_path
):
    settings.FRONTEND_SERVER_BUNDLE = tmp_path / "dist-server" / "render.js"
    for path, status, title in CASES:
        response = get(client, path)
        assert response.status_code == status, path
        assert_drawn_by_the_browser(response, title)


def test_a_bundle_that_fails_leaves_the_page_to_the_browser_and_logs_why(
    client, settings, tmp_path, caplog
):
    bundle = tmp_path / "render.js"
    bundle.write_text(
        "var turnto = {drawJson() { throw new TypeError('renderer broke'); },"
        " fill() { return ''; }};"
    )
    settings.FRONTEND_SERVER_BUNDLE = bundle
    for path, status, title in CASES:
        response = get(client, path)
        assert response.status_code == status, path
        assert_drawn_by_the_browser(response, title)
    assert any("renderer broke" in record.getMessage() for record in caplog.records)


def test_the_real_bundle_draws_again_once_it_is_back(client, settings, tmp_path):
    real = settings.FRONTEND_SERVER_BUNDLE
    settings.FRONTEND_SERVER_BUNDLE = tmp_path / "missing.js"
    assert_drawn_by_the_browser(get(client, "/facts-and-stats/"), "Facts and stats")
    settings.FRONTEND_SERVER_BUNDLE = real
    from django.core.cache import cache

    cache.clear()  # the undrawn page was kept for this minute
    main = main_of(document(get(client, "/facts-and-stats/")))
    assert main["data-first-view"] == "/facts-and-stats/"


# What an editor stored is sanitised in the first view as in the browser -------------------------

HOSTILE = (
    '<p>Hi<img src="x" onerror="window.__xss=1">'
    '<a href="javascript:window.__xss=2">click me</a>'
    "<script>window.__xss=3</script></p>"
    '<iframe src="https://tracker.example/"></iframe>'
    '<p style="position:fixed" onclick="window.__xss=4">styled</p>'
    '<meta http-equiv="refresh" content="0;url=https://elsewhere.example/">'
    '<p><a href="https://elsewhere.example/">away</a></p>'
)


def test_hostile_rich_text_is_sanitised_in_the_first_response(client):
    home = Site.objects.get(hostname="localhost").root_page
    from turnto.campaign.models import ContentPage

    page = ContentPage(
        title="Hostile",
        slug="hostile",
        body=json.dumps([{"type": "rich_text", "value": HOSTILE}]),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    response = get(client, "/hostile/")
    assert response.status_code == 200
    main = main_of(document(response))
    assert "Hi" in text_of(main) and "styled" in text_of(main)
    found = {
        "script": main.find_all("script"),
        "iframe": main.find_all("iframe"),
        "img": main.find_all("img"),
        "meta": main.find_all("meta"),
        "on* attribute": [
            tag for tag in main.find_all(True) if any(a.startswith("on") for a in tag.attrs)
        ],
        "style attribute": main.find_all(style=True),
        "javascript: link": main.find_all("a", href=re.compile("^javascript:", re.I)),
    }
    assert {kind: [str(t) for t in tags] for kind, tags in found.items() if tags} == {}
    away = main.find("a", href="https://elsewhere.example/")
    assert away is not None and away.get("rel") == ["noreferrer", "noopener"]


def test_tags_in_plain_fields_are_text_in_the_first_response(client):
    page = Page.objects.get(url_path="/campaign-home/facts-and-stats/").specific
    page.title = "<img src=x onerror=alert(1)> Facts"
    page.intro = "<script>alert(2)</script> numbers"
    page.save_revision().publish()
    response = get(client, "/facts-and-stats/")
    main = main_of(document(response))
    # (The page's chart is an image of its own, a data: address.)
    assert main.find_all("script") == [] and main.find_all("img", src="x") == []
    assert text_of(main.find("h1")) == "<img src=x onerror=alert(1)> Facts"
    assert "<script>alert(2)</script> numbers" in text_of(main)


def test_with_a_cdn_an_edit_purges_the_pages_that_show_it(
    settings, monkeypatch, django_capture_on_commit_callbacks
):
    from fnmatch import fnmatch

    from wagtail.contrib.frontend_cache import utils

    from turnto.directory.models import Service

    settings.API_CACHE_SHARED_MAX_AGE = 300
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9/",
        }
    }
    purged = []
    monkeypatch.setattr(utils, "purge_urls_from_cache", lambda urls, **_: purged.extend(urls))
    response = get(Client(), CITY)
    assert "s-maxage=300" in response["Cache-Control"], "a CDN may keep the city page"
    service = Service.objects.filter(location__city="Kansas City").order_by("name").first()
    assert service.name in listing_names(main_of(document(response)))
    with django_capture_on_commit_callbacks(execute=True):
        service.name = "Renamed drop-in (example)"
        service.save()
    assert purged, "the edit asked the CDN to drop something"
    page_url = Site.objects.get(hostname="localhost").root_url + CITY
    assert any(fnmatch(page_url, pattern) for pattern in purged), (page_url, purged)
