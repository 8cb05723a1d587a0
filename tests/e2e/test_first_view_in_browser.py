"""The first view in a real Chromium: the page the server draws (website.first_view) works for a
visitor without script, phone-sized (headings, axe, the city filters, search, quick exit); with
script the app adopts it (no API request, no layout shift) and navigates as before; and the
server's <main> is, node for node, the <main> the browser draws for the same page."""

import difflib
import re
from urllib.parse import urlencode, urlparse

import pytest

from tests.e2e.conftest import api, axe_violations, open_filters, wait_for_page

pytestmark = pytest.mark.browser

CLINIC = "clinic.localhost"
CITY = "/resource-guide/kansas-city/"
PHONE = {"width": 375, "height": 800}
DESKTOP = {"width": 1280, "height": 900}


def origin(server, host):
    return f"http://{host}:{server['port']}"


def site_pages(server, host):
    listing = api(server, "/api/v2/pages/?limit=100", host)
    paths = [urlparse(item["meta"]["html_url"]).path for item in listing["items"]]
    assert len(paths) > 2
    return paths


def heading_of(server, host, path):
    detail = api(server, f"/api/v2/pages/find/?html_path={path}", host)
    return detail.get("hero_heading") or detail["title"]


@pytest.fixture
def no_script(browser):
    """A phone without JavaScript."""
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    yield context.new_page()
    context.close()


# Without script ---------------------------------------------------------------------------------

# With script disabled, Chromium runs no timer and no animation frame, even for a script that
# Playwright evaluates: axe-core, which waits on them, would wait forever. These run its
# callbacks as microtasks instead (they are the only thing on the page that runs).
TIMERS_AS_MICROTASKS = """() => {
  const soon = (callback) => { Promise.resolve().then(callback); return 0; };
  window.setTimeout = (f, _ms, ...args) => soon(() => f(...args));
  window.clearTimeout = () => {};
  window.requestAnimationFrame = (f) => soon(() => f(performance.now()));
  window.requestIdleCallback = (f) => soon(() => f({ didTimeout: false, timeRemaining: () => 50 }));
}"""


def axe_without_script(page):
    page.evaluate(TIMERS_AS_MICROTASKS)
    return axe_violations(page)


@pytest.mark.parametrize("host", ["localhost", CLINIC])
def test_without_script_every_page_shows_its_heading_and_passes_axe(server, no_script, host):
    page = no_script
    cookies_set = []
    page.on("response", lambda r: r.headers.get("set-cookie") and cookies_set.append(r.url))
    problems = []
    for path in [*site_pages(server, host), "/search/", "/safety/", "/no-such-page/"]:
        response = page.goto(origin(server, host) + path)
        assert response.status == (404 if path == "/no-such-page/" else 200), path
        heading = page.locator("main h1")
        assert heading.count() == 1 and heading.is_visible(), path
        if path.startswith(("/search/", "/safety/", "/no-such-page/")):
            pass
        elif heading.inner_text().strip() != heading_of(server, host, path):
            problems.append(f"{path}: heading {heading.inner_text()!r}")
        # The menu is a row of links; what needs script is not offered.
        assert page.locator("#site-nav .site-nav__list > li > a").first.is_visible(), path
        for selector in (".menu-toggle", ".sub-toggle", "[data-near-me]", "[data-report]"):
            shown = [el.is_visible() for el in page.locator(selector).all()]
            assert not any(shown), f"{path}: {selector} shown without script"
        assert not page.get_by_text("This site needs JavaScript").is_visible(), path
        assert page.locator("#quick-exit").is_visible(), path
        problems += [f"{path}: {v}" for v in axe_without_script(page)]
    assert not problems, "\n".join(problems)
    assert cookies_set == []


def test_without_script_the_city_filters_give_filtered_places(server, no_script):
    page = no_script
    expected = api(
        server, "/api/directory/services/?city=Kansas+City&service_type=naloxone&page_size=50"
    )
    every = api(server, "/api/directory/services/?city=Kansas+City&page_size=50")
    assert 0 < expected["count"] < every["count"]
    page.goto(server["url"] + CITY)
    names = page.locator("#directory-results .listing__name")
    assert names.count() == every["count"]
    open_filters(page)
    page.get_by_label("Naloxone").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Show places").click()
    query = urlparse(page.url).query
    assert "service_type=naloxone" in query and urlparse(page.url).path == CITY
    assert names.all_inner_texts() == [item["name"] for item in expected["results"]]
    for line in page.locator("#directory-results .listing__types").all_inner_texts():
        assert "Naloxone" in line.split(" · ")
    assert page.get_by_label("Naloxone").is_checked()
    assert page.locator(".listings__count").inner_text() == f"{expected['count']} places"

    # A second filter on top of the first, and back to every place.
    open_filters(page)
    page.get_by_label("Free").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Show places").click()
    both = api(
        server,
        "/api/directory/services/?city=Kansas+City&service_type=naloxone&free=true&page_size=50",
    )
    assert names.all_inner_texts() == [item["name"] for item in both["results"]]
    open_filters(page)
    page.get_by_label("Naloxone").uncheck()
    page.get_by_label("Free").uncheck()
    with page.expect_navigation():
        page.get_by_role("button", name="Show places").click()
    assert names.count() == every["count"]


