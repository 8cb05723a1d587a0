"""The first answer for a path of the public site: its status and its head.

The single-page site renders every page in the browser, but a link shared in a chat, a search
engine's crawler and a visitor's first paint all see the first response before any script
runs. So the server finds the path in the page tree (core.page_tree: no query once the tree of
this content generation is read) and answers:

- 200 for a live page this request may see, and for the front end's own pages (/search/,
  /safety/: frontend/src/router.js LOCAL_PAGES);
- 404 for anything else, a restricted page this request has not passed included;
- the page's own title, description, canonical URL, Open Graph (with the page's share image
  and its size) and Twitter tags, `lang`, and its JSON-LD (the site's WebSite and
  Organization; a BreadcrumbList below the home page; a NewsArticle for a post), written into
  the built index.html exactly as the browser's seo.js would write them for the same page
  (tests/e2e compares the two).

What each page's head needs beyond the tree (its SEO title, description, image) is read once
per page and generation and kept on the tree. The body is still rendered by the browser.
"""

import html
import json
import re
import threading
import uuid
from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from turnto.core.frontend_build import frontend_build
from turnto.core.page_tree import request_pages, site_for_request
from turnto.core.pages import site_origin, site_path

# The front end's own pages, as frontend/src/views.js names them (title, description,
# noindex), in each language at its own address (frontend/src/lib/i18n.js LOCAL_PATHS). A
# description left empty is the title.
LOCAL_PAGES = {
    "/safety/": (
        "Staying safe on this site",
        "How to leave this site at once, keep it out of your browser's history and browse "
        "privately, and what the site keeps about you: no cookies, no analytics.",
        False,
    ),
    "/search/": ("Search", "", True),
    "/report-a-problem/": ("Report a problem with a listing", "", True),
    "/es/seguridad/": (
        "Cómo usar este sitio con seguridad",
        "Cómo salir de este sitio al instante, sacarlo del historial del navegador y navegar "
        "en privado, y qué guarda el sitio sobre usted: ni cookies ni estadísticas.",
        False,
    ),
    "/es/buscar/": ("Buscar", "", True),
    "/es/informar-de-un-problema/": ("Informar de un problema con un lugar", "", True),
}
# The same page in each language: (English path, Spanish path), for hreflang.
LOCAL_TRANSLATIONS = (
    {"en": "/safety/", "es": "/es/seguridad/"},
    {"en": "/search/", "es": "/es/buscar/"},
    {"en": "/report-a-problem/", "es": "/es/informar-de-un-problema/"},
)
REPORT_PAGE = "/report-a-problem/"
REPORT_PAGES = {"/report-a-problem/", "/es/informar-de-un-problema/"}
NOT_FOUND_TITLE = "Page not found"
# frontend/src/lib/i18n.js "error.notFound", per language.
NOT_FOUND_TITLES = {"en": NOT_FOUND_TITLE, "es": "Página no encontrada"}
# seo.js: `meta.type === "news.NewsPage" ? "article" : "website"`.
ARTICLE_TYPES = {"news.NewsPage"}
# seo.js reads these API fields, in this order, when a page has them.
DESCRIPTION_FIELDS = ("intro", "summary")
IMAGE_FIELDS = ("hero_image", "image")


def attr(value):
    return html.escape(str(value), quote=True)


@dataclass(frozen=True, slots=True)
class Head:
    title: str  # the page's own title (og:title)
    site_name: str
    description: str
    url: str
    lang: str = "en"
    image: str = ""
    image_width: int | None = None
    image_height: int | None = None
    image_alt: str = ""
    type: str = "website"
    noindex: bool = False
    ld_json: str = ""
    # ((language, absolute URL), ...) of the page in every language it has, itself included:
    # <link rel="alternate" hreflang>. Empty for a page in one language only.
    alternates: tuple = ()

    @property
    def document_title(self):
        # seo.js documentTitle: "Page | Site", the site's name once where the page has it.
        return " | ".join(dict.fromkeys(part for part in (self.title, self.site_name) if part))

    def tags(self):
        """The tags seo.js's applySeo sets (and twitter:card), in its order; none for an empty
        value, as seo.js removes those."""
        out = []
        if self.noindex:
            out.append('<meta name="robots" content="noindex, nofollow">')
        if self.description:
            out.append(f'<meta name="description" content="{attr(self.description)}">')
        out.append(f'<link rel="canonical" href="{attr(self.url)}">')
        for language, href in self.alternates:
            out.append(f'<link rel="alternate" hreflang="{attr(language)}" href="{attr(href)}">')
        for key, value in (
            ("og:title", self.title),
            ("og:description", self.description),
            ("og:url", self.url),
            ("og:type", self.type),
            ("og:site_name", self.site_name),
            ("og:image", self.image),
            ("og:image:width", self.image and self.image_width),
            ("og:image:height", self.image and self.image_height),
            ("og:image:alt", self.image and self.image_alt),
        ):
            if value:
                out.append(f'<meta property="{key}" content="{attr(value)}">')
        card = "summary_large_image" if self.image else "summary"
        out.append(f'<meta name="twitter:card" content="{card}">')
        if self.ld_json:
            out.append(f'<script type="application/ld+json">{self.ld_json}</script>')
        return "\n".join(out)


