"""Page links in rich text, as a visitor of the current site needs them.

Wagtail writes a page link as an absolute URL whenever an instance serves several sites, so
the campaign's links would leave 127.0.0.1 for localhost and break in-app navigation. Here a
link to a page of the site being served is its path ("/facts-and-stats/"); a link to another
site's page is absolute; a link to a page that is not live and public has no href at all.
Where pages are comes from the page tree (core.page_tree), so links cost no query.
"""

from django.utils.html import escape

from wagtail.rich_text.pages import PageLinkHandler

from .page_tree import request_pages
from .pages import page_href


class SitePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        pages = request_pages()
        tree, site_roots = pages.tree, pages.site_roots()
        links = []
        for attrs in attrs_list:
            page_id = str(attrs.get("id", ""))
            page = tree.public(int(page_id)) if page_id.isdigit() else None
            href = page_href(page.url_path, site_roots) if page else None
            links.append(f'<a href="{escape(href)}">' if href else "<a>")
        return links
