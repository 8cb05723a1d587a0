"""What a visitor's phone keeps of a site, and how it is added to a home screen.

- `/offline/`: the page the service worker (frontend/src/offline/sw.js) shows for a page the
  phone never saved, when there is no signal: the site's crisis lines as `tel:`/`sms:` links
  (its settings) and the overdose steps (the site's own, from a page that has them, else the
  universal steps). Whole without script; its one script is the quick exit.
- `/manifest.webmanifest`: the site's name (or the discreet home-screen name its settings
  give), icons and colour, so the site can be added to a phone's home screen.
- `/sw.js` itself is a file of the build, served by WhiteNoise from the site's root
  (core.site_files: never cached for long).
"""

import base64
import hashlib
import html
import json
import re
from functools import lru_cache

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from wagtail.models import get_page_models

from turnto.core.api.site_shell import chosen_steps
from turnto.core.api_cache import with_validators
from turnto.core.frontend_build import frontend_build
from turnto.core.middleware import site_policy
from turnto.core.models import SiteSettings
from turnto.core.page_tree import request_pages, site_for_request
from turnto.pages.models import BasePage

from .entry import index_template

THEME_COLOUR = "#0b4f5c"
# Our own words for the steps every site can show, when it has none of its own (in the
# request's language: turnto/locale).
UNIVERSAL_STEPS = [
    (_("Call 911"), _("Say someone is not breathing or will not wake up, and give the address.")),
    (
        _("Give naloxone"),
        _("Spray it into one nostril. No change after 2–3 minutes: give another."),
    ),
    (
        _("Help them breathe"),
        _("Tilt the head back, pinch the nose and give a breath every 5 seconds."),
    ),
    (
        _("Put them on their side"),
        _("The recovery position keeps the airway clear if they vomit."),
    ),
    (
        _("Stay with them"),
        _("Naloxone can wear off before the drugs do. Stay until help arrives."),
    ),
]
STEPS_HEADING = _("What to do in an overdose")
# A block of steps is about overdoses when its heading (or its type) says so, in a language
# the site has.
OVERDOSE_WORDS = ("overdose", "sobredosis")
TAG = re.compile(r"<[^>]+>")
NUMBERED = re.compile(r"^\s*\d+[.)]\s*")
# The built page's stylesheet: inline (its hash is already in the CSP) or linked.
STYLESHEET = re.compile(r'(?<!<noscript>)(?:<link rel="stylesheet"[^>]*>|<style>[^<]*</style>)')


def plain(text):
    """Rich text's words, without its markup."""
    return " ".join(html.unescape(TAG.sub(" ", text or "")).split())


def steps_in_block(block, chosen=False):
    """(heading, [(title, text)]) of a body block that holds overdose steps, else None: numbered
    steps headed for overdoses (or a type named for them, or `chosen` in the site's settings),
    or questions and answers headed so."""
    kind = block.get("type") or ""
    value = block.get("value") or {}
    if not isinstance(value, dict):
        return None
    heading = (value.get("heading") or "").lower()
    about_overdoses = any(word in heading for word in OVERDOSE_WORDS)
    if "overdose" in kind or (kind == "steps" and (chosen or about_overdoses)):
        items = value.get("steps") or value.get("items") or []
        steps = []
        for item in items:
            item = item.get("value", item) if isinstance(item, dict) else item
            if not isinstance(item, dict):
                continue
            # A numbered step's words are its title and text (its action is a link).
            words = [item[k] for k in ("title", "text") if k in item] or list(item.values())
            texts = [plain(v) for v in words if isinstance(v, str) and plain(v)]
            if texts:
                steps.append((texts[0], " ".join(texts[1:])))
        if steps:
            return value.get("heading") or STEPS_HEADING, steps
    if kind == "faq" and about_overdoses:
        steps = []
        for item in value.get("items") or []:
            item = item.get("value", item) if isinstance(item, dict) else {}
            if item.get("question"):
                steps.append((item["question"], plain(item.get("answer"))))
        # Numbered questions ("1. Call 911") are the steps; any other ("How do I know...?")
        # comes first, as it does on the page.
        if any(NUMBERED.match(title) for title, _ in steps):
            steps.sort(key=lambda step: bool(NUMBERED.match(step[0])))
        if steps:
            return value["heading"], steps
    return None


