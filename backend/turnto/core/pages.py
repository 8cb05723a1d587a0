"""How pages are named and linked in the API: by title and by the path within their site."""

from urllib.parse import urlsplit

from django.conf import settings


def page_link(page, request=None):
    """A chosen page as the API gives it: enough to render a link, no second request."""
    if page is None:
        return None
    return {"id": page.pk, "title": page.title, "url": page_url(page.url_path)}


def page_url(url_path):
    """A page's address for the request being answered: its path on the site being served
    ("/facts-and-stats/", "/es/datos/"), an absolute URL on another site, None on no site.
    As Wagtail's `get_url(request)`, but without asking the cache for every site's root each
    time."""
    from .page_tree import request_pages

    return page_href(url_path, request_pages().site_roots())


def page_href(url_path, site_roots):
    """`site_roots`: [(home url_path, prefix)] of the site being served, one per language."""
    from wagtail.models import Site

    from .page_tree import language_prefix

    for root_path, prefix in site_roots:
        if url_path.startswith(root_path):
            return site_path(url_path, root_path, prefix)
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            prefix = language_prefix(root.language_code) if root.language_code else "/"
            return root_url_origin(root.root_url) + site_path(url_path, root.root_path, prefix)
    return None


def site_origin(site):
    """The one origin a site's addresses are written with, whatever Host a request carried:
    canonical links, og:url, the sitemap, robots.txt, JSON-LD and redirects. The Site's own
    hostname (in lower case) and port, with the scheme the deploy names (SITE_SCHEME: "https"
    behind TLS), else Wagtail's rule (https on port 443, http otherwise)."""
    return origin_for(site.hostname, site.port)


def origin_for(hostname, port):
    scheme = settings.SITE_SCHEME or ("https" if port == 443 else "http")
    host = hostname.lower()
    return f"{scheme}://{host}" if port in (80, 443) else f"{scheme}://{host}:{port}"


def root_url_origin(root_url):
    """Wagtail's `root_url` of a site ("http://localhost:8000") as `site_origin` writes it."""
    parts = urlsplit(root_url)
    return origin_for(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))


def site_path(url_path, site_root_url_path, prefix="/"):
    """The path a visitor sees: "/home/news/" under root "/home/" is "/news/"; under a
    translation of the site's root, after its language's prefix ("/es/noticias/")."""
    return prefix + url_path[len(site_root_url_path) :]


def breadcrumbs(tree, page, root, hidden=(), prefix="/"):
    """The pages from just below the site's home `root` down to `page` itself (a tree entry,
    or a `Page`: a draft being previewed names its own title), as {title, url} with the path
    on the site: what a BreadcrumbList names after the home page. Empty for the home page.
    An ancestor under a restriction the request has not passed (`hidden` tree paths) is left
    out: a draft previewed from its link alone names nothing above it that is private."""
    trail = []
    current = page
    while current is not None and current.path and current.depth > root.depth:
        if current is page or not current.path.startswith(hidden):
            trail.append(
                {"title": current.title, "url": site_path(current.url_path, root.url_path, prefix)}
            )
        current = tree.parent(current)
    return trail[::-1]