def test_without_script_the_guide_filters_every_city(server, no_script):
    page = no_script
    page.goto(server["url"] + "/resource-guide/")
    open_filters(page)
    page.get_by_label("Where").select_option("St. Louis")
    with page.expect_navigation():
        page.get_by_role("button", name="Show places").click()
    expected = api(server, "/api/directory/services/?city=St.+Louis&page_size=50")
    addresses = page.locator("#directory-results .listing__address").all_inner_texts()
    assert len(addresses) == expected["count"] > 0
    assert all(text.endswith(", St. Louis, MO") for text in addresses)
    assert page.get_by_label("Where").input_value() == "St. Louis"


@pytest.mark.parametrize("start", ["/search/", "/no-such-page/"])
def test_without_script_the_search_form_gives_results(server, no_script, start):
    page = no_script
    expected = api(server, f"/api/v2/search/?{urlencode({'q': 'naloxone'})}")
    assert expected["items"]
    page.goto(server["url"] + start)
    page.get_by_label("Search this site").fill("naloxone")
    with page.expect_navigation():
        page.get_by_role("button", name="Search", exact=True).click()
    assert urlparse(page.url).path == "/search/"
    results = page.locator("main .search__list a")
    assert results.all_inner_texts() == [i["title"] for i in expected["items"] if i["url"]]
    assert page.get_by_label("Search this site").input_value() == "naloxone"
    with page.expect_navigation():
        results.first.click()
    assert page.locator("main h1").inner_text() == expected["items"][0]["title"]


def test_without_script_the_quick_exit_leaves(server, no_script):
    page = no_script
    page.route("https://www.weather.gov/**", lambda route: route.fulfill(body="weather"))
    page.goto(server["url"] + "/the-fentanyl-crisis/")
    href = page.locator("#quick-exit").get_attribute("href")
    assert href == api(server, "/api/v2/site/")["exit"]["url"]
    page.get_by_role("link", name=re.compile("Exit this page")).click()
    page.wait_for_url(href)
    assert "weather" in page.content()


# With script: the app adopts what the server drew -----------------------------------------------

