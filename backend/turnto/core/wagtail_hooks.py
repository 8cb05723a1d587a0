from wagtail import hooks

from .rich_text import SitePageLinkHandler


# After Wagtail's own hook (order 0), so this handler replaces its "page" link type.
@hooks.register("register_rich_text_features", order=100)
def register_site_page_links(features):
    features.register_link_type(SitePageLinkHandler)