BODY_OPEN = '<body class="is-loading">'


class IndexTemplate:
    """The built index.html, cut once around what each answer replaces: `<html lang>`, the
    generic `<title>` and description, and the body ("Loading…" until the browser draws it)."""

    PATTERN = re.compile(
        r'(?P<a>.*?<html lang=")[^"]*(?P<b>">.*?)<title>[^<]*</title>\s*'
        r'<meta name="description" content="[^"]*">\n?(?P<c>.*)',
        re.S,
    )

    def __init__(self, raw):
        self.raw = raw
        text = raw.decode()
        match = self.PATTERN.match(text)
        self.parts = match and (match["a"], match["b"], match["c"])
        self.body = None
        if self.parts and BODY_OPEN in self.parts[2] and "</body>" in self.parts[2]:
            head_rest, rest = self.parts[2].split(BODY_OPEN, 1)
            body, tail = rest.rsplit("</body>", 1)
            self.body = body
            self.around_body = (head_rest, tail)

    def render(self, head, body=None, data=None):
        """With the page's head; with `body` (website.first_view) in place of "Loading…", and
        `data` (JSON text) for the browser in a <script type="application/json">."""
        if self.parts is None:  # an index.html of another shape: sent as it is
            return self.raw
        a, b, c = self.parts
        if body is not None and self.body is not None:
            head_rest, tail = self.around_body
            script = ""
            if data is not None:
                # "<" escaped: the text can never close the script element.
                data = data.replace("<", "\\u003c")
                script = f'<script type="application/json" id="turnto-shell">{data}</script>\n'
            # The data first: the header and menu drawn after it repeat its words, which the
            # compression then sends once (at the end they were too far back for gzip's
            # window, and a long city page went over the 14 KB of the first round trip).
            c = f"{head_rest}<body>{script}{body}</body>{tail}"
        return (
            f"{a}{attr(head.lang)}{b}<title>{html.escape(head.document_title)}</title>\n"
            f"{head.tags()}\n{c}"
        ).encode()

    STATUS_LINE = re.compile(r'<p class="page-status"[^>]*>[^<]*</p>')

    def with_message(self, head, message, details=()):
        """The page as the browser will draw it, its "Loading…" replaced by `message` (and a
        line for each of `details`): what a visitor without script is told when the server
        could not draw the page (a form sent, a form refused). The rest of the static markup
        stays: the quick exit and the crisis lines."""
        if self.body is None:
            return self.render(head) if head is not None else self.raw
        said = f'<p class="page-status" role="status">{html.escape(message)}</p>'
        if details:
            said += "<ul>" + "".join(f"<li>{html.escape(d)}</li>" for d in details) + "</ul>"
        body, replaced = self.STATUS_LINE.subn(said, self.body, count=1)
        if not replaced:
            body = body.replace('tabindex="-1">', f'tabindex="-1">{said}', 1)
        if head is None:
            return self.raw.replace(
                (BODY_OPEN + self.body + "</body>").encode(), f"<body>{body}</body>".encode(), 1
            )
        return self.render(head, body)

    def with_noindex(self):
        """As built, but not to be indexed (/preview/)."""
        if self.parts is None:
            return self.raw
        return self.raw.replace(
            b"<title>", b'<meta name="robots" content="noindex, nofollow">\n<title>', 1
        )


_template = {"key": None, "template": None}
_template_lock = threading.Lock()