LAYOUT_SHIFT = """() => new Promise((resolve) => {
  let sum = 0;
  const seen = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      sum += entry.value;
      seen.push(entry.sources?.map((s) => s.node?.outerHTML?.slice(0, 120)) || []);
    }
  });
  observer.observe({ type: "layout-shift", buffered: true });
  setTimeout(() => { observer.disconnect(); resolve({ sum, seen }); }, 500);
})"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_first_load_asks_no_api_and_nothing_moves(server, browser, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    asked, errors = [], []
    page.on("request", lambda r: "/api/" in r.url and asked.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    pages = [
        (server["url"], "/facts-and-stats/"),
        (server["url"], "/"),
        (server["url"], CITY),
        (server["url"], f"{CITY}?service_type=naloxone"),
        (server["url"], "/search/?q=naloxone"),
        (server["clinic_url"], "/"),
    ]
    for base, path in pages:
        asked.clear()
        page.goto(base + path)
        wait_for_page(page)
        assert page.locator("main").get_attribute("data-first-view") == path
        page.wait_for_timeout(200)  # anything the app would fetch late
        assert asked == [], f"{path}: the first view asked the API: {asked}"
        shift = page.evaluate(LAYOUT_SHIFT)
        assert shift["sum"] == 0, f"{path}: layout shift {shift}"
        assert page.locator("#directory-results p", has_text="Loading places").count() == 0
    assert errors == []
    context.close()


def test_after_the_first_view_links_navigate_with_the_api_and_back_returns(server, browser):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    asked = []
    page.on("request", lambda r: "/api/" in r.url and asked.append(urlparse(r.url).path))
    page.goto(server["url"] + "/facts-and-stats/")
    wait_for_page(page, "Facts and stats")
    page.evaluate("window.__sameDocument = true")
    assert asked == []

    nav = page.get_by_role("navigation", name="Main")
    nav.get_by_role("link", name="The fentanyl crisis").click()
    wait_for_page(page, "The fentanyl crisis")
    assert "/api/v2/pages/find/" in asked
    assert "/api/v2/site/" not in asked, "the shell came with the first view"
    assert page.url == server["url"] + "/the-fentanyl-crisis/"
    assert page.evaluate("document.activeElement.tagName") == "H1"
    assert page.title().startswith("The fentanyl crisis | ")
    assert page.locator("main").get_attribute("data-first-view") is None
    current = nav.locator("a[aria-current=page]")
    assert current.all_inner_texts() == ["The fentanyl crisis"]
    page.go_back()
    wait_for_page(page, "Facts and stats")
    assert page.url == server["url"] + "/facts-and-stats/"
    assert current.all_inner_texts() == ["Facts and stats"]
    assert page.evaluate("window.__sameDocument") is True

    # A city from the first view's page: its places come from the directory API this time.
    asked.clear()
    page.goto(server["url"] + "/resource-guide/")
    wait_for_page(page, "Resource guide")
    page.evaluate("window.__sameDocument = true")
    assert asked == []
    page.locator("main .section-list").get_by_role("link", name="Springfield").click()
    wait_for_page(page, "Springfield")
    page.locator("#directory-results .listing").first.wait_for()
    assert "/api/v2/pages/find/" in asked and "/api/directory/services/" in asked
    assert page.evaluate("document.activeElement.textContent") == "Springfield"
    page.go_back()
    wait_for_page(page, "Resource guide")
    assert page.url == server["url"] + "/resource-guide/"
    assert page.evaluate("window.__sameDocument") is True
    context.close()


def test_the_adopted_city_filters_still_ask_the_directory(server, browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(server["url"] + CITY)
    wait_for_page(page, "Kansas City")
    every = page.locator("#directory-results .listing").count()
    open_filters(page)
    with page.expect_response(lambda r: "/api/directory/services/" in r.url):
        page.get_by_label("Naloxone").check()
    page.wait_for_function(
        "n => document.querySelectorAll('#directory-results .listing').length < n", arg=every
    )
    assert "service_type=naloxone" in page.url
    context.close()


# One renderer -----------------------------------------------------------------------------------

# <main> as a list of lines, one per element or text: tag, sorted attributes, text with its
# whitespace collapsed. `data-first-view` (the server's note to the app) is left out. A
# <noscript>'s content is markup where scripting is off and text where it is on: both are
# parsed as markup here. A control held back for script is read as script puts it in place.
NORMALISED_MAIN = """() => {
  const lines = [];
  const walk = (node, depth) => {
    const pad = "  ".repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.data.replace(/\\s+/g, " ").trim();
      if (text) lines.push(`${pad}"${text}"`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    // A control the server held back until script runs (src/lib/script-only.js): as script
    // puts it in place.
    if (node.localName === "template" && node.hasAttribute("data-script-only")) {
      const markup = node.getAttribute("data-script-only");
      const held = new DOMParser().parseFromString(`<body>${markup}</body>`, "text/html");
      for (const child of held.body.childNodes) walk(child, depth);
      return;
    }
    const attrs = [...node.attributes]
      .filter((a) => a.name !== "data-first-view")
      .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
      .sort();
    lines.push(`${pad}<${node.localName}${attrs.length ? " " + attrs.join(" ") : ""}>`);
    let children = node.childNodes;
    if (node.localName === "noscript") {
      const markup = node.children.length ? node.innerHTML : node.textContent;
      children = new DOMParser().parseFromString(markup, "text/html").body.childNodes;
    }
    for (const child of children) walk(child, depth + 1);
  };
  walk(document.getElementById("main"), 0);
  return lines;
}"""

# Follow a link to `path` from the page shown, as a reader would, and remember which heading
# was shown before, to know when the new page is drawn.
FOLLOW = """(path) => {
  window.__before = document.querySelector("main h1");
  const link = Object.assign(document.createElement("a"), { href: path, textContent: path });
  document.getElementById("site-footer").append(link);
  link.click();
  link.remove();
}"""
DRAWN = """(path) => location.pathname + location.search === path
  && document.querySelector("main h1") && document.querySelector("main h1") !== window.__before
  && !/Loading places|Cargando lugares/.test(
    document.querySelector("#directory-results")?.textContent)"""


def extra_paths(host):
    extra = ["/search/", "/safety/", "/no-such-page/"]
    if host == "localhost":
        extra += [f"{CITY}?service_type=naloxone", "/resource-guide/?city=St.+Louis"]
        extra += ["/resource-guide/?page=2"]  # the guide's second page of places
    return extra


@pytest.mark.parametrize("host", ["localhost", CLINIC])
def test_the_server_draws_the_main_the_browser_draws(server, browser, host):
    base = origin(server, host)
    paths = [*site_pages(server, host), *extra_paths(host)]

    sent_context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    sent_page = sent_context.new_page()
    sent = {}
    for path in paths:
        sent_page.goto(base + path)
        assert sent_page.locator("main").get_attribute("data-first-view") == path
        sent[path] = sent_page.evaluate(NORMALISED_MAIN)
    sent_context.close()

    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    # Start on a page that is in no list below; each page is then reached by a link.
    page.goto(base + "/safety/?from=here")
    wait_for_page(page)
    problems = []
    for path in paths:
        page.evaluate(FOLLOW, path)
        page.wait_for_function(DRAWN, arg=path)
        page.wait_for_load_state("networkidle")
        drawn = page.evaluate(NORMALISED_MAIN)
        if drawn != sent[path]:
            diff = difflib.unified_diff(
                sent[path], drawn, f"server {path}", f"browser {path}", lineterm="", n=2
            )
            problems.append("\n".join(diff))
    context.close()
    assert errors == []
    assert not problems, "\n\n".join(problems)
