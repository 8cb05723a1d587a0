"""Help in the first screen of a phone (issue 20), measured in Chromium on every page of both
demo sites: a compact crisis bar with 911 and 988, "Overdose? What to do" one tap from steps
that are open, the home page's two actions before its picture, and no tap target under 44 px.

Tap targets: every visible link, button, summary and form control a visitor uses, at least
44 × 44 CSS px (a form control with a label: the larger of the two, as a tap on the label
works the control). Excluded, as WCAG 2.5.8 excludes them: a link inside a sentence (its nearest
block holds words outside the link), whose size is set by the line of text around it."""

from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import api, screenshot, wait_for_page

pytestmark = pytest.mark.browser

CLINIC = "clinic.localhost"
HOSTS = ["localhost", CLINIC]
PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 800}
STEPS = {"localhost": "/the-fentanyl-crisis/", CLINIC: "/harm-reduction/"}

# What the crisis bar and the first screen are, measured in the page.
MEASURE = """() => {
  const box = (el) => el && el.getBoundingClientRect().toJSON();
  const bar = document.getElementById('crisis-bar');
  const shown = (el) => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const inBar = [...bar.querySelectorAll(
    '.crisis-bar__lines a, .crisis-bar__overdose, .crisis-more > summary, #quick-exit')];
  return {
    bar: box(bar),
    tel911: box(bar.querySelector('a[href="tel:911"]')),
    tel988: box(bar.querySelector('a[href="tel:988"]')),
    overdose: box(bar.querySelector('a.crisis-bar__overdose')),
    exit: box(document.getElementById('quick-exit')),
    exitInBar: bar.contains(document.getElementById('quick-exit')),
    exitPosition: getComputedStyle(document.getElementById('quick-exit')).position,
    barItems: inBar.filter(shown).map(box),
    actions: [...document.querySelectorAll('.hero__actions a')].map((a) =>
      ({text: a.textContent.trim(), ...box(a)})),
    image: box(document.querySelector('.hero__image')),
  };
}"""

# Every target a visitor taps that is smaller than 44 × 44 px, but for links inside a sentence.
SMALL_TARGETS = """() => {
  const small = [];
  const isBlock = (el) => !/^inline/.test(getComputedStyle(el).display);
  const ownWords = (link) => {
    let block = link.parentElement;
    while (block && !isBlock(block)) block = block.parentElement;
    if (!block) return false;
    let words = '';
    const walk = (node) => {
      if (node === link) return;
      if (node.nodeType === 3) words += node.textContent;
      else node.childNodes.forEach(walk);
    };
    walk(block);
    return words.replace(/[\\s·|,.:;()]+/g, '').length > 0;
  };
  const targets = document.querySelectorAll(
    'a[href], button, summary, input:not([type=hidden]), select, textarea');
  for (const el of targets) {
    if (el.closest('details:not([open]) > :not(summary)')) continue;  // folded away
    if (el.closest('.visually-hidden, .skip-link')) continue;  // shown on focus, at the top
    let r = el.getBoundingClientRect();
    const label = /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) && (el.closest('label') ||
      (el.id && document.querySelector(`label[for="${el.id}"]`)));
    if (label && r.width > 0) {  // the control or its label, whichever is larger, is tapped
      const l = label.getBoundingClientRect();
      r = {width: Math.max(r.width, l.width), height: Math.max(r.height, l.height)};
    }
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.tagName === 'A' && ownWords(el)) continue;  // a link in a sentence
    if (r.width < 44 - 0.5 || r.height < 44 - 0.5) {
      small.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.name || '').trim()
        .slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  }
  return small;
}"""


def site_pages(server, host):
    listing = api(server, "/api/v2/pages/?limit=100", host)
    return [urlparse(item["meta"]["html_url"]).path for item in listing["items"]]


def shot_name(host, path, size):
    site = "clinic" if host == CLINIC else "campaign"
    return f"first-screen-{site}-{path.strip('/').replace('/', '-') or 'home'}-{size['width']}"