def index_template():
    """The built index.html, read and cut once (again after a new build). None when the site
    has not been built."""
    key = frontend_build()
    if key is None:
        return None
    if _template["key"] != key:
        with _template_lock:
            if _template["key"] != key:
                raw = (settings.FRONTEND_DIST / "index.html").read_bytes()
                _template["template"] = IndexTemplate(raw)
                _template["key"] = key
    return _template["template"]


def api_field_names(page):
    return {getattr(field, "name", field) for field in getattr(page, "api_fields", ())}


def page_facts(tree, entry, site_settings):
    """What the head of the tree entry `entry` says that the tree does not hold: read once per
    page and content generation (a few queries: the page, its share image's rendition)."""
    key = ("site-entry-page", entry.id)
    facts = tree.memo.get(key)
    if facts is None:
        from rest_framework.fields import DateTimeField

        from turnto.core.images import share_image

        model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
        page = model.objects.select_related("locale").get(id=entry.id)
        names = api_field_names(page)
        description = page.search_description or next(
            (
                getattr(page, name)
                for name in DESCRIPTION_FIELDS
                if name in names and getattr(page, name, "")
            ),
            "",
        )
        label = f"{model._meta.app_label}.{model._meta.object_name}"
        article = label in ARTICLE_TYPES
        facts = {
            "title": page.seo_title or page.title,
            "description": description,
            "image": share_image(page, site_settings),
            "type": "article" if article else "website",
            "lang": page.locale.language_code,
            # As the API gives them (news.NewsPage's date, the page's meta.last_published_at).
            "published": page.date.isoformat() if article else "",
            "modified": DateTimeField().to_representation(page.last_published_at)
            if article and page.last_published_at
            else "",
        }
        tree.memo[key] = facts
    return facts


def site_facts(tree, site):
    """The site's name (as the shell API gives it), organisation type, language and
    settings, once per generation."""
    key = ("site-entry-site", site.pk)
    facts = tree.memo.get(key)
    if facts is None:
        from turnto.core.images import share_image
        from turnto.core.models import SiteSettings

        site_settings = SiteSettings.for_site(site)
        root = site.root_page
        facts = {
            "name": site_settings.organisation_name or site.site_name or "",
            "organisation_type": site_settings.organisation_type,
            "image": share_image(None, site_settings),
            "lang": root.locale.language_code if root.locale_id else "en",
            "settings": site_settings,
        }
        tree.memo[key] = facts
    return facts


def structured_data(site, origin, url=None, trail=(), article=None):
    """JSON-LD, as seo.js's structuredData() writes it: the site (a WebSite and the
    organisation behind it); below the home page a BreadcrumbList (`trail`: the pages from
    below the home page down to this one, {title, url} with paths); for a post a NewsArticle
    (`article`: headline, description, image, published, modified). Data, never run: the
    site's CSP (script-src 'self') does not apply to it."""
    home = f"{origin}/"
    organisation = {"@id": f"{home}#organization"}
    graph = [
        {
            "@type": "WebSite",
            "@id": f"{home}#website",
            "name": site["name"],
            "url": home,
            "publisher": organisation,
        },
        {
            "@type": site["organisation_type"],
            "@id": f"{home}#organization",
            "name": site["name"],
            "url": home,
        },
    ]
    if trail:
        items = [(site["name"], home)] + [(step["title"], origin + step["url"]) for step in trail]
        graph.append(
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": n, "name": name, "item": item}
                    for n, (name, item) in enumerate(items, 1)
                ],
            }
        )
    if article:
        node = {
            "@type": "NewsArticle",
            "@id": f"{url}#article",
            "headline": article["headline"],
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": article["published"],
            "dateModified": max(article["published"], article["modified"]),
            "author": organisation,
            "publisher": organisation,
        }
        if article["description"]:
            node["description"] = article["description"]
        if article["image"]:
            node["image"] = {"@type": "ImageObject", **article["image"]}
        graph.append(node)
    data = {"@context": "https://schema.org", "@graph": graph}
    # "<" escaped: the text can never close the script element.
    return json.dumps(data, separators=(",", ":")).replace("<", "\\u003c")


@dataclass(frozen=True, slots=True)
class Entry:
    status: int
    head: Head | None
    location: str = ""  # where a 301 sends the visitor


def report_listing_shown(request, site):
    """The report page is for one listing this site shows: any other `?listing=` is a 404."""
    from turnto.directory.models import Service

    try:
        listing_id = uuid.UUID(request.GET.get("listing", ""))
    except ValueError:
        return False
    return Service.objects.visible(site).filter(pk=listing_id).exists()


