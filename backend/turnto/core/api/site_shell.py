"""The site shell: what every page of a site needs, in one response (`/api/v2/site/`)."""

from wagtail.rich_text import expand_db_html

from ..blocks import steps_anchor
from ..images import share_image
from ..models import SiteSettings
from ..page_tree import request_pages
from ..pages import site_origin, site_path


def navigation(site):
    """The menu: the site's home, its top-level pages shown in menus, and their children
    shown in menus (the cities under the Resource guide), but no page restricted from the
    request. From the page tree: no query."""
    root = site.root_page
    pages = request_pages()
    tree = pages.tree
    hidden = pages.hidden_paths()
    home = {"id": root.pk, "title": "Home", "url": "/", "children": []}
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
            "url": site_path(page.url_path, root.url_path),
            "children": [],
        }
        if page.depth == root.depth + 1:
            sections.append((page.path, item))
        elif sections and page.path.startswith(sections[-1][0]):
            # A child appears only under a parent that is itself in the menu.
            sections[-1][1]["children"].append(item)
    return [home, *(item for _, item in sections)]


def overdose_steps(site, settings):
    """The crisis bar's "Overdose? What to do": the address of the first steps block of the
    page the site's settings name, if that page is public, on this site and has steps."""
    page_id = settings.overdose_steps_page_id
    root = site.root_page
    entry = page_id and request_pages().tree.public(page_id)
    if not entry or not entry.path.startswith(root.path):
        return None
    body = getattr(settings.overdose_steps_page.specific, "body", None)
    for block in getattr(body, "raw_data", []):
        if block.get("type") == "steps":
            return {
                "label": settings.overdose_link_label or "Overdose? What to do",
                "url": site_path(entry.url_path, root.url_path)
                + "#"
                + steps_anchor(block["value"]),
            }
    return None


def site_shell(site):
    settings = SiteSettings.for_site(site)
    return {
        "site": {
            "id": site.pk,
            "name": settings.organisation_name or site.site_name,
            # schema.org's type for the organisation behind the site (seo.js's JSON-LD).
            "organisation_type": settings.organisation_type,
            # The picture of a shared link to a page with none of its own (/safety/, /search/).
            "share_image": share_image(None, settings),
            "hostname": site.hostname,
            "root_url": site.root_url,
            # The one origin the site's addresses are written with (canonical links).
            "origin": site_origin(site),
        },
        "navigation": navigation(site),
        "crisis_lines": settings.crisis_lines_representation(),
        "overdose": overdose_steps(site, settings),
        "exit": {"url": settings.exit_url, "label": settings.exit_label},
        "footer": {"text": expand_db_html(settings.footer_text)},
        "map": settings.map_tile_url
        and {"tile_url": settings.map_tile_url, "attribution": settings.map_attribution},
        # Whether visitors' phones keep offline copies (the service worker, /sw.js).
        "offline": settings.offline_saving,
    }