def overdose_steps(tree, site, site_settings, hidden_paths, root=None, language=None):
    """The site's own overdose steps: the ones its settings name (those the crisis bar links
    to), else the first page in its menu order that has some, below `root` (a language's home,
    else the site's), else the universal steps (in the active language); once per content
    generation."""
    root = root or site.root_page
    key = ("offline-steps", site.pk, root.path, hidden_paths, get_language())
    if key in tree.memo:
        return tree.memo[key]
    chosen = chosen_steps(site, site_settings, language)
    if chosen and (steps := steps_in_block({"type": "steps", "value": chosen[1]}, chosen=True)):
        tree.memo[key] = steps
        return steps
    live = [
        page
        for page in tree.in_order
        if page.path.startswith(root.path) and not page.path.startswith(hidden_paths)
    ]
    order = {page.id: n for n, page in enumerate(live)}
    found = None
    for model in get_page_models():
        if not issubclass(model, BasePage) or model._meta.abstract:
            continue
        for pk, body in model.objects.filter(id__in=order).values_list("id", "body"):
            for block in body.raw_data if body else []:
                steps = steps_in_block(block)
                if steps and (found is None or order[pk] < found[0]):
                    found = (order[pk], steps)
                    break
    universal = (str(STEPS_HEADING), [(str(title), str(text)) for title, text in UNIVERSAL_STEPS])
    tree.memo[key] = result = found[1] if found else universal
    return result


@lru_cache(maxsize=4)
def build_assets(key):
    """The stylesheets of the built index.html and the offline page's own (build.mjs), the
    page's script, and the policy that allows its own rules (by their hash; every other page
    goes without them)."""
    template = index_template()
    styles = STYLESHEET.findall(template.raw.decode()) if template else []
    try:
        bundle = settings.FRONTEND_SERVER_BUNDLE
        assets = json.loads((bundle.parent / "assets.json").read_text())
    except (OSError, ValueError):
        assets = {}
    policy = ""
    if own := assets.get("offline_styles", ""):
        styles.append(f"<style>{own}</style>")
        digest = base64.b64encode(hashlib.sha256(own.encode()).digest()).decode()
        policy = f"style-src {site_policy()[0]['style-src']} 'sha256-{digest}'"
    return "\n".join(styles), assets.get("offline_script", ""), policy


def line_item(line):
    """A crisis line as the crisis bar shows it ("Emergency 911", "Text 988"), with its note."""
    e = html.escape
    link = e(line["label"])
    if line["kind"] != "online" and line["value"] not in line["label"]:
        link = f'{link} <span class="offline-lines__number">{e(line["value"])}</span>'
    note = line.get("note") or line.get("description") or ""
    if line["href"]:
        link = f'<a class="button" href="{e(line["href"])}">{link}</a>'
    return f"<li>{link}{f'<span> {e(note)}</span>' if note else ''}</li>"


def step_item(title, text):
    """A step of the numbered list, its own number ("1. Call 911") left to the list."""
    e = html.escape
    title = NUMBERED.sub("", title)
    return f"<li><strong>{e(title)}</strong>{f' {e(text)}' if text else ''}</li>"


OFFLINE_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{offline} | {name}</title>
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<meta name="theme-color" content="{theme}">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="manifest" href="/manifest.webmanifest">
{styles}
{script}
</head>
<body class="offline">
<a id="quick-exit" class="quick-exit" href="{exit_url}" rel="noreferrer">
  <span class="quick-exit__label">{exit_label}</span>
</a>
<header class="site-header"><div class="site-header__inner">
  <a class="site-name" href="{home}">{name}</a>