def one_address(pathname, known):
    """The one address of a page asked for by another spelling: "//a//b/" is "/a/b/", and
    "/a" (a shared link that lost its slash) is "/a/" when that is a page. None when the
    address is already the one, or names nothing."""
    single = re.sub("/{2,}", "/", pathname)
    if not single.endswith("/") and known(single + "/"):
        single += "/"
    return single if single != pathname and known(single) else None


def image_tags(image, url):
    """The Head's image fields for a share image {url, width, height, alt}, or none."""
    if not image:
        return {}
    return {
        "image": urljoin(url, image["url"]),
        "image_width": image["width"],
        "image_height": image["height"],
        "image_alt": image["alt"],
    }


def resolve(request):
    """The status and head of the request's site path for this request."""
    from turnto.core.pages import breadcrumbs

    pages = request_pages()
    tree = pages.tree
    try:
        site = site_for_request(request, tree)
    except (ValueError, Http404):
        site = None
    if site is None:
        return Entry(404, None)
    origin = site_origin(site)

    def page_at(pathname):
        found = tree.locate(site, pathname)[0]
        if found is None or found.path.startswith(pages.hidden_paths()):
            return None
        return found

    pathname = request.path_info
    moved = one_address(pathname, lambda p: p in LOCAL_PAGES or page_at(p) is not None)
    if moved is not None:
        query = request.META.get("QUERY_STRING", "")
        return Entry(301, None, location=origin + moved + (f"?{query}" if query else ""))

    facts = site_facts(tree, site)
    _, home, language, prefix = tree.locate(site, pathname)
    lang = language if home else facts["lang"]
    # The site's name in the page's language, as the shell API gives it (head and JSON-LD).
    facts = {
        **facts,
        "name": facts["settings"].in_language("organisation_name", lang) or facts["name"],
    }
    common = {"site_name": facts["name"], "lang": lang}

    local = LOCAL_PAGES.get(pathname)
    if pathname in REPORT_PAGES and not report_listing_shown(request, site):
        local = None
    if local is not None:
        title, description, noindex = local
        url = origin + pathname
        languages = {code for _, code, _ in tree.locale_roots(site)}
        same = next((paths for paths in LOCAL_TRANSLATIONS if pathname in paths.values()), {})
        alternates = tuple(
            (code, origin + path) for code, path in sorted(same.items()) if code in languages
        )
        head = Head(
            title=title,
            description=description or title,
            url=url,
            noindex=noindex,
            alternates=alternates if len(alternates) > 1 else (),
            ld_json=structured_data(facts, origin, url, [{"title": title, "url": pathname}]),
            **image_tags(facts["image"], url),
            **common,
        )
        return Entry(200, head)

    found = page_at(pathname)
    if found is not None:
        page = page_facts(tree, found, facts["settings"])
        url = origin + site_path(found.url_path, home.url_path, prefix)
        image = page["image"] and {**page["image"], "url": urljoin(url, page["image"]["url"])}
        article = page["type"] == "article" and {
            "headline": page["title"],
            "description": page["description"],
            "image": image and {key: image[key] for key in ("url", "width", "height")},
            "published": page["published"],
            "modified": page["modified"],
        }
        trail = breadcrumbs(tree, found, home, pages.hidden_paths(), prefix)
        translations = tree.translations(site, found, pages.hidden_paths())
        alternates = (
            tuple((code, origin + path) for code, path in sorted(translations.items()))
            if len(translations) > 1
            else ()
        )
        head = Head(
            title=page["title"],
            description=page["description"],
            url=url,
            type=page["type"],
            site_name=facts["name"],
            lang=page["lang"],
            alternates=alternates,
            ld_json=structured_data(facts, origin, url, trail, article),
            **image_tags(image, url),
        )
        return Entry(200, head)

    # As the browser's not-found page: its title, and the address as asked (on our origin).
    not_found = NOT_FOUND_TITLES.get(common["lang"], NOT_FOUND_TITLE)
    head = Head(
        title=not_found,
        description=not_found,
        url=origin + request.get_full_path(),
        ld_json=structured_data(facts, origin),
        **image_tags(facts["image"], origin + request.get_full_path()),
        **common,
    )
    return Entry(404, head)
