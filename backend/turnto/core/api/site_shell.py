"""The site shell: what every page of a site needs, in one response (`/api/v2/site/`)."""

from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from ..blocks import steps_anchor
from ..images import share_image
from ..models import SiteSettings
from ..page_tree import default_language, request_pages
from ..pages import site_origin, site_path

# The crisis bar's link to the overdose steps, per language (English: the site's setting).
OVERDOSE_LABELS = {"en": "Overdose? What to do", "es": "¿Sobredosis? Qué hacer"}
# The home's name in the menu, per language.
HOME_TITLES = {"en": "Home", "es": "Inicio"}


def language_home(site, language):
    """(home entry, language, prefix) of the site in `language`, else in its own."""
    roots = request_pages().tree.locale_roots(site)
    return next((root for root in roots if root[1] == language), roots[0] if roots else None)


def navigation(site, language=None):
    """The menu: the site's home, its top-level pages shown in menus, and their children
    shown in menus (the cities under the Resource guide), but no page restricted from the
    request; in `language`, the menu of that language's home. From the page tree: no query."""
    pages = request_pages()
    tree = pages.tree
    found = language_home(site, language)
    if found is None:
        return []
    root, language, prefix = found
    hidden = pages.hidden_paths()
    title = HOME_TITLES.get(language, HOME_TITLES["en"])
    home = {"id": root.pk, "title": title, "url": prefix, "children": []}
    sections = []
    for page in tree.in_order:
        if (
            not page.show_in_menus
            or not page.path.startswith(root.path)
            or not root.depth < page.depth <= root.depth + 2
            or page.path.startswith(hidden)
        ):
            continue
        item = {
            "id": page.id,
            "title": page.title,
            "url": site_path(page.url_path, root.url_path, prefix),
            "children": [],
        }
        if page.depth == root.depth + 1:
            sections.append((page.path, item))
        elif sections and page.path.startswith(sections[-1][0]):
            # A child appears only under a parent that is itself in the menu.
            sections[-1][1]["children"].append(item)
    return [home, *(item for _, item in sections)]


def chosen_steps(site, settings, language=None):
    """The steps the site's settings name: (page entry, its steps block's value, the page's
    address) from the page chosen in the settings, its translation in `language` where there
    is one (else the page itself: in an overdose, steps in another language beat none); None
    if that page is not public, not on this site or has no steps. The crisis bar links to
    them and the offline page shows them."""
    tree = request_pages().tree
    found = language_home(site, language)
    entry = settings.overdose_steps_page_id and tree.public(settings.overdose_steps_page_id)
    if not entry or found is None:
        return None
    root, _language, prefix = found
    if not entry.path.startswith(root.path):
        translations = tree.by_translation_key.get(entry.translation_key, ())
        translated = next(
            (t for t in translations if t.path.startswith(root.path) and tree.public(t.id)), None
        )
        if translated is not None:
            entry = translated
        else:
            root, _language, prefix = language_home(site, None)
            if not entry.path.startswith(root.path):
                return None
    body = getattr(Page.objects.get(pk=entry.id).specific, "body", None)
    for block in getattr(body, "raw_data", []):
        if block.get("type") == "steps":
            return entry, block["value"], site_path(entry.url_path, root.url_path, prefix)
    return None


def overdose_steps(site, settings, language=None):
    """The crisis bar's "Overdose? What to do": the address of the steps the settings name, in
    the visitor's language's words."""
    chosen = chosen_steps(site, settings, language)
    if chosen is None:
        return None
    _entry, steps, path = chosen
    found = language_home(site, language)
    label = settings.overdose_link_label or OVERDOSE_LABELS["en"]
    if found and found[1] != default_language():
        label = OVERDOSE_LABELS.get(found[1], label)
    return {"label": label, "url": f"{path}#{steps_anchor(steps)}"}


def site_shell(site, language=None):
    """What every page of `site` shows, in `language` ("es": the Spanish menu, crisis line
    names, quick exit and footer; none or unknown: the site's own language)."""
    settings = SiteSettings.for_site(site)
    found = language_home(site, language)
    language = found[1] if found else "en"
    return {
        "locale": language,
        # {language: its home's path} of every language the site has (the language switch).
        "languages": {code: prefix for _, code, prefix in request_pages().tree.locale_roots(site)},
        "site": {
            "id": site.pk,
            "name": settings.in_language("organisation_name", language) or site.site_name,
            # schema.org's type for the organisation behind the site (seo.js's JSON-LD).
            "organisation_type": settings.organisation_type,
            # The picture of a shared link to a page with none of its own (/safety/, /search/).
            "share_image": share_image(None, settings),
            "hostname": site.hostname,
            "root_url": site.root_url,
            # The one origin the site's addresses are written with (canonical links).
            "origin": site_origin(site),
        },
        "navigation": navigation(site, language),
        "crisis_lines": settings.crisis_lines_representation(language),
        "overdose": overdose_steps(site, settings, language),
        "exit": {"url": settings.exit_url, "label": settings.in_language("exit_label", language)},
        "footer": {"text": expand_db_html(settings.in_language("footer_text", language))},
        "map": settings.map_tile_url
        and {"tile_url": settings.map_tile_url, "attribution": settings.map_attribution},
        # Whether visitors' phones keep offline copies (the service worker, /sw.js).
        "offline": settings.offline_saving,
    }
