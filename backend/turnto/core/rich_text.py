"""Page links in rich text, as a visitor of the current site needs them.

Wagtail writes a page link as an absolute URL whenever an instance serves several sites, so
the campaign's links would leave 127.0.0.1 for localhost and break in-app navigation. Here a
link to a page of the site being served is its path ("/facts-and-stats/"); a link to another
site's page is absolute; a link to a page that is not live and public has no href at all.
All live pages' paths are read once per request, so a page's query count does not grow with
its number of links.
"""

from contextvars import ContextVar
from dataclasses import dataclass, field

from django.http import Http404
from django.utils.html import escape

from wagtail.models import Page, Site
from wagtail.rich_text.pages import PageLinkHandler

from .pages import site_path


@dataclass
class LinkContext:
    request: object = None
    _site_root: str | None = None
    _paths: dict = field(default=None)

    def site_root(self):
        if self._site_root is None and self.request is not None:
            from .pages import site_for_request

            try:
                site = site_for_request(self.request)
            except (ValueError, Http404):  # a bad ?site= is reported by the view itself
                site = Site.find_for_request(self.request)
            self._site_root = site.root_page.url_path if site else ""
        return self._site_root or ""

    def live_paths(self):
        if self._paths is None:
            self._paths = {
                str(pk): url_path
                for pk, url_path in Page.objects.live().values_list("id", "url_path")
            }
        return self._paths


current_links = ContextVar("turnto_link_context", default=None)


def page_href(url_path, site_root):
    if site_root and url_path.startswith(site_root):
        return site_path(url_path, site_root)
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            return root.root_url + site_path(url_path, root.root_path)
    return None


class SitePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        context = current_links.get() or LinkContext()
        paths = context.live_paths()
        site_root = context.site_root()
        links = []
        for attrs in attrs_list:
            url_path = paths.get(str(attrs.get("id")))
            href = page_href(url_path, site_root) if url_path else None
            links.append(f'<a href="{escape(href)}">' if href else "<a>")
        return links


class LinkContextMiddleware:
    """Lets rich-text links know which site the request is for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_links.set(LinkContext(request=request))
        try:
            return self.get_response(request)
        finally:
            current_links.reset(token)