@pytest.mark.parametrize("host", HOSTS)
def test_on_a_phone_every_page_starts_with_the_help(server, browser, host):
    origin = f"http://{host}:{server['port']}"
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    small, problems = {}, []
    paths = site_pages(server, host)
    assert len(paths) > 5
    for path in [*paths, "/safety/", "/search/"]:
        page.goto(origin + path)
        wait_for_page(page)
        m = page.evaluate(MEASURE)
        if m["bar"]["height"] > 72:
            problems.append(f"{path}: the crisis bar is {m['bar']['height']:.0f} px tall")
        for name in ("tel911", "tel988", "overdose"):
            box = m[name]
            if (
                not box
                or box["top"] < 0
                or box["bottom"] > m["bar"]["bottom"]
                or box["right"] > 375
            ):
                problems.append(f"{path}: {name} is not in the first row of the bar: {box}")
        if not m["exitInBar"] or m["exitPosition"] == "fixed":
            problems.append(f"{path}: the quick exit is not in the crisis bar")
        if path == "/":
            assert len(m["actions"]) == 2, m["actions"]
            for action in m["actions"]:
                assert action["bottom"] <= PHONE["height"], f"{action['text']} below the screen"
            assert m["image"]["top"] >= max(a["bottom"] for a in m["actions"]), "image first"
        found = page.evaluate(SMALL_TARGETS)
        if found:
            small[path] = found
        if path in ("/", STEPS[host], "/what-is-harm-reduction/", "/walk-in-care/"):
            screenshot(page, shot_name(host, path, PHONE))
    context.close()
    assert problems == []
    assert small == {}, "tap targets under 44 × 44 px"


@pytest.mark.parametrize("host", HOSTS)
def test_on_a_wide_screen_the_crisis_bar_is_one_line(server, browser, host):
    origin = f"http://{host}:{server['port']}"
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    for path in ("/", STEPS[host], "/search/"):
        page.goto(origin + path)
        wait_for_page(page)
        m = page.evaluate(MEASURE)
        items = m["barItems"]
        assert len(items) == 5, items  # 911, 988, the overdose link, More help lines, exit
        top = min(box["top"] for box in items)
        bottom = max(box["bottom"] for box in items)
        assert bottom - top < 2 * 44, f"{path}: the bar's links are on more than one line"
        assert all(box["top"] < top + 44 for box in items), path
        assert m["bar"]["height"] <= 72
        screenshot(page, shot_name(host, path, DESKTOP))
    page.goto(
        origin + "/what-is-harm-reduction/" if host == "localhost" else origin + "/walk-in-care/"
    )
    wait_for_page(page)
    screenshot(page, shot_name(host, urlparse(page.url).path, DESKTOP))
    context.close()


@pytest.mark.parametrize("host", HOSTS)
def test_overdose_is_one_tap_from_steps_that_are_open(server, browser, host):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"http://{host}:{server['port']}/search/")
    wait_for_page(page)
    page.locator("#crisis-bar").get_by_role("link", name="Overdose? What to do").click()
    page.wait_for_url(f"**{STEPS[host]}#what-to-do-in-an-overdose")
    steps = page.locator("#what-to-do-in-an-overdose")
    steps.wait_for()
    page.wait_for_timeout(200)
    box = steps.bounding_box()
    assert 0 <= box["y"] < 100, "the page opens at the steps"
    assert steps.locator("details").count() == 0, "no step is folded behind a tap"
    items = steps.locator("ol > li")
    assert items.count() == 5
    first = items.first
    assert first.locator("h3").inner_text() == "Call 911"
    assert first.locator("h3").is_visible() and first.locator("p").is_visible()
    assert first.get_by_role("link", name="Call 911").get_attribute("href") == "tel:911"
    # Large: the step's name bigger than body text, its number drawn beside it.
    size = float(first.locator("h3").evaluate("h => getComputedStyle(h).fontSize")[:-2])
    assert size >= 22
    assert first.evaluate("li => getComputedStyle(li, '::before').content") == "counter(step)" or (
        first.evaluate("li => getComputedStyle(li, '::before').content") not in ("none", "")
    )
    context.close()


def test_more_help_lines_open_without_script_and_say_what_happens(server, browser):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(server["url"] + "/what-is-harm-reduction/")
    more = page.locator("#crisis-bar details.crisis-more")
    assert not page.get_by_text("Press 2 for Spanish").is_visible()
    more.locator("summary").click()
    assert page.get_by_text("Press 2 for Spanish").is_visible()
    never = more.locator("li", has_text="Never Use Alone")
    assert never.get_by_role("link").get_attribute("href") == "tel:18004843731"
    assert "stays on the line while you use" in never.inner_text()
    # Over the page, not pushing it down: the page's heading stays where it was.
    screenshot(page, "first-screen-more-help-lines-open-375")
    # The safety page tells a visitor without script what the quick exit cannot do.
    page.goto(server["url"] + "/safety/")
    text = page.locator("main").inner_text()
    assert "Scripts are off in this browser now" in text
    assert "Back would bring this page up again" in text
    context.close()


def test_a_phone_saving_data_gets_no_decorative_picture(server, browser):
    for headers, pictures in (({}, 1), ({"Save-Data": "on"}, 0)):
        context = browser.new_context(viewport=PHONE, extra_http_headers=headers)
        page = context.new_page()
        page.goto(server["url"] + "/")
        wait_for_page(page)
        assert page.locator(".hero__image img").count() == pictures, headers
        assert page.locator(".hero__actions a").count() == 2
        context.close()