</div></header>
<main id="main" class="offline-page" tabindex="-1">
<h1>{offline}</h1>
<p>{not_saved} <a href="">{try_again}</a>.</p>
<section aria-labelledby="offline-lines">
<h2 id="offline-lines">{help_now}</h2>
<ul class="offline-lines">{lines}</ul>
</section>
<section aria-labelledby="offline-steps">
<h2 id="offline-steps">{steps_heading}</h2>
{signs}
<ol class="offline-steps">{steps}</ol>
</section>
<p>{saved_copies}
<a href="{safety}">{what_it_keeps}</a>.</p>
</main>
</body>
</html>
"""


def site_and_settings(request):
    try:
        site = site_for_request(request)
    except ValueError as exc:
        raise Http404 from exc
    return site, SiteSettings.for_site(site)


# The safety page in each language (frontend/src/lib/i18n.js LOCAL_PATHS).
SAFETY_PAGES = {"en": "/safety/", "es": "/es/seguridad/"}


@require_safe
def offline_page(request, language=None):
    """The site's offline page (the service worker saves it at install), in `language` at
    /<language>/offline/ (core.language.LanguageMiddleware made it the active one): a page of
    that language read offline and never saved shows it."""
    from turnto.core.page_tree import default_language, language_prefix

    language = language or default_language()
    site, site_settings = site_and_settings(request)
    pages = request_pages()
    roots = pages.tree.locale_roots(site)
    home = next((entry for entry, code, _ in roots if code == language), None)
    root = site.root_page if home is None else home
    heading, steps = overdose_steps(
        pages.tree, site, site_settings, pages.hidden_paths(), root, language
    )
    styles, script, policy = build_assets(frontend_build())
    e = html.escape
    body = OFFLINE_PAGE.format(
        lang=e(language),
        offline=e(gettext("You are offline")),
        not_saved=e(
            gettext(
                "This page is not saved on this phone. Calls and texts still work without "
                "internet. When the signal comes back,"
            )
        ),
        try_again=e(gettext("try again")),
        help_now=e(gettext("Help now")),
        saved_copies=e(
            gettext("The pages you read recently on this site open from this phone's saved copies.")
        ),
        what_it_keeps=e(gettext("What this phone keeps, and how to forget it")),
        home=e(language_prefix(language) if home is not None else "/"),
        safety=e(SAFETY_PAGES.get(language, SAFETY_PAGES["en"])),
        name=e(site_settings.in_language("organisation_name", language) or site.site_name or ""),
        theme=THEME_COLOUR,
        styles=styles,
        script=f'<script type="module" src="{e(script)}"></script>' if script else "",
        exit_url=e(site_settings.exit_url),
        exit_label=e(site_settings.in_language("exit_label", language)),
        lines="".join(
            line_item(line) for line in site_settings.crisis_lines_representation(language)
        ),
        steps_heading=e(heading),
        signs="".join(
            f"<p><strong>{e(title)}</strong> {e(text)}</p>"
            for title, text in steps
            if not NUMBERED.match(title) and any(NUMBERED.match(t) for t, _ in steps)
        ),
        steps="".join(
            step_item(title, text)
            for title, text in steps
            if NUMBERED.match(title) or not any(NUMBERED.match(t) for t, _ in steps)
        ),
    ).encode()
    response = HttpResponse(body, content_type="text/html; charset=utf-8")
    response["X-Robots-Tag"] = "noindex"
    if policy:  # the site's policy is filled in around it (core.middleware)
        response["Content-Security-Policy"] = policy
    return with_validators(request, response, f'"{hashlib.sha256(body).hexdigest()[:32]}"')


@require_safe
def manifest(request):
    """The web app manifest of the request's site."""
    site, site_settings = site_and_settings(request)
    name = site_settings.organisation_name or site.site_name or "Turn To"
    short = site_settings.app_name or name
    if site_settings.app_icon_id:
        icons = [
            {
                "src": site_settings.app_icon.get_rendition(f"fill-{size}x{size}|format-png").url,
                "sizes": f"{size}x{size}",
                "type": "image/png",
            }
            for size in (192, 512)
        ]
    else:
        icons = [
            {"src": f"/icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png"}
            for size in (192, 512)
        ] + [{"src": "/icon.svg", "sizes": "any", "type": "image/svg+xml"}]
    data = {
        "name": site_settings.app_name or name,
        "short_name": short[:30],
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": icons,
    }
    response = JsonResponse(data, content_type="application/manifest+json")
    patch_cache_control(response, public=True, max_age=3600)
    return response
